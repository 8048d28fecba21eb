import Domain
import GRDB

/// A domain value stored as one row of one table with an integer id. Lets the board, Musda
/// and programme repositories share one audited insert/update/fetch instead of a copy each.
protocol StoredRow: Encodable, Equatable {
    static var table: String { get }
    /// Columns other than `id`, in `columnValues` order.
    static var columns: [String] { get }
    var rowId: Int64? { get set }
    var columnValues: [DatabaseValueConvertible?] { get }
    /// The person the row is about, for the person's audit history.
    var auditPersonId: Int64? { get }
    init(row: Row)
}

extension StoredRow {
    var auditPersonId: Int64? { nil }

    static func fetchAll(_ db: Database, where condition: String = "1", arguments: StatementArguments = [],
                         order: String = "id") throws -> [Self] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(condition) ORDER BY \(order)", arguments: arguments)
            .map(Self.init(row:))
    }

    static func fetchOne(_ db: Database, id: Int64) throws -> Self? {
        try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]).map(Self.init(row:))
    }

    /// `INSERT INTO table (columns) VALUES (?, …)`, in `columnValues` order.
    static var insertSQL: String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(PersonSQL.placeholders(columns.count)))"
    }

    /// `UPDATE table SET column = ?, … WHERE id = ?`: `columnValues` then the id.
    static var updateSQL: String { "UPDATE \(table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?" }
}

extension Store {
    /// Inserts (no id) or updates (id) a row and records the audit entry in the same transaction.
    @discardableResult
    func save<T: StoredRow>(_ db: Database, _ value: T, reason: String? = nil) throws -> Int64 {
        var saved = value
        if let id = value.rowId {
            guard let before = try T.fetchOne(db, id: id) else { throw StoreError.notFound(entity: T.table, id: id) }
            guard before != value else { return id }
            try db.execute(sql: T.updateSQL, arguments: StatementArguments(value.columnValues + [id]))
            try auditor.record(db, entity: T.table, id: id, personId: value.auditPersonId ?? before.auditPersonId,
                               action: .update, before: before, after: value, reason: reason)
            return id
        }
        try db.execute(sql: T.insertSQL, arguments: StatementArguments(value.columnValues))
        saved.rowId = db.lastInsertedRowID
        try auditor.record(db, entity: T.table, id: saved.rowId, personId: value.auditPersonId, action: .insert,
                           before: T?.none, after: saved, reason: reason)
        return saved.rowId!
    }

    func delete<T: StoredRow>(_ db: Database, _ type: T.Type, id: Int64, reason: String? = nil) throws {
        guard let before = try T.fetchOne(db, id: id) else { throw StoreError.notFound(entity: T.table, id: id) }
        try db.execute(sql: "DELETE FROM \(T.table) WHERE id = ?", arguments: [id])
        try auditor.record(db, entity: T.table, id: id, personId: before.auditPersonId, action: .delete,
                           before: before, after: T?.none, reason: reason)
    }
}

// MARK: - Board

extension Term: StoredRow {
    static let table = "term"
    static let columns = ["name", "start_date", "end_date", "status", "note", "decree_number", "decree_date"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [name, start, end, status, note, decreeNumber, decreeDate] }
    init(row: Row) {
        self.init(id: row["id"], name: row["name"], start: row["start_date"], end: row["end_date"], status: row["status"],
                  note: row["note"], decreeNumber: row["decree_number"], decreeDate: row["decree_date"])
    }
}

extension Department: StoredRow {
    static let table = "department"
    static let columns = ["term_id", "name", "code", "sort_order"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [termId, name, code, order] }
    init(row: Row) { self.init(id: row["id"], termId: row["term_id"], name: row["name"], code: row["code"], order: row["sort_order"]) }
}

extension Position: StoredRow {
    static let table = "position"
    static let columns = ["term_id", "department_id", "kind", "title", "sort_order"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [termId, departmentId, kind, title, order] }
    init(row: Row) {
        self.init(id: row["id"], termId: row["term_id"], departmentId: row["department_id"], kind: row["kind"],
                  title: row["title"], order: row["sort_order"])
    }
}

