import Foundation
import XCTest

/// Several staff on one server (issue 16): `init --shared GROUP` tried with two real OS
/// accounts of that group and one outside it. Making accounts needs root, as CI runs.
final class SharedDatabaseEndToEndTests: XCTestCase {
    private let group = "sekretariat-uji"
    private let ana = "uji-ana", budi = "uji-budi", outsider = "uji-luar"

    private func asUser(_ user: String, _ arguments: [String]) throws -> (Int32, String, String) {
        // runuser keeps root's environment otherwise; HOME and XDG must be the account's own.
        try shell(["runuser", "-u", user, "--", "env", "HOME=/tmp", "XDG_DATA_HOME=/tmp/\(user)-data"] + arguments)
    }

    private func mode(_ path: String) throws -> (mode: Int, group: String) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1, attributes[.groupOwnerAccountName] as? String ?? "")
    }

    /// Root's own accounts for the test, made once per machine (idempotent).
    private func makeAccounts() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to make the group and the two staff accounts (CI runs as root)")
        if getgrnam(group) == nil { XCTAssertEqual(try shell(["groupadd", group]).0, 0) }
        for (user, groups) in [(ana, group), (budi, group), (outsider, "")] where getpwnam(user) == nil {
            let extra = groups.isEmpty ? [] : ["-G", groups]
            XCTAssertEqual(try shell(["useradd", "-M", "-N", "-s", "/usr/sbin/nologin"] + extra + [user]).0, 0, user)
        }
    }

    func testTwoStaffShareOneDatabaseAndNobodyElseReadsIt() throws {
        try makeAccounts()
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-shared-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: top, withIntermediateDirectories: true)
        // The binary where every account can run it.
        let bin = top + "/sekretariat"
        try FileManager.default.copyItem(atPath: try releaseBinary(), toPath: bin)
        let folder = top + "/bersama", db = folder + "/data.sqlite"
        // A folder Ana may not create in is said plainly.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: top)
        XCTAssertEqual(try asUser(ana, [bin, "init", "--shared", group, "--db", db]).2,
                       "sekretariat: Tidak dapat membuat \(folder): tidak ada izin; buat di folder milik Anda, atau minta admin sistem menjalankan init\n")
        // Like /tmp: anyone makes their own folder there.
        try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: top)

        let outside = try asUser(outsider, [bin, "init", "--shared", group, "--db", db])
        XCTAssertEqual(outside.0, 2)
        XCTAssertEqual(outside.2, "sekretariat: Anda bukan anggota grup \(group); basis data bersama hanya dapat dibuat oleh anggotanya\n")
        XCTAssertEqual(try asUser(ana, [bin, "init", "--shared", "tidak-ada", "--db", db]).2,
                       "sekretariat: grup tidak-ada tidak ada; buat dulu (groupadd tidak-ada) dan masukkan staf ke dalamnya\n")

        let made = try asUser(ana, [bin, "init", "--shared", group, "--db", db, "--demo"])
        XCTAssertEqual(made.0, 0, made.2)
        XCTAssertEqual(made.1, "Basis data dibuat: \(db) (bersama grup \(group), mode 660). Admin: \(ana).\n")
        XCTAssertEqual(try mode(folder).mode, 0o2770)
        XCTAssertEqual(try mode(folder).group, group)
        XCTAssertEqual(try mode(db).mode, 0o660)
        XCTAssertEqual(try mode(db).group, group)

        // Budi reads at once, as a pembaca; writing waits for Ana.
        let listed = try asUser(budi, [bin, "user", "list", "--db", db])
        XCTAssertEqual(listed.0, 0, listed.2)
        XCTAssertTrue(listed.1.contains("\(budi) (Anda) belum diberi peran: pembaca."), listed.1)
        let csv = top + "/baru.csv"
        try "Nama,Kab/Kota\nCitra Dewi,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: csv)
        let refused = try asUser(budi, [bin, "import", "members", csv, "--db", db])
        XCTAssertEqual(refused.0, 2)
        XCTAssertTrue(refused.2.contains("Peran \(budi): pembaca"), refused.2)
        XCTAssertEqual(try asUser(ana, [bin, "user", "set", budi, "operator", "--db", db]).0, 0)
        let imported = try asUser(budi, [bin, "import", "members", csv, "--db", db, "--source", "uji bersama"])
        XCTAssertEqual(imported.0, 0, imported.1 + imported.2)
        // Ana writes after Budi: the -wal and -shm Budi's process made are the group's too.
        XCTAssertEqual(try asUser(ana, [bin, "user", "set", "uji-lain", "pembaca", "--db", db]).0, 0)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            XCTAssertEqual(try mode(db + suffix).mode, 0o660, suffix)
            XCTAssertEqual(try mode(db + suffix).group, group, suffix)
        }
        let backup = try asUser(budi, [bin, "backup", folder + "/cadangan.sqlite", "--db", db])
        XCTAssertEqual(backup.0, 0, backup.2)
        XCTAssertEqual(try mode(folder + "/cadangan.sqlite").mode, 0o660, "a shared database's backup is shared")
        XCTAssertEqual(try mode(folder + "/cadangan.sqlite").group, group)
        let check = try asUser(ana, [bin, "check", "--db", db])
        XCTAssertFalse(check.1.contains("mode 660"), "660 in the shared folder is as it should be: " + check.1)

        // Anyone outside the group reads nothing.
        let stranger = try asUser(outsider, [bin, "export", "members", "--db", db])
        XCTAssertEqual(stranger.0, 2)
        XCTAssertEqual(stranger.1, "")
        XCTAssertNotEqual(try asUser(outsider, ["cat", db]).0, 0)
        XCTAssertNotEqual(try asUser(outsider, ["ls", folder]).0, 0)
    }

    func testAPersonalDatabaseStaysOwnerOnly() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-init-\(UUID().uuidString)").path
        let db = top + "/sendiri/data.sqlite"
        let made = try shell([try releaseBinary(), "init", "--db", db])
        XCTAssertEqual(made.0, 0, made.2)
        XCTAssertEqual(try mode(db).mode, 0o600)
        XCTAssertEqual(try mode(top + "/sendiri").mode, 0o700)
        let again = try shell([try releaseBinary(), "init", "--db", db])
        XCTAssertEqual(again.0, 2, "never over an existing database")
        let members = try shell([try releaseBinary(), "export", "members", "--db", db])
        XCTAssertEqual(members.1.split(separator: "\n").count, 1, "empty: the header row only")
    }
}
