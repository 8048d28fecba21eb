/// One data row read through a mapping (issue 13): canonical values per field, and what was
/// wrong with it. Canonical text: dates ISO, phones national digits, NIK digits, regencies
/// Kemendagri codes, choices their raw values, `practising` `ya`/`tidak`, free text with
/// spaces collapsed.
public struct ImportRow: Hashable, Sendable {
    /// The row number as the spreadsheet shows it (the header is row 1 of a CSV).
    public var number: Int
    public var values: [ImportField: String]
    /// Errors: the row is `galat` and is never written.
    public var errors: [ImportProblem]
    /// Findings that do not stop the row (NIK cross-checks, DOMAIN.md §3).
    public var warnings: [ImportProblem]

    public init(number: Int, values: [ImportField: String] = [:], errors: [ImportProblem] = [], warnings: [ImportProblem] = []) {
        self.number = number
        self.values = values
        self.errors = errors
        self.warnings = warnings
    }
}

/// What is wrong with one cell or row, with the column it came from.
public struct ImportProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case missing
        case value(ImportValueError)
        /// The same NIK (or KTA) already appears in an earlier row of the file.
        case repeatsRow(Int)
        /// The KTA in the row belongs to another person than the one its NIK names.
        case heldByAnother
        /// The row fills a field that cannot be stored without this one (an institution
        /// without the education level), and the record has none.
        case needsAlso(ImportField)
        case nikWarning(NIKWarning)
        /// The row would change a person whose processing is restricted (UU PDP, issue 16).
        case restricted
    }

    /// 0-based column index, nil when the field has no column (a required field left unmapped).
    public var column: Int?
    public var field: ImportField
    public var kind: Kind

    public init(column: Int?, field: ImportField, kind: Kind) {
        self.column = column
        self.field = field
        self.kind = kind
    }
}

/// Reads rows through a mapping. Built once per preview: it settles each date column's day
/// and month order from the column's own values (`DateOrder.of`).
public struct ImportRowReader: Sendable {
    public let target: ImportTarget
    public let mapping: ImportMapping
    let regions: RegionDirectory
    let regencies: RegencyNames
    let today: LocalDate
    let dateOrders: [Int: DateOrder]
    /// The canonical value of each distinct text of a choice or regency column, worked out once:
    /// a census file repeats a few dozen spellings over thousands of rows.
    let choices: [Int: [String: Result<String, ImportValueError>]]
    /// The mapping in column order, sorted once rather than per row.
    let columns: [(column: Int, field: ImportField)]

    static let choiceFields: Set<ImportField> = [.regency, .sex, .employmentStatus, .educationLevel, .sector, .profession, .practising]

