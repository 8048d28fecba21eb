import Domain
import GRDB

public enum MemberSort: String, Sendable, Hashable, CaseIterable {
    case name
    /// By Kemendagri code (the official order of the regencies), then name.
    case regency
    case joinDate
}

public struct MemberFilter: Sendable, Hashable {
    public var regency: String?
    public var employment: EmploymentClass?
    public var status: MembershipStatus?
    public var channel: RegistrationChannel?

    public init(regency: String? = nil, employment: EmploymentClass? = nil, status: MembershipStatus? = nil,
                channel: RegistrationChannel? = nil) {
        self.regency = regency
        self.employment = employment
        self.status = status
        self.channel = channel
    }

    public var isEmpty: Bool { regency == nil && employment == nil && status == nil && channel == nil }
}

/// What the member list shows: live search text, filters and sort.
public struct MemberQuery: Sendable, Hashable {
    /// Words typed; each must be the start of a word of the name, NIK, KTA, email or phone.
    /// Case and diacritics are ignored (`seno` finds `Séno`).
    public var search: String
    public var filter: MemberFilter
    public var sort: MemberSort

    public init(search: String = "", filter: MemberFilter = MemberFilter(), sort: MemberSort = .name) {
        self.search = search
        self.filter = filter
        self.sort = sort
    }
}

/// A position in a sorted member list: the sort key and the person id that breaks ties.
public struct MemberCursor: Sendable, Hashable {
    public let sort: MemberSort
    let nameKey: String
    let regency: String
    let joinKey: String
    public let personId: Int64

    var values: [DatabaseValueConvertible] {
        switch sort {
        case .name: return [nameKey, personId]
        case .regency: return [regency, nameKey, personId]
        case .joinDate: return [joinKey, personId]
        }
    }
}

/// One line of the member list. `nik` is raw: the screen masks it.
public struct MemberRow: Sendable, Hashable, Identifiable {
    public var id: Int64 { personId }
    public let personId: Int64
    public let kta: String?
    public let name: String
    public let regencyCode: String?
    /// Short name (`Palembang`, `OKU Timur`).
    public let regencyName: String?
    public let employment: EmploymentClass?
    public let status: MembershipStatus
    public let channel: RegistrationChannel
    public let joinDate: LocalDate?
    public let nik: String?
    public let cursor: MemberCursor
}

public enum MemberPage: Sendable, Hashable {
    case first
    /// The last `limit` rows (for `G` / End).
    case last
    case after(MemberCursor)
    case before(MemberCursor)
    /// From this row on, the row included (to show a saved person at the top).
    case startingAt(MemberCursor)
}

public struct MemberCount: Sendable, Hashable {
    public let value: Int
    /// False when counting stopped at the limit asked for: there are at least `value`.
    public let isExact: Bool
}

/// The member list, paged by keyset; never by OFFSET, never a whole-table pass per keystroke.
public protocol MemberDirectory: Sendable {
    /// Rows in display order (ascending), at most `limit`.
    func members(_ query: MemberQuery, page: MemberPage, limit: Int) throws -> [MemberRow]
    /// Number of matching members; with `upTo`, counting stops there (cheap for broad searches).
    func count(_ query: MemberQuery, upTo limit: Int?) throws -> MemberCount
    /// 0-based position of the person in the list, or nil if they do not match.
    func rank(of personId: Int64, in query: MemberQuery) throws -> Int?
    /// The person's row (with its cursor) if they match the query.
    func row(personId: Int64, in query: MemberQuery) throws -> MemberRow?
    /// SQLite's plan for the page query, for benchmarks and diagnostics.
    func queryPlan(_ query: MemberQuery, page: MemberPage) throws -> [String]
    /// The same directory, for work off the loop that may be superseded: once `cancellation`
    /// fires, the query in progress is interrupted and every read throws `ReadInterrupted`.
    func interruptible(by cancellation: ReadCancellation) -> any MemberDirectory
}

