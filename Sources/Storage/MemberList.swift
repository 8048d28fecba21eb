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
}

struct MemberDirectoryStore: MemberDirectory {
    let store: Store
    /// Searches with fewer FTS matches than this are sorted from the match set; broader ones
    /// walk the sort index and check each row's search text, stopping at a full page.
    var narrowLimit = 20_000
    /// Rows examined per step of a broad walk, and steps before falling back to the match set.
    var window = 4_000
    var maxWindows = 4

    func members(_ query: MemberQuery, page: MemberPage, limit: Int) throws -> [MemberRow] {
        try store.read { db in try fetchPage(db, query, page: page, limit: limit) }
    }

    func fetchPage(_ db: Database, _ query: MemberQuery, page: MemberPage, limit: Int) throws -> [MemberRow] {
        guard limit > 0 else { return [] }
        let sql = ListSQL(query: query)
        let plan = try sql.plan(db, narrowLimit: narrowLimit)
        let backward: Bool
        let start: (cursor: MemberCursor, inclusive: Bool)?
        switch page {
        case .first: (backward, start) = (false, nil)
        case .last: (backward, start) = (true, nil)
        case .after(let c): (backward, start) = (false, (c, false))
        case .before(let c): (backward, start) = (true, (c, false))
        case .startingAt(let c): (backward, start) = (false, (c, true))
        }
        let rows = try fetch(db, sql, plan: plan, backward: backward, start: start, limit: limit)
        return backward ? rows.reversed() : rows
    }

    private func fetch(_ db: Database, _ sql: ListSQL, plan: SearchPlan, backward: Bool,
                       start: (cursor: MemberCursor, inclusive: Bool)?, limit: Int) throws -> [MemberRow] {
        switch plan {
        case .none:
            return try sql.rows(db, backward: backward, start: start, bound: nil, limit: limit, match: .none)
        case .narrow(let fts):
            return try sql.rows(db, backward: backward, start: start, bound: nil, limit: limit, match: .fts(fts))
        case .broad(let fts, let tokens):
            var out: [MemberRow] = []
            var position = start
            for _ in 0..<maxWindows {
                let bound = try sql.windowBound(db, backward: backward, start: position, size: window)
                out += try sql.rows(db, backward: backward, start: position, bound: bound, limit: limit - out.count,
                                    match: .tokens(tokens))
                guard out.count < limit, let bound else { return out }
                position = (bound, false)
            }
            return out + (try sql.rows(db, backward: backward, start: position, bound: nil, limit: limit - out.count,
                                       match: .fts(fts)))
        }
    }

    func count(_ query: MemberQuery, upTo limit: Int?) throws -> MemberCount {
        try store.read { db in
            let sql = ListSQL(query: query)
            let (conditions, arguments) = sql.filterConditions()
            let filterSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            func fetch(_ text: String, _ args: [DatabaseValueConvertible]) throws -> Int {
                try Int.fetchOne(db, sql: text, arguments: StatementArguments(args)) ?? 0
            }
            let cap = limit.map { " LIMIT \($0)" } ?? ""
            if sql.tokens.isEmpty {
                let value = limit == nil && conditions.isEmpty
                    ? try fetch("SELECT count(*) FROM membership", [])
                    : try fetch("SELECT count(*) FROM (SELECT 1 FROM membership m\(filterSQL)\(cap))", arguments)
                return MemberCount(value: value, isExact: limit.map { value < $0 } ?? true)
            }
            if let limit, sql.walksFirst {
                // Count matches among the first rows; a dense search reaches the cap there.
                var args = arguments
                let predicate = sql.tokens.map { token -> String in args.append(" " + token); return "instr(w.search_text, ?) > 0" }
                let walked = try fetch("""
                    SELECT count(*) FROM (SELECT 1 FROM (SELECT m.search_text FROM membership m\(filterSQL) LIMIT \(window * maxWindows)) w
                    WHERE \(predicate.joined(separator: " AND ")) LIMIT \(limit))
                    """, args)
                if walked >= limit { return MemberCount(value: limit, isExact: false) }
            }
            let value = try fetch("""
                SELECT count(*) FROM (SELECT 1 FROM person_fts JOIN membership m ON m.person_id = person_fts.rowid
                WHERE person_fts MATCH ?\(conditions.map { " AND " + $0 }.joined())\(cap))
                """, [TextKey.ftsQuery(sql.tokens)] + arguments)
            return MemberCount(value: value, isExact: limit.map { value < $0 } ?? true)
        }
    }

