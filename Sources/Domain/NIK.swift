/// A parsed Nomor Induk Kependudukan: `PP KK CC DDMMYY SSSS` (DOMAIN.md §3).
///
/// Parsing applies only the hard rules (16 digits, a real date, serial not 0000). Everything
/// that depends on the person or on other records is a warning (see `NIKCheck`), because a
/// NIK is never reissued even when wrong, and its region digits show where it was first issued.
public struct NIK: Hashable, Sendable {
    /// The 16 digits.
    public let digits: String
    /// `16` for Sumatera Selatan.
    public let provinceCode: String
    /// Kemendagri regency code, four digits: `1671`.
    public let regencyCode: String
    /// Kecamatan digits, `01`–`99` (`00` only warns).
    public let districtCode: String
    public let sex: Sex
    public let birthDate: LocalDate
    public let serial: Int

    /// Parses after removing spaces, dots and dashes that people type to group the digits.
    /// `today` chooses the birth century: the latest one that gives an adult age (17+, the KTP age).
    public static func parse(_ text: String, today: LocalDate) -> Result<NIK, NIKError> {
        // Sixteen ASCII digits, as nearly every NIK arrives, skip the filter's Unicode lookups.
        let cleaned = text.utf8.count == 16 && text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            ? text : text.filter { !($0.isWhitespace || $0 == "." || $0 == "-") }
        guard cleaned.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .failure(.notDigits) }
        guard cleaned.utf8.count == 16 else { return .failure(.wrongLength(cleaned.utf8.count)) }
        let bytes = Array(cleaned.utf8)
        let digits = bytes.map { Int($0) - 48 }
        func number(_ from: Int, _ length: Int) -> Int { digits[from..<(from + length)].reduce(0) { $0 * 10 + $1 } }
        func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let rawDay = number(6, 2), month = number(8, 2), yy = number(10, 2), serial = number(12, 4)
        let sex: Sex = rawDay > 40 ? .female : .male
        let day = rawDay > 40 ? rawDay - 40 : rawDay
        let year = (2000 + yy) <= today.year - 17 ? 2000 + yy : 1900 + yy
        guard (1...31).contains(day), let birth = LocalDate(year: year, month: month, day: day) else {
            return .failure(.invalidDate(day: rawDay, month: month, year: yy))
        }
        guard serial != 0 else { return .failure(.zeroSerial) }
        return .success(NIK(digits: cleaned, provinceCode: slice(0..<2), regencyCode: slice(0..<4),
                            districtCode: slice(4..<6), sex: sex, birthDate: birth, serial: serial))
    }

    /// `1671********0001`: first four and last four digits shown. Anything that is not a
    /// 16-digit string is masked whole but for its last two characters.
    public static func mask(_ nik: String) -> String {
        let chars = Array(nik)
        if chars.count == 16 { return String(chars[0..<4]) + String(repeating: "*", count: 8) + String(chars[12...]) }
        guard chars.count > 2 else { return String(repeating: "*", count: chars.count) }
        return String(repeating: "*", count: chars.count - 2) + String(chars[(chars.count - 2)...])
    }
}

/// Hard NIK errors: the entry is rejected.
public enum NIKError: Error, Hashable, Sendable {
    case notDigits
    case wrongLength(Int)
    /// Day (as written, 41–71 for women), month and two-digit year that make no calendar date.
    case invalidDate(day: Int, month: Int, year: Int)
    case zeroSerial
}

/// NIK findings that allow saving once someone gives a reason.
public enum NIKWarning: Hashable, Sendable {
    /// A valid province other than Sumatera Selatan.
    case otherProvince(String)
    case unknownProvince(String)
    /// Province 16 but the regency digits are not in the Kemendagri table.
    case unknownRegency(String)
    case districtZero
    case birthDateMismatch(nik: LocalDate, entered: LocalDate)
    case sexMismatch(nik: Sex, entered: Sex)
    /// The NIK was issued in another regency than the domicile. `splitFrom` is true when the
    /// domicile was split off from the NIK's regency (a NIK older than the split keeps the parent code).
    case regencyMismatch(nik: String, domicile: String, splitFrom: Bool)
}

/// Cross-checks a parsed NIK against the region table and what the form says.
public enum NIKCheck {
    public static func warnings(for nik: NIK, regions: RegionDirectory, sex: Sex?, birthDate: LocalDate?,
                                domicile: String?) -> [NIKWarning] {
        var out: [NIKWarning] = []
        if !Province.knownCodes.contains(nik.provinceCode) {
            out.append(.unknownProvince(nik.provinceCode))
        } else if nik.provinceCode != Province.sumateraSelatan {
            out.append(.otherProvince(nik.provinceCode))
        } else if !regions.contains(code: nik.regencyCode) {
            out.append(.unknownRegency(nik.regencyCode))
        }
        if nik.districtCode == "00" { out.append(.districtZero) }
        if let birthDate, birthDate != nik.birthDate {
            out.append(.birthDateMismatch(nik: nik.birthDate, entered: birthDate))
        }
        if let sex, sex != nik.sex { out.append(.sexMismatch(nik: nik.sex, entered: sex)) }
        if let domicile, domicile != nik.regencyCode {
            let split = regions.region(code: domicile)?.parentCode == nik.regencyCode
            out.append(.regencyMismatch(nik: nik.regencyCode, domicile: domicile, splitFrom: split))
        }
        return out
    }
}
