import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Pengurus: the terms, the board of a term, filling and replacing seats with the person picker.
final class PengurusTests: XCTestCase {
    private func openBoard(_ store: Store = TestStore.demo, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("2"), .enter])
        return h
    }

    /// Moves the selection to the row that contains `text`.
    private func select(_ h: AppHarness, _ text: String, line: UInt = #line) {
        h.run([.home])
        for _ in 0..<80 {
            if let row = h.row(containing: text), isReverse(h.styleRow(row.index).first) { return }
            h.run([.down])
        }
        XCTFail("no row with \(text):\n\(h.screen)", line: line)
    }

    /// The style layer writes attribute bits in hex; reverse video is bit 1.
    private func isReverse(_ cell: Character?) -> Bool {
        (Int(String(cell ?? " "), radix: 16) ?? 0) & 2 != 0
    }

    // MARK: Terms

    func testTheTermListAt80x24And120x40() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let h = AppHarness(size: size)
            h.run([.char("2")])
            XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Pengurus")
            let current = h.row(containing: "2023–2028")?.text ?? ""
            XCTAssertTrue(current.contains("14 Mei 2023") && current.contains("aktif") && current.contains("45/45"), current)
            XCTAssertTrue(h.row(containing: "2019–2023")?.text.contains("selesai") ?? false, h.screen)
            assertSnapshot(h.terminal, named: "pengurus-terms-\(size.width)x\(size.height)")
        }
    }

    func testAddingATermFillsItsEndAndNameAndItStartsInPreparation() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("2"), .char("a"), .tab])
        h.type("14052028")
        XCTAssertTrue(h.screen.contains("2028–2033"), "the name follows the start and the term length:\n\(h.screen)")
        XCTAssertTrue(h.screen.contains("14-05-2033"), h.screen)
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Periode 2028–2033 tersimpan.")
        XCTAssertTrue(h.row(containing: "2028–2033")?.text.contains("persiapan") ?? false, h.screen)
        XCTAssertEqual(try store.board.terms().first?.status, .persiapan)
        XCTAssertTrue(h.row(containing: "2028–2033")?.text.hasSuffix("0/45") ?? false, "the standard seats, all vacant:\n\(h.screen)")
    }

    func testANewTermBecomesActiveOnlyAfterTheOldOneIsMadeOutgoing() throws {
        let store = MemberFixtures.fixedClockStore()
        let next = try store.board.save(Term(name: "2028–2033", start: LocalDate(iso: "2028-05-14")!, end: nil, status: .persiapan))
        let h = AppHarness(store: store)
        h.run([.char("2"), .char("s")])
        XCTAssertTrue(h.screen.contains("Ubah status periode: 2028–2033"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Alasan wajib diisi"), "a status change needs its reason:\n\(h.screen)")
        h.run([.tab])
        h.type("Hasil Musda II")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Periode 2023–2028 masih aktif."), h.screen)
        h.run([.char("y")])
        XCTAssertEqual(h.messageLine, "Status periode 2028–2033 kini aktif.")
        XCTAssertEqual(try store.board.term(id: next)?.status, .aktif)
        XCTAssertTrue(h.row(containing: "2023–2028")?.text.contains("demisioner") ?? false, h.screen)
        XCTAssertEqual(try store.audit.entries(entity: "term", id: next).first?.reason, "Hasil Musda II")
    }

    // MARK: The board

    func testTheBoardShowsWahidinAsKetuaAnd45Of45Seats() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let h = openBoard(size: size)
            XCTAssertTrue(h.header.hasPrefix("Menu › Pengurus › 2023–2028"), h.header)
            XCTAssertTrue(h.header.hasSuffix("45 dari 45 kursi terisi"), h.header)
            let ketua = h.row(containing: "Ketua ")?.text ?? ""
            XCTAssertTrue(ketua.contains("Wahidin") && ketua.contains("14 Mei 2023"), ketua)
            XCTAssertTrue(h.screen.contains("PEMBINA / PENASEHAT") && h.screen.contains("PENGURUS HARIAN"), h.screen)
            assertSnapshot(h.terminal, named: "pengurus-board-\(size.width)x\(size.height)")
        }
    }

    func testTheBoardScrollsToEveryBidangAndSaysVacantSeats() throws {
        let store = MemberFixtures.fixedClockStore()
        let term = try XCTUnwrap(store.board.activeTerm())
        let bendahara = try XCTUnwrap(store.board.board(termId: term.id!).seats.first { $0.position.title == "Bendahara" })
        try store.board.endAssignment(id: bendahara.holder!.assignment.id!, on: LocalDate(iso: "2025-01-01")!, reason: .meninggal, note: nil)
        let h = openBoard(store)
        XCTAssertTrue(h.header.hasSuffix("44 dari 45 kursi terisi"), h.header)
        XCTAssertTrue(h.row(containing: "Bendahara ")?.text.contains("kosong") ?? false, h.screen)
        h.run([.end])
        XCTAssertTrue(h.screen.contains("BIDANG HUBUNGAN KAB/KOTA"), "the last bidang, scrolled to:\n\(h.screen)")
        XCTAssertTrue(h.row(containing: "Koordinator Bidang")?.text.hasPrefix("  Koordinator Bidang ") ?? false,
                      "a bidang seat drops the bidang's name the group title already says:\n\(h.screen)")
    }

    // MARK: Filling and replacing seats

    func testThePickerFindsAPersonByThreeLettersAt80x24And120x40() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let h = openBoard(size: size)
            select(h, "Bendahara ")
            h.run([.char("i")])
            XCTAssertTrue(h.screen.contains("Ganti: Bendahara"), h.screen)
            XCTAssertTrue(h.screen.contains("Ketik sebagian nama, NIK atau KTA."), h.screen)
            h.type("ilh")
            XCTAssertTrue(h.screen.contains("Ilham Anwar"), h.screen)
            XCTAssertTrue(h.screen.contains("cocok"), h.screen)
            assertSnapshot(h.terminal, named: "pengurus-picker-\(size.width)x\(size.height)")
        }
    }

    func testReplacingTheBendaharaKeepsBothHoldersInTheSeatHistory() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openBoard(store)
        select(h, "Bendahara ")
        let outgoing = try XCTUnwrap(h.row(containing: "Bendahara ")?.text)
        h.run([.char("i")])
        h.type("ilh")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Orang: Ilham Anwar"), h.screen)
        XCTAssertTrue(h.screen.contains("Tanggal serah terima"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Alasan berakhir wajib diisi."), "the reason for leaving is required:\n\(h.screen)")
        h.run([.tab, .right])
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Ilham Anwar memegang Bendahara sejak 2 Juni 2025.")
        XCTAssertTrue(h.row(containing: "Bendahara ")?.text.contains("Ilham Anwar") ?? false, h.screen)
        XCTAssertTrue(h.header.hasSuffix("45 dari 45 kursi terisi"), h.header)

        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Riwayat: Bendahara"), h.screen)
        let old = outgoing.split(separator: " ").dropFirst().prefix(2).joined(separator: " ")
        let first = try XCTUnwrap(h.row(containing: old)?.text, h.screen)
        XCTAssertTrue(first.contains("14 Mei 2023") && first.contains("2 Jun 2025") && first.contains("mengundurkan diri"), first)
        let second = try XCTUnwrap(h.row(containing: "Ilham Anwar")?.text)
        XCTAssertTrue(second.contains("2 Jun 2025") && second.contains("menjabat"), second)
    }

    func testADateOutsideTheTermIsRefusedInPlaceAndNothingIsWritten() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try store.board.termSummaries()
        let h = openBoard(store)
        select(h, "Bendahara ")
        h.run([.char("i")])
        h.type("ilh")
        h.run([.enter, .ctrl("u")])
        h.type("01012020")
        h.run([.tab, .right, .function(2)])
        XCTAssertTrue(h.screen.contains("Tanggal serah terima") , h.screen)
        XCTAssertTrue(h.screen.contains("di luar masa periode") || h.screen.contains("tidak boleh sebelum"), h.screen)
        XCTAssertEqual(try store.board.termSummaries(), before, "nothing written")
        h.run([.escape])
        XCTAssertTrue(h.screen.contains("Buang perubahan?"), "what was typed is not dropped without asking:\n\(h.screen)")
        h.run([.char("y")])
        XCTAssertFalse(h.screen.contains("Ilham Anwar"), h.screen)
    }

    func testSomeoneWhoAlreadyHoldsASeatNeedsATypedReason() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openBoard(store)
        select(h, "Bendahara ")
        h.run([.char("i")])
        h.type("wahidin")
        h.run([.enter, .tab, .right, .function(2)])
        XCTAssertTrue(h.screen.contains("Perlu alasan"), h.screen)
        XCTAssertTrue(h.screen.contains("sudah memegang jabatan Ketua"), h.screen)
        h.type("Rangkap sementara")
        h.run([.enter])
        XCTAssertTrue(h.row(containing: "Bendahara ")?.text.contains("Wahidin") ?? false, h.screen)
    }

    func testEndingASeatLeavesItVacantWithItsHistory() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openBoard(store)
        select(h, "Wakil Bendahara")
        h.run([.char("x"), .tab, .right, .right])
        h.run([.function(2)])
        XCTAssertTrue(h.messageLine.hasPrefix("Jabatan Wakil Bendahara berakhir 2 Juni 2025"), h.messageLine)
        XCTAssertTrue(h.row(containing: "Wakil Bendahara")?.text.contains("kosong") ?? false, h.screen)
        XCTAssertTrue(h.header.hasSuffix("44 dari 45 kursi terisi"), h.header)
        h.run([.char("x")])
        XCTAssertEqual(h.messageLine, "Kursi ini kosong; tidak ada jabatan yang diakhiri.")
    }

    func testABidangAndASeatCanBeAddedAndRemovedWhileEmpty() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openBoard(store)
        h.run([.char("b")])
        h.type("Pemberdayaan Perempuan")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Bidang Pemberdayaan Perempuan tersimpan.")
        XCTAssertTrue(h.screen.contains("BIDANG PEMBERDAYAAN PEREMPUAN"), h.screen)
        h.run([.char("a")])
        XCTAssertTrue(h.screen.contains("Koordinator Bidang Pemberdayaan Perempuan"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.header.hasSuffix("45 dari 46 kursi terisi"), h.header)
        h.run([.char("d"), .char("y")])
        XCTAssertTrue(h.header.hasSuffix("45 dari 45 kursi terisi"), h.header)
        select(h, "BIDANG PEMBERDAYAAN PEREMPUAN")
        h.run([.char("n"), .ctrl("u")])
        h.type("Organisasi & Keanggotaan")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Nama bidang ini sudah dipakai."), h.screen)
        h.run([.char("d"), .char("y")])
        XCTAssertEqual(h.messageLine, "Bidang Pemberdayaan Perempuan dihapus.")
        select(h, "Ketua ")
        h.run([.char("d"), .char("y")])
        XCTAssertEqual(h.messageLine, "Kursi ini punya riwayat pemegang; tidak dapat dihapus.")
    }
}