extension Assignment: StoredRow {
    static let table = "assignment"
    static let columns = ["position_id", "person_id", "start_date", "end_date", "decree", "end_reason"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [positionId, personId, start, end, decree, endReason] }
    var auditPersonId: Int64? { personId }
    init(row: Row) {
        self.init(id: row["id"], positionId: row["position_id"], personId: row["person_id"], start: row["start_date"],
                  end: row["end_date"], decree: row["decree"], endReason: row["end_reason"])
    }
}

// MARK: - Musda

extension Musda: StoredRow {
    static let table = "musda"
    static let columns = ["kind", "number", "date", "place", "theme", "closes_term_id", "opens_term_id", "quorum",
                          "chair", "status"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] {
        [kind, number, date, place, theme, closesTermId, opensTermId, quorum, chair, status]
    }
    init(row: Row) {
        self.init(id: row["id"], kind: row["kind"], number: row["number"], date: row["date"], place: row["place"],
                  theme: row["theme"], closesTermId: row["closes_term_id"], opensTermId: row["opens_term_id"],
                  quorum: row["quorum"], chair: row["chair"],
                  status: row["status"])
    }
}

extension MusdaSession: StoredRow {
    static let table = "musda_session"
    static let columns = ["musda_id", "kind", "number", "title", "sort_order", "chairs", "date", "starts_at", "ends_at"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [musdaId, kind, number, title, order, chairs, date, startsAt, endsAt] }
    init(row: Row) {
        self.init(id: row["id"], musdaId: row["musda_id"], kind: row["kind"], number: row["number"], title: row["title"],
                  order: row["sort_order"], chairs: row["chairs"], date: row["date"], startsAt: row["starts_at"],
                  endsAt: row["ends_at"])
    }
}

extension AgendaItem: StoredRow {
    static let table = "agenda_item"
    static let columns = ["session_id", "sort_order", "title", "outcome", "starts_at", "ends_at"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [sessionId, order, title, outcome, startsAt, endsAt] }
    init(row: Row) {
        self.init(id: row["id"], sessionId: row["session_id"], order: row["sort_order"], title: row["title"], outcome: row["outcome"],
                  startsAt: row["starts_at"], endsAt: row["ends_at"])
    }
}

extension Attendance: StoredRow {
    static let table = "attendance"
    static let columns = ["musda_id", "person_id", "role", "representing", "arrived_at"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [musdaId, personId, role, representing, arrivedAt] }
    var auditPersonId: Int64? { personId }
    init(row: Row) {
        self.init(id: row["id"], musdaId: row["musda_id"], personId: row["person_id"], role: row["role"],
                  representing: row["representing"], arrivedAt: row["arrived_at"])
    }
}

extension Minutes: StoredRow {
    static let table = "minutes"
    static let columns = ["session_id", "text", "secretary", "finalised", "version"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [sessionId, text, secretary, finalised, version] }
    init(row: Row) {
        self.init(id: row["id"], sessionId: row["session_id"], text: row["text"], secretary: row["secretary"],
                  finalised: row["finalised"], version: row["version"])
    }
}

extension Decision: StoredRow {
    static let table = "decision"
    static let columns = ["musda_id", "session_id", "number", "title", "text", "from_minutes", "adopted_on", "considering", "legal_basis"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] {
        [musdaId, sessionId, number, title, text, fromMinutes, adoptedOn, considering, legalBasis]
    }
    init(row: Row) {
        self.init(id: row["id"], musdaId: row["musda_id"], sessionId: row["session_id"], number: row["number"],
                  title: row["title"], text: row["text"], fromMinutes: row["from_minutes"], adoptedOn: row["adopted_on"],
                  considering: row["considering"], legalBasis: row["legal_basis"])
    }
}

