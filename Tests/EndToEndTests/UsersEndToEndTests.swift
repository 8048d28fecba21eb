import Foundation
import XCTest

/// `sekretariat user` and the roles as the command line meets them, in the real binary.
final class UsersEndToEndTests: XCTestCase {
    /// The account running the tests creates the database, so it is admin; it then hands admin
    /// to another account and makes itself pembaca, and every write it tries is refused.
    func testAPembacaCannotWriteFromTheCommandLine() throws {
        let bin = try releaseBinary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-users-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/demo.sqlite"
        XCTAssertEqual(try shell([bin, "demo", "--db", db]).0, 0)
        let me = try XCTUnwrap(String(validatingCString: getpwuid(getuid()).pointee.pw_name))

        let listed = try shell([bin, "user", "list", "--db", db])
        XCTAssertEqual(listed.0, 0, listed.2)
        XCTAssertTrue(listed.1.contains("\(me)") && listed.1.contains("admin") && listed.1.contains("(Anda)"), listed.1)

        let bad = try shell([bin, "user", "set", "ana", "ketua", "--db", db])
        XCTAssertNotEqual(bad.0, 0, "an unknown role is a usage error")
        XCTAssertEqual(try shell([bin, "user", "set", "ana", "admin", "--db", db]).0, 0)
        let demoted = try shell([bin, "user", "set", me, "pembaca", "--db", db])
        XCTAssertEqual(demoted.0, 0, demoted.2)
        XCTAssertEqual(demoted.1, "\(me): pembaca.\n")

        let csv = dir + "/baru.csv"
        try "Nama,Kab/Kota\nCitra Dewi,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try shell([bin, "export", "members", "--db", db]).1
        let imported = try shell([bin, "import", "members", csv, "--db", db])
        XCTAssertEqual(imported.0, 2, imported.1 + imported.2)
        XCTAssertTrue(imported.2.contains("Peran \(me): pembaca, hanya membaca; tidak ada yang diubah."), imported.2)
        let unmasked = try shell([bin, "export", "members", "--unmask", "--db", db])
        XCTAssertEqual(unmasked.0, 2)
        XCTAssertTrue(unmasked.2.contains("NIK lengkap hanya untuk admin dan operator"), unmasked.2)
        XCTAssertEqual(unmasked.1, "", "not one row with a full NIK")
        let promoted = try shell([bin, "user", "set", me, "admin", "--db", db])
        XCTAssertEqual(promoted.0, 2)
        XCTAssertTrue(promoted.2.contains("hanya admin yang boleh melakukannya"), promoted.2)
        XCTAssertEqual(try shell([bin, "export", "members", "--db", db]).1, before, "nothing was written")
        let dryRun = try shell([bin, "import", "members", csv, "--dry-run", "--db", db])
        XCTAssertEqual(dryRun.0, 0, "a pembaca may still preview an import: " + dryRun.2)
    }
}
