// XLSXReader: the cell text of one worksheet of an .xlsx workbook, for the spreadsheet import.
//
// It reads only what an import needs: the sheet list (xl/workbook.xml and its relationships,
// so a sheet is found by name and workbook order, never by guessing "sheet1.xml"), shared
// strings (plain and rich text, phonetic runs left out), the number formats of xl/styles.xml
// (only to tell date cells, which become ISO `yyyy-MM-dd` text, 1900 and 1904 systems), and
// the cells of the chosen sheet as text. No formulas are evaluated: a formula cell gives its
// cached value.
//
// Hand-written over ZIPFoundation (the archive) and Foundation's SAX `XMLParser` rather than
// XMLCoder: Codable decoding of `<si>` rich-text runs and `<cellXfs>`/`<numFmts>` needs a
// model per element and a DOM-sized decode, while a few small SAX delegates read a 100k-row
// sheet in one pass without a dictionary per cell. Every entry is size-checked before and
// while it is inflated (zip bombs), and external entities are never resolved.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// One worksheet row as the spreadsheet numbers it (1-based `number`, gaps kept: a sheet whose rows are 1, 2, 5 yields numbers 1, 2, 5), cells left to right with empty strings for missing cells (column index taken from the `r="C5"` reference when present).
///
/// Trailing empty cells are trimmed, and a row with no non-empty cell is left out just as a
/// row missing from the XML is: the numbering tells where the gaps are.
public struct SheetRow: Equatable, Hashable, Sendable {
    public var number: Int
    public var cells: [String]
}

/// Why a workbook could not be read.
public enum XLSXError: Error, Equatable, Sendable {
    /// Not a ZIP at all, or unreadable as one.
    case notAnArchive
    /// A ZIP, but no workbook in it (e.g. a .docx or a random zip).
    case notAWorkbook
    /// A workbook that lists no sheet.
    case noSheets
    case sheetNotFound(name: String, available: [String])
    /// An entry inflates to more than the caller's `maxBytes`.
    case tooLarge(entry: String)
    /// An entry's XML does not parse, its data is corrupt, or a part it needs is missing.
    case malformed(entry: String)
    /// The file is missing, or an I/O error occurred (e.g. it vanished mid-read).
    case unreadable
}

enum XLSXReader {
    /// Sheet names in workbook order. Throws `noSheets` for a workbook that lists none.
    static func sheetNames(of url: URL) throws(XLSXError) -> [String] {
        let book = try Book(url: url, maxBytes: 256 << 20)
        guard !book.sheets.isEmpty else { throw .noSheets }
        return book.sheets.map(\.name)
    }

    /// The rows of the named sheet, or of the first sheet when `sheet` is nil.
    /// `maxBytes` caps the uncompressed size read from any one archive entry (zip bombs); default 256 MB.
    ///
    /// The name is matched exactly, then ignoring case (as Excel does). With `sheet` nil the
    /// first worksheet is taken, skipping leading chart sheets, which have no cells.
    static func rows(of url: URL, sheet: String?, maxBytes: Int = 256 << 20) throws(XLSXError) -> [SheetRow] {
        let book = try Book(url: url, maxBytes: maxBytes)
        guard !book.sheets.isEmpty else { throw .noSheets }
        let relations = try book.relationships(of: book.workbookPath)
        let chosen: Book.Sheet
        if let sheet {
            guard let found = book.sheets.first(where: { $0.name == sheet })
                ?? book.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                throw .sheetNotFound(name: sheet, available: book.sheets.map(\.name))
            }
            chosen = found
        } else {
            chosen = book.sheets.first(where: { relations[$0.relationshipID]?.type.hasSuffix("/worksheet") == true })
                ?? book.sheets[0]
        }
        guard let part = relations[chosen.relationshipID]?.target else {
            throw .malformed(entry: Book.relationshipsPath(of: book.workbookPath))
        }
        guard book.contains(part) else { throw .malformed(entry: part) }

        let folder = Book.folder(of: book.workbookPath)
        func partPath(_ type: String, default name: String) -> String {
            relations.values.first(where: { $0.type.hasSuffix("/" + type) })?.target ?? Book.join(folder, name)
        }
        let strings = SharedStringsHandler()
        try book.parse(partPath("sharedStrings", default: "sharedStrings.xml"), with: strings, optional: true)
        let styles = StylesHandler()
        try book.parse(partPath("styles", default: "styles.xml"), with: styles, optional: true)

        let handler = SheetHandler(entry: part, strings: strings.strings, dateStyles: styles.dateStyles(),
                                   date1904: book.date1904)
        try book.parse(part, with: handler)
        return handler.rows
    }
}

// MARK: - The package

