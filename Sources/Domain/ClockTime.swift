/// A time of day to the minute, as a Musda's programme and its attendance write it:
/// `08.15` (Indonesian uses a dot; a colon is read too).
public struct ClockTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Nil outside 00.00–23.59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `08.15`, `8.15`, `08:15` or `0815`; nil for anything else.
    public init?(_ text: String) {
        let t = text.trimmingSpaces
        let parts = t.split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
        let (h, m): (String, String)
        if parts.count == 2 {
            (h, m) = (parts[0], parts[1])
        } else if parts.count == 1, t.count == 4, t.allSatisfy(\.isNumber) {
            (h, m) = (String(t.prefix(2)), String(t.suffix(2)))
        } else {
            return nil
        }
        guard (1...2).contains(h.count), m.count == 2, let hour = Int(h), let minute = Int(m) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var minutes: Int { hour * 60 + minute }

    /// `08.15`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour)." + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// Stored and exchanged as its text, `08.15`.
extension ClockTime: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = ClockTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "time \(text)"))
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
