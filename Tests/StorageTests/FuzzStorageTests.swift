import Domain
import Foundation
import FuzzSupport
import XCTest
@testable import Storage

/// Hostile input (issue 16) at the storage: files that are not what they claim, people whose
/// every field is hostile text, exports of names built to break a CSV, and searches for
/// anything at all. Seeded (`FuzzRandom`, the
/// suites' SplitMix64), so a failure replays; a failure names the seed, the property, how many
/// inputs broke it and the first three. `SEKRETARIAT_FUZZ_SEED=N` runs every test with seed N.
final class FuzzStorageTests: StoreTestCase {
    static let samples = ["1671025503880001", "14/05/2023", "14 Mei 2023", "2023-05-14", "+62 812-3456-7890", "0812 3456 789",
                          "budi@example.co.id", "Palembang, 14 Mei 1985", "Laki-laki", "Non ASN", "S1", "Kota Palembang",
                          "Siti Nur'aini, S.Sos.", "Budi Santoso", "16.71.000045"]
    static let headerWords = ["Nama", "Nama Lengkap", "NIK", "No. HP/WA", "Tgl Lahir", "Tempat, Tgl Lahir", "Kab/Kota", "Email",
                              "Alamat", "Jenis Kelamin", "Pendidikan", "Instansi", "Sektor", "Profesi", "Tahun Lulus", "Keterangan"]
    static let workbooks = ["broken-sheet.xlsx", "lying-size.xlsx", "not-a-workbook.xlsx", "sensus-serial-dates.xlsx",
                            "workbook-1904.xlsx"].map { ImportFileTests.fixtures.appendingPathComponent($0).path }

    private func generator(_ seed: UInt64) -> HostileText { HostileText(seed: seed, samples: Self.samples) }

    private func write(_ bytes: [UInt8], _ name: String) -> String {
        let path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    // MARK: Spreadsheet files

    /// 400 files through `SpreadsheetFile.read`: 70 of random bytes (half with NULs), 110 of
    /// CSV-like text with random quotes, separators, line ends and BOMs (in UTF-8, UTF-16 or
    /// Windows-1252, some with stray high bytes), 50 starting `PK\3\4` then garbage (fake
    /// XLSX), 70 real XLSX fixtures cut short, 70 with 1–8 bytes changed, 20 starting with the
    /// OLE2 signature of an old `.xls`, 10 empty; plus a folder and a missing path. Each read
    /// returns a table or throws a `SpreadsheetError` (the signature allows nothing else), never
    /// traps; a table has a titled header, data rows below it in increasing order each with
    /// some text, trimmed cells, distinct titles, and a known encoding.
    func testEveryFileReadsAsATableOrATypedError() throws {
        var g = generator(16_101)
        let workbooks = try Self.workbooks.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
        var files: [(kind: String, path: String)] = []
        for i in 0..<400 {
            let bytes: [UInt8], kind: String
            switch i % 40 {
            case 0..<7:
                kind = "bytes"
                let nuls = i % 2 == 0
                bytes = (0..<g.random.int(1...4_096)).map { _ in nuls && g.random.chance(10) ? 0 : UInt8(truncatingIfNeeded: g.random.next()) }
            case 7..<18:
                kind = "csv"
                bytes = csvLike(&g)
            case 18..<23:
                kind = "fake xlsx"
                bytes = [0x50, 0x4B, 0x03, 0x04] + (0..<g.random.int(0...2_000)).map { _ in UInt8(truncatingIfNeeded: g.random.next()) }
            case 23..<30:
                kind = "cut xlsx"
                let book = g.random.pick(workbooks)
                bytes = Array(book.prefix(g.random.int(4...(book.count - 1))))
            case 30..<37:
                kind = "changed xlsx"
                var book = g.random.pick(workbooks)
                for _ in 0..<g.random.int(1...8) { book[g.random.int(0...(book.count - 1))] = UInt8(truncatingIfNeeded: g.random.next()) }
                bytes = book
            case 37..<39:
                kind = "xls"
                bytes = [0xD0, 0xCF, 0x11, 0xE0] + (0..<g.random.int(0...512)).map { _ in UInt8(truncatingIfNeeded: g.random.next()) }
            default:
                kind = "empty"
                bytes = []
            }
            files.append((kind, write(bytes, "fuzz-\(i).\(g.random.pick(["csv", "xlsx", "txt", ""]))")))
        }
        try FileManager.default.createDirectory(atPath: directory + "/a-folder.csv", withIntermediateDirectories: true)
        files += [("folder", directory + "/a-folder.csv"), ("missing", directory + "/missing.xlsx")]
        var tables = 0
        for (i, file) in files.enumerated() {
            let input = "\(file.kind) \(file.path)"
            let table: SheetTable
            do { table = try SpreadsheetFile.read(path: file.path) } catch { continue }
            tables += 1
            g.expect(table.headers.contains { !$0.isEmpty }, "a table's header has a title", i, input)
            g.expect(!table.rows.isEmpty && table.rows.allSatisfy { $0.cells.contains { !$0.isEmpty } },
                     "a table has data rows, each with some text", i, input)
            let numbers = [table.headerRow] + table.rows.map(\.number)
            g.expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "rows come in order below the header", i, input)
            g.expect((table.headers + table.rows.flatMap(\.cells)).allSatisfy { $0 == $0.trimmingSpaces }, "cells are trimmed", i, input)
            let titles = table.headers.filter { !$0.isEmpty }.map(HeaderName.fold)
            g.expect(Set(titles).count == titles.count, "titles are distinct", i, input)
            g.expect(["UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252", "XLSX"].contains(table.encoding), "a known encoding", i, input,
                     table.encoding)
        }
        g.expect(tables > 0, "some files read as tables", 0, "all \(files.count)")
        g.report(inputs: files.count, longStrings: false)
    }

