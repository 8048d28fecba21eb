import Foundation

/// A CSV text cut into pieces of whole records, so that each piece can be parsed on its own
/// core by the CSV library: the library reads one scalar at a time, and at 100k rows reading
/// was a third of a dry-run import (perf, issue 13).
///
/// The cuts come from one pass over the bytes that follows the library's own reading of quotes
/// (CSV.swift's `CSVReader`, trimming off): a `"` opens a quoted field only at the start of a
/// field; inside one, `""` is a quote, a `"` before a separator or a line end closes it, and a
/// `"` before anything else is kept and the field stays open. A record ends at LF, CR LF or a
/// lone CR outside quotes. The same pass finds a quoted field the file never closes, which the
/// library would silently run to the end of the file (or of a piece), swallowing every row
/// after it: such a file is refused with the row where the field opened.
enum CSVPieces {
    /// Below this many bytes the text stays one piece: threads would cost more than they save.
    static let minimumPieceBytes = 1 << 20

    struct Split {
        var pieces: [String]
        /// The row (1-based, as the library numbers records) where a never-closed quoted field opens.
        var unclosedQuoteRow: Int?
    }

    static func split(_ text: String, separator: Character, into count: Int) -> Split {
        let bytes = Array(text.utf8)
        let wanted = max(1, min(count, bytes.count / minimumPieceBytes))
        let delimiter = separator.asciiValue ?? UInt8(ascii: ",")
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var cuts: [Int] = []
        var next = bytes.count / wanted
        var record = 1, fieldStart = true, quoted = false, openedAt = 1
        var i = 0
        let n = bytes.count
        /// After a record's end at `end` (the index just past its line end).
        func recordEnded(at end: Int) {
            record += 1
            fieldStart = true
            if end >= next, bytes[end - 1] == lf, cuts.count < wanted - 1, end < n {
                cuts.append(end)
                next = (cuts.count + 1) * n / wanted
            }
        }
        while i < n {
            let byte = bytes[i]
            if quoted {
                guard byte == quote else { i += 1; continue }
                guard i + 1 < n else { quoted = false; i += 1; continue }
                let after = bytes[i + 1]
                if after == cr {
                    quoted = false
                    i += (i + 2 < n && bytes[i + 2] == lf) ? 3 : 2
                    recordEnded(at: i)
                } else if after == lf {
                    quoted = false
                    i += 2
                    recordEnded(at: i)
                } else if after == delimiter {
                    quoted = false
                    fieldStart = true
                    i += 2
                } else {
                    i += 2  // `""`, or a quote the library keeps: the field goes on
                }
            } else if byte == quote && fieldStart {
                quoted = true
                openedAt = record
                fieldStart = false
                i += 1
            } else if byte == cr {
                i += (i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                recordEnded(at: i)
            } else if byte == lf {
                i += 1
                recordEnded(at: i)
            } else {
                fieldStart = byte == delimiter
                i += 1
            }
        }
        let unclosed = quoted ? openedAt : nil
        guard !cuts.isEmpty else { return Split(pieces: [text], unclosedQuoteRow: unclosed) }
        var pieces: [String] = []
        var start = 0
        for end in cuts + [n] {
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return Split(pieces: pieces, unclosedQuoteRow: unclosed)
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
