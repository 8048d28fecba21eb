import Domain
import GRDB

/// Imports into the census (★ separate from membership): people found in the field, linked to
/// a person in the register when their NIK is there.
struct CensusImportSubject: RecordImportSubject {
    func index(_ db: Database) throws -> ImportIndex {
        var index = ImportIndex()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, nik, name_key, birth_date, regency FROM census_record")
        while let row = try rows.next() { index.add(id: row[0], nik: row[1], kta: nil, nameKey: row[2], birthDate: row[3], group: row[4]) }
        return index
    }

    /// The same name in the same regency.
    func group(of values: [ImportField: String]) -> String? { values[.regency] }

    static func canonical(_ r: CensusRecord) -> [ImportField: String] {
        var v: [ImportField: String] = [.name: r.name]
        v.put(.nik, r.nik)
        v.put(.sex, r.sex?.rawValue)
        v.put(.birthDate, r.birthDate?.iso)
        v.put(.phone, r.phone)
        v.put(.email, r.email)
        v.put(.regency, r.regency)
        v.put(.sector, r.sector?.rawValue)
        v.put(.employer, r.workplace)
        v.put(.profession, r.profession?.rawValue)
        v.put(.collectedOn, r.collectedOn?.iso)
        v.put(.note, r.note)
        return v
    }

    static func apply(_ values: [ImportField: String?], to r: inout CensusRecord) {
        for (field, value) in values {
            switch field {
            case .name: r.name = value ?? r.name
            case .nik: r.nik = value
            case .sex: r.sex = value.flatMap(Sex.init(rawValue:))
            case .birthDate: r.birthDate = value.flatMap(LocalDate.init(iso:))
            case .phone: r.phone = value
            case .email: r.email = value
            case .regency: r.regency = value
            case .sector: r.sector = value.flatMap(CensusSector.init(rawValue:))
            case .employer: r.workplace = value
            case .profession: r.profession = value.flatMap(CensusProfession.init(rawValue:))
            case .collectedOn: r.collectedOn = value.flatMap(LocalDate.init(iso:))
            case .note: r.note = value
            default: break
            }
        }
    }

    func made(_ values: [ImportField: String], personId: Int64?, batch: ImportBatchContext) -> CensusRecord {
        var record = CensusRecord(batch: batch.source, name: values[.name] ?? "", source: batch.source)
        Self.apply(values, to: &record)
        record.personId = personId
        record.outcome = personId == nil ? .pending : .matched
        record.importBatchId = batch.id
        return record
    }

}

/// Imports into the alumni trace: graduates per institution and year.
struct AlumniImportSubject: RecordImportSubject {
    func index(_ db: Database) throws -> ImportIndex {
        var index = ImportIndex()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, nik, name_key, birth_date, institution FROM alumni_record")
        while let row = try rows.next() {
            index.add(id: row[0], nik: row[1], kta: nil, nameKey: row[2], birthDate: row[3], group: HeaderName.fold(row[4]))
        }
        return index
    }

    /// The same name from the same institution.
    func group(of values: [ImportField: String]) -> String? { values[.institution].map(HeaderName.fold) }

    static func canonical(_ r: AlumniRecord) -> [ImportField: String] {
        var v: [ImportField: String] = [.name: r.name, .institution: r.institution]
        v.put(.major, r.programme.isEmpty ? nil : r.programme)
        v.put(.nik, r.nik)
        v.put(.birthDate, r.birthDate?.iso)
        v.put(.phone, r.phone)
        v.put(.email, r.email)
        v.put(.graduationYear, r.graduationYear.map(String.init))
        v.put(.practising, r.practising.map { $0 ? "ya" : "tidak" })
        v.put(.employer, r.workplace)
        v.put(.note, r.note)
        return v
    }

