import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Bagan: a term's board as a tree, panned over when larger than the screen.
final class OrgChartScreenTests: XCTestCase {
    private static func termId(_ year: Int, in store: Store = TestStore.demo) -> Int64 {
        try! store.board.terms().first { $0.start.year == year }!.id!
    }

    /// The app with the chart of the term starting in `year`, opened as a person would: Pengurus,
    /// the term, `o` on its board.
    private func chart(_ year: Int = 2023, store: Store = TestStore.demo, size: Size = Size(width: 80, height: 24),
                       language: Language = .indonesian) -> AppHarness {
        let h = AppHarness(store: store, language: language, size: size)
        let row = try! store.board.terms().firstIndex { $0.start.year == year }!
        h.run([.char("2")] + Array(repeating: Key.down, count: row) + [.enter, .char("o")])
        return h
    }

    /// The header's `baris a–b dari n · kolom a–b dari n`.
    private func position(_ h: AppHarness) -> String {
        String(h.header.split(separator: "  ").last ?? "").trimmingCharacters(in: .whitespaces)
    }

    func testThe2023ChartAt80x24OpensOnTheKetua() {
        let h = chart()
        XCTAssertTrue(h.header.contains("Pengurus › 2023–2028 › Bagan"), h.header)
        XCTAssertEqual(position(h), "baris 1–21 dari 48 · kolom 24–101 dari 125", "the ketua in the middle")
        XCTAssertNotNil(h.row(containing: "├─ ─ ─┤  Ketua  │"), h.screen)
        XCTAssertNotNil(h.row(containing: "│ Wahidin │"), h.screen)
        assertSnapshot(h.terminal, named: "org-chart-80x24")
    }

    func testThe2023ChartAt120x40() {
        let h = chart(size: Size(width: 120, height: 40))
        XCTAssertEqual(position(h), "baris 1–37 dari 48 · kolom 4–121 dari 125")
        assertSnapshot(h.terminal, named: "org-chart-120x40")
    }

    func testPanningByCellPageAndToTheEdges() {
        let h = chart()
        h.run([.char("l"), .right, .char("j"), .down])
        XCTAssertEqual(position(h), "baris 3–23 dari 48 · kolom 26–103 dari 125")
        h.run([.char("h"), .left, .char("k"), .up])
        XCTAssertEqual(position(h), "baris 1–21 dari 48 · kolom 24–101 dari 125")
        h.run([.up, .char("k")])
        XCTAssertEqual(position(h), "baris 1–21 dari 48 · kolom 24–101 dari 125", "nothing above the top")
        h.run([.pageDown])
        XCTAssertEqual(position(h), "baris 21–41 dari 48 · kolom 24–101 dari 125", "a page keeps one line in view")
        h.run([.pageDown, .pageDown])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 24–101 dari 125", "no further than the last line")
        h.run([.pageUp])
        XCTAssertEqual(position(h), "baris 8–28 dari 48 · kolom 24–101 dari 125")
        h.run([.char("g")])
        XCTAssertEqual(position(h), "baris 1–21 dari 48 · kolom 24–101 dari 125")
        h.run([.char("G")])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 24–101 dari 125")
        h.run([.home])
        XCTAssertEqual(position(h), "baris 1–21 dari 48 · kolom 24–101 dari 125")
        h.run([.end, .char("0")])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 1–78 dari 125")
        h.run([.shift(.right)])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 48–125 dari 125", "a page sideways, up to the edge")
        h.run([.char("H")])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 1–78 dari 125")
        h.run([.char("L"), .right])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 48–125 dari 125", "nothing right of the right edge")
        h.run([.shift(.left), .char("$")])
        XCTAssertEqual(position(h), "baris 28–48 dari 48 · kolom 48–125 dari 125")
        assertSnapshot(h.terminal, named: "org-chart-80x24-bottom-right")
        h.run([.char("0"), .char("g"), .pageDown])
        assertSnapshot(h.terminal, named: "org-chart-80x24-panned")
    }

    func testAResizeKeepsTheViewInsideTheChart() {
        let h = chart()
        h.run([.char("G"), .char("$")])
        h.run(events: [.resize(Size(width: 120, height: 40))])
        XCTAssertEqual(position(h), "baris 12–48 dari 48 · kolom 8–125 dari 125")
        XCTAssertNotNil(h.row(containing: "Hubungan Kab/Kota"))
    }