struct MemberDirectoryStore: MemberDirectory {
    let store: Store
    /// Searches with fewer FTS matches than this sort the match set itself.
    var narrowLimit = 2_000
    /// With at least this many, matches are likely dense enough to walk for.
    var walkLimit = 20_000
    /// Rows examined per step of a walk, and steps before the fallback.
    var window = 4_000
    var maxWindows = 1
    /// Rows a capped count of a dense search may check before asking FTS instead.
    var countWalk = 20_000
    /// Set for a directory whose reads its caller may cancel.
    var interrupter: ReadInterrupter?

    func interruptible(by cancellation: ReadCancellation) -> any MemberDirectory {
        var directory = self
        directory.interrupter = ReadInterrupter(cancellation)
        return directory
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let interrupter else { return try store.read(body) }
        return try interrupter.read(store.pool, body)
    }

    func members(_ query: MemberQuery, page: MemberPage, limit: Int) throws -> [MemberRow] {
        try read { db in
            guard limit > 0 else { return [] }
            let sql = ListSQL(query: query, regions: store.regions)
            let (backward, start) = ListSQL.direction(page)
            let rows = try fetch(db, sql, plan: try sql.plan(db, narrowLimit: narrowLimit, walkLimit: walkLimit), backward: backward, start: start,
                                 limit: limit)
            return backward ? rows.reversed() : rows
        }
    }

    private func fetch(_ db: Database, _ sql: ListSQL, plan: SearchPlan, backward: Bool, start: ListSQL.Start?,
                       limit: Int) throws -> [MemberRow] {
        switch plan {
        case .none:
            return try sql.rows(db, backward: backward, start: start, bound: nil, limit: limit, match: .none)
        case .narrow:
            return try sql.rows(db, backward: backward, start: start, bound: nil, limit: limit, match: .fts)
        case .probe:
            return try sql.rows(db, backward: backward, start: start, bound: nil, limit: limit, match: .probe)
        case .walk(let fallback):
            var out: [MemberRow] = []
            var position = start
            for _ in 0..<maxWindows {
                let bound = try sql.windowBound(db, backward: backward, start: position, size: window)
                out += try sql.rows(db, backward: backward, start: position, bound: bound, limit: limit - out.count, match: .walk)
                guard out.count < limit, let bound else { return out }
                position = (bound, false)
            }
            // Matches are sparse here, or bunched further on (names sort by first name, so a word
            // of women's names is absent from the men's stretches): switch to the match set.
            return out + (try sql.rows(db, backward: backward, start: position, bound: nil, limit: limit - out.count, match: fallback))
        }
    }

    func count(_ query: MemberQuery, upTo limit: Int?) throws -> MemberCount {
        try read { db in
            let sql = ListSQL(query: query, regions: store.regions)
            let cap = limit.map { " LIMIT \($0)" } ?? ""
            func counted(_ value: Int) -> MemberCount { MemberCount(value: value, isExact: limit.map { value < $0 } ?? true) }
            if sql.tokens.isEmpty && query.filter.isEmpty && limit == nil {
                return counted(try Int.fetchOne(db, sql: "SELECT count(*) FROM membership") ?? 0)
            }
            if let limit, sql.walksFirst {
                // Count matches among the first rows; a dense search reaches the cap there.
                let (conditions, filterArgs) = sql.filterConditions()
                let (match, matchArgs) = sql.matchConditions(.walk, table: "w")
                let walked = try sql.count(db, """
                    SELECT 1 FROM (SELECT m.search_text FROM membership m\(ListSQL.whereClause(conditions)) LIMIT \(countWalk)) w
                    \(ListSQL.whereClause(match)) LIMIT \(limit)
                    """, filterArgs + matchArgs)
                if walked >= limit { return MemberCount(value: limit, isExact: false) }
            }
            let (from, conditions, args) = sql.matching()
            return counted(try sql.count(db, "SELECT 1 FROM \(from)" + ListSQL.whereClause(conditions) + cap, args))
        }
    }

    func rank(of personId: Int64, in query: MemberQuery) throws -> Int? {
        try read { db in
            let sql = ListSQL(query: query, regions: store.regions)
            guard let row = try sql.row(db, personId: personId) else { return nil }
            var (from, conditions, args) = sql.matching()
            let keyset = sql.keyset(row.cursor, op: "<")
            conditions.append(keyset.sql)
            args += keyset.arguments
            return try sql.count(db, "SELECT 1 FROM \(from)" + ListSQL.whereClause(conditions), args)
        }
    }

