import Foundation

/// Fits text into a number of cells: measured with the chart's `measure`, cut with an ellipsis,
/// never silently.
struct TextFit: Sendable {
    let measure: @Sendable (Character) -> Int
    let ascii: Bool

    init(_ options: OrgChart.Options) {
        measure = options.measure
        ascii = options.ascii
    }

    var ellipsis: String { ascii ? "..." : "…" }

    func width(_ text: String) -> Int { text.reduce(0) { $0 + measure($1) } }

    /// One line of plain text: control characters and runs of spaces become one space, and in
    /// ASCII mode accents are dropped and anything else non-ASCII becomes `?`.
    func clean(_ text: String) -> String {
        var out = ""
        var space = false
        for ch in ascii ? Self.asciiFolded(text) : text {
            let blank = ch.isWhitespace || ch.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
            if blank {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(ch)
        }
        return out
    }

    /// `text` in at most `cells` cells, with its width: cut to end in the ellipsis when longer.
    func fit(_ text: String, cells: Int) -> (text: String, width: Int) {
        let full = width(text)
        if full <= cells { return (text, full) }
        let room = cells - width(ellipsis)
        guard room > 0 else { return (String(ellipsis.prefix(max(0, cells))), min(cells, width(ellipsis))) }
        var used = 0
        var cut = ""
        for ch in text {
            let w = measure(ch)
            if used + w > room { break }
            used += w
            cut.append(ch)
        }
        // No space before the ellipsis: "Kurniawan…" rather than "Kurniawan …".
        while cut.last == " " { cut.removeLast(); used -= 1 }
        return (cut + ellipsis, used + width(ellipsis))
    }

    /// `Désirée – Ünal` → `Desiree - Unal`: accents dropped, dashes and quotes made plain,
    /// what is left outside ASCII shown as `?` (as the terminal does in a non-UTF-8 locale).
    static func asciiFolded(_ text: String) -> String {
        var out = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII { out.unicodeScalars.append(scalar); continue }
            switch scalar.value {
            case 0x2010...0x2015, 0x2212: out.append("-")
            case 0x2018, 0x2019, 0x201A, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x2033: out.append("\"")
            case 0x2026: out.append("...")
            case 0x00A0, 0x2000...0x200A, 0x202F: out.append(" ")
            case 0x00B7, 0x2022: out.append("-")
            default: out.append("?")
            }
        }
        return out
    }
}
