import Domain
import GRDB

/// Activities (competency tests, outreach, trainings, meetings), their reported figures and
/// known participants with certificates; standalone reported figures; partners
/// (issue: Program Kerja). Figures are stored as reported: NULL stays NULL, nothing is summed
/// or corrected; a total that differs from its parts is kept and warned about.
public protocol ActivityRepository: Sendable {
    /// Every activity, oldest first. Tens per term, so read whole.
    func activities() throws -> [Activity]
    func activityRows() throws -> [ActivityRow]
    func record(activityId: Int64) throws -> ActivityRecord?
    /// Adds or edits an activity with its figure. Throws `StoreError.invalid` (`ProgrammeRules`).
    @discardableResult func save(_ activity: Activity) throws -> Int64
    func setPartner(activityId: Int64, partnerId: Int64, linked: Bool) throws
    func participations(activityId: Int64) throws -> [Participation]
    /// Adds or replaces a participant. Throws `StoreError.invalid`.
    func save(_ participation: Participation) throws
    func removeParticipation(activityId: Int64, personId: Int64) throws
    /// Every reported figure, those of activities included.
    func figures() throws -> [ReportedFigure]
    @discardableResult func save(_ figure: ReportedFigure) throws -> Int64
    func partners() throws -> [Partner]
    func partnerRows() throws -> [PartnerRow]
    func partnerRecord(id: Int64) throws -> PartnerRecord?
    /// Adds or edits a partner: a name, unique. Throws `StoreError.invalid`.
    @discardableResult func save(_ partner: Partner) throws -> Int64
}

struct ActivityStore: ActivityRepository {
    let store: Store

