import Foundation
import XCTest

/// The disk fills up during a save (issue 16): the database lives on a small tmpfs filled to
/// the brim. The save fails with a clear message, the form keeps what was typed, nothing is
/// half-written, and the same save succeeds once there is room. Mounting needs root.
final class DiskFullEndToEndTests: XCTestCase {
    private var mountPoint: String?

    override func tearDown() {
        if let mountPoint { _ = try? shell(["umount", "-l", mountPoint]) }
    }

    func testAFullDiskRefusesTheSaveAndKeepsTheForm() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to mount a small tmpfs (CI runs as root)")
        let bin = try releaseBinary()
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-full-\(UUID().uuidString)").path
        let disk = top + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let source = top + "/demo.sqlite"
        XCTAssertEqual(try shell([bin, "demo", "--db", source]).0, 0)
        XCTAssertEqual(try shell([bin, "backup", top + "/rapi.sqlite", "--db", source]).0, 0, "one file, WAL folded in")
        let mounted = try shell(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk])
        try XCTSkipIf(mounted.0 != 0, "this machine does not allow mounting a tmpfs: \(mounted.2)")
        mountPoint = disk
        let db = disk + "/data.sqlite"
        try FileManager.default.copyItem(atPath: top + "/rapi.sqlite", toPath: db)
        let fill = { _ = try shell(["dd", "if=/dev/zero", "of=\(disk)/pengisi", "bs=4096"]) }

        // A start on a full disk: the data opens to read, and says why nothing can change.
        try fill()
        let reader = try TmuxSession(command: "\(bin) --db \(db)")
        _ = try reader.waitFor("Disk penuh: basis data dibuka hanya-baca.")
        try reader.send("1")
        _ = try reader.waitFor("Ahmad Fauzi")
        try reader.send("a")
        _ = try reader.waitFor("Basis data dibuka hanya-baca; data tidak dapat diubah.")
        try reader.send("F10")
        XCTAssertEqual(try reader.exitStatus(), 0)
        let csv = top + "/baru.csv"
        try "Nama,Kab/Kota\nCitra Penuh,Palembang\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let refused = try shell([bin, "import", "members", csv, "--db", db])
        XCTAssertEqual(refused.0, 2, refused.1 + refused.2)
        XCTAssertTrue(refused.2.contains("Disk penuh; tidak ada yang disimpan."), refused.2)
        try FileManager.default.removeItem(atPath: disk + "/pengisi")

        // The disk fills up while a form is half-typed.
        let app = try TmuxSession(command: "\(bin) --db \(db)")
        try app.searchMembers("wahyu sul", until: "Wahyu Sulaiman")
        try app.send("Enter", "e")
        _ = try app.waitFor("Anggota › Ubah")
        try app.send("Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
        try app.type("081399998888")
        try fill()
        try app.send("F2")
        var screen = try app.waitFor("Disk penuh")
        XCTAssertTrue(screen.contains("Anggota › Ubah"), "the form stays open:\n\(screen)")
        XCTAssertTrue(screen.contains("081399998888"), "the typing stays:\n\(screen)")

        try FileManager.default.removeItem(atPath: disk + "/pengisi")
        try app.send("F2")
        screen = try app.waitFor("Tersimpan")
        try app.send("F10")
        XCTAssertEqual(try app.exitStatus(), 0)
        let members = try shell([bin, "export", "members", "--db", db]).1
        let kta = try XCTUnwrap(members.split(separator: "\n").first { $0.contains(",Wahyu Sulaiman,") }?.split(separator: ",").first)
        let wahyu = try shell([bin, "person", "export", String(kta), "--output", "-", "--db", db]).1
        XCTAssertTrue(wahyu.contains("081399998888"), "the save went through once there was room")
        XCTAssertFalse(members.contains("Citra Penuh"), "the refused import left nothing")
        let check = try shell([bin, "check", "--db", db])
        XCTAssertTrue(check.1.contains("Selesai: 0 kesalahan"), check.1 + check.2)
    }
}
