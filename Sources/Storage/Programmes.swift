import Domain
import GRDB

/// Work programmes with their targets.
public protocol ProgrammeRepository: Sendable {
    /// Programmes of a term (all terms when nil), in entry order.
    func programmes(termId: Int64?) throws -> [Programme]
    @discardableResult func save(_ programme: Programme) throws -> Int64
}

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

/// Raw pendataan records and traced alumni (for the later census screens).
public protocol CensusRepository: Sendable {
    func records(batch: String?) throws -> [CensusRecord]
    @discardableResult func save(_ record: CensusRecord) throws -> Int64
    func alumni() throws -> [AlumniRecord]
    @discardableResult func save(_ record: AlumniRecord) throws -> Int64
}

/// Settings the DPD must decide (DOMAIN.md §2, §6): kept as text, audited.
public protocol SettingsRepository: Sendable {
    func value(_ key: SettingKey) throws -> String?
    func set(_ key: SettingKey, to value: String) throws
}

public enum SettingKey: String, Sendable, CaseIterable {
    /// `Dewan Pengurus Daerah` (IPSPI's own) or `Dewan Perwakilan Daerah` (the article's).
    case dpdExpansion = "dpd_expansion"
    case termLengthYears = "term_length_years"
    /// Retention period for personal data after membership ends; the law sets none.
    case retentionYears = "retention_years"
    case quorumRule = "quorum_rule"

    public var defaultValue: String {
        switch self {
        case .dpdExpansion: return "Dewan Pengurus Daerah"
        case .termLengthYears: return "5"
        case .retentionYears: return "5"
        case .quorumRule: return QuorumRule.halfPlusOne.rawValue
        }
    }
}

struct ProgrammeStore: ProgrammeRepository {
    let store: Store

    func programmes(termId: Int64?) throws -> [Programme] {
        try store.read { db in
            let rows = termId == nil
                ? try Row.fetchAll(db, sql: "SELECT * FROM programme ORDER BY term_id, id")
                : try Row.fetchAll(db, sql: "SELECT * FROM programme WHERE term_id = ? ORDER BY id", arguments: [termId])
            return try rows.map { try Self.programme(db, row: $0) }
        }
    }

    static func programme(_ db: Database, row: Row) throws -> Programme {
        let id: Int64 = row["id"]
        let targets = try Row.fetchAll(db, sql: "SELECT * FROM programme_target WHERE programme_id = ? ORDER BY sort_order",
                                       arguments: [id]).map {
            Programme.Target(description: $0["description"], unit: $0["unit"], target: $0["target"], realisation: $0["realisation"])
        }
        return Programme(id: id, termId: row["term_id"], departmentId: row["department_id"], title: row["title"],
                         status: row["status"], description: row["description"], targets: targets)
    }

    func save(_ programme: Programme) throws -> Int64 {
        try store.write { db in
            let before = try programme.id.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = ?", arguments: [id]).map { try Self.programme(db, row: $0) }
            }
            if let id = programme.id {
                guard before != nil else { throw StoreError.notFound(entity: "programme", id: id) }
                try db.execute(sql: "UPDATE programme SET term_id = ?, department_id = ?, title = ?, status = ?, description = ? WHERE id = ?",
                               arguments: [programme.termId, programme.departmentId, programme.title, programme.status,
                                           programme.description, id])
                try db.execute(sql: "DELETE FROM programme_target WHERE programme_id = ?", arguments: [id])
            } else {
                try db.execute(sql: "INSERT INTO programme (term_id, department_id, title, status, description) VALUES (?, ?, ?, ?, ?)",
                               arguments: [programme.termId, programme.departmentId, programme.title, programme.status,
                                           programme.description])
            }
            var saved = programme
            saved.id = programme.id ?? db.lastInsertedRowID
            for (i, t) in programme.targets.enumerated() {
                try db.execute(sql: """
                    INSERT INTO programme_target (programme_id, sort_order, description, unit, target, realisation) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [saved.id, i + 1, t.description, t.unit, t.target, t.realisation])
            }
            try store.auditor.record(db, entity: "programme", id: saved.id, action: before == nil ? .insert : .update,
                                     before: before, after: saved)
            return saved.id!
        }
    }
}

struct ActivityStore: ActivityRepository {
    let store: Store

    func activities() throws -> [Activity] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM activity ORDER BY year, id").map { row in
                Activity(id: row["id"], kind: row["kind"], title: row["title"], year: row["year"], date: row["date"],
                         place: row["place"], partnerId: row["partner_id"], programmeId: row["programme_id"],
                         participants: try (row["figure_id"] as Int64?).flatMap { try Self.figure(db, id: $0) },
                         note: row["note"])
            }
        }
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
            var figureId = activity.participants?.id
            if let figure = activity.participants { figureId = try save(db, figure) }
            let values: [DatabaseValueConvertible?] = [activity.kind, activity.title, activity.year, activity.date, activity.place,
                                                       activity.partnerId, activity.programmeId, figureId, activity.note]
            let before: Row? = try activity.id.flatMap { try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [$0]) }
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
                                     before: Activity?.none, after: saved)
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

struct CensusStore: CensusRepository {
    let store: Store

    func records(batch: String?) throws -> [CensusRecord] {
        try store.read { db in
            batch == nil ? try CensusRecord.fetchAll(db)
                         : try CensusRecord.fetchAll(db, where: "batch = ?", arguments: [batch])
        }
    }
    func save(_ record: CensusRecord) throws -> Int64 { try store.write { try store.save($0, record) } }
    func alumni() throws -> [AlumniRecord] { try store.read { try AlumniRecord.fetchAll($0, order: "name") } }
    func save(_ record: AlumniRecord) throws -> Int64 { try store.write { try store.save($0, record) } }
}

struct SettingsStore: SettingsRepository {
    let store: Store

    func value(_ key: SettingKey) throws -> String? {
        try store.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    func set(_ key: SettingKey, to value: String) throws {
        try store.write { db in
            let before = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
            guard before != value else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            try store.auditor.record(db, entity: "setting", id: nil, action: before == nil ? .insert : .update,
                                     before: before.map { [key.rawValue: $0] }, after: [key.rawValue: value])
        }
    }
}

extension Store {
    public var people: any PeopleRepository { PeopleStore(store: self) }
    public var members: any MemberDirectory { MemberDirectoryStore(store: self) }
    public var board: any BoardRepository { BoardStore(store: self) }
    public var musda: any MusdaRepository { MusdaStore(store: self) }
    public var programmes: any ProgrammeRepository { ProgrammeStore(store: self) }
    public var activities: any ActivityRepository { ActivityStore(store: self) }
    public var census: any CensusRepository { CensusStore(store: self) }
    public var settings: any SettingsRepository { SettingsStore(store: self) }
    public var audit: any AuditLog { AuditLogStore(store: self) }
}
