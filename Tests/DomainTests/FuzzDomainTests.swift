import Foundation
import FuzzSupport
import XCTest
@testable import Domain

/// Hostile input (issue 16): every parser and rule of the domain fed seeded random text —
/// random bytes, 100,000-character strings, NULs, control characters, terminal escape
/// sequences (CSI, OSC, DCS, C1), combining marks, emoji, RTL marks, digits-only and very long
/// digit strings, and valid values with a hostile edit. None may trap, and what each accepts
/// must hold the property its callers rely on.
///
/// Each test draws from its own seed, so one failure replays alone; a failure names the seed,
/// the property, how many inputs broke it and the first three. `SEKRETARIAT_FUZZ_SEED=N` runs
/// every test with seed N instead, to explore further.
final class FuzzDomainTests: XCTestCase {
    let today = Fixtures.today
    let regions = Fixtures.regions

    /// Valid values the generator mutates, so the fuzz also reaches the parsers' deep paths.
    static let samples = ["1671025503880001", "1604050307790012", "14/05/2023", "14 Mei 2023", "2023-05-14", "45060",
                          "08.15", "0815", "+62 812-3456-7890", "(0711) 354123", "budi@example.co.id", "Palembang, 14 Mei 1985",
                          "Kab. Lahat 03-06-1990", "Laki-laki", "Non ASN", "S1", "ya", "LKS / Yayasan", "Pekerja Sosial",
                          "2021", "No. HP/WA", "Kota Palembang", "16.71", "budi_santoso", "tetap:30",
                          "{nomor}/{seri}/DPD-IPSPI/SUMSEL/{bulan}/{tahun}", "Siti Nur'aini, S.Sos."]

    private func generator(_ seed: UInt64) -> HostileText { HostileText(seed: seed, samples: Self.samples) }

    // MARK: Identity numbers, dates, times

    /// 3,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits): `NIK.parse`
    /// returns a NIK or a typed `NIKError`; a NIK is 16 ASCII digits whose parts are its own
    /// slices, with a real birth date and a serial above zero, and its digits parse to the same NIK.
    func testNIKParseAcceptsOnlySixteenDigitsAndRoundTrips() {
        var g = generator(16_001)
        for i in 0..<3_000 {
            let text = g.next()
            switch NIK.parse(text, today: today) {
            case .success(let nik):
                g.expect(nik.digits.utf8.count == 16 && nik.digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
                         "a NIK is 16 ASCII digits", i, text)
                g.expect(nik.digits.hasPrefix(nik.regencyCode) && nik.regencyCode.hasPrefix(nik.provinceCode),
                         "a NIK's codes are its own first digits", i, text)
                g.expect(nik.serial > 0, "a NIK's serial is above 0", i, text)
                g.expect(NIK.parse(nik.digits, today: today) == .success(nik), "a NIK's digits parse to the same NIK", i, text)
                g.expect(NIK.mask(nik.digits).count == 16, "a masked NIK keeps its 16 places", i, text)
            case .failure(.wrongLength(let n)):
                g.expect(n != 16, "a wrong length is not 16", i, text)
            case .failure:
                break
            }
            _ = NIK.mask(text)
        }
        g.report(inputs: 3_000)
    }

    /// 3,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through each of
    /// `LocalDate(iso:)`, `IndonesianFormat.parseDate` and `ClockTime(_:)`: an ISO date is read
    /// back to exactly its text; a parsed date reads again from its ISO and Indonesian
    /// renderings; a time lies in 00.00–23.59 and reads again from its own rendering.
    func testDateAndTimeParsersAcceptOnlyRealValuesThatRoundTrip() {
        var g = generator(16_002)
        for i in 0..<3_000 {
            let text = g.next()
            if let date = LocalDate(iso: text) {
                g.expect(date.iso == text, "an ISO date renders back to its text", i, text)
            }
            if let date = IndonesianFormat.parseDate(text) {
                g.expect(IndonesianFormat.parseDate(date.iso) == date && IndonesianFormat.parseDate(IndonesianFormat.date(date)) == date,
                         "a typed date reads again from its renderings", i, text, "\(date)")
            }
            if let time = ClockTime(text) {
                g.expect((0...23).contains(time.hour) && (0...59).contains(time.minute), "a time lies in 00.00–23.59", i, text)
                g.expect(ClockTime(time.description) == time, "a time reads again from its rendering", i, text)
            }
        }
        g.report(inputs: 3_000)
    }

