import Domain
import GRDB

/// Activities (competency tests, trainings…), their reported figures and known participants;
/// standalone reported figures; partners.
public protocol ActivityRepository: Sendable {
    func activities() throws -> [Activity]
    @discardableResult func save(_ activity: Activity) throws -> Int64
    func participations(activityId: Int64) throws -> [Participation]
    func save(_ participation: Participation) throws
    /// Every reported figure, those of activities included.
    func figures() throws -> [ReportedFigure]
    @discardableResult func save(_ figure: ReportedFigure) throws -> Int64
    func partners() throws -> [Partner]
    @discardableResult func save(_ partner: Partner) throws -> Int64
}

struct ActivityStore: ActivityRepository {
    let store: Store

    func activities() throws -> [Activity] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM activity ORDER BY year, id").map { try Self.activity(db, row: $0) }
        }
    }

    static func activity(_ db: Database, row: Row) throws -> Activity {
        Activity(id: row["id"], kind: row["kind"], title: row["title"], year: row["year"], date: row["date"],
                 place: row["place"], partnerId: row["partner_id"], programmeId: row["programme_id"],
                 participants: try (row["figure_id"] as Int64?).flatMap { try Self.figure(db, id: $0) },
                 note: row["note"])
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
            // Read before the figure is saved, so the audit image shows the figure as it was.
            let before = try activity.id.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [id]).map { try Self.activity(db, row: $0) }
            }
            var figureId = activity.participants?.id
            if let figure = activity.participants { figureId = try save(db, figure) }
            let values: [DatabaseValueConvertible?] = [activity.kind, activity.title, activity.year, activity.date, activity.place,
                                                       activity.partnerId, activity.programmeId, figureId, activity.note]
            if let id = activity.id {
                guard before != nil else { throw StoreError.notFound(entity: "activity", id: id) }
                try db.execute(sql: """
                    UPDATE activity SET kind = ?, title = ?, year = ?, date = ?, place = ?, partner_id = ?, programme_id = ?,
                    figure_id = ?, note = ? WHERE id = ?
                    """, arguments: StatementArguments(values + [id]))
            } else {
                try db.execute(sql: """
                    INSERT INTO activity (kind, title, year, date, place, partner_id, programme_id, figure_id, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(values))
            }
            var saved = activity
            saved.id = activity.id ?? db.lastInsertedRowID
            saved.participants?.id = figureId
            try store.auditor.record(db, entity: "activity", id: saved.id, action: before == nil ? .insert : .update,
                                     before: before, after: saved)
            return saved.id!
        }
    }

    func participations(activityId: Int64) throws -> [Participation] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM participation WHERE activity_id = ? ORDER BY person_id", arguments: [activityId]).map {
                Participation(activityId: $0["activity_id"], personId: $0["person_id"], category: $0["category"], result: $0["result"])
            }
        }
    }

    func save(_ participation: Participation) throws {
        try store.write { db in try save(db, participation) }
    }

    func save(_ db: Database, _ p: Participation) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO participation (activity_id, person_id, category, result) VALUES (?, ?, ?, ?)",
                       arguments: [p.activityId, p.personId, p.category, p.result])
        try store.auditor.record(db, entity: "participation", id: p.activityId, personId: p.personId, action: .insert,
                                 before: Participation?.none, after: p)
    }

    func figures() throws -> [ReportedFigure] {
        try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM figure ORDER BY id").map { try Self.figure(db, row: $0) } }
    }

    func save(_ figure: ReportedFigure) throws -> Int64 { try store.write { db in try save(db, figure) } }

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
    func save(_ partner: Partner) throws -> Int64 { try store.write { try store.save($0, partner) } }
}