    func rank(of personId: Int64, in query: MemberQuery) throws -> Int? {
        try store.read { db in
            let sql = ListSQL(query: query)
            guard let row = try sql.row(db, personId: personId) else { return nil }
            var (conditions, args) = sql.filterConditions()
            let keyset = sql.keyset(row.cursor, op: "<")
            conditions.append(keyset.sql)
            args += keyset.arguments
            var from = "membership m"
            if !sql.tokens.isEmpty {
                from = "person_fts JOIN membership m ON m.person_id = person_fts.rowid"
                conditions.insert("person_fts MATCH ?", at: 0)
                args.insert(TextKey.ftsQuery(sql.tokens), at: 0)
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(from) WHERE " + conditions.joined(separator: " AND "),
                                    arguments: StatementArguments(args))
        }
    }

    func row(personId: Int64, in query: MemberQuery) throws -> MemberRow? {
        try store.read { db in try ListSQL(query: query).row(db, personId: personId) }
    }

    func queryPlan(_ query: MemberQuery, page: MemberPage) throws -> [String] {
        try store.read { db in
            let sql = ListSQL(query: query)
            let plan = try sql.plan(db, narrowLimit: narrowLimit)
            var start: (MemberCursor, Bool)? = nil
            var backward = false
            switch page {
            case .first: break
            case .last: backward = true
            case .after(let c): start = (c, false)
            case .before(let c): start = (c, false); backward = true
            case .startingAt(let c): start = (c, true)
            }
            let match: ListSQL.Match
            switch plan {
            case .none: match = .none
            case .narrow(let fts): match = .fts(fts)
            case .broad(_, let tokens): match = .tokens(tokens)
            }
            let (text, args) = sql.rowsSQL(backward: backward, start: start, bound: nil, limit: 50, match: match)
            let label: String
            switch plan {
            case .none: label = "tanpa pencarian"
            case .narrow: label = "pencarian sempit: himpunan FTS lalu urut"
            case .broad: label = "pencarian luas: telusuri indeks urut, cek teks per baris"
            }
            return [label] + (try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + text, arguments: args).map { $0["detail"] as String })
        }
    }
}

enum SearchPlan {
    case none
    case narrow(fts: String)
    case broad(fts: String, tokens: [String])
}

/// SQL for one member query: filters, keyset conditions and order for its sort.
struct ListSQL {
    let query: MemberQuery
    let tokens: [String]

    init(query: MemberQuery) {
        self.query = query
        self.tokens = TextKey.queryTokens(query.search)
    }

    enum Match {
        case none
        case fts(String)
        case tokens([String])
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
        let cols = sortColumns
        let values = MemberCursor(sort: query.sort, nameKey: cursor.nameKey, regency: cursor.regency,
                                  joinKey: cursor.joinKey, personId: cursor.personId).values
        return ("(\(cols.joined(separator: ", "))) \(op) (\(PersonSQL.placeholders(cols.count)))", values)
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

    /// A token FTS is slow to count: one character (no prefix index for it) or a number of
    /// four digits or more (its prefix spans up to a term per person: every NIK, KTA, phone
    /// starting so). Such a search walks first: it is either dense, and the walk fills a page at
    /// once, or rare, and after the walk's budget the match set, small then, takes over.
    var walksFirst: Bool {
        tokens.contains { $0.count == 1 || ($0.count >= 4 && $0.allSatisfy(\.isNumber)) }
    }