/// Implemented by the SAX delegates: a delegate that meets bad content stores the error and aborts.
private protocol FailingDelegate: XMLParserDelegate {
    var failure: XLSXError? { get }
}

/// The open archive, its entries by (case-folded) name, and the workbook's sheet list.
private struct Book {
    struct Sheet { var name: String; var relationshipID: String }
    struct Relationship { var type: String; var target: String }

    let url: URL
    let archive: Archive
    let maxBytes: Int
    private(set) var entries: [String: Entry] = [:]
    private(set) var workbookPath = ""
    private(set) var sheets: [Sheet] = []
    private(set) var date1904 = false

    init(url: URL, maxBytes: Int) throws(XLSXError) {
        self.url = url
        self.maxBytes = max(0, maxBytes)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: url.path) else { throw .unreadable }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw FileManager.default.fileExists(atPath: url.path) ? .notAnArchive : .unreadable
        }
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
        // The package's root relationships name the workbook; xl/workbook.xml is the usual place.
        var candidates: [String] = []
        if let root = try? relationships(of: ""),
           let office = root.values.first(where: { $0.type.hasSuffix("/officeDocument") }) {
            candidates.append(office.target)
        }
        candidates.append("xl/workbook.xml")
        for path in candidates where contains(path) {
            let handler = WorkbookHandler()
            try parse(path, with: handler)
            guard handler.isWorkbook else { continue }
            workbookPath = path
            sheets = handler.sheets
            date1904 = handler.date1904
            return
        }
        throw .notAWorkbook
    }

    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The relationships of the part at `path` (`""` for the package root) by Id, targets resolved to entry paths.
    func relationships(of path: String) throws(XLSXError) -> [String: Relationship] {
        let handler = RelationshipsHandler()
        try parse(Self.relationshipsPath(of: path), with: handler, optional: true)
        let folder = Self.folder(of: path)
        var result: [String: Relationship] = [:]
        for (id, type, target) in handler.relationships where result[id] == nil {
            result[id] = Relationship(type: type, target: Self.join(folder, target))
        }
        return result
    }

    /// Parses an entry with a SAX delegate. A missing entry is an error unless `optional`.
    func parse(_ path: String, with delegate: some FailingDelegate, optional: Bool = false) throws(XLSXError) {
        guard let data = try read(path) else {
            if optional { return }
            throw .malformed(entry: path)
        }
        // An empty entry would "parse" with no events at all.
        guard data.count >= 4 else { throw .malformed(entry: path) }
        // Through a stream, not XMLParser(data:): that hands libxml2 the whole document as one
        // push chunk, which it refuses past 10 MB ("huge input lookup") — an ordinary 100k-row sheet.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        parser.delegate = nil
        if let failure = delegate.failure { throw failure }
        // libxml2 runs in recover mode here: a truncated document can "succeed" with an error set.
        if !parsed || parser.parserError != nil { throw .malformed(entry: path) }
    }

    /// The inflated bytes of an entry, or nil when there is no such file entry.
    private func read(_ path: String) throws(XLSXError) -> Data? {
        guard let entry = entries[Self.key(path)] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxBytes) else { throw .tooLarge(entry: path) }
        struct TooLarge: Error {}
        let limit = maxBytes
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            // The header's size may lie: count what is actually inflated too.
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw TooLarge() }
                data.append(chunk)
            }
        } catch is TooLarge {
            throw .tooLarge(entry: path)
        } catch {
            if error is Data.DataError || !FileManager.default.fileExists(atPath: url.path) { throw .unreadable }
            throw .malformed(entry: path) // bad CRC, corrupt deflate stream, unknown compression
        }
        return data
    }

    // Part names: OPC names are case-insensitive, and absolute targets start with "/".
    static func key(_ path: String) -> String {
        (path.hasPrefix("/") ? String(path.dropFirst()) : path).lowercased()
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func relationshipsPath(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        return join(folder(of: path), "_rels/\(name).rels")
    }

    /// Resolves a relationship target (relative to `folder`, or absolute from the package root).
    static func join(_ folder: String, _ target: String) -> String {
        let target = (target.removingPercentEncoding ?? target).replacingOccurrences(of: "\\", with: "/")
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}

/// The text without XML white space around it (cheap: usually there is none to cut).
private func trimmedSpace(_ text: String) -> Substring {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    let bytes = text.utf8
    guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
    let last = bytes.lastIndex(where: { !isSpace($0) })!
    return text[first...last]
}

/// The element name without its namespace prefix (`x:row` → `row`); a String, as comparing
/// small Strings with literals is much cheaper than comparing Substrings.
private func localName(_ qualified: String) -> String {
    guard let colon = qualified.utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualified }
    return String(qualified[qualified.index(after: colon)...])
}

