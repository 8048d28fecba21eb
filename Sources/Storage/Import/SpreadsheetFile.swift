import Domain
import CSV
import Foundation

/// A spreadsheet read whole: the header row and the data rows, each with the row number the
/// spreadsheet shows. Blank rows are left out (their numbers are skipped, not reused).
public struct SheetTable: Sendable, Hashable {
    public var headers: [String]
    /// The row number of the header (1 unless blank rows come first).
    public var headerRow: Int
    public var rows: [SheetRow]
    /// The workbook's sheets (XLSX), empty for CSV.
    public var sheetNames: [String]
    /// The sheet read (XLSX), nil for CSV.
    public var sheet: String?
    /// What was detected, for the preview: `UTF-8`, `Windows-1252`, `XLSX`; and the separator.
    public var encoding: String
    public var separator: Character?
    /// SHA-256 of the file's bytes, hex (`sha256sum`'s text), when the reader was asked for it.
    public var checksum: String?
}

/// Why a file could not be read as a table. Worded in Indonesian by the catalog.
public enum SpreadsheetError: Error, Hashable, Sendable {
    case unreadable
    case empty
    /// Holds NUL bytes or is an image, PDF, program…
    case binary
    /// An old Excel `.xls` (OLE2): saved as `.xlsx` or CSV it can be read.
    case legacyExcel
    case notAWorkbook
    case sheetNotFound(name: String, available: [String])
    /// A line longer than `SpreadsheetFile.maxLineBytes` before any line end: not a table.
    case lineTooLong
    /// Two columns with the same title (folded), 1-based column numbers.
    case duplicateHeaders(name: String, columns: [Int])
    /// The CSV library stopped (an unterminated quote, say) at this row.
    case malformed(row: Int)
    case tooLarge
    /// A header row and nothing under it.
    case headerOnly
}

/// Reads CSV (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252; `,` `;` or tab,
/// sniffed; CRLF; quoted fields with newlines and quotes) through CSV.swift, and XLSX through
/// `XLSXReader`. The kind is told by the bytes, not the file name.
public enum SpreadsheetFile {
    /// A header line longer than this, with no line end, means the file is not a table.
    static let maxLineBytes = 1 << 20
    /// Larger files are refused: the preview holds every row in memory.
    static let maxFileBytes = 512 << 20

    /// `read` as a value, for work run off the loop that posts its outcome.
    public static func result(path: String, sheet: String? = nil, checksum: Bool = false) -> Result<SheetTable, SpreadsheetError> {
        do throws(SpreadsheetError) { return .success(try read(path: path, sheet: sheet, checksum: checksum)) } catch { return .failure(error) }
    }