    /// Narrow or broad, from a capped count of FTS matches (cheap: prefix indexes, LIMIT).
    func plan(_ db: Database, narrowLimit: Int) throws -> SearchPlan {
        guard !tokens.isEmpty else { return .none }
        let fts = TextKey.ftsQuery(tokens)
        if walksFirst { return .broad(fts: fts, tokens: tokens) }
        let n = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT \(narrowLimit))
            """, arguments: [fts]) ?? 0
        return n < narrowLimit ? .narrow(fts: fts) : .broad(fts: fts, tokens: tokens)
    }

    func rowsSQL(backward: Bool, start: (cursor: MemberCursor, inclusive: Bool)?, bound: MemberCursor?, limit: Int,
                 match: Match) -> (String, StatementArguments) {
        var (conditions, args) = filterConditions()
        if let start {
            let k = keyset(start.cursor, op: backward ? (start.inclusive ? "<=" : "<") : (start.inclusive ? ">=" : ">"))
            conditions.append(k.sql)
            args += k.arguments
        }
        if let bound {
            let k = keyset(bound, op: backward ? ">=" : "<=")
            conditions.append(k.sql)
            args += k.arguments
        }
        let order = order(backward: backward)
        switch match {
        case .none:
            break
        case .fts(let fts):
            // The match set drives: each hit is one primary-key lookup in membership.
            conditions.insert("m.person_id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)", at: 0)
            args.insert(fts, at: 0)
        case .tokens(let tokens):
            for token in tokens {
                conditions.append("instr(m.search_text, ?) > 0")
                args.append(" " + token)
            }
        }
        // The page is picked in membership alone; only its rows are joined to person.
        let whereSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let inner = "SELECT * FROM membership m\(whereSQL) ORDER BY \(order) LIMIT \(limit)"
        return ("SELECT \(Self.selectColumns) FROM (\(inner)) m JOIN person p ON p.id = m.person_id ORDER BY \(order)",
                StatementArguments(args))
    }

    func rows(_ db: Database, backward: Bool, start: (cursor: MemberCursor, inclusive: Bool)?, bound: MemberCursor?,
              limit: Int, match: Match) throws -> [MemberRow] {
        guard limit > 0 else { return [] }
        let (sql, args) = rowsSQL(backward: backward, start: start, bound: bound, limit: limit, match: match)
        let regions = MemberRowDecoder(sort: query.sort)
        return try Row.fetchAll(db, sql: sql, arguments: args).map(regions.decode)
    }

    /// The cursor `size` rows ahead of `start` in sort order, or nil when fewer rows remain.
    /// An index-only walk (the regency filter is a prefix of the name and regency indexes).
    func windowBound(_ db: Database, backward: Bool, start: (cursor: MemberCursor, inclusive: Bool)?,
                     size: Int) throws -> MemberCursor? {
        var (conditions, args) = query.sort == .joinDate ? ([], []) : filterConditions(regencyOnly: true)
        if let start {
            let k = keyset(start.cursor, op: backward ? (start.inclusive ? "<=" : "<") : (start.inclusive ? ">=" : ">"))
            conditions.append(k.sql)
            args += k.arguments
        }
        let whereSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT m.name_key, m.regency, m.join_key, m.person_id FROM membership m\(whereSQL) ORDER BY \(order(backward: backward)) LIMIT 1 OFFSET \(size - 1)"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(args)) else { return nil }
        return MemberCursor(sort: query.sort, nameKey: row["name_key"], regency: row["regency"], joinKey: row["join_key"],
                            personId: row["person_id"])
    }

    func row(_ db: Database, personId: Int64) throws -> MemberRow? {
        var (conditions, args) = filterConditions()
        conditions.insert("m.person_id = ?", at: 0)
        args.insert(personId, at: 0)
        for token in tokens {
            conditions.append("instr(m.search_text, ?) > 0")
            args.append(" " + token)
        }
        let sql = "SELECT \(Self.selectColumns) FROM membership m JOIN person p ON p.id = m.person_id WHERE "
            + conditions.joined(separator: " AND ")
        return try Row.fetchOne(db, sql: sql, arguments: StatementArguments(args)).map(MemberRowDecoder(sort: query.sort).decode)
    }
}

struct MemberRowDecoder {
    let sort: MemberSort

    func decode(_ row: Row) -> MemberRow {
        let regency: String = row["regency"]
        let employment: String = row["employment_class"]
        let region = regency.isEmpty ? nil : RegionNames.shortName(regency)
        return MemberRow(personId: row["person_id"], kta: row["kta"], name: row["name"],
                         regencyCode: regency.isEmpty ? nil : regency, regencyName: region,
                         employment: EmploymentClass(rawValue: employment), status: row["status"], channel: row["channel"],
                         joinDate: row["join_date"], nik: row["nik"],
                         cursor: MemberCursor(sort: sort, nameKey: row["name_key"], regency: regency,
                                              joinKey: row["join_key"], personId: row["person_id"]))
    }
}

/// Short regency names for list rows, from the shipped table (regions change only by migration).
enum RegionNames {
    static let byCode: [String: String] = Dictionary(Regions.shipped().map { ($0.code, $0.shortName) },
                                                     uniquingKeysWith: { a, _ in a })
    static func shortName(_ code: String) -> String? { byCode[code] }
}