    public init(target: ImportTarget, mapping: ImportMapping, regions: RegionDirectory, today: LocalDate, rows: [[String]]) {
        self.target = target
        self.mapping = mapping.filter { target.fields.contains($0.value) }
        self.regions = regions
        self.regencies = RegencyNames(regions)
        self.today = today
        var orders: [Int: DateOrder] = [:]
        for (column, field) in self.mapping where [.birthDate, .birthPlaceAndDate, .collectedOn, .joinDate].contains(field) {
            orders[column] = DateOrder.of(rows.lazy.map { column < $0.count ? Self.datePart(of: $0[column], field: field) : "" })
        }
        self.dateOrders = orders
        var choices: [Int: [String: Result<String, ImportValueError>]] = [:]
        for (column, field) in self.mapping where Self.choiceFields.contains(field) {
            var known: [String: Result<String, ImportValueError>] = [:]
            for row in rows where column < row.count {
                let text = row[column].collapsingSpaces
                if known[text] == nil { known[text] = Self.choice(field, text, regencies: regencies) }
            }
            choices[column] = known
        }
        self.choices = choices
        self.columns = self.mapping.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// A choice or regency cell's canonical value.
    static func choice(_ field: ImportField, _ text: String, regencies: RegencyNames) -> Result<String, ImportValueError> {
        func or(_ value: String?, _ error: ImportValueError = .choiceUnknown) -> Result<String, ImportValueError> {
            value.map { .success($0) } ?? .failure(error)
        }
        switch field {
        case .regency: return or(regencies.code(for: text), .regencyUnknown)
        case .sex: return or(ImportChoice.sex(text)?.rawValue)
        case .employmentStatus: return or(ImportChoice.employmentStatus(text)?.rawValue)
        case .educationLevel: return or(ImportChoice.educationLevel(text)?.rawValue)
        case .sector: return or(ImportChoice.sector(text)?.rawValue)
        case .profession: return or(ImportChoice.profession(text)?.rawValue)
        case .practising: return or(ImportChoice.yesNo(text).map { $0 ? "ya" : "tidak" })
        default: return .failure(.choiceUnknown)
        }
    }

    static func datePart(of cell: String, field: ImportField) -> String {
        guard field == .birthPlaceAndDate, let comma = cell.lastIndex(of: ",") else { return cell.trimmingSpaces }
        return String(cell[cell.index(after: comma)...]).trimmingSpaces
    }

    /// One typed value of `field` read as a cell of it would be: canonical, or why not
    /// (a decision typed by hand in a reconciliation).
    public static func canonical(_ text: String, field: ImportField, regions: RegionDirectory, today: LocalDate) -> Result<String, ImportValueError> {
        let reader = ImportRowReader(target: .dpp, mapping: [0: field], regions: regions, today: today, rows: [[text]])
        let row = reader.read(number: 0, cells: [text])
        if let problem = row.errors.first, case .value(let error) = problem.kind { return .failure(error) }
        return row.values[field].map { .success($0) } ?? .failure(.choiceUnknown)
    }

    /// The row's values and problems. NIK duplicates across rows are the caller's (it sees every row).
    public func read(number: Int, cells: [String]) -> ImportRow {
        var row = ImportRow(number: number)
        row.values.reserveCapacity(columns.count + 1)
        var parsedNIK: NIK?
        var birthDate: LocalDate?
        for (column, field) in columns {
            guard column < cells.count, let text = cells[column].collapsingSpaces.nonBlank else { continue }
            func fail(_ e: ImportValueError) { row.errors.append(ImportProblem(column: column, field: field, kind: .value(e))) }
            func set(_ f: ImportField, _ v: String) { row.values[f] = v }
            if text.hasControlCharacters { fail(.controlCharacters); continue }
            // Characters are counted only when the bytes could exceed the limit: counting is slow.
            if text.utf8.count > field.maxLength && text.count > field.maxLength && field != .birthPlaceAndDate {
                fail(.tooLong(max: field.maxLength)); continue
            }
            switch field {
            case .name, .birthPlace, .address, .employer, .institution, .major, .note, .kta:
                set(field, text)
            case .nik:
                if text.utf8.contains(UInt8(ascii: "+")) && (text.contains("E+") || text.contains("e+")) { fail(.nikAsExcelNumber); continue }
                switch NIK.parse(text.hasPrefix("'") ? String(text.dropFirst()) : text, today: today) {
                case .success(let nik): set(.nik, nik.digits); parsedNIK = nik
                case .failure(let e): fail(.nik(e))
                }
            case .birthDate, .collectedOn, .joinDate:
                switch ImportDate.parse(text, order: dateOrders[column] ?? .dayFirst) {
                case .success(let d) where d > today: fail(.dateInFuture)
                case .success(let d):
                    set(field, d.iso)
                    if field == .birthDate { birthDate = d }
                case .failure(let e): fail(e)
                }
            case .birthPlaceAndDate:
                let (place, date) = PlaceAndDate.split(text, order: dateOrders[column] ?? .dayFirst)
                if let place { set(.birthPlace, String(place.prefix(ImportField.birthPlace.maxLength))) }
                switch date {
                case .success(let d) where d > today: fail(.dateInFuture)
                case .success(let d):
                    set(.birthDate, d.iso)
                    birthDate = d
                case .failure(let e): fail(e)
                }
            case .phone:
                // Two numbers in one cell (`0812… / 0813…`): the first is kept.
                let separators: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: ","), UInt8(ascii: ";")]
                var first = !text.utf8.contains(where: separators.contains) ? text
                    : text.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == ";" }).first.map(String.init) ?? text
                if first.hasPrefix("'") { first.removeFirst() } // Excel's "keep as text" mark
                // A mobile number Excel stored as a number lost its leading 0 (`81234567890`).
                if first.first == "8", (9...12).contains(first.count), first.allSatisfy(\.isASCIIDigit) { first = "0" + first }
                switch Phone.normalize(first) {
                case .success(let digits): set(.phone, digits)
                case .failure(let e): fail(.phone(e))
                }
            case .email:
                if let email = Email.normalize(text) { set(.email, email) } else { fail(.emailInvalid) }
            case .regency, .sex, .employmentStatus, .educationLevel, .sector, .profession, .practising:
                switch choices[column]?[text] ?? Self.choice(field, text, regencies: regencies) {
                case .success(let value): set(field, value)
                case .failure(let e): fail(e)
                }
            case .province:
                set(field, ProvinceName.canonical(text))
            case .graduationYear:
                if let y = ImportChoice.year(text, today: today) { set(field, String(y)) } else { fail(.yearInvalid) }
            }
        }
        for field in target.requiredFields where row.values[field] == nil && !row.errors.contains(where: { $0.field == field }) {
            let column = mapping.first(where: { $0.value == field })?.key
            row.errors.append(ImportProblem(column: column, field: field, kind: .missing))
        }
        if let nik = parsedNIK {
            let column = mapping.first(where: { $0.value == .nik })?.key
            let warnings = NIKCheck.warnings(for: nik, regions: regions, sex: row.values[.sex].flatMap(Sex.init(rawValue:)),
                                             birthDate: birthDate,
                                             domicile: row.values[.regency])
            row.warnings += warnings.map { ImportProblem(column: column, field: .nik, kind: .nikWarning($0)) }
        }
        return row
    }
}
