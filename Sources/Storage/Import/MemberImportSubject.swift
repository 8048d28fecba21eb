import Domain
import GRDB

/// Imports into the member register: a person with an active membership (registered by the
/// DPD unless the DPP reconciliation says otherwise).
struct MemberImportSubject: ImportSubject {
    let entity = "person"

    func index(_ db: Database) throws -> ImportIndex {
        var index = ImportIndex()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.id, p.nik, p.match_key, p.birth_date, m.kta FROM person p LEFT JOIN membership m ON m.person_id = p.id
            WHERE p.erased_on IS NULL
            """)
        while let row = try rows.next() {
            index.add(id: row[0], nik: row[1], kta: row[4], nameKey: row[2], birthDate: row[3])
        }
        index.restricted = Set(try Int64.fetchAll(db, sql: "SELECT person_id FROM restriction"))
        return index
    }

    func values(_ db: Database, ids: [Int64]) throws -> [Int64: StoredValues] {
        let pairs = try chunkedIds(ids) { chunk, marks in
            try Row.fetchAll(db, sql: "SELECT * FROM person WHERE id IN (\(marks))", arguments: StatementArguments(chunk)).map { row in
                let person = Person(row: row)
                return (person.id!, StoredValues(name: person.name, values: Self.canonical(person, try PersonSQL.fetchMembership(db, personId: person.id!))))
            }
        }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    static func canonical(_ p: Person, _ m: Membership?) -> [ImportField: String] {
        var v: [ImportField: String] = [.name: p.name]
        v.put(.nik, p.nik)
        v.put(.kta, m?.kta)
        v.put(.sex, p.sex?.rawValue)
        v.put(.birthPlace, p.birthPlace)
        v.put(.birthDate, p.birthDate?.iso)
        v.put(.phone, p.phone)
        v.put(.email, p.email)
        v.put(.address, p.address)
        v.put(.regency, p.domicileRegency)
        v.put(.employmentStatus, p.employment?.status.rawValue)
        v.put(.employer, p.employment?.employer)
        v.put(.educationLevel, p.education?.level.rawValue)
        v.put(.institution, p.education?.institution)
        v.put(.major, p.education?.major)
        v.put(.graduationYear, p.education?.graduationYear.map(String.init))
        v.put(.joinDate, m?.joinDate?.iso)
        v.put(.note, p.note)
        return v
    }

    /// The person and membership with these fields set (nil clears).
    static func apply(_ values: [ImportField: String?], to person: inout Person, membership: inout Membership?) {
        for (field, value) in values {
            switch field {
            case .name: person.name = value ?? person.name
            case .nik: person.nik = value
            case .sex: person.sex = value.flatMap(Sex.init(rawValue:))
            case .birthPlace: person.birthPlace = value
            case .birthDate: person.birthDate = value.flatMap(LocalDate.init(iso:))
            case .phone: person.phone = value
            case .email: person.email = value
            case .address: person.address = value
            case .regency: person.domicileRegency = value
            case .note: person.note = value
            case .employmentStatus:
                if let status = value.flatMap(EmploymentStatus.init(rawValue:)) {
                    person.employment = Employment(status: status, employerType: status == .nonASN ? person.employment?.employerType : nil,
                                                   employer: person.employment?.employer)
                } else {
                    person.employment = nil
                }
            case .employer: person.employment?.employer = value
            case .educationLevel:
                if let level = value.flatMap(EducationLevel.init(rawValue:)) {
                    person.education = Education(level: level, institution: person.education?.institution,
                                                 major: person.education?.major, graduationYear: person.education?.graduationYear)
                } else {
                    person.education = nil
                }
            case .institution: person.education?.institution = value
            case .major: person.education?.major = value
            case .graduationYear: person.education?.graduationYear = value.flatMap { Int($0) }
            case .kta:
                if membership == nil, value != nil { membership = Membership() }
                membership?.kta = value
            case .joinDate:
                if membership == nil, value != nil { membership = Membership() }
                membership?.joinDate = value.flatMap(LocalDate.init(iso:))
            case .birthPlaceAndDate, .sector, .profession, .practising, .collectedOn, .province: break
            }
        }
    }

    /// Fields applied in this order so a level or status exists before what hangs on it.
    static func ordered(_ values: [ImportField: String?]) -> [(ImportField, String?)] {
        let first: [ImportField] = [.employmentStatus, .educationLevel]
        return values.sorted { (first.contains($0.key) ? 0 : 1, $0.key.rawValue) < (first.contains($1.key) ? 0 : 1, $1.key.rawValue) }
    }

    func inserter(_ db: Database, batch: ImportBatchContext) throws -> RecordInserter {
        { values in
            let id = try Self.insertMember(db, values, channel: .dpd, source: batch.source, reason: Self.reason(batch), now: batch.now, today: batch.today)
            try db.execute(sql: "UPDATE person SET import_batch_id = ? WHERE id = ?", arguments: [batch.id, id])
            return (id, id)
        }
    }

    /// A new person with an active membership through `channel`, the status history saying
    /// why (`reason`); the census and alumni rows naming their NIK linked to them. Returns the id.
    static func insertMember(_ db: Database, _ values: [ImportField: String], channel: RegistrationChannel, source: String,
                             reason: String, now: String, today: LocalDate) throws -> Int64 {
        var person = Person(name: values[.name] ?? "")
        var membership: Membership? = Membership(status: .aktif, channel: channel)
        for (field, value) in ordered(values) { apply([field: value], to: &person, membership: &membership) }
        person.source = source
        let id = try PersonSQL.insert(db, person, kta: membership?.kta, now: now)
        if var m = membership {
            m.personId = id
            try PersonSQL.upsertMembership(db, m, person: person, personId: id)
            try db.execute(sql: "INSERT INTO status_change (person_id, from_status, to_status, date, reason, recorded_at) VALUES (?, NULL, ?, ?, ?, ?)",
                           arguments: [id, m.status, m.joinDate ?? today, reason, now])
        }
        // The census and alumni rows that name them by NIK are theirs from now on (★ linked when they join).
        if let nik = person.nik {
            for table in Erasure.recordsByNIK {
                let matched = table == "census_record" ? ", outcome = 'cocok'" : ""
                try db.execute(sql: "UPDATE \(table) SET person_id = ?\(matched) WHERE nik = ? AND person_id IS NULL", arguments: [id, nik])
            }
        }
        return id
    }

    func update(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        // A duplicate merged by hand into a restricted person is refused here too.
        try Store.refuseIfRestricted(db, personId: id)
        guard var person = try PersonSQL.fetchPerson(db, id: id) else { throw StoreError.notFound(entity: "person", id: id) }
        let before = try PersonSQL.fetchMembership(db, personId: id)
        var membership = before
        for (field, value) in Self.ordered(values) { Self.apply([field: value], to: &person, membership: &membership) }
        try PersonSQL.update(db, person, id: id, kta: membership?.kta, now: batch.now)
        if var m = membership, m != before {
            m.personId = id
            try PersonSQL.upsertMembership(db, m, person: person, personId: id)
            // Someone in the register (a Musda guest, a test participant) the members file names:
            // they become a member, and the history says by which import.
            if before == nil {
                try db.execute(sql: "INSERT INTO status_change (person_id, from_status, to_status, date, reason, recorded_at) VALUES (?, NULL, ?, ?, ?, ?)",
                               arguments: [id, m.status, m.joinDate ?? batch.today, Self.reason(batch), batch.now])
            }
        }
        try PersonSQL.bumpVersion(db, id: id)
    }

    /// The status history's words for a membership an import made.
    static func reason(_ batch: ImportBatchContext) -> String { "Impor #\(batch.id): \(batch.source)" }

    /// Undo: the fields back, and a membership this batch made (its only history is the
    /// batch's own entry) removed again.
    func restore(_ db: Database, id: Int64, _ values: [ImportField: String?], batch: ImportBatchContext) throws {
        try update(db, id: id, values, batch: batch)
        let history = try String.fetchAll(db, sql: "SELECT coalesce(reason, '') FROM status_change WHERE person_id = ?", arguments: [id])
        if history == [Self.reason(batch)] {
            try db.execute(sql: "DELETE FROM status_change WHERE person_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM membership WHERE person_id = ?", arguments: [id])
        }
    }

    func delete(_ db: Database, id: Int64) throws {
        try db.execute(sql: "UPDATE census_record SET person_id = NULL, outcome = 'belum_diproses' WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "UPDATE alumni_record SET person_id = NULL WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM status_change WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM membership WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM warning_ack WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "UPDATE audit SET person_id = NULL WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "UPDATE import_change SET person_id = NULL WHERE person_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [id])
    }

    /// Tables whose rows make a person more than an imported row: removing the person would
    /// lose them (a seat, an attendance, a test taken, a consent, a status changed by hand…).
    static let references = ["assignment", "attendance", "participation", "election_candidate", "formatur_member",
                             "session_chair", "action_item", "consent", "draft"]

    func inUse(_ db: Database, id: Int64, batchId: Int64) throws -> Bool {
        for table in Self.references {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE person_id = ?)", arguments: [id]) == true { return true }
        }
        // Census and alumni rows linked to them are unlinked again (`delete`), not in the way.
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM status_change WHERE person_id = ?", arguments: [id])! > 1
    }
}
