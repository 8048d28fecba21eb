/// Why a cell's value could not be read. Worded in Indonesian by the catalog.
public enum ImportValueError: Error, Hashable, Sendable {
    /// Not a date in any accepted form, or not a real calendar date (`31/02/2023`).
    case dateInvalid
    /// Day and month could each be the other (`05/04/2023`) in a column that also holds
    /// month-first dates, or a two-digit year (`14/05/23`): never guessed.
    case dateAmbiguous
    /// A year outside 1900–2100: surely misread.
    case dateYearImplausible(Int)
    case phone(PhoneError)
    case nik(NIKError)
    case emailInvalid
    /// A regency or city name that matches none of the 17 (DOMAIN.md §3).
    case regencyUnknown
    /// A year that is not four digits between 1950 and this year.
    case yearInvalid
    /// A word that is not one of the field's choices (`jenis kelamin: X`).
    case choiceUnknown
    case tooLong(max: Int)
    /// Control characters (escape sequences, a bell), bidirectional overrides or zero-width
    /// characters: never stored, they would reach terminals and spreadsheets.
    case controlCharacters
    /// A date after today where only the past makes sense (a birth date).
    case dateInFuture
    /// A NIK Excel turned into a number (`1.67101E+15`): its last digits are gone.
    case nikAsExcelNumber
}

extension String {
    /// Holds a C0 or C1 control (tab and line ends aside), DEL, a bidirectional override or
    /// isolate, or a zero-width character.
    public var hasControlCharacters: Bool {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
        return unicodeScalars.contains { s in
            let v = s.value
            return (s.isControl && v != 0x09 && v != 0x0A && v != 0x0D)
                || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF
        }
    }
}

/// The order of day and month in a column of slashed dates. Indonesian forms write the day
/// first; Google Forms set to an English locale writes the month first. The column decides,
/// from the values that can only be read one way (a first part above 12, or a second).
public enum DateOrder: Sendable, Hashable {
    case dayFirst
    /// Some values can only be month-first: values that read both ways are then ambiguous.
    case mixedEvidence

    /// The order evidenced by a column's values.
    public static func of(_ values: some Sequence<String>) -> DateOrder {
        for value in values {
            let parts = ImportDate.numericParts(value)
            if parts.count == 3, parts[2].count == 4, let m = Int(parts[1]), let d = Int(parts[0]), m > 12, d <= 12 {
                return .mixedEvidence
            }
        }
        return .dayFirst
    }
}

/// Dates as spreadsheets hold them (issue 13): `14/05/2023`, `14-05-2023`, `14.05.2023`,
/// `2023-05-14`, `14 Mei 2023` (also `14 May 2023`), and Excel serial numbers. An ambiguous
/// or impossible date is an error, never a guess.
public enum ImportDate {
    /// Years a date from a spreadsheet may have (as the forms' `FormDates.plausibleYears`).
    public static let plausibleYears = 1900...2100

    /// The digit runs between `/`, `-` and `.`; empty when anything else is there. Read byte by
    /// byte: these are ASCII, and a 100k-row file has a date in every row (issue 13).
    static func numericParts(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.utf8.startIndex
        for i in text.utf8.indices {
            let byte = text.utf8[i]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                if start < i { parts.append(text[start..<i]) }
                start = text.utf8.index(after: i)
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return []
            }
        }
        if start < text.utf8.endIndex { parts.append(text[start...]) }
        return parts
    }

    static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                "september", "october", "november", "december"]

    public static func parse(_ raw: String, order: DateOrder = .dayFirst) -> Result<LocalDate, ImportValueError> {
        let text = raw.trimmingSpaces
        // A date-time (`2023-05-14 10:32:00`, Google Forms' timestamp `14/05/2023 10:32:00`): the date part.
        let datePart = text.utf8.contains(UInt8(ascii: ":")) && text.split(separator: " ").count == 2 ? String(text.split(separator: " ")[0]) : text
        if let iso = LocalDate(iso: datePart) { return plausible(iso) }
        let parts = numericParts(datePart)
        if parts.count == 3 {
            if parts[0].count == 4 { // 2023/05/14
                guard let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), let date = LocalDate(year: y, month: m, day: d)
                else { return .failure(.dateInvalid) }
                return plausible(date)
            }
            guard parts[2].count == 4 else { return .failure(parts[2].count == 2 ? .dateAmbiguous : .dateInvalid) }
            guard let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]) else { return .failure(.dateInvalid) }
            let (day, month): (Int, Int)
            if b > 12 && a <= 12 {
                (day, month) = (b, a)
            } else if order == .mixedEvidence && a <= 12 && b <= 12 && a != b {
                return .failure(.dateAmbiguous)
            } else {
                (day, month) = (a, b)
            }
            guard let date = LocalDate(year: y, month: month, day: day) else { return .failure(.dateInvalid) }
            return plausible(date)
        }
        if parts.count == 1, let serial = Int(parts[0]), parts[0].count <= 5 { return excelSerial(serial) }
        let words = datePart.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if words.count == 3, let d = Int(words[0]), let y = Int(words[2]) {
            guard words[2].count == 4 else { return .failure(.dateAmbiguous) }
            let lower = words[1].lowercased().trimmingSuffix(".")
            let month = IndonesianFormat.month(named: lower)
                ?? englishMonths.firstIndex(where: { $0 == lower || ($0.prefix(3) == lower) }).map { $0 + 1 }
            guard let month, let date = LocalDate(year: y, month: month, day: d) else { return .failure(.dateInvalid) }
            return plausible(date)
        }
        return .failure(.dateInvalid)
    }

    /// Excel's 1900 date system: serial 1 is 1900-01-01, 60 the fictitious 1900-02-29 (an
    /// error here), 61 is 1900-03-01.
    public static func excelSerial(_ serial: Int) -> Result<LocalDate, ImportValueError> {
        guard serial >= 1, serial != 60 else { return .failure(.dateInvalid) }
        let days = serial < 60 ? serial - 1 : serial - 2 // days after 1900-01-01
        return plausible(LocalDate(year: 1900, month: 1, day: 1)!.adding(days: days))
    }

    static func plausible(_ date: LocalDate) -> Result<LocalDate, ImportValueError> {
        plausibleYears.contains(date.year) ? .success(date) : .failure(.dateYearImplausible(date.year))
    }
}

