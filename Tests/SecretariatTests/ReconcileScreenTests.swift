import Domain
import Foundation
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Pendataan › Rekonsiliasi DPP (issue 14), walked as staff would: open the invented export,
/// see the counts per class, take a DPP phone, add a DPP-only person, reopen the file and find
/// only the undecided rows pending.
final class ReconcileScreenTests: XCTestCase {
    static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorageTests/Fixtures/dpp/ekspor-dpp.csv").path

    /// Pendataan on the reconciliation tab.
    private func reconcileTab(_ store: Store, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("5"), .tab, .tab, .tab])
        return h
    }

    /// Opens the export through the import walk: path, the source proposed, the mapping.
    private func open(_ h: AppHarness, _ path: String = ReconcileScreenTests.export) {
        h.run([.char("o")])
        h.type(path)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Situs DPP"), "the source is proposed:\n\(h.screen)")
        h.run([.function(2)])
        XCTAssertTrue(h.keyBar.contains("Rekonsiliasi"), h.keyBar)
        h.run([.function(2)])
    }

    func testTheCountsAreTheClassesBuiltIntoTheExport() {
        let h = reconcileTab(MemberFixtures.fixedClockStore())
        XCTAssertTrue(h.screen.contains("Belum ada rekonsiliasi"), h.screen)
        open(h)
        XCTAssertTrue(h.screen.contains("sama 6 · beda 7 · hanya DPD 99 · hanya DPP 6 · ragu 3"), h.screen)
        XCTAssertTrue(h.screen.contains("22 baris Sumsel · 4 provinsi lain · 2 galat"), h.screen)
        XCTAssertTrue(h.messageLine.contains("2 baris memuat NIK yang muncul dua kali"), h.messageLine)
        h.run([.tab, .tab])  // Beda
        XCTAssertTrue(h.row(containing: "Nanang Basri")?.text.contains("No. HP: 08788320147 ≠ 0812") ?? false, "both values, cut to the column:\n\(h.screen)")
        for _ in 0..<4 { h.run([.tab]) }  // Disisihkan
        XCTAssertTrue(h.row(containing: "Rudi Hartono")?.text.contains("provinsi Jambi") ?? false, h.screen)
        XCTAssertTrue(h.row(containing: "Bayu Firmansyah")?.text.contains("sama dengan baris 25") ?? false, h.screen)
    }

    func testTakeAPhoneAddAMemberThenReopenShowsOnlyWhatIsPending() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = reconcileTab(store)
        open(h)
        let pending = try XCTUnwrap(h.header.split(separator: "/").last.map { String($0).trimmingCharacters(in: .whitespaces) })
        // Beda › Nanang Basri › compare › take the DPP phone.
        h.run([.tab, .tab])
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Register DPD"), h.screen)
        XCTAssertTrue(h.row(containing: "No. HP")?.text.hasPrefix("≠") ?? false, "the differing field is marked:\n\(h.screen)")
        h.run([.char("a")])
        XCTAssertEqual(h.messageLine, "Keputusan disimpan: ambil DPP.")
        let phone = h.row(containing: "No. HP")?.text ?? ""
        XCTAssertTrue(phone.contains("ambil DPP"), h.screen)
        XCTAssertEqual(phone.components(separatedBy: "081277881001").count, 3, "the register now holds the DPP phone:\n\(h.screen)")
        XCTAssertFalse(phone.hasPrefix("≠"), "taken, the two values no longer differ")
        h.run([.escape])
        // Hanya DPP › Rina Oktaviani › make her a member.
        h.run([.tab, .tab])
        XCTAssertTrue(h.screen.contains("Rina Oktaviani"), h.screen)
        h.run([.char("t")])
        XCTAssertTrue(h.screen.contains("Tambahkan Rina Oktaviani ke register sebagai anggota aktif"), h.screen)
        h.run([.char("y")])
        XCTAssertEqual(h.messageLine, "Rina Oktaviani kini anggota (jalur situs DPP).")
        h.run([.escape])
        // Reopen: the run's file again, two rows fewer pending.
        XCTAssertTrue(h.row(containing: "ekspor-dpp.csv") != nil, h.screen)
        h.run([.enter])
        XCTAssertTrue(h.header.hasSuffix("/\(Int(pending)! - 2)"), "\(h.header) after \(pending)")
        XCTAssertFalse(h.screen.contains("Nanang Basri"), "decided rows are not pending:\n\(h.screen)")
        // In Anggota, with channel situs DPP.
        h.run([.escape, .escape, .escape])
        h.run([.char("1"), .char("/")])
        h.type("Rina Oktaviani")
        h.run([.enter, .enter, .pageDown])
        XCTAssertNotNil(h.row(containing: "Situs DPP"), h.screen)
    }

    func testMembersMarkedNotAtTheDPPAreSavedAsAListForTheDPP() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = reconcileTab(store)
        open(h)
        h.run([.tab, .tab, .tab])  // Hanya DPD
        XCTAssertTrue(h.keyBar.contains("Belum di DPP"), h.keyBar)
        h.run([.char("e")])
        XCTAssertTrue(h.messageLine.hasPrefix("Belum ada anggota yang ditandai"), h.messageLine)
        h.run([.char("b")])
        XCTAssertEqual(h.messageLine, "Keputusan disimpan: belum terdaftar di DPP.")
        h.run([.char("b")])
        h.run([.char("e")])
        XCTAssertTrue(h.messageLine.hasPrefix("2 anggota belum terdaftar di DPP disimpan ke "), h.messageLine)
        let path = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("dokumen/dpp/belum-terdaftar-dpp-2025-06-02.csv").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "nama,nik,kta,no_hp,email,kab_kota,tanggal_daftar")
        XCTAssertEqual(lines.count, 3, "the two members marked, one after the other (b moves on)")
        XCTAssertEqual(Set(lines.dropFirst()).count, 2, "two members (the demo's two Ahmad Fauzi, by their KTA)")
    }

    /// A ragu row settled in the open screen: the candidate not chosen is hanya DPD at once.
    func testSettlingARaguRowPutsTheOtherCandidateBackAtOnce() {
        let h = reconcileTab(MemberFixtures.fixedClockStore())
        open(h)
        for _ in 0..<5 { h.run([.tab]) }  // Ragu
        XCTAssertTrue(h.row(containing: "Sandi Wibowo")?.text.contains("#96") ?? false, h.screen)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Calon di register"), h.screen)
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Keputusan disimpan: orang ini.")
        h.run([.escape])
        XCTAssertTrue(h.screen.contains("sama 7 · beda 7 · hanya DPD 100 · hanya DPP 6 · ragu 2"), h.screen)
    }

    func testAFileOfAnotherProvinceSaysWhatWasFoundAndWritesNothing() throws {
        let store = MemberFixtures.fixedClockStore()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("jambi.csv").path
        try "Nama,NIK,Provinsi\r\nRudi,1571021203880001,Jambi\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let h = reconcileTab(store)
        open(h, path)
        XCTAssertEqual(h.messageLine, "Semua 1 baris berkas ini di luar Sumatera Selatan (Jambi (1)): tidak ada yang direkonsiliasi.")
        XCTAssertTrue(h.screen.contains("Belum ada rekonsiliasi"), h.screen)
    }

    func testTheScreensFit80x24AndAResize() {
        let h = reconcileTab(MemberFixtures.fixedClockStore())
        open(h)
        assertSnapshot(h.terminal, named: "reconcile-pending-80x24")
        _ = h.run(events: [.resize(Size(width: 120, height: 40))])
        XCTAssertTrue(h.screen.contains("sama 6 · beda 7"), h.screen)
        _ = h.run(events: [.resize(Size(width: 80, height: 24))])
        h.run([.tab, .tab, .enter])
        assertSnapshot(h.terminal, named: "reconcile-compare-80x24")
    }
}
