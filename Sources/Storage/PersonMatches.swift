import Domain
import GRDB

/// One person found by the picker: enough to choose the right one, and to warn about them.
public struct PersonMatch: Sendable, Hashable, Identifiable {
    public var id: Int64 { personId }
    public let personId: Int64
    public let name: String
    public let kta: String?
    /// Nil: no membership at all.
    public let status: MembershipStatus?
    /// Short name (`Palembang`).
    public let regencyName: String?
    public let birthDate: LocalDate?

    public init(personId: Int64, name: String, kta: String?, status: MembershipStatus?, regencyName: String?, birthDate: LocalDate?) {
        self.personId = personId
        self.name = name
        self.kta = kta
        self.status = status
        self.regencyName = regencyName
        self.birthDate = birthDate
    }
}

/// The first matches of a picker's text, by name, and whether there are more.
public struct PersonMatches: Sendable, Hashable {
    public let text: String
    public let matches: [PersonMatch]
    public let hasMore: Bool
}

extension PeopleStore {
    /// Matches below this many are sorted by name outright; more are walked in name order.
    static let pickerSortLimit = 2_000

    func matches(_ text: String, limit: Int, cancellation: ReadCancellation?) throws -> PersonMatches {
        let tokens = TextKey.queryTokens(text)
        guard !tokens.isEmpty, limit > 0 else { return PersonMatches(text: text, matches: [], hasMore: false) }
        let body = { (db: Database) throws -> PersonMatches in
            let fts = TextKey.ftsQuery(tokens)
            let dense = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT \(Self.pickerSortLimit))
                """, arguments: [fts]) ?? 0 >= Self.pickerSortLimit
            // Sparse: the match set is small, sort it. Dense: walk the name index and test each
            // row's words, which finds a screenful within the first rows.
            let source = dense
                ? "person p"
                : "(SELECT rowid FROM person_fts WHERE person_fts MATCH ?) f JOIN person p ON p.id = f.rowid"
            var arguments: [DatabaseValueConvertible] = dense ? [] : [fts]
            var conditions = ["p.erased_on IS NULL"]
            if dense {
                for token in tokens {
                    conditions.append("instr(p.search_text, ?) > 0")
                    arguments.append(" " + token)
                }
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, p.name, p.birth_date, p.domicile_regency, m.kta, m.status
                FROM \(source) LEFT JOIN membership m ON m.person_id = p.id
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY p.name_key, p.id LIMIT \(limit + 1)
                """, arguments: StatementArguments(arguments))
            let found = rows.prefix(limit).map { row in
                PersonMatch(personId: row["id"], name: row["name"], kta: row["kta"], status: row["status"],
                            regencyName: (row["domicile_regency"] as String?).flatMap { store.regions.region(code: $0)?.shortName },
                            birthDate: row["birth_date"])
            }
            return PersonMatches(text: text, matches: Array(found), hasMore: rows.count > limit)
        }
        guard let cancellation else { return try store.read(body) }
        return try ReadInterrupter(cancellation).read(store.pool, body)
    }
}