/// `Palembang, 14 Mei 1985` → (`Palembang`, 1985-05-14); also `Lahat 03-06-1990`.
public enum PlaceAndDate {
    public static func split(_ raw: String, order: DateOrder = .dayFirst) -> (place: String?, date: Result<LocalDate, ImportValueError>) {
        let text = raw.trimmingSpaces
        if let comma = text.lastIndex(of: ",") {
            let date = String(text[text.index(after: comma)...])
            return (String(text[..<comma]).nonBlank, ImportDate.parse(date, order: order))
        }
        // No comma: the date is the trailing words that read as one (`Lahat 3 Juni 1990`).
        let words = text.split(separator: " ").map(String.init)
        for take in [3, 1] where words.count > take {
            if case .success(let d) = ImportDate.parse(words.suffix(take).joined(separator: " "), order: order) {
                return (words.dropLast(take).joined(separator: " ").nonBlank, .success(d))
            }
        }
        return (nil, .failure(.dateInvalid))
    }
}

/// The small vocabularies of choice fields, in the words people write.
public enum ImportChoice {
    public static func sex(_ raw: String) -> Sex? {
        switch HeaderName.fold(raw) {
        case "l", "lk", "laki laki", "laki", "pria", "male", "m": return .male
        // `pr` is left out: pria to some, perempuan to others.
        case "p", "perempuan", "wanita", "female", "f": return .female
        default: return nil
        }
    }

    public static func employmentStatus(_ raw: String) -> EmploymentStatus? {
        switch HeaderName.fold(raw) {
        case "pns", "asn pns", "asn": return .pns
        case "pppk", "p3k", "asn pppk": return .pppk
        case "non asn", "nonasn", "honorer", "kontrak", "swasta", "tks", "non pns": return .nonASN
        default: return nil
        }
    }

    public static func educationLevel(_ raw: String) -> EducationLevel? {
        let folded = HeaderName.fold(raw).replacingAll(" ", with: "")
        switch folded {
        case "sma", "smk", "slta", "ma": return .sma
        case "d3", "diii", "diploma3": return .d3
        case "d4", "div", "diploma4": return .d4
        case "s1", "sarjana": return .s1
        case "s2", "magister": return .s2
        case "s3", "doktor": return .s3
        default: return nil
        }
    }

    /// `ya`, `tidak`, `Y`, `T`, `1`, `0`…
    public static func yesNo(_ raw: String) -> Bool? {
        switch HeaderName.fold(raw) {
        case "ya", "y", "iya", "yes", "1", "benar", "true", "sudah", "bekerja": return true
        case "tidak", "t", "tdk", "no", "n", "0", "false", "belum", "tidak bekerja": return false
        default: return nil
        }
    }

    public static func sector(_ raw: String) -> CensusSector? {
        let f = HeaderName.fold(raw)
        if let exact = CensusSector(rawValue: f.replacingAll(" ", with: "_")) { return exact }
        switch f {
        case "pemerintah", "pemerintahan", "dinas", "dinas sosial", "kementerian", "instansi pemerintah", "pemda": return .government
        case "bumn", "swasta", "perusahaan", "bumn swasta", "bumd", "csr": return .business
        case "lks", "yayasan", "lks yayasan", "lsm", "ngo", "panti": return .welfareInstitution
        case "rumah sakit", "rs", "puskesmas", "rsud": return .hospital
        case "perguruan tinggi", "kampus", "universitas", "pt": return .university
        case "lainnya", "lain lain", "lain": return .other
        default: return nil
        }
    }

    public static func profession(_ raw: String) -> CensusProfession? {
        switch HeaderName.fold(raw) {
        case "peksos", "pekerja sosial", "pekerja sosial profesional", "peksos profesional": return .socialWorker
        case "tks", "tenaga kesejahteraan sosial", "tksk", "pendamping", "pendamping pkh", "pendamping sosial": return .welfareWorker
        case "lainnya", "lain", "lain lain": return .other
        default: return raw.trimmingSpaces.isEmpty ? nil : .other
        }
    }

    /// A four-digit year from 1950 to `today`'s year.
    public static func year(_ raw: String, today: LocalDate) -> Int? {
        let t = raw.trimmingSpaces
        guard t.count == 4, let y = Int(t), (1950...today.year).contains(y) else { return nil }
        return y
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
