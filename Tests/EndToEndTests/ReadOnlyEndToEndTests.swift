import Foundation
import XCTest

/// A database this account can read but not write (issue 16). Tried as a new user would, it
/// refused to open and left -wal/-shm files that kept failing after the permissions were
/// fixed. Now it opens for browsing, says so, refuses changes plainly and leaves nothing.
/// The reader is `nobody`, so the test needs root (as CI runs).
final class ReadOnlyEndToEndTests: XCTestCase {
    func testAnotherUsersDatabaseOpensReadOnlyAndLeavesNothingBehind() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to run the app as another account (CI runs as root)")
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-ro-\(UUID().uuidString)").path
        // A folder the reader may write in: the old bug left its -wal/-shm there.
        try FileManager.default.createDirectory(atPath: top, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        let bin = top + "/sekretariat", db = top + "/data.sqlite", csv = top + "/baru.csv"
        try FileManager.default.copyItem(atPath: try releaseBinary(), toPath: bin)
        XCTAssertEqual(try shell([bin, "demo", "--db", db]).0, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
        try "Nama,Kab/Kota\nCitra Dewi,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: top).sorted()
        func asReader(_ arguments: [String]) throws -> (Int32, String, String) {
            try shell(["runuser", "-u", "nobody", "--", "env", "HOME=/tmp", "XDG_DATA_HOME=/tmp"] + arguments)
        }

        let members = try asReader([bin, "export", "members", "--db", db])
        XCTAssertEqual(members.0, 0, members.2)
        XCTAssertEqual(members.1.split(separator: "\n").count, 125, "the header and 124 members")
        let imported = try asReader([bin, "import", "members", csv, "--db", db])
        XCTAssertEqual(imported.0, 2)
        XCTAssertTrue(imported.2.contains("Basis data tidak dapat ditulisi (hak akses berkas); tidak ada yang disimpan."), imported.2)

        let app = try TmuxSession(command: "runuser -u nobody -- \(bin) --db \(db)")
        _ = try app.waitFor("hanya dapat dibaca (hak akses berkas)")
        try app.send("1")
        _ = try app.waitFor("Anggota")
        try app.send("a")
        let refused = try app.waitFor("Basis data dibuka hanya-baca; data tidak dapat diubah.")
        XCTAssertFalse(refused.contains("Tambah"), "no add key in the bar:\n\(refused)")
        try app.send("F10")
        XCTAssertEqual(try app.exitStatus(), 0)

        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: top).sorted(), before, "nothing left behind")
        // The owner writes on as before.
        XCTAssertEqual(try shell([bin, "user", "set", "ana", "operator", "--db", db]).0, 0)
    }

    /// Tried as a new user would: a 0444 copy of the database in a 0555 folder, read by another
    /// account, made `check` and `import --dry-run` say the database "cannot be written": with no
    /// shared-memory file and no right to make one, SQLite refuses the first read (SQLITE_READONLY,
    /// not the CANTOPEN the fallback waited for). Both now read the file as it is.
    func testAReadOnlyCopyInAReadOnlyFolderCanBeCheckedAndPreviewed() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to run the app as another account (CI runs as root)")
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-ro-\(UUID().uuidString)").path
        let folder = top + "/salinan"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: top)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder); try? FileManager.default.removeItem(atPath: top) }
        let bin = top + "/sekretariat", db = folder + "/data.sqlite", csv = top + "/baru.csv"
        try FileManager.default.copyItem(atPath: try releaseBinary(), toPath: bin)
        XCTAssertEqual(try shell([bin, "demo", "--db", db]).0, 0)
        try "Nama,Kab/Kota\nCitra Dewi,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        // As a copy is made: the database file alone.
        for side in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + side) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        func asReader(_ arguments: [String]) throws -> (Int32, String, String) {
            try shell(["runuser", "-u", "nobody", "--", "env", "HOME=/tmp", "XDG_DATA_HOME=/tmp"] + arguments)
        }
        let check = try asReader([bin, "check", "--db", db])
        XCTAssertEqual(check.0, 0, check.2)
        XCTAssertTrue(check.1.contains("0 kesalahan"), check.1)
        let preview = try asReader([bin, "import", "census", csv, "--db", db, "--dry-run"])
        XCTAssertEqual(preview.0, 0, preview.2)
        XCTAssertTrue(preview.1.contains("baru 1"), preview.1)
    }
}
