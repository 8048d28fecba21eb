import Domain
import GRDB

extension Programme: StoredRow {
    static let table = "programme"
    static let columns = ["term_id", "department_id", "title", "status", "description", "starts_on", "ends_on", "carried_from_id"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [termId, departmentId, title, status, description, startsOn, endsOn, carriedFromId] }
    init(row: Row) {
        self.init(id: row["id"], termId: row["term_id"], departmentId: row["department_id"], title: row["title"], status: row["status"],
                  description: row["description"], startsOn: row["starts_on"], endsOn: row["ends_on"], carriedFromId: row["carried_from_id"])
    }
}

extension Target: StoredRow {
    static let table = "target"
    /// `sort_order` is set on insert, apart from these columns.
    static let columns = ["programme_id", "description", "kind", "unit", "value"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [programmeId, description, kind, unit, value] }
    init(row: Row) {
        self.init(id: row["id"], programmeId: row["programme_id"], description: row["description"], kind: row["kind"],
                  unit: row["unit"], value: row["value"])
    }
}

extension Realisation {
    init(row: Row) {
        self.init(id: row["id"], targetId: row["target_id"], date: row["date"], value: row["value"], note: row["note"],
                  enteredBy: row["entered_by"])
    }
}

/// A programme named from elsewhere: its origin, where it went, a partner's programmes.
public struct ProgrammeLink: Hashable, Sendable {
    public let id: Int64
    public let title: String
    public let termName: String
    public let status: Programme.Status

    public init(id: Int64, title: String, termName: String, status: Programme.Status) {
        self.id = id
        self.title = title
        self.termName = termName
        self.status = status
    }
}

extension ProgrammeLink {
    /// The columns a link is read from: the programme (alias `p`) and its term (`t`).
    static let columns = "p.id, p.title, p.status, p.carried_from_id, t.name AS term_name"

    init(row: Row) { self.init(id: row["id"], title: row["title"], termName: row["term_name"], status: row["status"]) }
}

/// One line of a term's programme list: the programme, its bidang, its targets with progress
/// (for the gauge), and the links of a carried-over programme both ways.
public struct ProgrammeRow: Hashable, Sendable {
    public let programme: Programme
    public let departmentName: String?
    public let targets: [TargetProgress]
    public let origin: ProgrammeLink?
    /// Where it went: the programmes of later terms that carry it on.
    public let successors: [ProgrammeLink]

    /// Numeric targets only: milestones have their own line on the programme's page.
    public var numericTargets: [TargetProgress] { targets.filter { $0.target.kind == .numeric && $0.fraction != nil } }

    /// The mean of the numeric targets' fractions (each at most 1); nil without one.
    public var progress: Double? {
        let numeric = numericTargets
        guard !numeric.isEmpty else { return nil }
        return numeric.reduce(0) { $0 + ($1.fraction ?? 0) } / Double(numeric.count)
    }

    /// Unfinished and not yet carried on: to carry over at the next handover.
    public var isCarryOverCandidate: Bool { programme.status.isUnfinished && successors.isEmpty }
}

/// A programme's page: the row, its term, its partners and its activities.
public struct ProgrammeRecord: Hashable, Sendable {
    public let row: ProgrammeRow
    public let term: Term
    public let partners: [Partner]
    public let activities: [Activity]

    /// Where realisation may start: the programme's own start, else its term's.
    public var start: LocalDate { row.programme.startsOn ?? term.start }
}