    /// `checksum`: also hash the bytes read (a reconciliation keeps its decisions by it).
    public static func read(path: String, sheet: String? = nil, checksum: Bool = false) throws(SpreadsheetError) -> SheetTable {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            // A directory, a device (/dev/zero never ends) or a pipe is not a file to read whole.
            guard attributes[.type] as? FileAttributeType == .typeRegular else { throw SpreadsheetError.unreadable }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maxFileBytes else { throw SpreadsheetError.tooLarge }
            // Read, not mapped: a mapped file cut short by another program would crash the
            // reader (SIGBUS) instead of failing with a message.
            data = try Data(contentsOf: url)
        } catch let e as SpreadsheetError {
            throw e
        } catch {
            throw .unreadable
        }
        guard !data.isEmpty else { throw .empty }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .legacyExcel }
        var table = data.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try workbook(url, sheet: sheet) : try csv(data)
        if checksum { table.checksum = SHA256.hex(data) }
        return table
    }

    static func workbook(_ url: URL, sheet: String?) throws(SpreadsheetError) -> SheetTable {
        let names: [String]
        var rows: [SheetRow], chosen = sheet
        do throws(XLSXError) {
            names = try XLSXReader.sheetNames(of: url)
            rows = try XLSXReader.rows(of: url, sheet: sheet)
            // No sheet named and the first one empty (an instructions page left blank): the
            // first sheet with rows.
            if sheet == nil, rows.isEmpty {
                for next in names.dropFirst() {
                    let found = try XLSXReader.rows(of: url, sheet: next)
                    if !found.isEmpty { rows = found; chosen = next; break }
                }
            }
        } catch {
            switch error {
            case .notAWorkbook, .noSheets: throw .notAWorkbook
            case .notAnArchive, .malformed: throw .notAWorkbook
            case .sheetNotFound(let name, let available): throw .sheetNotFound(name: name, available: available)
            case .tooLarge: throw .tooLarge
            case .unreadable: throw .unreadable
            }
        }
        return try table(rows.map { SheetRow(number: $0.number, cells: $0.cells.map(\.trimmingSpaces)) },
                         sheetNames: names, sheet: chosen ?? names.first, encoding: "XLSX", separator: nil)
    }

    /// `pieces`: how many threads read the records (`CSVPieces`); the result is the same for any.
    static func csv(_ data: Data, pieces: Int = ProcessInfo.processInfo.activeProcessorCount) throws(SpreadsheetError) -> SheetTable {
        let (text, encoding) = try decode(data)
        let separator = sniffSeparator(text)
        let split = CSVPieces.split(text, separator: separator, into: pieces)
        // A quoted field never closed: the reader would take every row after it into that
        // field. Refused rather than imported as one long name, or with rows gone.
        if let row = split.unclosedQuoteRow { throw .malformed(row: row) }
        // Each piece is whole records: read at once on every core (issue 13's speed, `make bench`).
        let parsed = CSVPieces.map(split.pieces) { piece -> (rows: [[String]], failed: Bool) in
            guard let reader = try? CSVReader(string: piece, hasHeaderRow: false, trimFields: false,
                                              delimiter: separator.unicodeScalars.first!) else { return ([], true) }
            var rows: [[String]] = []
            while let fields = reader.next() { rows.append(fields.map(\.trimmingSpaces)) }
            return (rows, reader.error != nil)
        }
        var rows: [SheetRow] = []
        rows.reserveCapacity(parsed.reduce(0) { $0 + $1.rows.count })
        for piece in parsed {
            for cells in piece.rows { rows.append(SheetRow(number: rows.count + 1, cells: cells)) }
            if piece.failed { throw .malformed(row: rows.count + 1) }
        }
        return try table(rows, sheetNames: [], sheet: nil, encoding: encoding, separator: separator)
    }

    /// The header is the first row with any text; data rows are the later rows with any text.
    static func table(_ all: [SheetRow], sheetNames: [String], sheet: String?, encoding: String,
                      separator: Character?) throws(SpreadsheetError) -> SheetTable {
        let filled = all.filter { $0.cells.contains { !$0.isEmpty } }
        guard let header = filled.first else { throw .empty }
        var seen: [String: Int] = [:]
        for (i, title) in header.cells.enumerated() where !title.isEmpty {
            let key = HeaderName.fold(title)
            if let first = seen[key] { throw .duplicateHeaders(name: title, columns: [first + 1, i + 1]) }
            seen[key] = i
        }
        guard filled.count > 1 else { throw .headerOnly }
        return SheetTable(headers: header.cells, headerRow: header.number, rows: Array(filled.dropFirst()),
                          sheetNames: sheetNames, sheet: sheet, encoding: encoding, separator: separator)
    }

    /// UTF-8 (BOM dropped), UTF-16 with a BOM (Excel's "Unicode text"), else Windows-1252,
    /// the encoding of Excel's CSV on Indonesian Windows. Binary content is refused.
    static func decode(_ data: Data) throws(SpreadsheetError) -> (String, String) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw .binary }
            return (text, "UTF-16")
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        let head = body.prefix(maxLineBytes)
        if head.contains(0) { throw .binary }
        if !head.contains(0x0A) && !head.contains(0x0D) && body.count > maxLineBytes { throw .lineTooLong }
        if let text = String(validating: body, as: UTF8.self) {
            guard !looksBinary(text) else { throw .binary }
            return (text, data.count == body.count ? "UTF-8" : "UTF-8 (BOM)")
        }
        guard let text = String(data: Data(body), encoding: .windowsCP1252), !looksBinary(text) else { throw .binary }
        return (text, "Windows-1252")
    }

    /// Control characters other than tab and line ends in the first few thousand characters.
    static func looksBinary(_ text: String) -> Bool {
        var controls = 0, seen = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            seen += 1
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { controls += 1 }
        }
        return seen > 0 && controls * 100 > seen
    }

    /// The separator that splits the header line into the most fields (outside quotes): `,`
    /// `;` or tab; `,` on a tie.
    static func sniffSeparator(_ text: String) -> Character {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        // Scalar by scalar, as the CSV reader reads: a quote or comma followed by a combining
        // mark is one Character to Swift but still a quote or a comma (found by the fuzz suite).
        for scalar in text.unicodeScalars.prefix(64 * 1024) {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" {
                if counts.values.contains(where: { $0 > 0 }) { break } else { continue }
            }
            if counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : (a.key == "," ? false : b.key == ",") }
        return best?.value ?? 0 > 0 ? Character(best!.key) : ","
    }
}