    func testTheKeyBarKeepsHelpAndQuitAndTheHelpListsThePanKeys() {
        let h = chart()
        XCTAssertTrue(h.keyBar.contains("F1 Bantuan"), h.keyBar)
        XCTAssertTrue(h.keyBar.contains("F10 Keluar"), h.keyBar)
        h.run([.function(1)])
        for keys in ["←/→/↑/↓ h/l/k/j", "PgUp/PgDn", "Shift-←/→ H/L", "g/G Home/End", "0/$"] {
            XCTAssertNotNil(h.row(containing: keys), "\(keys) in the help:\n\(h.screen)")
        }
        XCTAssertNotNil(h.row(containing: "Geser satu halaman ke kiri / kanan"), h.screen)
        h.run([.escape, .escape])
        XCTAssertEqual(h.app.screens.count, 3, "Esc closed the help, then went back to the board")
        XCTAssertTrue(h.header.hasSuffix("45 dari 45 kursi terisi"), h.header)
    }

    func testEveryLineIsABoxGlyphSoANonUTF8TerminalDrawsItInASCII() {
        let h = chart(size: Size(width: 120, height: 40))
        let content = h.terminal.frame.lines[1..<38]
        for line in content {
            for ch in line where ("\u{2500}"..."\u{257F}").contains(ch) {
                XCTAssertTrue(BoxGlyph.all.contains(String(ch)), "\(ch) has no WACS/ASCII form")
            }
        }
        // What the terminal draws when the locale is not UTF-8 (NcursesTerminal.putLine).
        let ascii = content.map { line in String(line.map { ch in BoxGlyph.ascii(String(ch)) ?? ch }) }
        XCTAssertTrue(ascii.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII || $0 == "é" } }, ascii.joined(separator: "\n"))
        XCTAssertTrue(ascii.contains { $0.contains("+- - -+  Ketua  |") }, ascii.joined(separator: "\n"))
        XCTAssertTrue(ascii.contains { $0.contains("+----+----+") }, "the spine leaves the ketua's box")
        XCTAssertTrue(ascii.contains { $0.contains("-------+-------") }, "the bus the spine crosses")
    }

    func testTitlesAreBoldAndAVacantSeatIsDim() throws {
        let store = TestStore.fresh()
        let term = Self.termId(2023, in: store)
        let seat = try XCTUnwrap(store.board.board(termId: term).seats.first { $0.position.title == "Wakil Bendahara" })
        try store.board.endAssignment(id: seat.holder!.assignment.id!, on: LocalDate(iso: "2025-06-01")!, reason: .mengundurkanDiri,
                                      note: nil)
        let h = chart(store: store, size: Size(width: 120, height: 40))
        let vacant = try XCTUnwrap(h.row(containing: "kosong"), h.screen)
        let column = vacant.text.distance(from: vacant.text.startIndex, to: vacant.text.range(of: "kosong")!.lowerBound)
        XCTAssertEqual(Array(h.styleRow(vacant.index))[column], "8", "kosong is dim")
        let title = try XCTUnwrap(h.row(containing: "Wakil Bendahara"))
        let at = title.text.distance(from: title.text.startIndex, to: title.text.range(of: "Wakil Bendahara")!.lowerBound)
        XCTAssertEqual(Array(h.styleRow(title.index))[at], "1", "a seat's title is bold")
    }

    func testASmallBoardStandsInTheMiddle() {
        let h = chart(2019, size: Size(width: 120, height: 40))
        XCTAssertEqual(position(h), "baris 1–11 dari 11 · kolom 1–56 dari 56")
        let ketua = try! XCTUnwrap(h.row(containing: "Ketua"))
        XCTAssertTrue(ketua.text.hasPrefix(String(repeating: " ", count: 50)), "centred: \(ketua.text)")
    }

    func testInEnglish() {
        let h = chart(language: .english)
        XCTAssertTrue(h.header.hasPrefix("Menu › Board › 2023–2028 › Chart"), h.header)
        XCTAssertEqual(position(h), "rows 1–21 of 48 · columns 24–101 of 125")
        h.run([.char("0")])
        XCTAssertNotNil(h.row(containing: "Patrons & advisers"), h.screen)
    }

    func testAnUnknownTermSaysSo() {
        let h = AppHarness()
        h.app.push(OrgChartScreen(termId: 999))
        h.run([])
        XCTAssertEqual(h.messageLine, "Periode ini tidak ditemukan.")
        XCTAssertTrue(h.header.hasPrefix("Menu › Bagan"), h.header)
        XCTAssertTrue(h.keyBar.contains("F10 Keluar"))
    }
}