    /// A CSV field in quotes, its quotes doubled. Scalar by scalar: a quote followed by a
    /// combining mark is one `Character`, which a `Character`-level replace would miss.
    private func quoted(_ field: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in field.unicodeScalars { scalars.append(s); if s == "\"" { scalars.append(s) } }
        return "\"" + String(scalars) + "\""
    }

    /// Text that looks like a CSV: hostile cells, random quotes, separators, line ends, BOMs
    /// and encodings.
    private func csvLike(_ g: inout HostileText) -> [UInt8] {
        let separators = [",", ";", "\t"]
        var text = ""
        for _ in 0..<g.random.int(1...8) {
            let cells = (0..<g.random.int(1...6)).map { _ -> String in
                var cell = g.random.chance(30) ? g.random.pick(Self.headerWords) : g.mostlyPrintable(short: true)
                if g.random.chance(20) { cell = quoted(cell) }
                if g.random.chance(5) { cell += "\"" }
                return cell
            }
            text += cells.joined(separator: g.random.chance(90) ? g.random.pick(separators) : g.random.pick(separators + ["|"]))
            text += g.random.pick(["\n", "\r\n", "\r", "\n\n"])
        }
        var bytes: [UInt8]
        switch g.random.int(0...9) {
        case 0: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 1: bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case 2: bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } + (g.random.chance(50) ? [0x41] : [])
        case 3: bytes = Array(text.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data())
        default: bytes = Array(text.utf8)
        }
        if g.random.chance(20) {
            for _ in 0..<g.random.int(1...4) { bytes.insert(UInt8(g.random.int(0x80...0xFF)), at: g.random.int(0...bytes.count)) }
        }
        return bytes
    }

    /// 150 well-formed CSV files (every field quoted, quotes doubled; UTF-8, with or without a
    /// BOM; `,` `;` or tab; LF or CRLF) of 1–6 columns and 1–6 rows of hostile cells, 3 of
    /// them 100,000 characters and 6 of 1,000–100,000 digits: none is called malformed (it may
    /// be refused as binary, or for a repeated title); one that reads gives back every cell
    /// whole (trimmed, as the reader trims), never cut, split or merged; and the import preview
    /// of its rows, for each of the three targets, never throws and keeps no value with a
    /// control character or longer than its field allows.
    func testWellFormedCSVReadsBackEveryCellWholeAndPreviewsCleanly() throws {
        var g = generator(16_102)
        var previews = 0
        for i in 0..<150 {
            let columns = g.random.int(1...6)
            var grid: [[String]] = [(0..<columns).map { _ in g.random.chance(60) ? g.random.pick(Self.headerWords) : g.mostlyPrintable(short: true) }]
            for _ in 0..<g.random.int(1...6) { grid.append((0..<columns).map { _ in g.random.chance(40) ? g.pickSample() : g.mostlyPrintable() }) }
            let separator = g.random.pick([",", ";", "\t"]), lineEnd = g.random.pick(["\n", "\r\n"])
            let text = grid.map { $0.map(quoted).joined(separator: separator) }
                .joined(separator: lineEnd) + lineEnd
            let bom: [UInt8] = g.random.chance(30) ? [0xEF, 0xBB, 0xBF] : []
            let path = write(bom + Array(text.utf8), "whole-\(i).csv")
            let input = grid.flatMap { $0 }.joined(separator: "|")
            let table: SheetTable
            do {
                table = try SpreadsheetFile.read(path: path)
            } catch {
                if case .malformed = error { g.expect(false, "a well-formed file is never called malformed", i, input, "\(error)") }
                continue
            }
            let filled = grid.map { $0.map(\.trimmingSpaces) }.filter { $0.contains { !$0.isEmpty } }
            g.expect(table.headers == filled.first && table.rows.map(\.cells) == Array(filled.dropFirst()),
                     "a well-formed file reads back cell for cell", i, input,
                     HostileText.escaped((table.headers + table.rows.flatMap(\.cells)).joined(separator: "|")))
            for target in ImportTarget.allCases {
                let mapping = HeaderSynonyms.automaticMapping(headers: table.headers, target: target)
                do {
                    let preview = try store.imports.preview(table, target: target, mapping: mapping, source: "fuzz", fileName: "whole-\(i).csv",
                                                            progress: ImportProgress())
                    previews += 1
                    for row in preview.rows.map(\.row) {
                        g.expect(row.values.values.allSatisfy { !$0.hasControlCharacters }, "a previewed value holds no control character",
                                 i, input, "\(target)")
                        g.expect(row.values.allSatisfy { $0.value.count <= $0.key.maxLength }, "a previewed value fits its field", i, input)
                    }
                } catch {
                    g.expect(false, "a preview never throws", i, input, "\(target): \(error)")
                }
            }
        }
        g.expect(previews > 0, "some files were previewed", 0, "all 150")
        g.report(inputs: 150)
    }

    // MARK: People

    /// 200 people saved through `store.people.save`, each a valid member whose name — and at
    /// random address, birth place, phone, email, note and source — is hostile text (3 of them
    /// 100,000 characters, 6 of 1,000–100,000 digits); one in four is then changed to another
    /// hostile name through the edit path. A save that succeeds reads back through
    /// `person(id:)` exactly as `validate` normalised it — never cut or altered; a save that
    /// fails throws `StoreError.invalid` or `.needsOverride` and writes nothing (no person,
    /// no audit row); and `validate` foretells which.
    func testAHostilePersonSavesWhollyOrNotAtAll() throws {
        var g = generator(16_103)
        var saved = 0
        for i in 0..<200 {
            var draft = member("Budi Santoso", serial: i + 1)
            draft.person.name = g.next()
            func maybe(_ field: inout String?) { if g.random.chance(25) { field = g.random.chance(50) ? g.pickSample() : g.next() } }
            maybe(&draft.person.address)
            maybe(&draft.person.birthPlace)
            maybe(&draft.person.phone)
            maybe(&draft.person.email)
            maybe(&draft.person.note)
            maybe(&draft.person.source)
            let reason: String? = g.random.chance(70) ? "fuzz \(i)" : nil
            guard let id = try saveAndCheck(draft, reason: reason, &g, i) else { continue }
            saved += 1
            if g.random.chance(25), var edit = try store.people.editable(personId: id) {
                edit.person.name = g.next(short: true)
                maybe(&edit.person.address)
                _ = try saveAndCheck(edit, reason: "fuzz edit \(i)", &g, i)
            }
        }
        g.expect(saved > 0, "some hostile people were saved", 0, "all 200")
        g.report(inputs: 200)
    }

    /// Saves `draft` and checks the property of `testAHostilePersonSavesWhollyOrNotAtAll`;
    /// returns the id when it was saved.
    private func saveAndCheck(_ draft: PersonDraft, reason: String?, _ g: inout HostileText, _ i: Int) throws -> Int64? {
        let input = draft.person.name
        let report = try store.people.validate(draft)
        let before = try count("SELECT (SELECT count(*) FROM person) * 1000000 + (SELECT count(*) FROM audit)")
        do {
            let id = try store.people.save(draft, overrideReason: reason)
            g.expect(report.canSave && (!report.needsReason || reason != nil), "validate foretells a save", i, input)
            var expected = report.draft.person
            expected.id = id
            let stored = try store.people.person(id: id)
            g.expect(stored == expected, "a saved person reads back exactly as validated", i, input, differences(expected, stored))
            return id
        } catch let error as StoreError {
            switch error {
            case .invalid(let issues):
                g.expect(!report.canSave && issues == report.errors, "validate foretells a refusal", i, input)
            case .needsOverride:
                g.expect(report.needsReason && reason == nil, "validate foretells a needed reason", i, input)
            default:
                g.expect(false, "a refusal is .invalid or .needsOverride", i, input, "\(error)")
            }
            g.expect(try count("SELECT (SELECT count(*) FROM person) * 1000000 + (SELECT count(*) FROM audit)") == before,
                     "a refused save writes nothing", i, input)
            return nil
        }
    }

    /// The fields of `stored` that differ from `expected`, each as expected → stored.
    private func differences(_ expected: Person, _ stored: Person?) -> String {
        guard let stored else { return "not found" }
        func text(_ value: Any) -> String {
            if let optional = value as? String? { return optional.map(HostileText.escaped) ?? "nil" }
            return "\(value)"
        }
        return zip(Mirror(reflecting: expected).children, Mirror(reflecting: stored).children)
            .filter { text($0.value) != text($1.value) }
            .map { "\($0.label ?? "?") \(text($0.value)) → \(text($1.value))" }
            .joined(separator: "; ")
    }

    // MARK: Export

    /// 80 members saved with names built to break a CSV — quotes, commas, semicolons, a quote,
    /// comma or semicolon carrying a combining mark or a variation selector, formula starts,
    /// bidi and BOM characters, emoji (line breaks and tabs are controls a name may not hold) —
    /// then exported whole as CSV and as JSON. The CSV
    /// reads back through the import's own reader to one row per member, each member's KTA
    /// beside its name exactly as stored (a formula start made inert with `'`); the JSON parses
    /// and gives each name exactly.
    func testAnExportOfHostileNamesReadsBackNameForName() throws {
        var g = generator(16_105)
        let pieces = ["\"", ",", ";", "\"\u{FE0F}", ",\u{301}", "\"\u{301}", ";\u{E33}", "\u{301}", "=1+2",
                      "@SUM(A1)", "-", "+", "'", " ", "Budi", "Siti", "é", "👍🏽", "漢字", "\u{202E}", "\\", "\u{FEFF}", "\u{1F1EE}"]
        var names: [String: String] = [:]
        for i in 0..<80 {
            var draft = member("Budi", serial: i + 1)
            draft.person.name = (0..<g.random.int(1...8)).map { _ in g.random.pick(pieces) }.joined()
            guard (try? store.people.save(draft, overrideReason: "fuzz")) != nil, let kta = draft.membership?.kta else { continue }
            names[kta] = draft.person.name.trimmingSpaces
        }
        var csv = "", json = ""
        try store.export(.members, format: .csv, unmask: false) { csv += $0 }
        try store.export(.members, format: .json, unmask: false) { json += $0 }
        let path = write(Array(csv.utf8), "export.csv")
        var csvNames: [String: String] = [:]
        do {
            let table = try SpreadsheetFile.read(path: path)
            g.expect(table.rows.count == names.count && table.rows.allSatisfy { $0.cells.count == table.headers.count },
                     "the CSV has one row of \(table.headers.count) cells per member", 0, csv,
                     "\(table.rows.count) rows, cells per row \(Set(table.rows.map(\.cells.count)).sorted())")
            for row in table.rows where row.cells.count > 1 { csvNames[row.cells[0]] = row.cells[1] }
        } catch {
            g.expect(false, "the CSV export reads back", 0, csv, "\(error)")
        }
        // JSONDecoder, not JSONSerialization: the latter drops a U+FEFF in some places on Linux.
        let records = try? JSONDecoder().decode([[String: String?]].self, from: Data(json.utf8))
        g.expect(records != nil, "the JSON export parses", 0, json)
        var jsonNames: [String: String] = [:]
        for record in records ?? [] { if let kta = record["kta"] ?? nil { jsonNames[kta] = record["nama"] ?? nil } }
        for (i, (kta, name)) in names.sorted(by: { $0.key < $1.key }).enumerated() {
            g.expect(csvNames[kta] == CSV.inert(name), "a CSV row gives its member's name whole", i, name,
                     HostileText.escaped(csvNames[kta] ?? "nil"))
            g.expect(jsonNames[kta] == name, "a JSON record gives its member's name whole", i, name)
        }
        g.expect(names.count > 60, "most names were saved", 0, "\(names.count) of 80")
        g.report(inputs: names.count, longStrings: false)
    }

    // MARK: Search

    /// 60 members saved with hostile names, then 200 hostile queries (3 of them 100,000
    /// characters, 6 of 1,000–100,000 digits), each with at most 200 search words
    /// (`TextKey.queryTokens`; longer ones are `testALongPastedQueryAnswersPromptlyWithoutError`'s)
    /// through `people.lookup`, `members.members` from the first and the last page and
    /// `members.count`; plus the saved names themselves as queries. No search throws — an FTS syntax error would be a
    /// `StoreError.database`, and counts as a failure — none returns more than its limit, and a
    /// saved name with a letter finds its person in both searches.
    func testAnyQuerySearchesWithoutErrorAndANameFindsItsPerson() throws {
        var g = generator(16_104)
        var people: [(id: Int64, name: String)] = []
        for i in 0..<60 {
            var draft = member("Siti Aminah", sex: .female, serial: i + 1)
            draft.person.name = (g.random.chance(50) ? g.random.pick(["Siti ", "Budi ", "Ṣàlíh "]) : "") + g.mostlyPrintable(short: true)
            if let id = try? store.people.save(draft, overrideReason: "fuzz"), let stored = try store.people.person(id: id) {
                people.append((id, stored.name))
            }
        }
        let queries = (0..<200).map { _ in g.random.chance(30) ? g.pickSample() : g.next() }
        var longer = 0
        for (i, query) in queries.enumerated() {
            let limit = g.random.int(0...60)
            guard TextKey.queryTokens(query).count <= 200 else { longer += 1; continue }
            do {
                g.expect(try store.people.lookup(query, limit: limit).count <= limit, "lookup keeps to its limit", i, query)
                let q = MemberQuery(search: query)
                for page in [MemberPage.first, .last] {
                    g.expect(try store.members.members(q, page: page, limit: limit).count <= limit, "members keeps to its limit", i, query)
                }
                _ = try store.members.count(q, upTo: g.random.pick([nil, 1, 1_000]))
            } catch {
                g.expect(false, "a search never throws", i, query, "\(error)")
            }
        }
        for (i, person) in people.enumerated() where TextKey.tokens(person.name).contains(where: { $0.contains { $0.isLetter } }) {
            do {
                g.expect(try store.people.lookup(person.name, limit: 100).contains { $0.id == person.id }, "lookup finds a saved name",
                         i, person.name)
                g.expect(try store.members.members(MemberQuery(search: person.name), page: .first, limit: 100).contains { $0.personId == person.id },
                         "the member search finds a saved name", i, person.name)
            } catch {
                g.expect(false, "a search never throws", i, person.name, "\(error)")
            }
        }
        g.expect(people.count > 30, "most hostile names were saved", 0, "\(people.count) of 60")
        g.expect(longer < 10, "few queries are left to the long-query test", 0, "\(longer) of \(queries.count)")
        g.report(inputs: queries.count + people.count)
    }

    /// 3 long queries, as a paste into the search field makes them: 1,000 one-letter words,
    /// 1,000 times the same name, and 3,000 digits in groups of three. Each goes through
    /// `people.lookup`, `members.members` (first page) and `members.count` on a register of
    /// 20: it answers without an error, in under 0.5 s — a debug build answers a handful of
    /// distinct words in milliseconds.
    func testALongPastedQueryAnswersPromptlyWithoutError() throws {
        var g = generator(16_106)
        for i in 1...20 { _ = try store.people.save(member("Siti Aminah \(i)", sex: .female, serial: i), overrideReason: "fuzz") }
        let queries = [Array(repeating: "a", count: 1_000), Array(repeating: "siti", count: 1_000),
                       Array(repeating: "123", count: 1_000)].map { $0.joined(separator: " ") }
        for (i, query) in queries.enumerated() {
            let q = MemberQuery(search: query)
            for (what, search) in [("lookup", { _ = try self.store.people.lookup(query, limit: 50) }),
                                   ("members", { _ = try self.store.members.members(q, page: .first, limit: 50) }),
                                   ("count", { _ = try self.store.members.count(q, upTo: 1_000) })] as [(String, () throws -> Void)] {
                let started = Date()
                do {
                    try search()
                    let seconds = Date().timeIntervalSince(started)
                    g.expect(seconds < 0.5, "a long query answers in under 0.5 s", i, query, "\(what): \(String(format: "%.2f", seconds)) s")
                } catch {
                    g.expect(false, "a long query answers without an error", i, query, "\(what): \(error)")
                }
            }
        }
        g.report(inputs: queries.count, longStrings: false)
    }
}

