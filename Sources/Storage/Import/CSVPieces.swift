import Foundation

/// A CSV text cut into pieces of whole records, so that each piece can be parsed on its own
/// core by the CSV library: the library reads one scalar at a time, and at 100k rows reading
/// was a third of a dry-run import (perf, issue 13).
///
/// A cut is made only at a line feed outside quotes: an even number of `"` before it. In CSV a
/// quote inside a field is doubled, so the parity holds for every well-formed file; a file with
/// an unclosed quote is refused whole anyway (`quotesClosed` false).
enum CSVPieces {
    /// Below this many bytes the text stays one piece: threads would cost more than they save.
    static let minimumPieceBytes = 1 << 20

    /// The pieces in order, and whether the quotes of the whole text pair up.
    static func split(_ text: String, into count: Int) -> (pieces: [String], quotesClosed: Bool) {
        let bytes = Array(text.utf8)
        let wanted = max(1, min(count, bytes.count / minimumPieceBytes))
        var cuts: [Int] = []
        var quotes = 0
        var next = bytes.count / wanted
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") {
                quotes += 1
            } else if byte == UInt8(ascii: "\n"), i >= next, quotes % 2 == 0, cuts.count < wanted - 1 {
                cuts.append(i + 1)
                next = (cuts.count + 1) * bytes.count / wanted
            }
        }
        guard !cuts.isEmpty else { return ([text], quotes % 2 == 0) }
        var pieces: [String] = []
        var start = 0
        for end in cuts + [bytes.count] {
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return (pieces, quotes % 2 == 0)
    }

    /// `transform` of every piece, each on its own thread; results in the pieces' order.
    static func map<T: Sendable>(_ pieces: [String], _ transform: @Sendable (String) -> T) -> [T] {
        guard pieces.count > 1 else { return pieces.map(transform) }
        let results = Results<T>(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { i in results.set(i, transform(pieces[i])) }
        return results.values
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: T) { lock.withLock { slots[i] = value } }
        var values: [T] { lock.withLock { slots.map { $0! } } }
    }
}
