import Foundation
import XCTest

/// `sekretariat import` in the real binary (issue 13): the three bad rows of a file named with
/// reasons, a dry run that leaves the file's bytes and modification time alone, the exit
/// statuses, and a real import found `sama` when repeated.
final class ImportEndToEndTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorageTests/Fixtures/import")

    private func demo() throws -> (bin: String, db: String) {
        let bin = try releaseBinary(), db = dir + "/demo.sqlite"
        let (status, _, err) = try shell([bin, "demo", "--db", db])
        XCTAssertEqual(status, 0, err)
        return (bin, db)
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let (status, out, err) = try shell(arguments)
        return (status, out, err)
    }

    private func fingerprint(_ path: String) throws -> (Date, Data) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (try XCTUnwrap(attributes[.modificationDate] as? Date), try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testADryRunNamesTheThreeBadRowsAndChangesNothing() throws {
        let (bin, db) = try demo()
        let file = Self.fixtures.appendingPathComponent("three-bad-rows.csv").path
        let untouched = try fingerprint(db)
        let checkBefore = try run([bin, "check", "--db", db]).out
        let beforeDryRun = try fingerprint(db)
        XCTAssertEqual(beforeDryRun.0, untouched.0, "check writes nothing either: the modification time is the user's evidence")
        XCTAssertEqual(beforeDryRun.1, untouched.1)
        let r = try run([bin, "import", "census", file, "--db", db, "--dry-run"])
        XCTAssertEqual(r.status, 0, r.err)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("  baris ") }, [
            "  baris 3: kolom \"NIK\": NIK harus 16 angka, bukan 5",
            "  baris 5: kolom \"Nama Lengkap\": Nama wajib diisi",
            "  baris 6: kolom \"Tgl Lahir\": bukan tanggal yang ada (mis. 14/05/2023 atau 14 Mei 2023)",
        ])
        XCTAssertTrue(lines[0].hasSuffix("5 baris data · baru 2 · sama 0 · perbarui 0 · ganda 0 · galat 3"), lines[0])
        let after = try fingerprint(db)
        XCTAssertEqual(after.0, beforeDryRun.0, "the dry run did not touch the file's modification time")
        XCTAssertEqual(after.1, beforeDryRun.1, "nor a byte of it")
        XCTAssertEqual(try run([bin, "check", "--db", db]).out, checkBefore)
        XCTAssertEqual(try fingerprint(db).0, untouched.0, "check, dry run, check: the file as it was")
    }

    /// The command line says the warnings the preview on screen shows (a fresh pair of eyes
    /// found them only on screen): a NIK of another province, a NIK whose birth date is not the
    /// one typed. The rows are valid and counted as such.
    func testADryRunSaysTheWarningsTheScreenShows() throws {
        let (bin, db) = try demo()
        let file = dir + "/warnings.csv"
        try "Nama Lengkap;NIK;Tgl Lahir;Kab/Kota\nDari Jakarta;3171011505850001;15/05/1985;Palembang\nTanggal Lain;1671011505850002;16/05/1985;Palembang\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try run([bin, "import", "census", file, "--db", db, "--dry-run"])
        XCTAssertEqual(r.status, 0, r.err)
        let warned = r.out.split(separator: "\n").filter { $0.contains("(peringatan)") }
        XCTAssertEqual(warned.count, 2, r.out)
        XCTAssertTrue(warned[0].hasPrefix("  baris 2 (peringatan): kolom \"NIK\": "), r.out)
        XCTAssertTrue(warned[1].hasPrefix("  baris 3 (peringatan): kolom \"NIK\": "), r.out)
        XCTAssertTrue(r.out.contains("baru 2"), r.out)
        let json = try run([bin, "import", "census", file, "--db", db, "--dry-run", "--report", "json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["golongan"] as? String }, ["baru", "baru"])
        XCTAssertTrue((rows[0]["rincian"] as? String)?.hasPrefix("peringatan: kolom \"NIK\": NIK dari provinsi lain") == true, json.out)
        XCTAssertTrue((rows[1]["rincian"] as? String)?.hasPrefix("peringatan: kolom \"NIK\": Tanggal lahir di NIK") == true, json.out)
    }

    func testARealImportThenTheSameFileAgainIsAllSame() throws {
        let (bin, db) = try demo()
        let file = Self.fixtures.appendingPathComponent("semicolon-crlf.csv").path
        let first = try run([bin, "import", "census", file, "--db", db, "--source", "Dinsos Lahat"])
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.out.contains("Batch #1 ditulis: 2 baru, 0 diperbarui"), first.out)
        let again = try run([bin, "import", "census", file, "--db", db, "--source", "Dinsos Lahat", "--report", "csv"])
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(again.out, "baris,golongan,nama,rincian\n2,sama,Siti Aminah,\n3,sama,Andi,\n")
        XCTAssertTrue(again.err.contains("Tidak ada yang perlu ditulis"), again.err)
    }

    func testExitStatusesForAFileThatFailsWholeAndOneThatCannotBeRead() throws {
        let (bin, db) = try demo()
        let bad = dir + "/semua-salah.csv"
        try "Nama Lengkap,Kab/Kota\n,Palembang\nBudi,Jakarta\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try run([bin, "import", "census", bad, "--db", db])
        XCTAssertEqual(r.status, 1, "every row failed")
        XCTAssertTrue(r.out.contains("baris 3: kolom \"Kab/Kota\": bukan kabupaten/kota di Sumatera Selatan"), r.out)
        let binary = dir + "/foto.csv"
        FileManager.default.createFile(atPath: binary, contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]))
        for (path, message) in [(binary, "bukan berkas tabel"), (dir + "/tidak-ada.csv", "tidak dapat dibaca"),
                                (Self.fixtures.appendingPathComponent("duplicate-headers.csv").path, "muncul dua kali")] {
            let failed = try run([bin, "import", "members", path, "--db", db])
            XCTAssertEqual(failed.status, 2, path)
            XCTAssertEqual(failed.out, "")
            XCTAssertTrue(failed.err.contains(message), failed.err)
            XCTAssertEqual(failed.err.split(separator: "\n").count, 1, "one line, no stack trace")
        }
    }
}

