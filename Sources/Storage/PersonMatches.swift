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
    /// Matches below this many are sorted by name outright; more are found walking the name index.
    static let pickerSortLimit = 2_000
    /// Entries of the name index a dense search reads row by row before it probes the match set.
    static let pickerWalkWindow = 300
    /// Entries of the name index a search of slow tokens only (one letter, a long number) reads
    /// row by row before it asks FTS: a letter that starts 1 word in 120 fills a page within it.
    /// ~5 ms at 1M people (`make bench`, picker first letter).
    static let pickerSlowWindow = 5_000

    func matches(_ text: String, limit: Int, cancellation: ReadCancellation?) throws -> PersonMatches {
        let tokens = TextKey.queryTokens(text)
        guard !tokens.isEmpty, limit > 0 else { return PersonMatches(text: text, matches: [], hasMore: false) }
        let body = { (db: Database) throws -> PersonMatches in
            let fts = TextKey.ftsQuery(tokens)
            let matchSet = "p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
            let onRow = Array(repeating: "instr(p.search_text, ?) > 0", count: tokens.count)
            let words: [DatabaseValueConvertible] = tokens.map { " " + $0 }
            // The page's first `limit` rows as matches; one more row means there are more.
            func found(_ rows: [Row]) -> PersonMatches {
                let matches = rows.prefix(limit).map { row in
                    PersonMatch(personId: row["id"], name: row["name"], kta: row["kta"], status: row["status"],
                                regencyName: (row["domicile_regency"] as String?).flatMap { store.regions.region(code: $0)?.shortName },
                                birthDate: row["birth_date"])
                }
                return PersonMatches(text: text, matches: Array(matches), hasMore: rows.count > limit)
            }
            // The first `count` rows in name order that meet `conditions`. The page is picked in
            // `person` alone; only its rows are joined to their membership. Name order is the
            // order of the index `person_by_name` (name key, birth date, then rowid), so a walk
            // streams from it and stops at the page; ordering by name key and id instead sorted
            // every row first (a full scan: 80 ms at 100k, 850 ms at 1M for one letter).
            func page(_ conditions: [String], _ arguments: [DatabaseValueConvertible], count: Int) throws -> [Row] {
                try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name, p.birth_date, p.domicile_regency, m.kta, m.status
                    FROM (SELECT p.id, p.name, p.birth_date, p.domicile_regency, p.name_key FROM person p
                          WHERE \((conditions + ["p.erased_on IS NULL"]).joined(separator: " AND "))
                          ORDER BY p.name_key, p.birth_date, p.id LIMIT \(count)) p
                    LEFT JOIN membership m ON m.person_id = p.id
                    ORDER BY p.name_key, p.birth_date, p.id
                    """, arguments: StatementArguments(arguments))
            }
            let wanted = limit + 1
            // The name key `offset` entries into the name index; nil when there are fewer people.
            func nameKey(at offset: Int) throws -> String? {
                try String.fetchOne(db, sql: "SELECT name_key FROM person ORDER BY name_key LIMIT 1 OFFSET \(offset)")
            }
            // At least `pickerSortLimit` matches: sorting them costs more than walking the name
            // index against them. One letter's set is slow to build when the letter is common,
            // so this is asked only once a walk of the first names has not filled the page.
            func isDense() throws -> Bool {
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT \(Self.pickerSortLimit))
                    """, arguments: [fts]) ?? 0 >= Self.pickerSortLimit
            }
            // Past `bound` in name order, walking the name index and testing each entry against
            // the match set (unary `+`: tested, never driving), reading only the rows that match:
            // it stops at the page.
            func probed(past bound: String, count: Int) throws -> [Row] {
                try page(["p.name_key > ?", "+" + matchSet], [bound, fts], count: count)
            }
            // Past `bound`: a dense set probed as above; a sparse one looked up and sorted (a walk
            // would read the whole index to find few or none).
            func past(_ bound: String, count: Int) throws -> [Row] {
                try isDense() ? probed(past: bound, count: count) : page(["+p.name_key > ?", matchSet], [bound, fts], count: count)
            }
            if tokens.allSatisfy(ListSQL.slowInFTS) {
                // One letter, a long number: FTS would merge every term they begin (each NIK is
                // a term), so walk the first names testing each row's words, which fills the
                // page for any common letter. Past that window the text is rare among the first
                // names: its set (`z`: 30k at 1M people) is probed or sorted as it is large or small.
                guard let bound = try nameKey(at: Self.pickerSlowWindow) else {
                    return try found(page(onRow, words, count: wanted))
                }
                let first = try page(["p.name_key <= ?"] + onRow, [bound] + words, count: wanted)
                return try found(first.count == wanted ? first : first + past(bound, count: wanted - first.count))
            }
            let dense = try isDense()
            let rows: [Row]
            if !dense {
                // Sparse: look the matches up and sort them (cost grows with the matches).
                rows = try page([matchSet], [fts], count: wanted)
            } else if let bound = try nameKey(at: Self.pickerWalkWindow) {
                // Dense: read the first rows in name order (ties with the last included), which
                // fills the page when the matches are common there. Past them, probe: a word common
                // overall but rare among the first names (`siti`, `mega`: a second name there)
                // costs the set's size plus an index walk, not a row read per name.
                let first = try page(["p.name_key <= ?"] + onRow, [bound] + words, count: wanted)
                rows = first.count == wanted ? first : first + (try probed(past: bound, count: wanted - first.count))
            } else {
                rows = try page(onRow, words, count: wanted)   // fewer people than the window
            }
            return found(rows)
        }
        guard let cancellation else { return try store.read(body) }
        return try ReadInterrupter(cancellation).read(store.pool, body)
    }
}
