/// What the minutes' own lines say besides prose (issue: Musda minutes, after 4minitz):
/// `KEPUTUSAN: …` drafts a decision; `TINDAK LANJUT: … @nama … 30-06-2023` an action item
/// with an owner and a due date. A time stamp `[10.32]` before the keyword is allowed.
public enum MinutesLines {
    public struct ActionDraft: Hashable, Sendable {
        public let text: String
        /// The name after `@`, underscores read as spaces (`@Siti_Nurhaliza`).
        public let owner: String?
        public let due: LocalDate?
    }

    public static let decisionKeyword = "KEPUTUSAN:"
    public static let actionKeyword = "TINDAK LANJUT:"

    /// The text of each `KEPUTUSAN:` line, in order, without the keyword.
    public static func decisions(in text: String) -> [String] {
        lines(text).compactMap { body($0, after: decisionKeyword) }.filter { !$0.isEmpty }
    }

    public static func actions(in text: String) -> [ActionDraft] {
        lines(text).compactMap { body($0, after: actionKeyword) }.filter { !$0.isEmpty }.map(action)
    }

    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" })
    }

    /// The rest of `line` after `keyword` (case-insensitive), when the line starts with it.
    private static func body(_ line: Substring, after keyword: String) -> String? {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        if rest.first == "[", let close = rest.firstIndex(of: "]"), rest.distance(from: rest.startIndex, to: close) <= 6 {
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        guard rest.uppercased().hasPrefix(keyword) else { return nil }
        return String(rest.dropFirst(keyword.count)).trimmingSpaces
    }

    private static func action(_ text: String) -> ActionDraft {
        let words = text.split(separator: " ").map(String.init)
        var owner: String?
        if let tagged = words.first(where: { $0.hasPrefix("@") && $0.count > 1 }) {
            let name = tagged.dropFirst().trimmingCharacters(from: ",.;:")
            owner = name.replacingUnderscores
        }
        var due: LocalDate?
        for (i, word) in words.enumerated() where due == nil {
            let plain = word.trimmingCharacters(from: ",.;:()")
            if plain.contains("-") || plain.contains("/") { due = IndonesianFormat.parseDate(plain) }
            if due == nil, i + 2 < words.count, Int(plain) != nil {
                due = IndonesianFormat.parseDate(words[i...(i + 2)].joined(separator: " ").trimmingCharacters(from: ",.;:()"))
            }
        }
        return ActionDraft(text: text, owner: owner, due: due)
    }
}

private extension StringProtocol {
    func trimmingCharacters(from set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }

    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