    func activities() throws -> [Activity] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM activity ORDER BY year, date, id").map { try Self.activity(db, row: $0) }
        }
    }

    func activityRows() throws -> [ActivityRow] {
        try store.read { db in
            let names = try Self.partnerNames(db, table: "activity_partner", column: "activity_id")
            return try Row.fetchAll(db, sql: "SELECT * FROM activity ORDER BY year, date, id").map {
                let a = try Self.activity(db, row: $0)
                return ActivityRow(activity: a, partnerNames: names[a.id!] ?? [])
            }
        }
    }

    static func partnerNames(_ db: Database, table: String, column: String) throws -> [Int64: [String]] {
        let rows = try Row.fetchAll(db, sql: "SELECT l.\(column) AS owner, p.name FROM \(table) l JOIN partner p ON p.id = l.partner_id ORDER BY p.name")
        return Dictionary(grouping: rows, by: { $0["owner"] as Int64 }).mapValues { $0.map { $0["name"] as String } }
    }

    func record(activityId: Int64) throws -> ActivityRecord? {
        try store.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [activityId]) else { return nil }
            let activity = try Self.activity(db, row: row)
            let partners = try Partner.fetchAll(db, where: "id IN (SELECT partner_id FROM activity_partner WHERE activity_id = ?)",
                                                arguments: [activityId], order: "name")
            let programme = try Row.fetchOne(db, sql: """
                SELECT \(ProgrammeLink.columns) FROM programme p JOIN term t ON t.id = p.term_id WHERE p.id = ?
                """, arguments: [activity.programmeId]).map(ProgrammeLink.init(row:))
            let participants = try Row.fetchAll(db, sql: """
                SELECT pa.*, pe.name, pe.erased_on, m.kta, m.person_id IS NOT NULL AS is_member, i.name AS issuer_name
                FROM participation pa JOIN person pe ON pe.id = pa.person_id
                LEFT JOIN membership m ON m.person_id = pa.person_id
                LEFT JOIN partner i ON i.id = pa.issuer_id
                WHERE pa.activity_id = ? ORDER BY pe.erased_on IS NOT NULL, pe.name_key, pe.id
                """, arguments: [activityId]).map { r in
                ParticipantRow(participation: Self.participation(r), name: r["name"], kta: r["kta"], isMember: r["is_member"],
                               isErased: (r["erased_on"] as String?) != nil, issuerName: r["issuer_name"])
            }
            return ActivityRecord(activity: activity, partners: partners, programme: programme, participants: participants)
        }
    }

    static func activity(_ db: Database, row: Row) throws -> Activity {
        Activity(id: row["id"], kind: row["kind"], title: row["title"], year: row["year"], date: row["date"],
                 place: row["place"], level: row["level"], programmeId: row["programme_id"],
                 participants: try (row["figure_id"] as Int64?).flatMap { try Self.figure(db, id: $0) },
                 note: row["note"])
    }

    static func participation(_ r: Row) -> Participation {
        Participation(activityId: r["activity_id"], personId: r["person_id"], category: r["category"], result: r["result"],
                      certificateNumber: r["certificate_no"], issuerId: r["issuer_id"], expiresOn: r["expires_on"])
    }

    static func figure(_ db: Database, id: Int64) throws -> ReportedFigure? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM figure WHERE id = ?", arguments: [id]) else { return nil }
        return try figure(db, row: row)
    }

    static func figure(_ db: Database, row: Row) throws -> ReportedFigure {
        let id: Int64 = row["id"]
        let parts = try Row.fetchAll(db, sql: "SELECT * FROM figure_part WHERE figure_id = ? ORDER BY sort_order",
                                     arguments: [id]).map { ReportedFigure.Part(label: $0["label"], value: $0["value"]) }
        return ReportedFigure(id: id, subject: row["subject"], total: row["total"], parts: parts,
                              isEstimate: row["is_estimate"], asOf: row["as_of"], source: row["source"], note: row["note"])
    }

    func save(_ activity: Activity) throws -> Int64 {
        try store.write { db in
            var a = activity
            a.title = a.title.trimmingSpaces
            a.place = a.place?.nonBlank
            a.note = a.note?.nonBlank
            let issues = ProgrammeRules.check(a, today: store.today)
            if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
            // Read before the figure is saved, so the audit image shows the figure as it was.
            let before = try a.id.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [id]).map { try Self.activity(db, row: $0) }
            }
            var figureId = a.participants?.id
            if let figure = a.participants { figureId = try save(db, figure) }
            let values: [DatabaseValueConvertible?] = [a.kind, a.title, a.year, a.date, a.place, a.level, a.programmeId, figureId, a.note]
            if let id = a.id {
                guard before != nil else { throw StoreError.notFound(entity: "activity", id: id) }
                try db.execute(sql: """
                    UPDATE activity SET kind = ?, title = ?, year = ?, date = ?, place = ?, level = ?, programme_id = ?,
                    figure_id = ?, note = ? WHERE id = ?
                    """, arguments: StatementArguments(values + [id]))
            } else {
                try db.execute(sql: """
                    INSERT INTO activity (kind, title, year, date, place, level, programme_id, figure_id, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(values))
            }
            var saved = a
            saved.id = a.id ?? db.lastInsertedRowID
            saved.participants?.id = figureId
            if before != saved {
                try store.auditor.record(db, entity: "activity", id: saved.id, action: before == nil ? .insert : .update,
                                         before: before, after: saved)
            }
            return saved.id!
        }
    }

    func setPartner(activityId: Int64, partnerId: Int64, linked: Bool) throws {
        try store.write { db in
            try Links.set(db, store: store, table: "activity_partner", owner: ("activity_id", activityId), partnerId: partnerId, linked: linked)
        }
    }

    func participations(activityId: Int64) throws -> [Participation] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM participation WHERE activity_id = ? ORDER BY person_id", arguments: [activityId])
                .map(Self.participation)
        }
    }

    func save(_ participation: Participation) throws {
        var p = participation
        p.certificateNumber = p.certificateNumber?.nonBlank
        try store.write { db in
            guard let year = try Int.fetchOne(db, sql: "SELECT year FROM activity WHERE id = ?", arguments: [p.activityId]) else {
                throw StoreError.notFound(entity: "activity", id: p.activityId)
            }
            let issues = ProgrammeRules.check(p, activityYear: year)
            if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
            try save(db, p)
        }
    }

    func save(_ db: Database, _ p: Participation) throws {
        let before = try Row.fetchOne(db, sql: "SELECT * FROM participation WHERE activity_id = ? AND person_id = ?",
                                      arguments: [p.activityId, p.personId]).map(Self.participation)
        guard before != p else { return }
        try db.execute(sql: """
            INSERT OR REPLACE INTO participation (activity_id, person_id, category, result, certificate_no, issuer_id, expires_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.activityId, p.personId, p.category, p.result, p.certificateNumber, p.issuerId, p.expiresOn])
        try store.auditor.record(db, entity: "participation", id: p.activityId, personId: p.personId,
                                 action: before == nil ? .insert : .update, before: before, after: p)
    }

    func removeParticipation(activityId: Int64, personId: Int64) throws {
        try store.write { db in
            guard let before = try Row.fetchOne(db, sql: "SELECT * FROM participation WHERE activity_id = ? AND person_id = ?",
                                                arguments: [activityId, personId]).map(Self.participation) else { return }
            try db.execute(sql: "DELETE FROM participation WHERE activity_id = ? AND person_id = ?", arguments: [activityId, personId])
            try store.auditor.record(db, entity: "participation", id: activityId, personId: personId, action: .delete,
                                     before: before, after: Participation?.none)
        }
    }

    func figures() throws -> [ReportedFigure] {
        try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM figure ORDER BY id").map { try Self.figure(db, row: $0) } }
    }

    func save(_ figure: ReportedFigure) throws -> Int64 {
        let issues = ProgrammeRules.check(figure, today: store.today)
        if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
        return try store.write { db in try save(db, figure) }
    }

    /// Stores the figure as reported: NULL stays NULL, nothing is summed or corrected.
    func save(_ db: Database, _ figure: ReportedFigure) throws -> Int64 {
        let before = try figure.id.flatMap { try Self.figure(db, id: $0) }
        let values: [DatabaseValueConvertible?] = [figure.subject, figure.total, figure.isEstimate, figure.asOf, figure.source, figure.note]
        if let id = figure.id {
            guard before != nil else { throw StoreError.notFound(entity: "figure", id: id) }
            guard before != figure else { return id }
            try db.execute(sql: "UPDATE figure SET subject = ?, total = ?, is_estimate = ?, as_of = ?, source = ?, note = ? WHERE id = ?",
                           arguments: StatementArguments(values + [id]))
            try db.execute(sql: "DELETE FROM figure_part WHERE figure_id = ?", arguments: [id])
        } else {
            try db.execute(sql: "INSERT INTO figure (subject, total, is_estimate, as_of, source, note) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: StatementArguments(values))
        }
        var saved = figure
        saved.id = figure.id ?? db.lastInsertedRowID
        for (i, part) in figure.parts.enumerated() {
            try db.execute(sql: "INSERT INTO figure_part (figure_id, sort_order, label, value) VALUES (?, ?, ?, ?)",
                           arguments: [saved.id, i + 1, part.label, part.value])
        }
        try store.auditor.record(db, entity: "figure", id: saved.id, action: before == nil ? .insert : .update,
                                 before: before, after: saved)
        return saved.id!
    }

    func partners() throws -> [Partner] { try store.read { try Partner.fetchAll($0, order: "name") } }

    func partnerRows() throws -> [PartnerRow] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.*, (SELECT count(*) FROM activity_partner WHERE partner_id = p.id) AS activities,
                       (SELECT count(*) FROM programme_partner WHERE partner_id = p.id) AS programmes
                FROM partner p ORDER BY p.name
                """).map { PartnerRow(partner: Partner(row: $0), activityCount: $0["activities"], programmeCount: $0["programmes"]) }
        }
    }

    func partnerRecord(id: Int64) throws -> PartnerRecord? {
        try store.read { db in
            guard let partner = try Partner.fetchOne(db, id: id) else { return nil }
            let activities = try Row.fetchAll(db, sql: """
                SELECT a.* FROM activity a JOIN activity_partner l ON l.activity_id = a.id WHERE l.partner_id = ? ORDER BY a.year, a.id
                """, arguments: [id]).map { try Self.activity(db, row: $0) }
            let programmes = try Row.fetchAll(db, sql: """
                SELECT \(ProgrammeLink.columns) FROM programme p JOIN programme_partner l ON l.programme_id = p.id
                JOIN term t ON t.id = p.term_id WHERE l.partner_id = ? ORDER BY t.start_date, p.id
                """, arguments: [id]).map(ProgrammeLink.init(row:))
            return PartnerRecord(partner: partner, activities: activities, programmes: programmes)
        }
    }

    func save(_ partner: Partner) throws -> Int64 {
        var p = partner
        p.name = p.name.collapsingSpaces
        p.contact = p.contact?.nonBlank
        p.note = p.note?.nonBlank
        guard !p.name.isEmpty else { throw StoreError.invalid([.required(.partnerName)]) }
        return try store.write { db in
            let others = try String.fetchAll(db, sql: "SELECT name FROM partner WHERE id IS NOT ?", arguments: [p.id])
            if others.contains(where: { TextKey.nameKey($0) == TextKey.nameKey(p.name) }) { throw StoreError.invalid([.alreadyUsed(.partnerName)]) }
            return try store.save(db, p)
        }
    }
}
