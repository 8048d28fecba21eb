@testable import TerminalUI

/// A test row: sorted by (name, id) like the app's keyset.
struct Person: Hashable {
    var name: String
    var id: Int
    var key: (String, Int) { (name, id) }
}

/// An in-memory keyset source that counts every row it hands out, so tests can assert that
/// a move reads O(page) rows and not the whole list.
final class CountingSource: KeysetSource {
    let all: [Person]
    private(set) var rowsRead = 0
    private(set) var countCalls = 0

    init(_ rows: [Person]) {
        all = rows.sorted { $0.key < $1.key }
    }

    /// `n` people with names that repeat (so the id breaks ties, as in the real keyset).
    convenience init(count n: Int) {
        self.init((1...n).map { Person(name: "Nama \(String(format: "%04d", $0 / 3))", id: $0) })
    }

    func resetCounter() { rowsRead = 0; countCalls = 0 }

    /// Index of the first row whose key is >= `key` (binary search, as an index would).
    private func lowerBound(_ key: (String, Int)) -> Int {
        var lo = 0, hi = all.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if all[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func hand(_ rows: ArraySlice<Person>) -> [Person] {
        rowsRead += rows.count
        return Array(rows)
    }

    func first(limit: Int) -> [Person] { hand(all.prefix(limit)) }
    func last(limit: Int) -> [Person] { hand(all.suffix(limit)) }
    func after(_ row: Person, limit: Int) -> [Person] {
        let start = lowerBound(row.key) + (lowerBound(row.key) < all.count && all[lowerBound(row.key)] == row ? 1 : 0)
        return hand(all[start..<min(all.count, start + max(0, limit))])
    }
    func before(_ row: Person, limit: Int) -> [Person] {
        let end = lowerBound(row.key)
        return hand(all[max(0, end - max(0, limit))..<end])
    }
    func count() -> Int { countCalls += 1; return all.count }
    func countBefore(_ row: Person) -> Int { countCalls += 1; return lowerBound(row.key) }

    func index(of row: Person) -> Int { lowerBound(row.key) }
}
