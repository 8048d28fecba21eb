import Foundation

/// The one text form of instants in the database: ISO 8601 in UTC with milliseconds,
/// `2023-05-14T02:05:09.123Z`. Fixed width, so text order is time order (drafts and audit
/// rows sort on it without parsing).
enum Timestamp {
    static func iso(_ date: Date) -> String {
        // Rounded to the millisecond first: `.123` is 0.12299… in binary and must not print as `.122`.
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                        from: Date(timeIntervalSince1970: Double(seconds)))
        func p(_ n: Int?, _ w: Int) -> String {
            let s = String(n ?? 0)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(p(c.year, 4))-\(p(c.month, 2))-\(p(c.day, 2))T\(p(c.hour, 2)):\(p(c.minute, 2)):\(p(c.second, 2)).\(p(Int(millis - seconds * 1000), 3))Z"
    }

    /// The instant `iso` wrote (milliseconds kept); nil for text of another shape. Seconds
    /// without a fraction are accepted too, for rows written by hand with the sqlite3 shell.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var n = 0
            for b in bytes[from..<from + count] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var millis = 0
        if bytes.count == 24 {
            guard bytes[19] == UInt8(ascii: "."), let ms = number(20, 3) else { return nil }
            millis = ms
        } else if bytes.count != 20 {
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let whole = calendar.date(from: DateComponents(year: year, month: month, day: day,
                                                             hour: hour, minute: minute, second: second)) else { return nil }
        return whole.addingTimeInterval(Double(millis) / 1000)
    }
}