/// Pendataan in the real binary at 80x24: a census file typed with Tab completion, previewed,
/// written; the coverage table moves; the same file again is all `sama`; undo removes the batch.
final class PendataanEndToEndTests: XCTestCase {
    func testImportACensusFileThroughTheScreenAndUndoIt() throws {
        let bin = try releaseBinary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-pendataan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var csv = "Nama Lengkap;NIK;Kab/Kota;Tgl Lahir;Sektor\r\n"
        for i in 1...30 {
            let regency = ["Kota Palembang", "OKUT", "Lahat"][i % 3]
            csv += "Pekerja Sosial \(i);;\(regency);\(String(format: "%02d", i % 28 + 1))/05/1985;pemerintah\r\n"
        }
        try csv.write(toFile: dir + "/sensus-kabupaten.csv", atomically: true, encoding: .utf8)

        let tmux = try TmuxSession(command: bin)
        try tmux.waitFor("1  Anggota")
        try tmux.send("5")
        var screen = try tmux.waitFor("i Impor")
        XCTAssertTrue(screen.contains("Sensus: 1 tercatat"), screen)
        try tmux.send("i")
        try tmux.waitFor("Langkah 1 dari 3")
        try tmux.type(dir + "/sensus-kab")
        try tmux.send("Tab")
        try tmux.waitFor("sensus-kabupaten.csv")
        try tmux.send("Enter")
        try tmux.waitFor("Tujuan impor")
        try tmux.send("F2")
        try tmux.waitFor("Langkah 2 dari 3")
        try tmux.send("F2")
        screen = try tmux.waitFor("baru 30 · sama 0")
        try tmux.send("F2")
        try tmux.waitFor("Tulis 30 baru")
        try tmux.send("y")
        screen = try tmux.waitFor("Batch #1 ditulis: 30 baru")
        try tmux.send("BTab", "BTab")  // Impor › Alumni › Sensus
        screen = try tmux.waitFor("Sensus: 31 tercatat")
        XCTAssertTrue(screen.split(separator: "\n").contains { $0.hasPrefix("Kota Palembang") && $0.contains(" 10 ") }, screen)

        try tmux.send("i")
        try tmux.waitFor("Langkah 1 dari 3")
        try tmux.type(dir + "/sensus-kabupaten.csv")
        try tmux.send("Enter")
        try tmux.waitFor("Tujuan impor")
        try tmux.send("F2")
        try tmux.waitFor("Langkah 2 dari 3")
        try tmux.send("F2")
        try tmux.waitFor("baru 0 · sama 30")
        try tmux.send("Escape")
        try tmux.waitFor("Langkah 2 dari 3")
        try tmux.send("Escape")
        try tmux.waitFor("Langkah 1 dari 3")
        try tmux.send("Escape")
        try tmux.waitFor("Sensus: 31 tercatat")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.waitFor("u Batalkan")
        try tmux.send("u")
        try tmux.waitFor("Batalkan batch #1")
        try tmux.send("y")
        try tmux.waitFor("Batch #1 dibatalkan.")
        try tmux.send("BTab", "BTab")
        try tmux.waitFor("Sensus: 1 tercatat")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }
}
