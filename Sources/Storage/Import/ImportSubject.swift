import Domain
import GRDB

/// A stored record as an import sees it: canonical values (`ImportRow.values`' form).
struct StoredValues {
    var name: String
    var values: [ImportField: String]
}

/// Keys of the stored records, read in one scan, for matching every row of a file without a
/// query per row: NIK, KTA, folded name with birth date, and folded name alone (which only
/// ever finds a record whose every value the row repeats: never a match on name alone).
struct ImportIndex {
    var nik: [String: [Int64]] = [:]
    var kta: [String: [Int64]] = [:]
    var nameBirth: [String: [Int64]] = [:]
    var name: [String: [Int64]] = [:]
    /// Folded name with the record's group (a census record's regency, an alumnus's
    /// institution): the same name there is a possible duplicate, decided by hand.
    var group: [String: [Int64]] = [:]
    /// Records that may not be changed: people whose processing is restricted.
    var restricted: Set<Int64> = []

    mutating func add(id: Int64, nik: String?, kta: String?, nameKey: String, birthDate: String?, group: String? = nil) {
        if let nik { self.nik[nik, default: []].append(id) }
        if let kta { self.kta[kta, default: []].append(id) }
        if let birthDate { nameBirth[nameKey + "|" + birthDate, default: []].append(id) }
        if let group { self.group[nameKey + "|" + group, default: []].append(id) }
        name[nameKey, default: []].append(id)
    }
}

/// What a target reads and writes: the member register, the census or the alumni trace.
protocol ImportSubject {
    /// The table, as `import_change.entity` names it.
    var entity: String { get }
    /// The group a row's folded name is looked up in (`ImportIndex.group`), nil when none.
    func group(of values: [ImportField: String]) -> String?
    func index(_ db: Database) throws -> ImportIndex
    /// Canonical values of these records.
    func values(_ db: Database, ids: [Int64]) throws -> [Int64: StoredValues]
    /// What inserts the rows of one commit, prepared before the first row: each call inserts a
    /// record of a row's values and returns its id and the person it is about.
    func inserter(_ db: Database, batch: ImportBatchContext) throws -> RecordInserter
    /// Sets fields (nil clears one) on a record.
    func update(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws
    /// Undo of an update: these fields back as they were (nil clears).
    func restore(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws
    func delete(_ db: Database, id: Int64) throws
    /// Removes these records (an undone batch's creations).
    func delete(_ db: Database, ids: [Int64]) throws
    /// True when something outside this batch points at the record (a person with a seat…).
    func inUse(_ db: Database, id: Int64, batchId: Int64) throws -> Bool
}

/// Inserts one row's values; returns the record's id and the person it is about.
typealias RecordInserter = ([ImportField: String]) throws -> (id: Int64, personId: Int64?)

struct ImportBatchContext {
    var id: Int64
    var source: String
    var now: String
    var today: LocalDate
}

extension ImportSubject {
    func group(of values: [ImportField: String]) -> String? { nil }
    func delete(_ db: Database, ids: [Int64]) throws { for id in ids { try delete(db, id: id) } }
    func restore(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        try update(db, id: id, values, batch: batch)
    }

    /// One statement per 500 ids, for tables nothing else points at.
    func deleteRows(_ db: Database, table: String, ids: [Int64]) throws {
        _ = try chunkedIds(ids) { chunk, marks -> [Int] in
            try db.execute(sql: "DELETE FROM \(table) WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
            return []
        }
    }
}

extension ImportTarget {
    var subject: any ImportSubject {
        switch self {
        // A DPP export is read against the member register; it is never committed as an import.
        case .members, .dpp: return MemberImportSubject()
        case .census: return CensusImportSubject()
        case .alumni: return AlumniImportSubject()
        }
    }
}

/// Reads ids in chunks below SQLite's variable limit.
func chunkedIds<T>(_ ids: [Int64], _ body: ([Int64], String) throws -> [T]) rethrows -> [T] {
    var out: [T] = []
    var start = 0
    while start < ids.count {
        let chunk = Array(ids[start..<min(start + 500, ids.count)])
        out += try body(chunk, PersonSQL.placeholders(chunk.count))
        start += 500
    }
    return out
}

extension Dictionary where Key == ImportField, Value == String {
    mutating func put(_ field: ImportField, _ value: String?) { if let value { self[field] = value } }
}
