import Foundation
import XCTest

/// `sekretariat restore` (issue 16): a backup goes back in place only after it passes the
/// checks, and the contents it replaces are kept beside the database.
final class RestoreEndToEndTests: XCTestCase {
    func testARestoreChecksTheBackupFirstAndKeepsThePreviousContents() throws {
        let bin = try releaseBinary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-restore-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/data.sqlite", backup = dir + "/cadangan.sqlite", csv = dir + "/baru.csv"
        XCTAssertEqual(try shell([bin, "demo", "--db", db]).0, 0)
        XCTAssertEqual(try shell([bin, "backup", backup, "--db", db]).0, 0)
        try "Nama,Kab/Kota\nCitra Sesudah,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try shell([bin, "import", "members", csv, "--db", db]).0, 0)

        // A damaged backup: the middle of the file overwritten. Refused; nothing changes.
        let damaged = dir + "/rusak.sqlite"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: backup))
        bytes.replaceSubrange(8192..<(8192 + 65536), with: Data(repeating: 0x5A, count: 65536))
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let refused = try shell([bin, "restore", damaged, "--db", db])
        XCTAssertEqual(refused.0, 2, refused.1 + refused.2)
        XCTAssertTrue(refused.2.hasPrefix("sekretariat: cadangan rusak: "), refused.2)
        XCTAssertTrue(refused.2.hasSuffix("sekretariat: cadangan \(damaged) tidak lolos pemeriksaan; tidak ada yang berubah\n"), refused.2)
        let notADatabase = dir + "/bukan.sqlite"
        try "Nama,Kab/Kota\n".write(toFile: notADatabase, atomically: true, encoding: .utf8)
        XCTAssertEqual(try shell([bin, "restore", notADatabase, "--db", db]).2,
                       "sekretariat: Berkas bukan basis data sekretariat: \(notADatabase)\n")
        XCTAssertTrue(try shell([bin, "export", "members", "--db", db]).1.contains("Citra Sesudah"), "unchanged")

        let restored = try shell([bin, "restore", backup, "--db", db])
        XCTAssertEqual(restored.0, 0, restored.2)
        XCTAssertTrue(restored.1.hasPrefix("Dipulihkan dari \(backup) (skema versi "), restored.1)
        XCTAssertFalse(try shell([bin, "export", "members", "--db", db]).1.contains("Citra Sesudah"), "the backup's contents")
        let kept = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("data.sqlite.sebelum-pulih-") })
        XCTAssertTrue(try shell([bin, "export", "members", "--db", dir + "/" + kept]).1.contains("Citra Sesudah"),
                      "what the restore replaced is kept")
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/" + kept)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        XCTAssertTrue(try shell([bin, "check", "--db", db]).1.contains("Selesai: 0 kesalahan"))
    }

    /// The demo's membership that ended on 30-09-2021 (keluar) is past the default five years
    /// from 30-09-2026 on; the command lists it and erases nothing.
    func testRetentionListsWhoIsPastThePeriodAndErasesNothing() throws {
        let bin = try releaseBinary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-retention-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/data.sqlite"
        XCTAssertEqual(try shell([bin, "demo", "--db", db]).0, 0)
        let before = try shell([bin, "export", "members", "--db", db]).1
        let refused = try shell([bin, "retention", "--db", db])
        XCTAssertEqual(refused.0, 2)
        XCTAssertTrue(refused.2.contains("pakai --dry-run"), refused.2)
        let listed = try shell([bin, "retention", "--dry-run", "--db", db])
        XCTAssertEqual(listed.0, 0, listed.2)
        XCTAssertTrue(listed.1.contains("keanggotaan berakhir sebelum"), listed.1)
        XCTAssertTrue(listed.1.contains("Zahra Santoso  keluar sejak 30 September 2021"), "past five years since 30-09-2026:\n" + listed.1)
        XCTAssertEqual(try shell([bin, "export", "members", "--db", db]).1, before, "nothing changed")
    }
}