// MARK: - SAX delegates for the small parts

private final class RelationshipsHandler: NSObject, FailingDelegate {
    var relationships: [(id: String, type: String, target: String)] = []
    var failure: XLSXError?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard localName(elementName) == "Relationship", attributeDict["TargetMode"] != "External",
              let id = attributeDict["Id"], let target = attributeDict["Target"] else { return }
        relationships.append((id, attributeDict["Type"] ?? "", target))
    }
}

private final class WorkbookHandler: NSObject, FailingDelegate {
    var isWorkbook = false
    var sheets: [Book.Sheet] = []
    var date1904 = false
    var failure: XLSXError?
    private var depth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = localName(elementName)
        defer { depth += 1 }
        if depth == 0 {
            isWorkbook = name == "workbook" // anything else (a .docx's document) is read through but ignored
            return
        }
        switch isWorkbook ? name : "" {
        case "sheet":
            // r:id, whatever prefix the file binds to the relationships namespace.
            let id = attributeDict.first(where: { $0.key.hasSuffix(":id") })?.value ?? attributeDict["id"]
            if let sheetName = attributeDict["name"], let id {
                sheets.append(Book.Sheet(name: sheetName, relationshipID: id))
            }
        case "workbookPr":
            let value = attributeDict["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        depth -= 1
    }
}

/// `<si>` items: the `<t>` text, or its rich-text runs concatenated; phonetic `<rPh>` runs left out.
private final class SharedStringsHandler: NSObject, FailingDelegate {
    var strings: [String] = []
    var failure: XLSXError?
    private var text = ""
    private var capturing = false
    private var phonetic = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "si": text = ""
        case "t": capturing = phonetic == 0
        case "rPh": phonetic += 1
        case "sst":
            if let count = attributeDict["uniqueCount"].flatMap(Int.init) { strings.reserveCapacity(min(max(count, 0), 1 << 20)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch localName(elementName) {
        case "si": strings.append(text); text = ""
        case "t": capturing = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if capturing { text += whitespaceString }
    }
}

/// Which cell styles (`<cellXfs>` indexes) show a date.
private final class StylesHandler: NSObject, FailingDelegate {
    var failure: XLSXError?
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellXfs = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: formatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if localName(elementName) == "cellXfs" { inCellXfs = false }
    }

    func dateStyles() -> [Bool] {
        formatIDs.map { id in customFormats[id].map(XLSXReader.isDateFormat) ?? XLSXReader.builtInDateIDs.contains(id) }
    }
}

// MARK: - The worksheet

private final class SheetHandler: NSObject, FailingDelegate {
    private enum Kind { case number, shared, inline, text, boolean, isoDate }

    let entry: String
    let strings: [String]
    let dateStyles: [Bool]
    let date1904: Bool
    var rows: [SheetRow] = []
    var failure: XLSXError?

    private var number = 0          // the current row's number
    private var cells: [String] = []
    private var column = 0          // the current (or next) cell's 0-based column
    private var kind = Kind.number
    private var style = 0
    private var text = ""
    private var capturing = false
    private var inInline = false
    private var phonetic = 0
    /// Excel's last column, XFD: a reference beyond it would only serve to allocate.
    private static let maxColumns = 16_384

