import Foundation

/// RFC 4180 CSV, hand-written: the shipped asset files are ours and small, exports only need
/// quoting, and a dozen lines do not justify a dependency that CI must fetch and build.
public enum CSV {
    /// Parses text into rows of fields. Quoted fields may hold commas, quotes ("") and newlines.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n", "\r":
                row.append(field); field = ""
                rows.append(row); row = []
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// Rows as dictionaries keyed by the header row.
    static func records(_ text: String) -> [[String: String]] {
        let rows = parse(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { fields in
            var record: [String: String] = [:]
            for (i, name) in header.enumerated() { record[name] = i < fields.count ? fields[i] : "" }
            return record
        }
    }

    /// Scalar by scalar: a quote followed by a combining mark is one Character to Swift but a
    /// quote to every CSV reader (found by the fuzz suite: such a name broke its row).
    static func escape(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in field.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }

    /// One exported line. Every cell is safe to open in a spreadsheet: one that would be read
    /// as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first, and not a plain
    /// number such as `-2` or `+20`) gets a `'` in front, the OWASP advice against CSV injection.
    public static func line(_ fields: [String]) -> String { fields.map { escape(inert($0)) }.joined(separator: ",") + "\n" }

    /// `=HYPERLINK(…)` → `'=HYPERLINK(…)`; `-2`, `+20`, `Budi` unchanged.
    static func inert(_ field: String) -> String {
        // The first scalar is what a spreadsheet sees, whatever combining mark follows it.
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        let rest = field.unicodeScalars.dropFirst()
        if first == "-" || first == "+", !rest.isEmpty, rest.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) { return field }
        return "'" + field
    }
}
