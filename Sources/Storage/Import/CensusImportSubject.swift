import Domain
import GRDB

/// Imports into the census (★ separate from membership): people found in the field, linked to
/// a person in the register when their NIK is there.
struct CensusImportSubject: ImportSubject {
    let entity = "census_record"

    func index(_ db: Database) throws -> ImportIndex {
        var index = ImportIndex()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, nik, name_key, birth_date, regency FROM census_record")
        while let row = try rows.next() { index.add(id: row[0], nik: row[1], kta: nil, nameKey: row[2], birthDate: row[3], group: row[4]) }
        return index
    }

    /// The same name in the same regency.
    func group(of values: [ImportField: String]) -> String? { values[.regency] }

    func values(_ db: Database, ids: [Int64]) throws -> [Int64: StoredValues] {
        let pairs = try chunkedIds(ids) { chunk, marks in
            try CensusRecord.fetchAll(db, where: "id IN (\(marks))", arguments: StatementArguments(chunk)).map {
                ($0.id!, StoredValues(name: $0.name, values: Self.canonical($0)))
            }
        }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

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

    static func personId(_ db: Database, nik: String?) throws -> Int64? {
        guard let nik else { return nil }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM person WHERE nik = ? AND erased_on IS NULL LIMIT 1"), arguments: [nik])
    }

    func insert(_ db: Database, _ values: [ImportField: String], batch: ImportBatchContext) throws -> (id: Int64, personId: Int64?) {
        var record = CensusRecord(batch: batch.source, name: values[.name] ?? "", source: batch.source)
        Self.apply(values, to: &record)
        record.personId = try Self.personId(db, nik: record.nik)
        record.outcome = record.personId == nil ? .pending : .matched
        record.importBatchId = batch.id
        try db.cachedStatement(sql: "INSERT INTO census_record (\(CensusRecord.columns.joined(separator: ", "))) VALUES (\(PersonSQL.placeholders(CensusRecord.columns.count)))").execute(
                       arguments: StatementArguments(record.columnValues))
        return (db.lastInsertedRowID, record.personId)
    }

    func update(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        guard var record = try CensusRecord.fetchOne(db, id: id) else { throw StoreError.notFound(entity: entity, id: id) }
        Self.apply(values, to: &record)
        if record.personId == nil { record.personId = try Self.personId(db, nik: record.nik) }
        try db.execute(sql: "UPDATE census_record SET \(CensusRecord.columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(record.columnValues + [id]))
    }

    func delete(_ db: Database, id: Int64) throws { try deleteRows(db, table: "census_record", ids: [id]) }
    func delete(_ db: Database, ids: [Int64]) throws { try deleteRows(db, table: "census_record", ids: ids) }

    func inUse(_ db: Database, id: Int64, batchId: Int64) throws -> Bool { false }
}

/// Imports into the alumni trace: graduates per institution and year.
struct AlumniImportSubject: ImportSubject {
    let entity = "alumni_record"

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

    func values(_ db: Database, ids: [Int64]) throws -> [Int64: StoredValues] {
        let pairs = try chunkedIds(ids) { chunk, marks in
            try AlumniRecord.fetchAll(db, where: "id IN (\(marks))", arguments: StatementArguments(chunk)).map {
                ($0.id!, StoredValues(name: $0.name, values: Self.canonical($0)))
            }
        }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

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

    func insert(_ db: Database, _ values: [ImportField: String], batch: ImportBatchContext) throws -> (id: Int64, personId: Int64?) {
        var record = AlumniRecord(name: values[.name] ?? "", institution: values[.institution] ?? "", programme: "")
        Self.apply(values, to: &record)
        record.personId = try CensusImportSubject.personId(db, nik: record.nik)
        record.tracedOn = batch.today
        record.importBatchId = batch.id
        try db.cachedStatement(sql: "INSERT INTO alumni_record (\(AlumniRecord.columns.joined(separator: ", "))) VALUES (\(PersonSQL.placeholders(AlumniRecord.columns.count)))").execute(
                       arguments: StatementArguments(record.columnValues))
        return (db.lastInsertedRowID, record.personId)
    }

    func update(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        guard var record = try AlumniRecord.fetchOne(db, id: id) else { throw StoreError.notFound(entity: entity, id: id) }
        Self.apply(values, to: &record)
        if record.personId == nil { record.personId = try CensusImportSubject.personId(db, nik: record.nik) }
        try db.execute(sql: "UPDATE alumni_record SET \(AlumniRecord.columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(record.columnValues + [id]))
    }

    func delete(_ db: Database, id: Int64) throws { try deleteRows(db, table: "alumni_record", ids: [id]) }
    func delete(_ db: Database, ids: [Int64]) throws { try deleteRows(db, table: "alumni_record", ids: ids) }

    func inUse(_ db: Database, id: Int64, batchId: Int64) throws -> Bool { false }
}
