/// Rows of a long list, read a window at a time by key rather than by index.
///
/// The app's big lists (a register of a million people) page by keyset on `(sortKey, id)`,
/// because OFFSET deep into a table reads every row it skips. A source therefore answers only
/// "the rows next to this one", and `ScrollWindow` asks for no more rows than it shows.
///
/// Every method returns rows in display order (ascending), including `before` and `last`.
/// Methods may throw (a database read); a source that cannot fail simply does not throw.
public protocol KeysetSource {
    associatedtype Row

    /// The first `limit` rows.
    func first(limit: Int) throws -> [Row]
    /// The last `limit` rows, in display order.
    func last(limit: Int) throws -> [Row]
    /// Up to `limit` rows right after `row`, in display order.
    func after(_ row: Row, limit: Int) throws -> [Row]
    /// Up to `limit` rows right before `row`, in display order (the nearest one last).
    func before(_ row: Row, limit: Int) throws -> [Row]
    /// How many rows there are in all (for the `12/124` counter).
    func count() throws -> Int
    /// How many rows come before `row`: its 0-based position. Used only when re-anchoring
    /// on a row (after saving a record), so a `COUNT(*) WHERE key < ?` is cheap enough.
    func countBefore(_ row: Row) throws -> Int
}