// MARK: - The generator

/// Seeded hostile text (as in `FuzzDomainTests`), and the property failures found with it.
/// Swift strings cannot hold invalid UTF-8: random bytes arrive as a decoder hands them on,
/// each bad sequence made U+FFFD (the files above carry raw bytes).
fileprivate struct HostileText {
    static let pieces: [String] = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{9B}2J", "\u{1B}P+q544e\u{1B}\\", "\u{90}1$r\u{9C}", "\u{1B}", "\0",
        "\u{07}", "\t", "\n", "\r\n", "\u{7F}", "\u{85}", "e\u{301}", "\u{301}\u{302}", "\u{E33}", "👩‍👩‍👧‍👦", "🇮🇩", "\u{FE0F}",
        "\u{202E}", "\u{200F}", "مرحبا", "\u{200B}", "\u{FEFF}", "\u{FFFD}", "漢字", "İ", "ß", "Siti", "Nur'aini", "0", "16", "08",
        "2023", " ", "/", "-", ".", ",", ";", ":", "@", "+", "'", "\"", "\"\"", "*", "(", ")", "%", "NEAR", "OR", "AND", "NOT", "^",
        "{", "}", "\\",
    ]

    var random: FuzzRandom
    let seed: UInt64
    let samples: [String]
    /// Strings drawn so far without `short`. Draws 5, 45 and 85 are 100,000 characters
    /// long; draws 10, 20, 30, 55, 65 and 95 are 1,000–100,000 digits.
    private(set) var drawn = 0
    static let hugeDraws: Set<Int> = [5, 45, 85], longDigitDraws: Set<Int> = [10, 20, 30, 55, 65, 95]
    private var findings = FuzzFindings()

    /// `seed`, unless `SEKRETARIAT_FUZZ_SEED` names another.
    init(seed: UInt64, samples: [String]) {
        self.seed = FuzzFindings.seed(seed)
        random = FuzzRandom(seed: self.seed)
        self.samples = samples
    }

    /// One hostile string: random bytes, hostile pieces, digits, a sample with a piece
    /// inserted, random scalars; or, at its fixed draws (unless `short`), 100,000 characters
    /// or 1,000–100,000 digits.
    mutating func next(short: Bool = false) -> String {
        if !short {
            drawn += 1
            if Self.hugeDraws.contains(drawn) {
                let piece = random.pick(Self.pieces + ["a", "ab "])
                return String(String(repeating: piece, count: 100_000 / max(1, piece.count) + 1).prefix(100_000))
            }
            if Self.longDigitDraws.contains(drawn) {
                return String(repeating: Character(String(random.int(0...9))), count: random.int(1_000...100_000))
            }
        }
        switch random.int(0...99) {
        case 0..<16:
            return String(decoding: (0..<random.int(0...48)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, as: UTF8.self)
        case 16..<60:
            return (0..<random.int(1...10)).map { _ in random.pick(Self.pieces) }.joined()
        case 60..<70:
            return String((0..<random.int(0...24)).map { _ in Character(String(random.int(0...9))) })
        case 70..<85:
            var chars = Array(random.pick(samples))
            chars.insert(contentsOf: random.pick(Self.pieces), at: random.int(0...chars.count))
            return String(chars)
        default:
            let scalars = (0..<random.int(1...24)).compactMap { _ in
                Unicode.Scalar(random.chance(50) ? UInt32(random.int(0...0x2FF)) : UInt32(random.int(0...0x10FFFF)))
            }
            return String(String.UnicodeScalarView(scalars))
        }
    }

    mutating func pickSample() -> String { random.pick(samples) }

    /// Nine times in ten, `next` without the controls a terminal acts on (tab and line ends
    /// stay): a file of such cells is not refused as binary, so its cells reach the reader's
    /// deeper paths; the tenth keeps its escapes.
    mutating func mostlyPrintable(short: Bool = false) -> String {
        let text = next(short: short)
        guard random.chance(90) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0 == "\t" || $0 == "\n" || $0 == "\r" || !($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
        }))
    }

    /// Notes input `index` as breaking `property` unless `ok`.
    mutating func expect(_ ok: Bool, _ property: String, _ index: Int, _ input: @autoclosure () -> String,
                         _ detail: @autoclosure () -> String = "") {
        guard !ok else { return }
        let example = "#\(index) \(Self.escaped(input()))" + { let d = detail(); return d.isEmpty ? "" : " → \(d)" }()
        findings.note(property, example)
    }

    /// One failure per broken property: the seed, how many of the inputs broke it, the first
    /// three. With `longStrings`, the test must have drawn its long strings, as its comment says.
    func report(inputs: Int, longStrings: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        if longStrings {
            XCTAssertGreaterThanOrEqual(drawn, Self.longDigitDraws.max()!, "seed \(seed): the long strings were not all drawn",
                                        file: file, line: line)
        }
        for failure in findings.failures(seed: seed, breaks: { "by \($0) of \(inputs) inputs" }) {
            XCTFail(failure, file: file, line: line)
        }
    }

    /// Printable ASCII as is, everything else as `\u{…}`; long text cut, with its length.
    static func escaped(_ text: String) -> String { FuzzFindings.escaped(text) }
}
