import Domain
import Foundation
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Pendataan (issue 13): the coverage of all 17 regencies, the import walk from a typed path
/// to a written batch, the batch undone, and bad files refused with a message.
final class PendataanTests: XCTestCase {
    private let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorageTests/Fixtures/import")

    private func census(_ store: Store = TestStore.demo, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("5")])
        return h
    }

    func testFiveOpensTheCoverageOfAllSeventeenRegenciesWithTotals() {
        for size in sizes {
            let h = census(size: size)
            XCTAssertTrue(h.header.hasPrefix("Menu › Pendataan"), h.header)
            XCTAssertEqual(h.counter, "1/17")
            XCTAssertTrue(h.row(containing: "Kab. Lahat")?.text.hasSuffix("1            0                      4") ?? false, h.screen)
            XCTAssertNotNil(h.row(containing: "Kota Prabumulih"), "the 17th regency shows at 80x24 too:\n\(h.screen)")
            XCTAssertTrue(h.row(containing: "Jumlah")?.text.contains("117") ?? false, h.screen)
            assertSnapshot(h.terminal, named: "census-coverage-\(size.width)x\(size.height)")
        }
    }

    /// Types a path, reads it, accepts the proposed target with `source`, and previews.
    private func walk(_ h: AppHarness, file: String, source: String) {
        h.run([.char("i")])
        h.type(file)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Tujuan impor"), h.screen)
        h.run([.tab, .ctrl("u")])
        h.type(source)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Langkah 2 dari 3: pemetaan kolom"), h.screen)
        h.run([.function(2)])
    }

    func testAnImportWalkWritesABatchTheCoverageMovesAndUndoRemovesIt() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = census(store)
        walk(h, file: Self.fixtures.appendingPathComponent("three-bad-rows.csv").path, source: "Dinsos Sumsel")
        XCTAssertTrue(h.screen.contains("baru 2 · sama 0 · perbarui 0 · ganda 0 · galat 3"), h.screen)
        XCTAssertTrue(h.row(containing: "Salah NIK")?.text.contains("galat") ?? false, h.screen)
        assertSnapshot(h.terminal, named: "import-preview-80x24")
        // The selected error row's whole reason shows under the table.
        h.run([.down])
        XCTAssertNotNil(h.row(containing: "kolom \"NIK\": NIK harus 16 angka, bukan 5"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Tulis 2 baru, 0 perbarui dan 0 ganda yang diputuskan?"), h.screen)
        // Enter on the safe default (Tidak) writes nothing and says so.
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Belum ditulis; pratinjau tetap di sini. Tulis dengan F2, lalu Ya.")
        XCTAssertEqual(try store.census.records(batch: nil).count, 1, "nothing written")
        h.run([.function(2)])
        h.run([.char("y")])
        XCTAssertEqual(h.messageLine, "Batch #1 ditulis: 2 baru, 0 diperbarui, 0 sama, 0 dilewati, 3 galat.")
        XCTAssertTrue(h.row(containing: "Dinsos Sumsel")?.text.contains("berlaku") ?? false, h.screen)
        h.run([.backTab, .backTab])  // Impor › Alumni › Sensus
        XCTAssertTrue(h.row(containing: "Kota Palembang")?.text.contains(" 1 ") ?? false, "the census tab counts Baik Satu:\n\(h.screen)")
        XCTAssertTrue(h.row(containing: "Kab. Lahat")?.text.contains(" 2 ") ?? false, h.screen)

        // The same file again: every valid row `sama`, nothing to write.
        walk(h, file: Self.fixtures.appendingPathComponent("three-bad-rows.csv").path, source: "Dinsos Sumsel")
        XCTAssertTrue(h.screen.contains("baru 0 · sama 2"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.messageLine.hasPrefix("Tidak ada yang perlu ditulis"), h.messageLine)
        h.run([.escape, .escape, .escape])

        h.run([.tab, .tab])
        h.run([.char("u")])
        XCTAssertTrue(h.screen.contains("Batalkan batch #1 (Dinsos Sumsel, three-bad-rows.csv)?"), h.screen)
        h.run([.char("y")])
        XCTAssertEqual(h.messageLine, "Batch #1 dibatalkan.")
        XCTAssertTrue(h.row(containing: "Dinsos Sumsel")?.text.contains("dibatalkan") ?? false, h.screen)
        XCTAssertEqual(try store.census.records(batch: nil).count, 1, "only the demo's record is left")
    }

    func testAnUndoThatCannotBeKeptIsRefusedBeforeTheQuestion() throws {
        let store = MemberFixtures.fixedClockStore()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "Nama Lengkap,NIK,Kab/Kota\nBudi,1671011505850001,Palembang\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        try "Nama Lengkap,NIK,Kab/Kota\nBudi,1671011505850001,Lahat\n".write(toFile: dir + "/b.csv", atomically: true, encoding: .utf8)
        let h = census(store)
        for file in ["a.csv", "b.csv"] {
            walk(h, file: dir + "/" + file, source: "Dinsos")
            if file == "b.csv" {
                XCTAssertNotNil(h.row(containing: "Kab/Kota: Kota Palembang → Kab. Lahat"), "names, not codes:\n\(h.screen)")
            }
            h.run([.function(2), .char("y")])
        }
        XCTAssertTrue(h.messageLine.hasPrefix("Batch #2 ditulis: 0 baru, 1 diperbarui"), h.messageLine)
        h.run([.down, .char("u")])
        XCTAssertEqual(h.messageLine, "Impor #2 yang lebih baru mengubah data yang sama; batalkan itu dulu.")
        XCTAssertFalse(h.screen.contains("Batalkan batch #1"), "no question whose yes would be refused:\n\(h.screen)")
        h.run([.up, .char("u"), .char("y")])
        XCTAssertEqual(h.messageLine, "Batch #2 dibatalkan.")
        XCTAssertEqual(try store.census.records(batch: nil).first { $0.name == "Budi" }?.regency, "1671")
    }

    func testABadFileStaysOnTheFileStepWithAReason() {
        let h = census()
        h.run([.char("i")])
        h.type("/tidak/ada.csv")
        h.run([.enter])
        XCTAssertTrue(h.messageLine.hasPrefix("Berkas tidak dapat dibaca"), h.messageLine)
        XCTAssertTrue(h.screen.contains("Langkah 1 dari 3: berkas"), h.screen)
        h.run([.ctrl("u")])
        h.type(Self.fixtures.appendingPathComponent("duplicate-headers.csv").path)
        h.run([.enter])
        XCTAssertTrue(h.messageLine.contains("muncul dua kali (kolom 1 dan 3)"), h.messageLine)
    }

    func testTabCompletesThePath() {
        let h = census()
        h.run([.char("i")])
        h.type(Self.fixtures.appendingPathComponent("three-bad").path)
        h.run([.tab])
        XCTAssertNotNil(h.row(containing: "three-bad-rows.csv"), h.screen)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Tujuan impor"), "the completed path reads:\n\(h.screen)")
    }

    func testAlumniArePerInstitutionAndYearAndOneIsAddedByHand() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = census(store)
        h.run([.tab])
        func counts() -> [String] { Array((h.row(containing: "STISIPOL Candradimuka Palembang")?.text ?? "").split(separator: " ").suffix(5).map(String.init)) }
        XCTAssertEqual(counts(), ["2021", "1", "1", "0", "0"], h.screen)
        h.run([.char("a")])
        h.type("Rudi Hartono")
        h.run([.tab, .tab, .tab])
        h.type("2021")
        h.run([.tab, .right])
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Alumni tersimpan.")
        XCTAssertEqual(counts(), ["2021", "2", "2", "0", "0"], h.screen)
        XCTAssertTrue(h.screen.contains("Alumni tertelusur: 2; bekerja sebagai peksos: 2"), h.screen)
        // The institution is required.
        h.run([.char("a")])
        h.type("Tanpa Kampus")
        h.run([.tab, .ctrl("u"), .function(2)])
        XCTAssertTrue(h.screen.contains("Perguruan tinggi wajib diisi."), h.screen)
    }

    func testADuplicateIsWrittenOnlyAsDecided() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = census(store)
        walk(h, file: Self.fixtures.appendingPathComponent("titles.csv").path, source: "Kampus")
        h.run([.function(2), .char("y")])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ganda-\(UUID().uuidString).csv").path
        try "Nama Lengkap,Tgl Lahir,Kab/Kota,Instansi\nBudi Santoso,15/05/1985,Palembang,Dinsos\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        walk(h, file: file, source: "Kampus")
        XCTAssertTrue(h.screen.contains("ganda 1"), h.screen)
        XCTAssertNotNil(h.row(containing: "mungkin: Dr. Budi Santoso, S.Sos., M.Kesos → Lewati baris ini"), h.screen)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Baris 2: mungkin orang yang sudah ada"), h.screen)
        h.type("Sama dengan")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "→ Sama dengan Dr. Budi Santoso"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Tulis 0 baru, 0 perbarui dan 1 ganda yang diputuskan?"), h.screen)
        h.run([.char("y")])
        XCTAssertTrue(h.messageLine.hasPrefix("Batch #2 ditulis: 0 baru, 1 diperbarui"), h.messageLine)
        XCTAssertEqual(try store.census.records(batch: nil).first { $0.name.hasPrefix("Dr. Budi") }?.workplace, "Dinsos")
    }

    /// Found by a fresh pair of eyes: "Sama dengan …" on a row whose NIK differs from the stored
    /// one replaced the stored NIK. A NIK never changes: the merge is refused with the reason,
    /// and the row stays as it was decided before.
    func testAMergeThatWouldReplaceAStoredNIKIsRefused() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = census(store)
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("nik-a-\(UUID().uuidString).csv").path
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("nik-b-\(UUID().uuidString).csv").path
        try "Nama Lengkap,NIK,Tgl Lahir,Kab/Kota\nTanpa Nol,1671011505850001,15/05/1985,Palembang\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "Nama Lengkap,NIK,Tgl Lahir,Kab/Kota\nTanpa Nol,1671011505850999,15/05/1985,Palembang\n".write(toFile: second, atomically: true, encoding: .utf8)
        defer { for f in [first, second] { try? FileManager.default.removeItem(atPath: f) } }
        walk(h, file: first, source: "Dinsos")
        h.run([.function(2), .char("y")])
        walk(h, file: second, source: "Dinsos")
        XCTAssertTrue(h.screen.contains("ganda 1"), h.screen)
        h.run([.enter])
        h.type("Sama dengan")
        h.run([.enter])
        XCTAssertTrue(h.messageLine.hasPrefix("Tidak disamakan: NIK baris ini berbeda dengan NIK Tanpa Nol yang terdaftar"), h.messageLine)
        XCTAssertNotNil(h.row(containing: "→ Lewati baris ini"), "the row keeps its decision: \(h.screen)")
        h.run([.function(2)])
        XCTAssertEqual(try store.census.records(batch: nil).first { $0.name == "Tanpa Nol" }?.nik, "1671011505850001", "the stored NIK stays")
    }
}
