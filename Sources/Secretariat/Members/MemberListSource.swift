import Storage
import TerminalUI

/// The member list as the scroll window sees it: a keyset source over the current query.
///
/// Counting a broad search over a national register would cost a pass over every match, so a
/// search is counted only up to `searchCountLimit`; the counter then reads `12/1000+`.
/// (Measured at 1M people: up to 1,000 costs ≤ 6 ms for most searches, up to 10,000 13–46 ms.)
struct MemberListSource: KeysetSource {
    static let searchCountLimit = 1_000

    let directory: any MemberDirectory
    let query: MemberQuery
    /// Count exactly even while searching (needed once the user jumps to the end).
    var exactCount = false

    private var countLimit: Int? { query.search.isEmpty || exactCount ? nil : Self.searchCountLimit }

    func first(limit: Int) throws -> [MemberRow] { try directory.members(query, page: .first, limit: limit) }
    func last(limit: Int) throws -> [MemberRow] { try directory.members(query, page: .last, limit: limit) }
    func after(_ row: MemberRow, limit: Int) throws -> [MemberRow] {
        try directory.members(query, page: .after(row.cursor), limit: limit)
    }
    func before(_ row: MemberRow, limit: Int) throws -> [MemberRow] {
        try directory.members(query, page: .before(row.cursor), limit: limit)
    }
    func count() throws -> Int { try directory.count(query, upTo: countLimit).value }
    /// Whether a total that `count()` returned is the whole number or only where counting stopped.
    func isExact(total: Int) -> Bool { countLimit.map { total < $0 } ?? true }
    func countBefore(_ row: MemberRow) throws -> Int { try directory.rank(of: row.personId, in: query) ?? 0 }
}