extension ActionItem: StoredRow {
    static let table = "action_item"
    static let columns = ["musda_id", "session_id", "text", "owner", "person_id", "due", "done", "from_minutes"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [musdaId, sessionId, text, owner, ownerPersonId, due, done, fromMinutes] }
    var auditPersonId: Int64? { ownerPersonId }
    init(row: Row) {
        self.init(id: row["id"], musdaId: row["musda_id"], sessionId: row["session_id"], text: row["text"], owner: row["owner"],
                  ownerPersonId: row["person_id"], due: row["due"], done: row["done"], fromMinutes: row["from_minutes"])
    }
}

extension MusdaDocument: StoredRow {
    static let table = "document"
    static let columns = ["musda_id", "term_id", "kind", "subject", "series", "sequence", "number", "title", "date",
                          "file_path", "file_format", "generated_at", "generated_by"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] {
        [musdaId, termId, kind, subject, series, sequence, number, title, date, filePath, fileFormat, generatedAt, generatedBy]
    }
    init(row: Row) {
        self.init(id: row["id"], musdaId: row["musda_id"], termId: row["term_id"], kind: row["kind"], subject: row["subject"],
                  series: row["series"], sequence: row["sequence"], number: row["number"], title: row["title"], date: row["date"],
                  filePath: row["file_path"], fileFormat: row["file_format"], generatedAt: row["generated_at"],
                  generatedBy: row["generated_by"])
    }
}

// MARK: - Programmes, activities, partners, pendataan

extension Partner: StoredRow {
    static let table = "partner"
    static let columns = ["name", "kind", "contact", "note"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] { [name, kind, contact, note] }
    init(row: Row) { self.init(id: row["id"], name: row["name"], kind: row["kind"], contact: row["contact"], note: row["note"]) }
}

extension CensusRecord: StoredRow {
    static let table = "census_record"
    static let columns = ["batch", "collected_on", "regency", "name", "nik", "employment", "source", "person_id",
                          "outcome", "note", "name_key", "sex", "birth_date", "phone", "email", "sector", "workplace",
                          "profession", "import_batch_id"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] {
        [batch, collectedOn, regency, name, nik, employment, source, personId, outcome, note, NameFold.key(name), sex,
         birthDate, phone, email, sector, workplace, profession, importBatchId]
    }
    var auditPersonId: Int64? { personId }
    init(row: Row) {
        self.init(id: row["id"], batch: row["batch"], collectedOn: row["collected_on"], regency: row["regency"],
                  name: row["name"], nik: row["nik"], employment: row["employment"], source: row["source"],
                  personId: row["person_id"], outcome: row["outcome"], note: row["note"], sex: row["sex"],
                  birthDate: row["birth_date"], phone: row["phone"], email: row["email"], sector: row["sector"],
                  workplace: row["workplace"], profession: row["profession"], importBatchId: row["import_batch_id"])
    }
}

extension AlumniRecord: StoredRow {
    static let table = "alumni_record"
    static let columns = ["person_id", "name", "institution", "programme", "graduation_year", "practising", "traced_on",
                          "name_key", "nik", "birth_date", "phone", "email", "workplace", "note", "import_batch_id"]
    var rowId: Int64? { get { id } set { id = newValue } }
    var columnValues: [DatabaseValueConvertible?] {
        [personId, name, institution, programme, graduationYear, practising, tracedOn, NameFold.key(name), nik, birthDate,
         phone, email, workplace, note, importBatchId]
    }
    var auditPersonId: Int64? { personId }
    init(row: Row) {
        self.init(id: row["id"], personId: row["person_id"], name: row["name"], institution: row["institution"],
                  programme: row["programme"], graduationYear: row["graduation_year"], practising: row["practising"],
                  tracedOn: row["traced_on"], nik: row["nik"], birthDate: row["birth_date"], phone: row["phone"],
                  email: row["email"], workplace: row["workplace"], note: row["note"], importBatchId: row["import_batch_id"])
    }
}