    func row(personId: Int64, in query: MemberQuery) throws -> MemberRow? {
        try read { db in try ListSQL(query: query, regions: store.regions).row(db, personId: personId) }
    }

    func queryPlan(_ query: MemberQuery, page: MemberPage) throws -> [String] {
        try read { db in
            let sql = ListSQL(query: query, regions: store.regions)
            let plan = try sql.plan(db, narrowLimit: narrowLimit, walkLimit: walkLimit)
            let (backward, start) = ListSQL.direction(page)
            let match: ListSQL.Match
            let label: String
            switch plan {
            case .none: (match, label) = (.none, "tanpa pencarian")
            case .narrow: (match, label) = (.fts, "pencarian sempit: himpunan FTS lalu urut")
            case .probe: (match, label) = (.probe, "pencarian sedang: telusuri indeks urut, cocokkan dengan himpunan FTS")
            case .walk: (match, label) = (.walk, "pencarian luas: telusuri indeks urut, cek teks per baris")
            }
            let (text, args) = sql.rowsSQL(backward: backward, start: start, bound: nil, limit: 50, match: match)
            return [label] + (try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + text, arguments: args).map { $0["detail"] as String })
        }
    }
}

enum SearchPlan: Equatable {
    case none
    /// Few FTS matches: look each up and sort them (cost grows with the matches).
    case narrow
    /// More: walk the sort index (index only) and keep the entries in the match set (cost grows
    /// with how far into the list the page lies, a tenth of a row lookup per entry).
    case probe
    /// Many, or a token FTS is slow for: walk the sort index checking each row's search text for
    /// a window, then `fallback` if the page is not full.
    case walk(fallback: ListSQL.Match)
}

/// SQL for one member query: filters, search conditions, keyset conditions and order for its sort.
struct ListSQL {
    typealias Start = (cursor: MemberCursor, inclusive: Bool)

    enum Match: Equatable {
        case none
        /// Rows among the FTS matches (of `ftsTokens`), the match set driving; other tokens
        /// checked on the row.
        case fts
        /// The same condition, but the sort index drives and each entry is tested against the
        /// match set (unary `+` keeps SQLite from driving with it).
        case probe
        /// Every token checked on the row's search text.
        case walk
    }

    let query: MemberQuery
    let tokens: [String]
    let regions: RegionDirectory

    init(query: MemberQuery, regions: RegionDirectory) {
        self.query = query
        self.tokens = TextKey.queryTokens(query.search)
        self.regions = regions
    }

    /// One character (no FTS prefix index for it) or a number of four digits or more (its
    /// prefix spans up to one FTS term per person: every NIK, KTA, phone starting so): slow for
    /// FTS to answer, cheap to check on a row.
    static func slowInFTS(_ token: String) -> Bool {
        token.count == 1 || (token.count >= 4 && token.allSatisfy(\.isNumber))
    }

    /// The tokens the FTS query uses; the others are checked on each row of its match set.
    var ftsTokens: [String] {
        let fast = tokens.filter { !Self.slowInFTS($0) }
        return fast.isEmpty ? tokens : fast
    }

    /// Only slow tokens: a walk first. Such a search is either dense, and the walk fills a page
    /// at once, or rare, and after the walk's budget the match set, small then, takes over.
    var walksFirst: Bool { !tokens.isEmpty && tokens.allSatisfy(Self.slowInFTS) }

    static func direction(_ page: MemberPage) -> (backward: Bool, start: Start?) {
        switch page {
        case .first: return (false, nil)
        case .last: return (true, nil)
        case .after(let c): return (false, (c, false))
        case .before(let c): return (true, (c, false))
        case .startingAt(let c): return (false, (c, true))
        }
    }

    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    static let selectColumns = """
        m.person_id, m.kta, p.name, m.regency, m.employment_class, m.status, m.channel, m.join_date, p.nik,
        m.name_key, m.join_key
        """

