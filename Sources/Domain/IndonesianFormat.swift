/// Indonesian renderings used on screens and in documents.
public enum IndonesianFormat {
    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"]
    public static let weekdayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// `14 Mei 2023`.
    public static func date(_ d: LocalDate) -> String {
        "\(d.day) \(monthNames[d.month - 1]) \(d.year)"
    }

    /// `Minggu, 14 Mei 2023`.
    public static func longDate(_ d: LocalDate) -> String {
        "\(weekdayNames[d.weekday]), \(date(d))"
    }

    /// Reads what people type into a date field: `14 Mei 2023`, `14 mei 2023`, `14 Agu 2023`,
    /// `14/05/2023`, `14-05-2023`, `14.05.2023` or ISO `2023-05-14`. Nil when it is not a real date.
    public static func parseDate(_ text: String) -> LocalDate? {
        let trimmed = text.trimmingSpaces
        if let iso = LocalDate(iso: trimmed) { return iso }
        let numeric = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if numeric.count == 3, numeric.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
           numeric[2].count == 4, let d = Int(numeric[0]), let m = Int(numeric[1]), let y = Int(numeric[2]) {
            return LocalDate(year: y, month: m, day: d)
        }
        let words = trimmed.split(separator: " ")
        guard words.count == 3, let d = Int(words[0]), let y = Int(words[2]), words[2].count == 4,
              let m = month(named: String(words[1])) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// Month number for an Indonesian month name or a 3-letter abbreviation (`Agu`, `Agt`, `Okt`, `Des`).
    public static func month(named name: String) -> Int? {
        let lower = name.lowercased()
        if let full = monthNames.firstIndex(where: { $0.lowercased() == lower }) { return full + 1 }
        let abbreviations = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"]
        if let short = abbreviations.firstIndex(of: lower) { return short + 1 }
        if lower == "agt" || lower == "ags" { return 8 }
        return nil
    }

    /// Roman numerals, used for months in document numbers and for Musda ordinals. They cover
    /// 1…3999; any other number (a 0 typed into a form, a stored value out of range) is written
    /// in digits rather than stopping the program.
    public static func roman(_ number: Int) -> String {
        guard number > 0 && number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = number
        var out = ""
        for (value, letters) in table {
            while n >= value { out += letters; n -= value }
        }
        return out
    }

    /// Thousands separated by dots: `1.000.000`.
    public static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}

/// A numbered document: `01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023`.
///
/// Pattern from DOMAIN.md §4: sequence, series (the event or register), issuer, Roman month, year.
public struct DocumentNumber: Hashable, Sendable, CustomStringConvertible {
    public static let defaultIssuer = "DPD-IPSPI/SUMSEL"

    public var sequence: Int
    public var series: String
    public var issuer: String
    public var date: LocalDate

    public init(sequence: Int, series: String, issuer: String = DocumentNumber.defaultIssuer, date: LocalDate) {
        self.sequence = sequence
        self.series = series
        self.issuer = issuer
        self.date = date
    }

    public var description: String {
        "\(pad(sequence, 2))/\(series)/\(issuer)/\(IndonesianFormat.roman(date.month))/\(date.year)"
    }

    /// The default pattern (DOMAIN.md §4): `01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023`.
    public static let defaultPattern = "{nomor}/{seri}/DPD-IPSPI/SUMSEL/{bulan}/{tahun}"

    /// The number written with a pattern of the DPD's choosing: `{nomor}` (two digits),
    /// `{seri}` (`MUSDA-I`), `{bulan}` (Roman month), `{tahun}`; other text stays as it is.
    public func formatted(_ pattern: String) -> String {
        pattern.replacingAll("{nomor}", with: pad(sequence, 2))
            .replacingAll("{seri}", with: series)
            .replacingAll("{bulan}", with: IndonesianFormat.roman(date.month))
            .replacingAll("{tahun}", with: String(date.year))
    }
}

extension String {
    /// Every occurrence of `target` replaced (Domain has no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        let chars = Array(self), t = Array(target)
        var out = ""
        var i = 0
        while i < chars.count {
            if i + t.count <= chars.count, Array(chars[i..<(i + t.count)]) == t {
                out += replacement
                i += t.count
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}

/// Text as typed, without leading and trailing whitespace.
extension String {
    public var trimmingSpaces: String {
        // Most text is ASCII with nothing to trim: settled on the bytes, without the Unicode
        // property lookups `isWhitespace` costs (an import reads a million cells).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Trimmed, with every run of spaces inside made one: `  LSP  Kemensos ` → `LSP Kemensos`.
    public var collapsingSpaces: String {
        if isPlainASCIIWords { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// ASCII, no control characters, no space at either end and never two in a row: already
    /// trimmed and collapsed.
    var isPlainASCIIWords: Bool {
        var previousSpace = true
        for byte in utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == 0x7F { return false }
            let space = byte == 0x20
            if space && previousSpace { return false }
            previousSpace = space
        }
        return !previousSpace
    }

    /// Nil for an empty or all-blank string, else the trimmed text.
    public var nonBlank: String? {
        let t = trimmingSpaces
        return t.isEmpty ? nil : t
    }
}
