import Documents
import Domain
import Foundation
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Issue 15 on screen: `c` on a Musda chooses a paper and a format, the paper is numbered and
/// written beside the database, and the Dokumen tab lists the register.
final class MusdaDocumentsScreenTests: XCTestCase {
    private func musdaI(_ store: Store, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("3"), .enter])
        return h
    }

    private func folder(_ store: Store) -> URL { URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("dokumen") }

    func testCMakesTheBlankDaftarHadirOfTheCurrentSessionAndTheTabListsIt() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = musdaI(store)
        XCTAssertTrue(h.keyBar.hasPrefix("c Cetak"), h.keyBar)
        h.run([.char("c")])
        XCTAssertNotNil(h.row(containing: "Daftar hadir kosong – Pembukaan"), "the current session's first: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Berita acara pemilihan – Ketua DPD IPSPI Sumatera Selatan 2023–2028"), h.screen)
        XCTAssertNotNil(h.row(containing: "SK kepengurusan 2023–2028 dengan lampiran"), h.screen)
        h.type("kosong")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "Word (DOCX)"), h.screen)
        h.type("mark")
        h.run([.enter])
        let expected = folder(store).appendingPathComponent("musda-i/daftar-hadir-kosong-pembukaan-musda-i.md")
        XCTAssertEqual(h.messageLine, "Dibuat 01/DH/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023 → dokumen/musda-i/daftar-hadir-kosong-pembukaan-musda-i.md")
        let text = try String(contentsOf: expected, encoding: .utf8)
        XCTAssertTrue(text.contains("Jumlah terdaftar: 50 orang (38 peserta, 12 peninjau, 0 undangan)."), text)
        XCTAssertTrue(text.contains("| 50. | Yudi Rizal Ismail | Peninjau – Empat Lawang |  | 50. ........... |"), text)

        h.run([.backTab])
        XCTAssertNotNil(h.row(containing: "01/DH/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"), h.screen)
        XCTAssertNotNil(h.row(containing: "05/UND/DPD-IPSPI/SUMSEL/IV/2023"), "the demo's papers are listed too: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Dicatat tanpa berkas"), "the demo's undangan was made elsewhere: \(h.screen)")
        assertSnapshot(h.terminal, named: "musda-documents-80x24")
        let listed = try XCTUnwrap(store.musda.documents(musdaId: 2).firstIndex { $0.kind == .daftarHadir })
        h.run(Array(repeating: Key.down, count: listed))
        XCTAssertNotNil(h.row(containing: "Berkas: \(expected.path.prefix(60))"), "the whole path, as far as it fits: \(h.screen)")
    }

    func testWithoutLibreOfficeAPDFOffersADocxInstead() throws {
        let store = MemberFixtures.fixedClockStore()
        let saved = ProcessInfo.processInfo.environment["PATH"]
        setenv("PATH", "/nonexistent", 1)
        defer { if let saved { setenv("PATH", saved, 1) } }
        let h = musdaI(store)
        h.run([.char("c")])
        h.type("undangan")
        h.run([.enter])
        h.type("pdf")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "LibreOffice tidak terpasang di komputer ini"), h.screen)
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Dibuat 05/UND/DPD-IPSPI/SUMSEL/IV/2023 → dokumen/musda-i/undangan-musda-i-dpd-ipspi-sumatera-selatan.docx")
    }

    func testAPaperThatCannotBeMadeSaysWhy() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = musdaI(store)
        // The formation meeting of 2019 has no LPJ and no election: only what it can give is offered.
        h.run([.escape, .down, .enter, .char("c")])
        XCTAssertNil(h.row(containing: "Berita acara penetapan LPJ"), h.screen)
        XCTAssertNil(h.row(containing: "Keputusan Musda"), h.screen)
        h.type("undangan")
        h.run([.enter])
        // A file where the documents folder should be: the folder cannot be made.
        try Data("x".utf8).write(to: folder(store))
        h.type("word")
        h.run([.enter])
        XCTAssertTrue(h.messageLine.hasSuffix("bagian jalurnya bukan folder."), h.messageLine)
        XCTAssertTrue(h.messageLine.hasPrefix("Tidak dapat menulis /"), h.messageLine)
        XCTAssertEqual(try store.musda.documents(musdaId: 1).filter { $0.filePath != nil }.count, 0, "nothing registered")
    }

    func testMenimbangAndMengingatAreEditedAndPrinted() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = musdaI(store)
        h.run([.tab, .tab, .tab, .tab])
        XCTAssertTrue(h.header.hasSuffix("Musda I"), h.screen)
        h.run([.char("m")])
        XCTAssertNotNil(h.row(containing: "Menimbang – Jadwal Acara Musda I"), h.screen)
        h.run([.ctrl("u")])
        h.type(" ; ; ")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "Isi paling sedikit satu butir."), "points of nothing are refused in place: \(h.screen)")
        h.run([.ctrl("u")])
        h.type("bahwa jadwal perlu disahkan; bahwa peserta setuju.")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "Mengingat – Jadwal Acara Musda I"), h.screen)
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Menimbang dan Mengingat disimpan: Jadwal Acara Musda I DPD IPSPI Sumatera Selatan.")
        let decision = try XCTUnwrap(store.musda.decisions(musdaId: 2).first)
        XCTAssertEqual(decision.considering, "bahwa jadwal perlu disahkan; bahwa peserta setuju.")
        XCTAssertNil(decision.legalBasis, "left as the default, it follows the setting")

        h.run([.char("c")])
        h.type("keputusan")
        h.run([.enter])
        h.type("mark")
        h.run([.enter])
        let md = try String(contentsOf: folder(store).appendingPathComponent("musda-i/keputusan-musda-i.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("- Menimbang a. bahwa jadwal perlu disahkan;"), md)
        XCTAssertTrue(md.contains("- b. bahwa peserta setuju;"), md)
        XCTAssertTrue(md.contains("- Mengingat 1. Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial;"), md)
    }

    func testTheBoardPrintsItsSK() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("2"), .enter])
        XCTAssertTrue(h.header.contains("2023–2028"), h.screen)
        h.run([.char("c")])
        h.type("mark")
        h.run([.enter])
        // Dated as the board was composed (the formatur's deadline), not on the day it is printed.
        XCTAssertEqual(h.messageLine, "Dibuat 01/SK/DPD-IPSPI/SUMSEL/V/2023 → dokumen/sk/sk-kepengurusan-dpd-ipspi-sumatera-selatan-2023-2028.md")
        let md = try String(contentsOf: folder(store).appendingPathComponent("sk/sk-kepengurusan-dpd-ipspi-sumatera-selatan-2023-2028.md"),
                            encoding: .utf8)
        XCTAssertTrue(md.contains("| 1. | Ketua | Wahidin | 16.71.000001 |") || md.contains("Wahidin"), md)
        XCTAssertTrue(md.contains("SUSUNAN PENGURUS DPD IPSPI SUMATERA SELATAN PERIODE 2023–2028"), md)
    }
}
