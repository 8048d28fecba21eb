import Foundation

/// What a fuzz run found, kept small: per broken property, how many inputs broke it and the
/// first three, in the order first broken. One copy for the four fuzz suites.
public struct FuzzFindings {
    private var found: [(property: String, count: Int, examples: [String])] = []

    public init() {}

    /// `seed`, unless `SEKRETARIAT_FUZZ_SEED` names another.
    public static func seed(_ seed: UInt64) -> UInt64 {
        ProcessInfo.processInfo.environment["SEKRETARIAT_FUZZ_SEED"].flatMap { UInt64($0) } ?? seed
    }

    /// Notes one break of `property`; `example` is read for the first three only.
    public mutating func note(_ property: String, _ example: @autoclosure () -> String) {
        if let at = found.firstIndex(where: { $0.property == property }) {
            found[at].count += 1
            if found[at].examples.count < 3 { found[at].examples.append(example()) }
        } else {
            found.append((property, 1, [example()]))
        }
    }

    /// One failure message per broken property: `seed S: P: broken <breaks(count)>, first:` and
    /// the examples, indented.
    public func failures(seed: UInt64, breaks: (Int) -> String) -> [String] {
        found.map { "seed \(seed): \($0.property): broken \(breaks($0.count)), first:\n    " + $0.examples.joined(separator: "\n    ") }
    }

    /// Printable ASCII as is, everything else (and `\`) as `\u{…}`; text past `limit` scalars
    /// cut, with its length.
    public static func escaped(_ text: String, limit: Int = 100) -> String {
        let scalars = text.unicodeScalars
        let shown = scalars.prefix(limit).map { s -> String in
            (0x20..<0x7F).contains(s.value) && s != "\\" ? String(s) : "\\u{\(String(s.value, radix: 16, uppercase: true))}"
        }.joined()
        return "\"" + shown + "\"" + (scalars.count > limit ? "… (\(scalars.count) scalars)" : "")
    }
}
