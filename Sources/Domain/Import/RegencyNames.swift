/// Regency and city names as spreadsheets spell them, resolved to Kemendagri codes
/// (DOMAIN.md §3): `Kota Palembang`, `Palembang`, `PLG`, `Kab. OKU Timur`, `OKUT`, `1671`, `16.71`.
public struct RegencyNames: Sendable {
    /// Abbreviations in common use in Sumatera Selatan, and the regencies' capitals people
    /// write for them (Sekayu for Musi Banyuasin), by Kemendagri code.
    static let abbreviations: [String: [String]] = [
        "1601": ["oku", "ogan komering ulu", "baturaja"],
        "1602": ["oki", "ogan komering ilir", "kayuagung", "kayu agung"],
        "1603": ["me", "muara enim", "muaraenim"],
        "1604": ["lht"],
        "1605": ["mura", "musi rawas", "musirawas", "muara beliti"],
        "1606": ["muba", "musi banyuasin", "sekayu"],
        "1607": ["ba", "bas", "banyu asin", "pangkalan balai"],
        "1608": ["okut", "oku timur", "ogan komering ulu timur", "martapura"],
        "1609": ["okus", "oku selatan", "ogan komering ulu selatan", "muaradua", "muara dua"],
        "1610": ["oi", "ogan ilir", "indralaya", "inderalaya"],
        "1611": ["empat lawang", "4 lawang", "el", "tebing tinggi"],
        "1612": ["pali", "penukal abab lematang ilir", "talang ubi"],
        "1613": ["muratara", "musi rawas utara", "murut", "muara rupit", "rupit"],
        "1671": ["plg", "pgl", "palembang"],
        "1672": ["pagaralam", "pagar alam", "pga"],
        "1673": ["llg", "lubuklinggau", "lubuk linggau"],
        "1674": ["pbm", "prabumulih"],
    ]

    private let byName: [String: String]
    private let codes: Set<String>

    public init(_ regions: RegionDirectory) {
        var names: [String: String] = [:]
        for region in regions.regions {
            for spelling in [region.name, region.shortName] { names[Self.key(spelling)] = region.code }
            for alias in Self.abbreviations[region.code] ?? [] { names[Self.key(alias)] = region.code }
        }
        byName = names
        codes = Set(regions.regions.map(\.code))
    }

    /// The code for a spelling, nil when none matches.
    public func code(for text: String) -> String? {
        let digits = text.filter { $0 != "." && $0 != " " }
        if digits.count == 4, digits.allSatisfy(\.isASCIIDigit) { return codes.contains(digits) ? digits : nil }
        return byName[Self.key(text)]
    }

    /// Folded, with the kind words set aside: `Kab. OKU Timur` → `oku timur`.
    static func key(_ text: String) -> String {
        var words = HeaderName.fold(text).split(separator: " ").map(String.init)
        while let first = words.first, ["kab", "kabupaten", "kota", "kot", "kodya", "kotamadya", "pemkab", "pemkot"].contains(first) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }
}