    var sortColumns: [String] {
        switch query.sort {
        case .name: return ["m.name_key", "m.person_id"]
        case .regency: return ["m.regency", "m.name_key", "m.person_id"]
        case .joinDate: return ["m.join_key", "m.person_id"]
        }
    }

    func order(backward: Bool) -> String {
        sortColumns.map { $0 + (backward ? " DESC" : "") }.joined(separator: ", ")
    }

    func keyset(_ cursor: MemberCursor, op: String) -> (sql: String, arguments: [DatabaseValueConvertible]) {
        let values = MemberCursor(sort: query.sort, nameKey: cursor.nameKey, regency: cursor.regency,
                                  joinKey: cursor.joinKey, personId: cursor.personId).values
        return ("(\(sortColumns.joined(separator: ", "))) \(op) (\(PersonSQL.placeholders(sortColumns.count)))", values)
    }

    func startCondition(_ start: Start, backward: Bool) -> (sql: String, arguments: [DatabaseValueConvertible]) {
        keyset(start.cursor, op: backward ? (start.inclusive ? "<=" : "<") : (start.inclusive ? ">=" : ">"))
    }

    func filterConditions(regencyOnly: Bool = false) -> ([String], [DatabaseValueConvertible]) {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible] = []
        let f = query.filter
        if let regency = f.regency { conditions.append("m.regency = ?"); args.append(regency) }
        if regencyOnly { return (conditions, args) }
        if let e = f.employment { conditions.append("m.employment_class = ?"); args.append(e.rawValue) }
        if let s = f.status { conditions.append("m.status = ?"); args.append(s) }
        if let c = f.channel { conditions.append("m.channel = ?"); args.append(c) }
        return (conditions, args)
    }

    /// Conditions on the membership row (alias `table`) for a way of matching the search.
    /// `ftsJoined`: the query joins `person_fts` itself (to stream its matches) rather than
    /// testing membership in the match set.
    func matchConditions(_ match: Match, table: String = "m", ftsJoined: Bool = false) -> ([String], [DatabaseValueConvertible]) {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible] = []
        var checked = tokens
        switch match {
        case .none: return ([], [])
        case .fts, .probe:
            let column = (match == .probe ? "+" : "") + "\(table).person_id"
            conditions.append(ftsJoined ? "person_fts MATCH ?" : "\(column) IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)")
            args.append(TextKey.ftsQuery(ftsTokens))
            checked = checkedTokens
        case .walk: break
        }
        for token in checked {
            conditions.append("instr(\(table).search_text, ?) > 0")
            args.append(" " + token)
        }
        return (conditions, args)
    }

    /// Source and conditions of every matching member, for counting. With a search, FTS drives
    /// a join so a capped count stops at the cap instead of collecting every match first.
    func matching() -> (from: String, conditions: [String], arguments: [DatabaseValueConvertible]) {
        let (conditions, args) = filterConditions()
        guard !tokens.isEmpty else { return ("membership m", conditions, args) }
        let (match, matchArgs) = matchConditions(.fts, ftsJoined: true)
        return ("person_fts JOIN membership m ON m.person_id = person_fts.rowid", match + conditions, matchArgs + args)
    }

    /// From a capped count of FTS matches (cheap: prefix indexes, LIMIT). A search of slow
    /// tokens only walks first and falls back to the match set, small when the walk failed.
    func plan(_ db: Database, narrowLimit: Int, walkLimit: Int) throws -> SearchPlan {
        guard !tokens.isEmpty else { return .none }
        if walksFirst { return .walk(fallback: .fts) }
        let n = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT \(walkLimit))
            """, arguments: [TextKey.ftsQuery(ftsTokens)]) ?? 0
        // Words checked on the row (one-letter ones) thin the matches out, and where the rest
        // bunch up (`siti n` sorts near the end) a probe would read most of the index: sort the
        // match set then, its cost bounded by the match count.
        let thinned = !checkedTokens.isEmpty
        if n < narrowLimit { return .narrow }
        if n < walkLimit { return thinned ? .narrow : .probe }
        return .walk(fallback: thinned ? .fts : .probe)
    }

    /// Tokens left out of the FTS query and checked on each row instead.
    var checkedTokens: [String] { tokens.filter { !ftsTokens.contains($0) } }

    func count(_ db: Database, _ select: String, _ args: [DatabaseValueConvertible]) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(select))", arguments: StatementArguments(args)) ?? 0
    }

    /// The page is picked in membership alone (index order, search checked there); only its
    /// rows are joined to person, then put back in order (at most `limit` rows to sort).
    func rowsSQL(backward: Bool, start: Start?, bound: MemberCursor?, limit: Int, match: Match) -> (String, StatementArguments) {
        var (conditions, args) = filterConditions()
        let (matchSQL, matchArgs) = matchConditions(match)
        conditions = matchSQL + conditions
        args = matchArgs + args
        if let start {
            let k = startCondition(start, backward: backward)
            conditions.append(k.sql)
            args += k.arguments
        }
        if let bound {
            let k = keyset(bound, op: backward ? ">=" : "<=")
            conditions.append(k.sql)
            args += k.arguments
        }
        let order = order(backward: backward)
        let inner = "SELECT * FROM membership m\(Self.whereClause(conditions)) ORDER BY \(order) LIMIT \(limit)"
        return ("SELECT \(Self.selectColumns) FROM (\(inner)) m JOIN person p ON p.id = m.person_id ORDER BY \(order)",
                StatementArguments(args))
    }

    func rows(_ db: Database, backward: Bool, start: Start?, bound: MemberCursor?, limit: Int, match: Match) throws -> [MemberRow] {
        guard limit > 0 else { return [] }
        let (sql, args) = rowsSQL(backward: backward, start: start, bound: bound, limit: limit, match: match)
        let decoder = MemberRowDecoder(sort: query.sort, regions: regions)
        return try Row.fetchAll(db, sql: sql, arguments: args).map(decoder.decode)
    }

    /// The cursor `size` rows ahead of `start` in sort order, or nil when fewer rows remain.
    /// An index-only walk (the regency filter is a prefix of the name and regency indexes).
    func windowBound(_ db: Database, backward: Bool, start: Start?, size: Int) throws -> MemberCursor? {
        var (conditions, args) = query.sort == .joinDate ? ([], []) : filterConditions(regencyOnly: true)
        if let start {
            let k = startCondition(start, backward: backward)
            conditions.append(k.sql)
            args += k.arguments
        }
        let sql = """
            SELECT m.name_key, m.regency, m.join_key, m.person_id FROM membership m\(Self.whereClause(conditions))
            ORDER BY \(order(backward: backward)) LIMIT 1 OFFSET \(size - 1)
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(args)) else { return nil }
        return MemberCursor(sort: query.sort, nameKey: row["name_key"], regency: row["regency"], joinKey: row["join_key"],
                            personId: row["person_id"])
    }

    func row(_ db: Database, personId: Int64) throws -> MemberRow? {
        var (conditions, args) = filterConditions()
        let (match, matchArgs) = matchConditions(.walk)
        conditions = ["m.person_id = ?"] + match + conditions
        args = [personId] + matchArgs + args
        let sql = "SELECT \(Self.selectColumns) FROM membership m JOIN person p ON p.id = m.person_id\(Self.whereClause(conditions))"
        return try Row.fetchOne(db, sql: sql, arguments: StatementArguments(args)).map(MemberRowDecoder(sort: query.sort, regions: regions).decode)
    }
}

struct MemberRowDecoder {
    let sort: MemberSort
    let regions: RegionDirectory

    func decode(_ row: Row) -> MemberRow {
        let regency: String = row["regency"]
        let employment: String = row["employment_class"]
        return MemberRow(personId: row["person_id"], kta: row["kta"], name: row["name"],
                         regencyCode: regency.isEmpty ? nil : regency, regencyName: regions.region(code: regency)?.shortName,
                         employment: EmploymentClass(rawValue: employment), status: row["status"], channel: row["channel"],
                         joinDate: row["join_date"], nik: row["nik"],
                         cursor: MemberCursor(sort: sort, nameKey: row["name_key"], regency: regency,
                                              joinKey: row["join_key"], personId: row["person_id"]))
    }
}
