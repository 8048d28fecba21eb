import Domain
import GRDB

// Row mapping for people and memberships, kept in one place so every reader and writer
// (repositories, demo loader, export, bulk load) agrees on the columns. The membership row
// copies the person's name key, regency, employment class and search text, so the member list
// sorts, filters and searches one table; every write of a person goes through `update` here.

extension Person {
    init(row: Row) {
        let employment: Employment? = (row["employment_status"] as EmploymentStatus?).map {
            Employment(status: $0, employerType: row["employer_type"], employer: row["employer"])
        }
        let education: Education? = (row["education_level"] as EducationLevel?).map {
            Education(level: $0, institution: row["education_institution"], major: row["education_major"],
                      graduationYear: row["graduation_year"])
        }
        self.init(id: row["id"], name: row["name"], nik: row["nik"], sex: row["sex"], birthPlace: row["birth_place"],
                  birthDate: row["birth_date"], phone: row["phone"], email: row["email"], address: row["address"],
                  domicileRegency: row["domicile_regency"], employment: employment, education: education,
                  source: row["source"], note: row["note"], erasedOn: row["erased_on"])
    }

    static let columns = ["name", "name_key", "search_text", "nik", "sex", "birth_place", "birth_date", "phone", "email",
                          "address", "domicile_regency", "employment_status", "employer_type", "employer",
                          "education_level", "education_institution", "education_major", "graduation_year",
                          "source", "note", "erased_on", "match_key"]

    /// Values in `columns` order; `searchText` is derived by the caller (it needs the KTA).
    func values(searchText: String) -> [DatabaseValueConvertible?] {
        [name, TextKey.nameKey(name), searchText, nik, sex, birthPlace, birthDate, phone, email, address,
         domicileRegency, employment?.status, employment?.employerType, employment?.employer,
         education?.level, education?.institution, education?.major, education?.graduationYear, source, note, erasedOn,
         NameFold.key(name)]
    }
}

extension Membership {
    init(row: Row) {
        self.init(personId: row["person_id"], kta: row["kta"], status: row["status"], statusDate: row["status_date"],
                  statusReason: row["status_reason"], channel: row["channel"], joinDate: row["join_date"])
    }
}

enum PersonSQL {
    static func fetchPerson(_ db: Database, id: Int64) throws -> Person? {
        try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]).map(Person.init(row:))
    }

    static func fetchMembership(_ db: Database, personId: Int64) throws -> Membership? {
        try Row.fetchOne(db, sql: "SELECT * FROM membership WHERE person_id = ?", arguments: [personId]).map(Membership.init(row:))
    }

    /// Person, membership and version in one read: what an editor loads and saves back.
    static func fetchEditable(_ db: Database, personId: Int64) throws -> PersonDraft? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM person WHERE id = ?", arguments: [personId]) else { return nil }
        return PersonDraft(person: Person(row: row), membership: try fetchMembership(db, personId: personId),
                           version: row["version"])
    }

    /// Moves the person's version on; call in the transaction of any change to the person or
    /// their membership, so an editor holding the old version gets a conflict.
    static func bumpVersion(_ db: Database, id: Int64) throws {
        try db.execute(sql: "UPDATE person SET version = version + 1 WHERE id = ?", arguments: [id])
    }

    static func insert(_ db: Database, _ person: Person, kta: String?, now: String) throws -> Int64 {
        let search = TextKey.searchText(name: person.name, nik: person.nik, kta: kta, email: person.email, phone: person.phone)
        let cols = Person.columns + ["created_at", "updated_at"]
        try db.execute(sql: "INSERT INTO person (\(cols.joined(separator: ", "))) VALUES (\(placeholders(cols.count)))",
                       arguments: StatementArguments(person.values(searchText: search) + [now, now]))
        return db.lastInsertedRowID
    }

    /// Updates the person and the membership's copies of their keys (name, regency,
    /// employment, search text), if they are a member.
    static func update(_ db: Database, _ person: Person, id: Int64, kta: String?, now: String) throws {
        let search = TextKey.searchText(name: person.name, nik: person.nik, kta: kta, email: person.email, phone: person.phone)
        let assignments = (Person.columns + ["updated_at"]).map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE person SET \(assignments) WHERE id = ?",
                       arguments: StatementArguments(person.values(searchText: search) + [now, id]))
        try db.execute(sql: "UPDATE membership SET name_key = ?, regency = ?, employment_class = ?, search_text = ? WHERE person_id = ?",
                       arguments: StatementArguments(memberKeys(person, search: search) + [id]))
    }

    /// Inserts or replaces the membership, copying the person's sort, filter and search keys.
    static func upsertMembership(_ db: Database, _ m: Membership, person: Person, personId: Int64) throws {
        let search = TextKey.searchText(name: person.name, nik: person.nik, kta: m.kta, email: person.email, phone: person.phone)
        try db.execute(sql: """
            INSERT INTO membership (person_id, kta, status, status_date, status_reason, channel, join_date,
                                    name_key, regency, employment_class, search_text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id) DO UPDATE SET kta = excluded.kta, status = excluded.status,
                status_date = excluded.status_date, status_reason = excluded.status_reason, channel = excluded.channel,
                join_date = excluded.join_date, name_key = excluded.name_key, regency = excluded.regency,
                employment_class = excluded.employment_class, search_text = excluded.search_text
            """, arguments: StatementArguments([personId, m.kta, m.status, m.statusDate, m.statusReason, m.channel, m.joinDate]
                                               + memberKeys(person, search: search)))
    }

    /// The person's values the membership row copies: name key, regency, employment class, search text.
    static func memberKeys(_ person: Person, search: String) -> [DatabaseValueConvertible?] {
        [TextKey.nameKey(person.name), person.domicileRegency ?? "", person.employment?.status.employmentClass.rawValue ?? "", search]
    }

    /// Who holds this KTA, other than `except`: the key is unique to one member.
    static func ktaHolder(_ db: Database, kta: String, except personId: Int64? = nil) throws -> (id: Int64, name: String)? {
        try Row.fetchOne(db, sql: """
            SELECT p.id, p.name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.kta = ? AND m.person_id IS NOT ?
            """, arguments: [kta, personId]).map { ($0["id"], $0["name"]) }
    }

    static func placeholders(_ n: Int) -> String { Array(repeating: "?", count: n).joined(separator: ", ") }
}
