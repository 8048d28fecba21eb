@testable import Domain

/// Shared by the domain tests: a fixed "today" and a few Sumsel regions.
enum Fixtures {
    static let today = LocalDate(year: 2026, month: 1, day: 15)!

    static func region(_ code: String, bps: String? = nil, _ short: String, kind: Region.Kind = .kabupaten,
                       parent: String? = nil) -> Region {
        Region(code: code, bpsCode: bps ?? code, name: (kind == .kota ? "Kota " : "Kab. ") + short, shortName: short,
               kind: kind, parentCode: parent, validFrom: LocalDate(year: 2013, month: 1, day: 1)!)
    }

    static let regions = RegionDirectory([
        region("1603", "Muara Enim"), region("1604", "Lahat"), region("1612", "PALI", parent: "1603"),
        region("1671", "Palembang", kind: .kota), region("1674", bps: "1672", "Prabumulih", kind: .kota),
    ])
}
