import Domain

/// A term as a person names it on the command line: by its start year (`2023`), its name
/// (`2023–2028`, or with a plain hyphen) or its ID.
public enum TermReference {
    public enum Lookup: Hashable, Sendable {
        case found(Term)
        case notFound
        /// Two terms start in the same year (a Musdalub's board): the ID tells them apart.
        case ambiguous([Term])
    }

    /// A name matches first, then a start year, then an ID (a year and an ID hardly ever clash:
    /// IDs count terms from 1).
    public static func resolve(_ reference: String, among terms: [Term]) -> Lookup {
        func plain(_ s: String) -> String {
            s.replacingDashes.filter { !$0.isWhitespace }.lowercased()
        }
        let wanted = plain(reference)
        guard !wanted.isEmpty else { return .notFound }
        if let named = terms.first(where: { plain($0.name) == wanted }) { return .found(named) }
        guard wanted.allSatisfy(\.isASCIIDigit), let number = Int(wanted) else { return .notFound }
        let starting = terms.filter { $0.start.year == number }
        if starting.count == 1 { return .found(starting[0]) }
        if starting.count > 1 { return .ambiguous(starting) }
        if let byId = terms.first(where: { $0.id == Int64(number) }) { return .found(byId) }
        return .notFound
    }
}

private extension String {
    /// En and em dashes, minus signs and the like read as `-`.
    var replacingDashes: String {
        String(map { ch -> Character in
            guard let v = ch.unicodeScalars.first?.value, ch.unicodeScalars.count == 1 else { return ch }
            return (0x2010...0x2015).contains(v) || v == 0x2212 ? "-" : ch
        })
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