    // MARK: Phone and email

    /// 3,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through each of
    /// `Phone.normalize` and `Email.normalize`: a phone comes out as 9–13 ASCII digits starting
    /// with one 0, and normalising it again changes nothing; an email has one `@`, no
    /// whitespace and no control character a terminal acts on, at most 254 characters, and is
    /// a fixed point too.
    func testPhoneAndEmailNormaliseToCleanFixedPoints() {
        var g = generator(16_003)
        for i in 0..<3_000 {
            let text = g.next()
            if case .success(let phone) = Phone.normalize(text) {
                g.expect(phone.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }, "a phone is ASCII digits only", i, text,
                         HostileText.escaped(phone))
                g.expect((9...13).contains(phone.utf8.count) && phone.hasPrefix("0") && !phone.hasPrefix("00"),
                         "a phone is 9–13 digits from one 0", i, text, HostileText.escaped(phone))
                g.expect(Phone.normalize(phone) == .success(phone), "a normalised phone is a fixed point", i, text)
            }
            if let email = Email.normalize(text) {
                g.expect(email.filter { $0 == "@" }.count == 1 && !email.contains(where: \.isWhitespace) && email.count <= 254,
                         "an email has one @, no whitespace, at most 254 characters", i, text)
                g.expect(!HostileText.hasTerminalControl(email), "an email holds no C0, DEL or C1 control", i, text)
                g.expect(Email.normalize(email) == email, "a normalised email is a fixed point", i, text)
            }
        }
        g.report(inputs: 3_000)
    }

    // MARK: Spreadsheet values

    /// 2,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through
    /// `ImportDate.parse` in both column orders, `PlaceAndDate.split` and, 20 at a time,
    /// `DateOrder.of`; plus 3,007 `ImportDate.excelSerial` numbers (the edges 0, 1, 59, 60, 61,
    /// −1, 2³¹−1 and 3,000 from −10⁹ to 10¹²): a date is a success with a year in 1900–2100 or
    /// a typed `ImportValueError`, and a split's place is trimmed and not blank.
    func testSpreadsheetDatesAreADateInRangeOrATypedError() {
        var g = generator(16_004)
        func inRange(_ result: Result<LocalDate, ImportValueError>) -> Bool {
            switch result {
            case .success(let date): return ImportDate.plausibleYears.contains(date.year)
            case .failure(.dateYearImplausible(let year)): return !ImportDate.plausibleYears.contains(year)
            case .failure: return true
            }
        }
        var column: [String] = []
        for i in 0..<2_000 {
            let text = g.next()
            for order in [DateOrder.dayFirst, .mixedEvidence] {
                g.expect(inRange(ImportDate.parse(text, order: order)), "a date's year is in 1900–2100", i, text)
            }
            let (place, date) = PlaceAndDate.split(text)
            g.expect(inRange(date), "a split date's year is in 1900–2100", i, text)
            if let place { g.expect(place == place.trimmingSpaces && !place.isEmpty, "a place is trimmed, not blank", i, text) }
            column.append(text)
            if column.count == 20 { _ = DateOrder.of(column); column.removeAll() }
        }
        let serials = [0, 1, 59, 60, 61, -1, Int(Int32.max)] + (0..<3_000).map { _ in g.random.int(-1_000_000_000...1_000_000_000_000) }
        for (i, serial) in serials.enumerated() {
            g.expect(inRange(ImportDate.excelSerial(serial)), "a serial date's year is in 1900–2100", i, String(serial))
        }
        g.report(inputs: 2_000 + serials.count)
    }

    /// 2,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through each
    /// `ImportChoice` reader (sex, employment status, education level, yes/no, sector,
    /// profession, year): a word a reader knows is known the same in its folded form (case,
    /// spaces and punctuation do not matter); a year is four digits from 1950 to this year, and
    /// its own text.
    func testChoiceReadersDependOnlyOnTheFoldedWord() {
        var g = generator(16_005)
        func same<T: Equatable>(_ read: (String) -> T?, _ text: String, _ folded: String) -> Bool {
            read(text).map { $0 == read(folded) } ?? true
        }
        for i in 0..<2_000 {
            let text = g.next()
            let folded = HeaderName.fold(text)
            g.expect(same(ImportChoice.sex, text, folded), "sex reads the folded word", i, text)
            g.expect(same(ImportChoice.employmentStatus, text, folded), "employment status reads the folded word", i, text)
            g.expect(same(ImportChoice.educationLevel, text, folded), "education level reads the folded word", i, text)
            g.expect(same(ImportChoice.yesNo, text, folded), "yes/no reads the folded word", i, text)
            g.expect(same(ImportChoice.sector, text, folded), "sector reads the folded word", i, text)
            let profession = ImportChoice.profession(text)
            // Any text at all is a profession (`lainnya` when unknown); only a blank cell is none.
            g.expect((profession == nil) == text.trimmingSpaces.isEmpty, "only a blank cell has no profession", i, text)
            if profession != .other { g.expect(profession == ImportChoice.profession(folded), "profession reads the folded word", i, text) }
            if let year = ImportChoice.year(text, today: today) {
                g.expect((1950...today.year).contains(year) && String(year) == text.trimmingSpaces,
                         "a year is its own four digits, 1950 to this year", i, text)
            }
        }
        g.report(inputs: 2_000)
    }

    /// 2,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through
    /// `HeaderName.fold`, `HeaderSynonyms.field(for:)`, `RegencyNames.code(for:)` and, in rows
    /// of 1–8 headers, `automaticMapping` for each target: a folded header has no control
    /// character and no stray space; a header's field is its folded form's; a regency code is
    /// one the directory knows; a mapping points only at existing columns, at fields of its
    /// target, each field once.
    func testHeaderFoldingAndMappingStayWithinTheirVocabulary() {
        var g = generator(16_006)
        let regencies = RegencyNames(regions)
        var headers: [String] = []
        var rowLength = g.random.int(1...8)
        for i in 0..<2_000 {
            let text = g.next()
            let folded = HeaderName.fold(text)
            g.expect(!HostileText.hasTerminalControl(folded), "a folded header holds no control", i, text)
            g.expect(folded.unicodeScalars.first != " " && folded.unicodeScalars.last != " " && !folded.contains("  "),
                     "a folded header has single inner spaces only", i, text)
            if let field = HeaderSynonyms.field(for: text) {
                g.expect(HeaderSynonyms.field(for: folded) == field, "a header's field is its folded form's", i, text)
            }
            if let code = regencies.code(for: text) { g.expect(regions.contains(code: code), "a regency code is known", i, text) }
            headers.append(text)
            guard headers.count == rowLength else { continue }
            for target in ImportTarget.allCases {
                let mapping = HeaderSynonyms.automaticMapping(headers: headers, target: target)
                g.expect(mapping.keys.allSatisfy { headers.indices.contains($0) } && mapping.values.allSatisfy { target.fields.contains($0) }
                         && Set(mapping.values).count == mapping.count,
                         "a mapping points at existing columns and its target's fields, each once", i, text)
            }
            headers.removeAll()
            rowLength = g.random.int(1...8)
        }
        g.report(inputs: 2_000)
    }

    // MARK: Settings and account names

    /// 2,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through
    /// `SettingRules.check` for each of the 9 setting keys: what is accepted is trimmed, holds
    /// no control character a terminal acts on (C0, DEL or C1), keeps to the key's length,
    /// range or choices, and is accepted again unchanged.
    func testSettingRulesAcceptOnlyCleanValuesThatStayAccepted() {
        var g = generator(16_007)
        for i in 0..<2_000 {
            let text = g.next()
            for key in SettingKey.allCases {
                guard case .success(let value) = SettingRules.check(key, text) else { continue }
                g.expect(value == value.trimmingSpaces, "\(key): an accepted value is trimmed", i, text)
                g.expect(!HostileText.hasTerminalControl(value), "\(key): an accepted value holds no C0, DEL or C1 control", i, text)
                g.expect(SettingRules.check(key, value) == .success(value), "\(key): an accepted value is accepted again", i, text)
                if let range = key.yearRange {
                    g.expect(Int(value).map(range.contains) ?? false, "\(key): a number in range", i, text)
                } else if key == .quorumRule {
                    g.expect(QuorumRule(code: value) != nil, "\(key): a quorum rule", i, text)
                } else if let choices = key.choices {
                    g.expect(choices.contains(value), "\(key): one of the choices", i, text)
                } else {
                    g.expect(value.count <= key.maxLength, "\(key): at most \(key.maxLength) characters", i, text)
                }
            }
        }
        g.report(inputs: 2_000)
    }

    /// 3,000 inputs (3 of them 100,000 characters, 6 of 1,000–100,000 digits) through
    /// `AccountName.parse`: a name is 1–32 characters of ASCII letters, digits, `_`, `.` and
    /// `-`, starts with a letter or `_`, and parses to itself.
    func testAccountNamesHoldOnlyTheCharactersUseraddAllows() {
        var g = generator(16_008)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-".unicodeScalars)
        for i in 0..<3_000 {
            let text = g.next()
            guard let name = AccountName.parse(text) else { continue }
            g.expect((1...32).contains(name.unicodeScalars.count) && name.unicodeScalars.allSatisfy(allowed.contains),
                     "an account name is 1–32 of [A-Za-z0-9_.-]", i, text)
            g.expect(name.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } ?? false, "an account name starts with a letter or _", i, text)
            g.expect(AccountName.parse(name) == name, "an account name parses to itself", i, text)
        }
        g.report(inputs: 3_000)
    }

    // MARK: A whole person

    /// 1,500 people (their fields drawn from the same generator: 3 values of 100,000
    /// characters, 6 of 1,000–100,000 digits) with hostile name, NIK, birth place, phone, email,
    /// address, note, source, domicile and employer and random dates and choices through
    /// `PersonValidator.check`: the name is only ever trimmed (never cut), too long or empty
    /// exactly when an issue says so; free text is kept whole; a phone or NIK without an issue
    /// is in its normal form; and a person with no error holds no NUL in any text (SQLite
    /// would store it cut) and checks again to the same person and the same issues, so what
    /// is saved is what was checked.
    func testPersonValidatorNeverCutsAndIsStableOnWhatItAccepts() {
        var g = generator(16_009)
        let codes = regions.regions.map(\.code)
        for i in 0..<1_500 {
            var p = Person(name: g.next())
            func maybe() -> String? { g.random.chance(60) ? g.next() : nil }
            p.nik = g.random.chance(30) ? g.pickSample(prefix: "16") : maybe()
            p.birthPlace = maybe()
            p.phone = g.random.chance(30) ? g.pickSample(prefix: "+62") : maybe()
            p.email = maybe()
            p.address = maybe()
            p.note = maybe()
            p.source = maybe()
            p.domicileRegency = g.random.chance(70) ? g.random.pick(codes) : maybe()
            p.sex = g.random.pick([nil, .male, .female])
            p.birthDate = g.random.chance(80) ? LocalDate(dayNumber: g.random.int(-40_000...25_000)) : nil
            if g.random.chance(50) {
                p.employment = Employment(status: g.random.pick(EmploymentStatus.allCases),
                                          employerType: g.random.pick([nil] + EmployerType.allCases.map { $0 }), employer: maybe())
            }
            if g.random.chance(40) {
                p.education = Education(level: g.random.pick(EducationLevel.allCases), institution: maybe(), major: maybe(),
                                        graduationYear: g.random.chance(50) ? g.random.int(-5...3_000) : nil)
            }
            let (out, issues) = PersonValidator.check(p, regions: regions, today: today)
            let name = p.name, phone = p.phone ?? "", nik = p.nik ?? ""
            g.expect(out.name == p.name.trimmingSpaces, "the name is only trimmed", i, name)
            g.expect(issues.contains(.tooLong(.name, max: PersonValidator.maxNameLength)) == (out.name.count > PersonValidator.maxNameLength),
                     "a name is too long exactly when an issue says so", i, name)
            g.expect(issues.contains(.required(.name)) == out.name.isEmpty, "a name is missing exactly when an issue says so", i, name)
            g.expect(out.address == p.address?.nonBlank && out.birthPlace == p.birthPlace?.nonBlank && out.note == p.note?.nonBlank,
                     "free text is kept whole", i, "\(p)")
            if let normal = out.phone, !issues.contains(where: { $0.field == .phone }) {
                g.expect(normal.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Phone.normalize(normal) == .success(normal),
                         "an accepted phone is ASCII digits, normalised", i, phone, HostileText.escaped(normal))
            }
            if let normal = out.nik, !issues.contains(where: { if case .nik = $0 { return true } else { return false } }) {
                g.expect(normal.utf8.count == 16, "an accepted NIK is 16 digits", i, nik)
            }
            if issues.errors.isEmpty {
                let texts: [(String, String?)] = [("name", out.name), ("nik", out.nik), ("birthPlace", out.birthPlace), ("phone", out.phone),
                                                  ("email", out.email), ("address", out.address), ("domicile", out.domicileRegency),
                                                  ("source", out.source), ("note", out.note), ("employer", out.employment?.employer),
                                                  ("institution", out.education?.institution), ("major", out.education?.major)]
                let cut = texts.first { $0.1?.unicodeScalars.contains("\0") ?? false }
                g.expect(cut == nil, "an accepted person holds no NUL (SQLite would cut it)", i, cut?.1 ?? "", cut?.0 ?? "")
                let (again, againIssues) = PersonValidator.check(out, regions: regions, today: today)
                g.expect(again == out && againIssues == issues, "an accepted person checks again the same", i, "\(p)")
            }
        }
        g.report(inputs: 1_500)
    }
}

