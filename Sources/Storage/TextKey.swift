import Foundation

/// Folding and tokenising for sorting and search, shared by every writer (repositories and the
/// bulk loader) so the FTS index, the sort keys and the per-row search check agree.
///
/// Tokens are runs of letters and digits, lower-cased, with diacritics removed, which is
/// what FTS5's `unicode61 remove_diacritics 2` does; the query side uses the same function.
enum TextKey {
    /// `Séno  Wibisono` → `["seno", "wibisono"]`; `16.71.000045` → `["16", "71", "000045"]`.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { out.append(current); current = "" }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x30...0x39, 0x61...0x7A: current.unicodeScalars.append(scalar)
                case 0x41...0x5A: current.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current += String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue // a combining accent: dropped, as remove_diacritics does
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// Sort key of a name: its tokens joined by one space.
    static func nameKey(_ name: String) -> String { tokens(name).joined(separator: " ") }

    /// The text indexed for search, with a leading space so that `instr(text, ' ' || token)`
    /// finds token prefixes. KTA numbers and phones are also indexed in compact form
    /// (`1671000045`, `6281…`) so they can be typed without separators or with +62.
    static func searchText(name: String, nik: String?, kta: String?, email: String?, phone: String?) -> String {
        var parts = tokens(name)
        if let nik { parts += tokens(nik) }
        if let kta {
            let t = tokens(kta)
            parts += t
            if t.count > 1 { parts.append(t.joined()) }
        }
        if let email { parts += tokens(email) }
        if let phone {
            let digits = tokens(phone)
            parts += digits
            if let first = digits.first, digits.count == 1, first.hasPrefix("0") { parts.append("62" + first.dropFirst()) }
        }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
    }

    /// Tokens of what someone typed into a search box. A query of digits only, in groups
    /// (`+62 812 3456`, `1671 0255`, `16.71.000045`), is one number: its groups are joined so
    /// it matches the compact phone, NIK or KTA.
    /// At most `maxQueryTokens` words: a pasted page would make an FTS expression deeper than
    /// SQLite allows ("Expression tree is too large") and slow; the first words narrow enough.
    static func queryTokens(_ text: String) -> [String] {
        let t = Array(tokens(text).prefix(maxQueryTokens))
        guard t.count > 1, t.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return t }
        return [t.joined()]
    }

    static let maxQueryTokens = 16

    /// FTS5 query: every token as a prefix, all required.
    static func ftsQuery(_ tokens: [String]) -> String {
        tokens.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
