import XCTest
@testable import TerminalUI

final class HelpOverlayTests: XCTestCase {
    let keymap = Keymap<Int>([
        KeyBinding([.function(1), .char("?")], bar: "Bantuan", help: "Bantuan layar ini", action: 1),
        KeyBinding([.enter], help: "Buka", action: 2),
        KeyBinding([.escape, .char("q")], help: "Kembali", action: 3),
        KeyBinding([.function(10), .char("Q")], help: "Keluar", action: 4),
    ])

    func testCentredBoxFromKeymap() {
        let help = HelpOverlay(title: "Bantuan", rows: keymap.helpRows, footer: "Esc tutup", area: Size(width: 36, height: 8))
        var cursor: Point?
        let b = render(36, 8) { buf, r in cursor = help.draw(in: r, on: &buf) }
        assertLines(b, [
            "                                    ",
            "    ┌─ Bantuan ────────────────┐    ",
            "    │ F1/?   Bantuan layar ini │    ",
            "    │ Enter  Buka              │    ",
            "    │ Esc/q  Kembali           │    ",
            "    │ F10/Q  Keluar            │    ",
            "    └─ Esc tutup ──────────────┘    ",
            "                                    ",
        ])
        XCTAssertTrue(b.style(6, 2).attributes.contains(.bold), "keys are bold")
        XCTAssertFalse(b.style(13, 2).attributes.contains(.bold), "descriptions are plain")
        XCTAssertEqual(cursor, Point(x: 6, y: 2))
    }

    func testALongDescriptionWrapsUnderItselfInsteadOfBeingCut() {
        let rows = Keymap<Int>([KeyBinding([.char("r")], help: "Catat realisasi sasaran terpilih: tanggal, nilai, sumber", action: 1),
                                KeyBinding([.enter], help: "Buka", action: 2)]).helpRows
        let help = HelpOverlay(title: "Bantuan", rows: rows, area: Size(width: 30, height: 10))
        let b = render(30, 10) { buf, r in help.draw(in: r, on: &buf) }
        assertLines(b, [
            "                              ",
            "  ┌─ Bantuan ──────────────┐  ",
            "  │ r      Catat realisasi │  ",
            "  │        sasaran         │  ",
            "  │        terpilih:       │  ",
            "  │        tanggal, nilai, │  ",
            "  │        sumber          │  ",
            "  │ Enter  Buka            │  ",
            "  └────────────────────────┘  ",
            "                              ",
        ])
    }

    func testScrollsWhenTallerThanScreen() {
        let rows = (1...20).map { HelpRow(keys: "k\($0)", text: "baris \($0)") }
        var help = HelpOverlay(title: "Bantuan", rows: rows, footer: "Esc", area: Size(width: 30, height: 6))
        // 6 rows of screen: 1 margin each side, 2 border rows -> 2 body rows.
        XCTAssertEqual(help.handle(.down), .handled)
        XCTAssertEqual(help.top, 1)
        XCTAssertEqual(help.handle(.pageDown), .handled)
        XCTAssertEqual(help.top, 2)
        XCTAssertEqual(help.handle(.char("G")), .handled)
        XCTAssertEqual(help.top, 18)
        XCTAssertEqual(help.handle(.down), .handled)
        XCTAssertEqual(help.top, 18, "stops at the last page")
        let b = render(30, 6) { buf, r in _ = help.draw(in: r, on: &buf) }
        assertLines(b, [
            "                              ",
            "     ┌─ Bantuan ────────┐     ",
            "     │ k19  baris 19    │     ",
            "     │ k20  baris 20    │     ",
            "     └─ Esc ─ 19-20/20 ─┘     ",
            "                              ",
        ])
        XCTAssertEqual(help.handle(.home), .handled)
        XCTAssertEqual(help.top, 0)
        XCTAssertEqual(help.handle(.up), .handled)
        XCTAssertEqual(help.top, 0)
    }

    func testRowsWithoutKeysAreSectionHeadings() {
        let rows = [HelpRow(keys: "Enter", text: "Buka"), HelpRow(keys: "", text: ""),
                    HelpRow(keys: "", text: "Semua layar"), HelpRow(keys: "F10", text: "Keluar")]
        let help = HelpOverlay(title: "Bantuan", rows: rows, area: Size(width: 28, height: 8))
        let b = render(28, 8) { buf, r in _ = help.draw(in: r, on: &buf) }
        assertLines(b, [
            "                            ",
            "   ┌─ Bantuan ──────────┐   ",
            "   │ Enter  Buka        │   ",
            "   │                    │   ",
            "   │        Semua layar │   ",
            "   │ F10    Keluar      │   ",
            "   └────────────────────┘   ",
            "                            ",
        ])
        XCTAssertTrue(b.row(4, 12..<23, has: .bold), "a section heading is bold")
        XCTAssertFalse(b.row(5, 12..<18, has: .bold), "descriptions are plain")
    }

    func testCloseKeys() {
        var help = HelpOverlay(title: "Bantuan", rows: keymap.helpRows, area: Size(width: 40, height: 10))
        for key: Key in [.escape, .char("q"), .function(1), .char("?")] {
            XCTAssertEqual(help.handle(key), .close, "\(key)")
        }
        XCTAssertEqual(help.handle(.enter), .handled, "modal: other keys are consumed")
    }

    func testResizeClampsScroll() {
        let rows = (1...10).map { HelpRow(keys: "\($0)", text: "x") }
        var help = HelpOverlay(title: "T", rows: rows, area: Size(width: 30, height: 6))
        _ = help.handle(.char("G"))
        XCTAssertEqual(help.top, 8)
        help.resize(Size(width: 30, height: 20))
        XCTAssertEqual(help.top, 0)
    }
}