// MARK: - The generator


/// Seeded hostile text, and the property failures found with it. Swift strings cannot hold
/// invalid UTF-8: random bytes arrive as any decoder in the app hands them on, each bad
/// sequence made U+FFFD.
fileprivate struct HostileText {
    /// Escape sequences, controls, marks (on letters and on digits: a keycap `1️⃣` is a digit
    /// with two), emoji, bidi, digits and the separators parsers split on.
    static let pieces: [String] = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{1B}[?1049h", "\u{1B}[6n", "\u{9B}2J", "\u{1B}P+q544e\u{1B}\\",
        "\u{90}1$r\u{9C}", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}", "\0", "\u{07}", "\u{08}", "\t", "\n", "\r", "\r\n", "\u{7F}",
        "\u{85}", "\u{9B}", "e\u{301}", "0\u{301}", "1\u{FE0F}\u{20E3}", "\u{301}\u{302}\u{303}", "Z\u{36B}\u{36C}\u{36D}\u{489}", "\u{E33}", "👩‍👩‍👧‍👦", "🇮🇩",
        "👍🏽", "\u{FE0F}", "\u{200D}", "\u{202E}", "\u{200F}", "\u{2067}", "مرحبا", "שלום", "\u{200B}", "\u{FEFF}", "\u{FFFD}",
        "\u{FFFF}", "\u{10FFFF}", "漢字", "ｱ", "İ", "ß", "ﬁ", "Ⅻ", "٣", "১", "Siti", "Nur'aini", "S.Sos.", "Palembang", "Mei",
        "Agustus", "May", "ya", "0", "1", "8", "9", "16", "71", "08", "62", "+62", "14", "05", "12", "31", "2023", "1985",
        " ", "  ", "/", "-", ".", ",", ":", ";", "@", "+", "'", "\"", "\"\"", "=", "*", "(", ")", "%", "{nomor}", "tetap:",
        "E+", "\\", "_",
    ]

    var random: FuzzRandom
    let seed: UInt64
    let samples: [String]
    /// Strings drawn so far. Draws 5, 45 and 85 are 100,000 characters long; draws 10, 20,
    /// 30, 55, 65 and 95 are 1,000–100,000 digits. Few, at fixed places: every test meets
    /// them, and the suite's time stays bounded in a debug build.
    private(set) var drawn = 0
    static let hugeDraws: Set<Int> = [5, 45, 85], longDigitDraws: Set<Int> = [10, 20, 30, 55, 65, 95]
    private var findings = FuzzFindings()

    /// `seed`, unless `SEKRETARIAT_FUZZ_SEED` names another.
    init(seed: UInt64, samples: [String]) {
        self.seed = FuzzFindings.seed(seed)
        self.random = FuzzRandom(seed: self.seed)
        self.samples = samples
    }

    /// One hostile string: random bytes (14%), escape sequences and other pieces (31%),
    /// ASCII digits (10%), a valid sample with hostile edits (27%), random scalars (18%); or,
    /// at its fixed draws, 100,000 characters or a long digit string.
    mutating func next() -> String {
        drawn += 1
        if Self.hugeDraws.contains(drawn) {
            let piece = random.pick(Self.pieces + ["a", "ab "])
            return String(String(repeating: piece, count: 100_000 / max(1, piece.count) + 1).prefix(100_000))
        }
        if Self.longDigitDraws.contains(drawn) {
            let digit = Character(String(random.int(0...9)))
            return random.pick(["", "0", "16", "+62"]) + String(repeating: digit, count: random.int(1_000...100_000))
        }
        switch random.int(0...99) {
        case 0..<14:
            let bytes = (0..<random.int(0...64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            return String(decoding: bytes, as: UTF8.self)
        case 14..<45:
            return (0..<random.int(1...12)).map { _ in random.pick(Self.pieces) }.joined()
        case 45..<55:
            return String((0..<random.int(0...24)).map { _ in Character(String(random.int(0...9))) })
        case 55..<82:
            return mutated(random.pick(samples))
        default:
            let scalars = (0..<random.int(1...32)).compactMap { _ -> Unicode.Scalar? in
                Unicode.Scalar(random.chance(50) ? UInt32(random.int(0...0x2FF)) : UInt32(random.int(0...0x10FFFF)))
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    /// A sample with one to three edits: a hostile piece inserted, a character replaced or dropped.
    mutating func mutated(_ sample: String) -> String {
        var chars = Array(sample)
        for _ in 0..<random.int(1...3) {
            let at = random.int(0...chars.count)
            switch random.int(0...2) {
            case 0: chars.insert(contentsOf: random.pick(Self.pieces), at: at)
            case 1 where at < chars.count: chars[at] = Character(random.pick(Self.pieces.filter { $0.count == 1 }))
            default: if at < chars.count { chars.remove(at: at) }
            }
        }
        return String(chars)
    }

    /// A sample starting with `prefix`, edited half the time.
    mutating func pickSample(prefix: String) -> String {
        let sample = random.pick(samples.filter { $0.hasPrefix(prefix) })
        return random.chance(50) ? mutated(sample) : sample
    }

    /// Notes input `index` as breaking `property` unless `ok`.
    mutating func expect(_ ok: Bool, _ property: String, _ index: Int, _ input: @autoclosure () -> String,
                         _ detail: @autoclosure () -> String = "") {
        guard !ok else { return }
        let example = "#\(index) \(Self.escaped(input()))" + { let d = detail(); return d.isEmpty ? "" : " → \(d)" }()
        findings.note(property, example)
    }

    /// One failure per broken property: the seed, how many of the inputs broke it, the first
    /// three. The test must have drawn its long strings, as its comment says.
    func report(inputs: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThanOrEqual(drawn, Self.longDigitDraws.max()!, "seed \(seed): the long strings were not all drawn",
                                    file: file, line: line)
        for failure in findings.failures(seed: seed, breaks: { "by \($0) of \(inputs) inputs" }) {
            XCTFail(failure, file: file, line: line)
        }
    }

    /// Printable ASCII as is, everything else as `\u{…}`; long text cut, with its length.
    static func escaped(_ text: String) -> String { FuzzFindings.escaped(text) }

    /// Holds a control character a terminal acts on: C0 (tab and line ends too), DEL or C1.
    static func hasTerminalControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
