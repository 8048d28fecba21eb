// Shipped data files live in assets/data and are embedded in the binary
// (SwiftPM `.embedInCode`), so the app needs no files beside it at run time.
import Foundation

public enum Assets {
    /// The text of an embedded data file, by its file name in assets/data.
    public static func text(_ name: String) -> String? {
        guard let bytes = all[name] else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let all: [String: [UInt8]] = [
        "regions.csv": PackageResources.regions_csv,
        "departments.csv": PackageResources.departments_csv,
        "positions.csv": PackageResources.positions_csv,
        "demo_people.csv": PackageResources.demo_people_csv,
        "demo_organisation.json": PackageResources.demo_organisation_json,
    ]
}
