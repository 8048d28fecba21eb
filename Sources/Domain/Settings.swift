/// Settings the DPD decides for itself (DOMAIN.md §2, §6; issue 16), kept as text. Each has
/// a default and a rule, so the Pengaturan screen and a migration agree on what is valid.
public enum SettingKey: String, Sendable, CaseIterable {
    /// The organisation's name as the letterhead prints it.
    case organisationName = "organisation_name"
    /// `Dewan Pengurus Daerah` (IPSPI's own) or `Dewan Perwakilan Daerah` (the article's), §2.5.
    case dpdExpansion = "dpd_expansion"
    /// The secretariat's postal address, on the letterhead.
    case address = "address"
    /// The letterhead's contact line: telephone, email, website.
    case contactLine = "contact_line"
    /// A PNG or JPEG file printed left of the letterhead (issue 15); empty: no logo.
    case logoPath = "logo_path"
    /// Years; DOMAIN.md §2.7 shows terms of 4 and 5 years.
    case termLengthYears = "term_length_years"
    /// Years after membership ends before the data is listed for review; the law sets none (§6).
    case retentionYears = "retention_years"
    /// A new Musda's quorum rule (`QuorumRule.code`).
    case quorumRule = "quorum_rule"
    /// How decisions are numbered (`DocumentNumber.formatted`).
    case decisionNumberPattern = "decision_number_pattern"
    /// `otomatis` (follow the environment's LANG), `id` or `en`; `--lang` still wins.
    case interfaceLanguage = "interface_language"
    /// The version of the privacy notice people are shown when they consent (UU PDP, §6):
    /// recorded with each consent, so what they agreed to can be told later.
    case privacyNoticeVersion = "privacy_notice_version"
    /// The Mengingat of a Musda decree (issue 15): the laws and rules it rests on, points
    /// separated by `;`. A decision may have its own.
    case decreeLegalBasis = "decree_legal_basis"

    public var defaultValue: String {
        switch self {
        case .organisationName: return "Ikatan Pekerja Sosial Profesional Indonesia"
        case .dpdExpansion: return "Dewan Pengurus Daerah"
        case .address: return "Palembang, Sumatera Selatan"
        case .contactLine, .logoPath: return ""
        case .termLengthYears: return "5"
        case .retentionYears: return "5"
        case .quorumRule: return QuorumRule.halfPlusOne.code
        case .decisionNumberPattern: return DocumentNumber.defaultPattern
        case .interfaceLanguage: return "otomatis"
        case .privacyNoticeVersion: return "2024-10"
        case .decreeLegalBasis:
            return "Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial; "
                + "Anggaran Dasar dan Anggaran Rumah Tangga Ikatan Pekerja Sosial Profesional Indonesia; "
                + "Tata Tertib Musyawarah Daerah"
        }
    }

    /// The values a choice setting takes, in the order a chooser lists them; nil for free text
    /// and numbers.
    public var choices: [String]? {
        switch self {
        case .quorumRule: return [QuorumRule.halfPlusOne.code, QuorumRule.twoThirds.code]
        case .interfaceLanguage: return ["otomatis", "id", "en"]
        default: return nil
        }
    }

    /// Settings left empty on purpose: no contact line, no logo.
    public var mayBeEmpty: Bool { self == .contactLine || self == .logoPath }

    /// Whole years allowed, for the numeric settings.
    public var yearRange: ClosedRange<Int>? {
        switch self {
        case .termLengthYears: return 1...10
        case .retentionYears: return 1...50
        default: return nil
        }
    }

    /// Characters allowed in a text setting (letterhead lines fit one printed line).
    public var maxLength: Int {
        switch self {
        case .decisionNumberPattern: return 80
        case .decreeLegalBasis: return 1000
        case .logoPath: return 300
        default: return 160
        }
    }
}

/// The rule each setting's value follows. Errors only; nothing is saved with an error.
public enum SettingRules {
    /// The value trimmed and checked; `.success` holds what is stored.
    public static func check(_ key: SettingKey, _ raw: String) -> Result<String, SettingError> {
        let value = raw.trimmingSpaces
        if value.unicodeScalars.contains(where: \.isControl) { return .failure(.controlCharacters) }
        if let range = key.yearRange {
            guard let years = Int(value), range.contains(years) else { return .failure(.outOfRange(range)) }
            return .success(String(years))
        }
        if key == .quorumRule {
            // A fixed number (`tetap:30`) is a per-Musda choice; the default may be one too.
            guard let rule = QuorumRule(code: value) else { return .failure(.notAChoice) }
            if case .fixed(let n) = rule, n < 1 { return .failure(.outOfRange(1...Int.max)) }
            return .success(value)
        }
        if let choices = key.choices, !choices.contains(value) { return .failure(.notAChoice) }
        if value.isEmpty && !key.mayBeEmpty { return .failure(.required) }
        if value.count > key.maxLength { return .failure(.tooLong(key.maxLength)) }
        if key == .decisionNumberPattern && !value.contains("{nomor}") { return .failure(.patternWithoutNumber) }
        return .success(value)
    }
}

extension Unicode.Scalar {
    /// C0, DEL and C1: what a terminal may act on (C1's U+009B is a CSI) and SQLite's text
    /// cuts at (NUL).
    public var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

/// Why a setting's value was refused; worded by the catalog.
public enum SettingError: Error, Hashable, Sendable {
    case required
    case tooLong(Int)
    case outOfRange(ClosedRange<Int>)
    case notAChoice
    /// A decision number pattern must hold `{nomor}`, or every decision would get the same number.
    case patternWithoutNumber
    case controlCharacters
}

/// An OS account name as `useradd` accepts it (its default rule, with upper case allowed since
/// an administrator may override that rule): letters, digits, `_`, `.` and `-`, starting with a
/// letter or `_`, at most 32 characters.
public enum AccountName {
    public static func parse(_ raw: String) -> String? {
        let name = raw.trimmingSpaces
        guard (1...32).contains(name.count), let first = name.unicodeScalars.first,
              isLetter(first) || first == "_" else { return nil }
        let allowed = name.unicodeScalars.allSatisfy {
            isLetter($0) || ($0 >= "0" && $0 <= "9") || $0 == "_" || $0 == "." || $0 == "-"
        }
        return allowed ? name : nil
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
}