    static func apply(_ values: [ImportField: String?], to r: inout AlumniRecord) {
        for (field, value) in values {
            switch field {
            case .name: r.name = value ?? r.name
            case .institution: r.institution = value ?? r.institution
            case .major: r.programme = value ?? ""
            case .nik: r.nik = value
            case .birthDate: r.birthDate = value.flatMap(LocalDate.init(iso:))
            case .phone: r.phone = value
            case .email: r.email = value
            case .graduationYear: r.graduationYear = value.flatMap { Int($0) }
            case .practising: r.practising = value.map { $0 == "ya" }
            case .employer: r.workplace = value
            case .note: r.note = value
            default: break
            }
        }
    }

    func made(_ values: [ImportField: String], personId: Int64?, batch: ImportBatchContext) -> AlumniRecord {
        var record = AlumniRecord(name: values[.name] ?? "", institution: values[.institution] ?? "", programme: "")
        Self.apply(values, to: &record)
        record.personId = personId
        record.tracedOn = batch.today
        record.importBatchId = batch.id
        return record
    }

}

/// A census or alumni record: its table holds people by NIK before any person is linked.
protocol PersonLinkedRecord: StoredRow {
    var personId: Int64? { get set }
    var nik: String? { get }
}

extension CensusRecord: PersonLinkedRecord {}
extension AlumniRecord: PersonLinkedRecord {}

/// A target of one table of records (census, alumni), written without an audit entry each:
/// the batch has one. The rows' canonical values and how fields are set are the target's own.
protocol RecordImportSubject: ImportSubject {
    associatedtype Record: PersonLinkedRecord
    static func canonical(_ record: Record) -> [ImportField: String]
    static func apply(_ values: [ImportField: String?], to record: inout Record)
    /// A new record of a row's values, about the register's person with its NIK (nil when none).
    func made(_ values: [ImportField: String], personId: Int64?, batch: ImportBatchContext) -> Record
}

extension RecordImportSubject {
    var entity: String { Record.table }

    func values(_ db: Database, ids: [Int64]) throws -> [Int64: StoredValues] {
        let pairs = try chunkedIds(ids) { chunk, marks in
            try Record.fetchAll(db, where: "id IN (\(marks))", arguments: StatementArguments(chunk)).map { record in
                let values = Self.canonical(record)
                return (record.rowId!, StoredValues(name: values[.name] ?? "", values: values))
            }
        }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    /// Links the record to the register's person with its NIK, if it has none yet.
    static func link(_ db: Database, _ record: inout Record) throws {
        guard record.personId == nil, let nik = record.nik else { return }
        record.personId = try person(db, nik: nik)
    }

    static func person(_ db: Database, nik: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: personByNIK), arguments: [nik])
    }

    static var personByNIK: String { "SELECT id FROM person WHERE nik = ? AND erased_on IS NULL LIMIT 1" }

    /// One prepared INSERT bound through the C API (`RawInsert`): GRDB's arguments cost more
    /// than SQLite's insert at 100k rows.
    func inserter(_ db: Database, batch: ImportBatchContext) throws -> RecordInserter {
        let statement = try RawInsert(db, Record.insertSQL), people = try RawLookup(db, Self.personByNIK)
        return { values in
            let record = try made(values, personId: values[.nik].map(people.int64) ?? nil, batch: batch)
            try statement.insert(record.columnValues.map { $0?.databaseValue ?? .null })
            return (db.lastInsertedRowID, record.personId)
        }
    }

    func update(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        guard var record = try Record.fetchOne(db, id: id) else { throw StoreError.notFound(entity: entity, id: id) }
        Self.apply(values, to: &record)
        try Self.link(db, &record)
        try db.execute(sql: Record.updateSQL, arguments: StatementArguments(record.columnValues + [id]))
    }

    func delete(_ db: Database, id: Int64) throws { try deleteRows(db, table: Record.table, ids: [id]) }
    func delete(_ db: Database, ids: [Int64]) throws { try deleteRows(db, table: Record.table, ids: ids) }
    func inUse(_ db: Database, id: Int64, batchId: Int64) throws -> Bool { false }
}
