/// A kabupaten or kota. Kemendagri codes (used in the NIK) and BPS codes differ for four
/// units in Sumatera Selatan, so both are kept (DOMAIN.md §3).
public struct Region: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable { case kabupaten, kota }

    /// Kemendagri code, four digits without the dot: `1671`. The key everywhere in the app.
    public var code: String
    public var bpsCode: String
    /// Full name: `Kota Palembang`, `Kab. OKU Timur`.
    public var name: String
    /// Short name for narrow columns: `Palembang`, `OKU Timur`.
    public var shortName: String
    public var kind: Kind
    /// Kemendagri code of the regency this one was split from (PALI, Muratara in 2013); a NIK
    /// issued before the split may still carry the parent's code.
    public var parentCode: String?
    /// First date on which these codes apply.
    public var validFrom: LocalDate
    /// False where the BPS code is inferred rather than checked in a public source.
    public var bpsVerified: Bool

    public init(code: String, bpsCode: String, name: String, shortName: String, kind: Kind,
                parentCode: String? = nil, validFrom: LocalDate, bpsVerified: Bool = true) {
        self.code = code
        self.bpsCode = bpsCode
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentCode = parentCode
        self.validFrom = validFrom
        self.bpsVerified = bpsVerified
    }

    public var provinceCode: String { String(code.prefix(2)) }
}

/// Lookup over the known regions. Validation takes one so the Domain needs no I/O.
public struct RegionDirectory: Sendable {
    public let regions: [Region]
    private let byCode: [String: Region]

    public init(_ regions: [Region]) {
        self.regions = regions.sorted { $0.code < $1.code }
        self.byCode = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func region(code: String) -> Region? { byCode[code] }
    public func contains(code: String) -> Bool { byCode[code] != nil }
    public func region(bpsCode: String) -> Region? { regions.first { $0.bpsCode == bpsCode } }
    /// The province codes the directory covers (`16` for Sumsel).
    public var provinceCodes: Set<String> { Set(regions.map(\.provinceCode)) }
}

/// Province codes in use in Indonesia (two-digit Kemendagri codes, 38 provinces as of 2022).
public enum Province {
    public static let sumateraSelatan = "16"
    public static let knownCodes: Set<String> = [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
        "31", "32", "33", "34", "35", "36", "51", "52", "53",
        "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
        "81", "82", "91", "92", "93", "94", "95", "96",
    ]
}