    init(entry: String, strings: [String], dateStyles: [Bool], date1904: Bool) {
        self.entry = entry
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "c":
            if let reference = attributeDict["r"], let index = Self.columnIndex(reference) { column = index }
            guard column < Self.maxColumns else { return fail(parser) }
            switch attributeDict["t"] {
            case nil, "n": kind = .number
            case "s": kind = .shared
            case "inlineStr": kind = .inline
            case "b": kind = .boolean
            case "d": kind = .isoDate
            default: kind = .text // "str" (formula string), "e" (error), and anything unknown
            }
            style = attributeDict["s"].flatMap(Int.init) ?? 0
            text = ""
        case "v": capturing = kind != .inline
        case "is": inInline = true
        case "t": capturing = inInline && phonetic == 0
        case "rPh": phonetic += 1
        case "row":
            number = attributeDict["r"].flatMap(Int.init) ?? number + 1
            cells.removeAll(keepingCapacity: true)
            column = 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v", "t": capturing = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c":
            guard let value = cellText() else { return fail(parser) }
            if !value.isEmpty {
                if column >= cells.count {
                    cells.append(contentsOf: repeatElement("", count: column - cells.count))
                    cells.append(value)
                } else {
                    cells[column] = value
                }
            }
            column += 1
        case "row":
            if !cells.isEmpty { rows.append(SheetRow(number: number, cells: cells)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if capturing { text += whitespaceString }
    }

    private func fail(_ parser: XMLParser) {
        failure = .malformed(entry: entry)
        parser.abortParsing()
    }

    /// The current cell's text, or nil for a shared-string index that is not in the table.
    private func cellText() -> String? {
        switch kind {
        case .inline, .text:
            return text
        case .shared:
            let trimmed = trimmedSpace(text)
            if trimmed.isEmpty { return "" }
            guard let index = Int(trimmed), strings.indices.contains(index) else { return nil }
            return strings[index]
        case .boolean:
            switch trimmedSpace(text).lowercased() {
            case "": return ""
            case "1", "true": return "TRUE"
            default: return "FALSE"
            }
        case .isoDate: // ISO 8601 text; a date-time keeps its date part
            return text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? ""
        case .number:
            if text.isEmpty { return "" }
            if style >= 0, style < dateStyles.count, dateStyles[style],
               let serial = Double(trimmedSpace(text)),
               let date = XLSXReader.isoDate(serial: serial, date1904: date1904) {
                return date
            }
            return XLSXReader.numberText(text)
        }
    }

    /// `C5` → 2, `AA10` → 26; nil when the reference starts with no letter.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0, letters = 0
        for byte in reference.utf8 {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 4 { return maxColumns } // beyond XFD: rejected by the caller
        }
        return letters == 0 ? nil : index - 1
    }
}

// MARK: - Values

extension XLSXReader {
    /// Built-in date and date-time formats, locale ones included; time-only ones (18–21, 45–47) are not.
    static let builtInDateIDs: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    /// A custom code shows a date when, outside quoted text, `[...]` sections and escaped
    /// characters, it has a day or year token (`m` alone may be minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracketed = false, escaped = false
        for c in code.lowercased().unicodeScalars {
            if escaped { escaped = false; continue }
            if quoted { quoted = c != "\""; continue }
            if bracketed { bracketed = c != "]"; continue }
            switch c {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": escaped = true // escape, padding and fill take the next character
            case "d", "y": return true
            default: break
            }
        }
        return false
    }

    /// A numeric cell's `<v>` as text: integers whole and without exponent (`1671020345678900`,
    /// `2023`), others in the shortest decimal that round-trips (`3.5`), never in exponent form.
    static func numberText(_ raw: String) -> String {
        let raw = trimmedSpace(raw)
        // Integer literals stay exact, even past 2^53.
        let digits = raw.utf8.first == UInt8(ascii: "-") ? raw.utf8.dropFirst() : raw.utf8[...]
        if !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            let significant = digits.drop(while: { $0 == UInt8(ascii: "0") })
            if significant.isEmpty { return "0" }
            return (digits.count == raw.utf8.count ? "" : "-") + String(decoding: significant, as: UTF8.self)
        }
        guard let value = Double(raw), value.isFinite else { return String(raw) }
        if value == value.rounded(), abs(value) < 9e18 { return String(Int64(value)) }
        return plainDecimal(value.description)
    }

    /// Swift's shortest round-trip text with any exponent written out: `1.5e-05` → `0.000015`.
    static func plainDecimal(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let whole = mantissa[..<point].count
        var digits = Array(mantissa.filter { $0 != "." })
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        let position = whole + exponent // where the decimal point goes in `digits`
        var result: String
        if position <= 0 {
            result = "0." + String(repeating: "0", count: -position) + String(digits)
        } else if position >= digits.count {
            result = String(digits) + String(repeating: "0", count: position - digits.count)
        } else {
            result = String(digits[..<position]) + "." + String(digits[position...])
        }
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        return (negative ? "-" : "") + result
    }

    /// The date part of a serial date as `yyyy-MM-dd`, or nil when Excel shows no real date for it.
    ///
    /// 1900 system: serial 1 is 1900-01-01 and 60 the fictitious 1900-02-29 (Lotus' leap-year
    /// bug), so from 61 on the epoch is 1899-12-30. 1904 system: serial 0 is 1904-01-01.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 3e6 else { return nil }
        // Round to the millisecond first, so 45060.99999999999 is the next day's midnight.
        let day = Int(((serial * 86_400_000).rounded() / 86_400_000).rounded(.down))
        let daysSince1970: Int
        if date1904 {
            guard day <= 2_957_003 else { return nil }  // 9999-12-31
            daysSince1970 = day - 24_107                // 1904-01-01
        } else {
            guard day >= 1, day <= 2_958_465 else { return nil }
            if day == 60 { return "1900-02-29" }
            daysSince1970 = day - (day < 60 ? 25_568 : 25_569) // epoch 1899-12-31, then 1899-12-30
        }
        let (year, month, dayOfMonth) = civil(daysSince1970)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(dayOfMonth, 2)
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
