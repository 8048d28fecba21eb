import Assets
import Domain
import GRDB

/// The region table, shipped in assets/data/regions.csv and seeded by the first migration.
public enum Regions {
    /// Parsed from the embedded asset.
    public static func shipped() -> [Region] { shippedRows().map(\.region) }

    /// Each region with the law that formed it, where the asset names one.
    static func shippedRows() -> [(region: Region, basis: String?)] {
        guard let text = Assets.text("regions.csv") else { return [] }
        return CSV.records(text).compactMap { r in
            guard let code = r["kemendagri"], let bps = r["bps"], let name = r["name"], let short = r["short_name"],
                  let kind = r["kind"].flatMap(Region.Kind.init(rawValue:)),
                  let from = r["valid_from"].flatMap(LocalDate.init(iso:)) else { return nil }
            let region = Region(code: code, bpsCode: bps, name: name, shortName: short, kind: kind,
                                parentCode: r["parent"].flatMap { $0.isEmpty ? nil : $0 }, validFrom: from,
                                bpsVerified: r["bps_verified"] != "0")
            return (region, r["basis"].flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    static func seed(_ db: Database) throws {
        // Parents first so the self-reference holds with foreign keys on.
        let rows = shippedRows().sorted { ($0.region.parentCode == nil ? 0 : 1, $0.region.code) < ($1.region.parentCode == nil ? 0 : 1, $1.region.code) }
        for (region, basis) in rows {
            try db.execute(sql: """
                INSERT INTO region (code, bps_code, name, short_name, kind, parent_code, valid_from, bps_verified, basis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [region.code, region.bpsCode, region.name, region.shortName, region.kind,
                                 region.parentCode, region.validFrom, region.bpsVerified, basis])
        }
    }

    static func load(_ db: Database) throws -> RegionDirectory {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM region ORDER BY code")
        return RegionDirectory(rows.map { row in
            Region(code: row["code"], bpsCode: row["bps_code"], name: row["name"], shortName: row["short_name"],
                   kind: row["kind"], parentCode: row["parent_code"], validFrom: row["valid_from"],
                   bpsVerified: row["bps_verified"])
        })
    }
}
