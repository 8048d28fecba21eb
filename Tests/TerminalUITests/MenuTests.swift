import XCTest
@testable import TerminalUI

final class MenuTests: XCTestCase {
    let labels = ["Anggota", "Pengurus", "Musda", "Program Kerja", "Pendataan", "Laporan", "Pengaturan"]
    var menu: Menu {
        Menu(labels.enumerated().map { MenuItem($0.element, hotkey: Character(String($0.offset + 1))) })
    }

    func testDrawsHotkeysAndSelectionInReverse() {
        let m = menu
        var cursor: Point?
        let b = render(20, 7) { buf, r in cursor = m.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [
            " 1  Anggota        ",
            " 2  Pengurus       ",
            " 3  Musda          ",
            " 4  Program Kerja  ",
            " 5  Pendataan      ",
            " 6  Laporan        ",
            " 7  Pengaturan     ",
        ].map { $0 + " " })
        XCTAssertTrue(b.row(0, 0..<20, has: .reverse), "the selected row is reverse video across the width")
        XCTAssertFalse(b.style(0, 1).attributes.contains(.reverse))
        XCTAssertEqual(cursor, Point(x: 0, y: 0))
    }

    func testUnfocusedSelectionIsBoldNotReverse() {
        let m = menu
        let b = render(20, 7) { buf, r in _ = m.draw(in: r, on: &buf, focused: false) }
        XCTAssertFalse(b.style(0, 0).attributes.contains(.reverse))
        XCTAssertTrue(b.style(0, 0).attributes.contains(.bold))
    }

    func testMovementKeys() {
        var m = menu
        XCTAssertEqual(m.handle(.down), .moved); XCTAssertEqual(m.selected, 1)
        XCTAssertEqual(m.handle(.char("j")), .moved); XCTAssertEqual(m.selected, 2)
        XCTAssertEqual(m.handle(.char("k")), .moved); XCTAssertEqual(m.selected, 1)
        XCTAssertEqual(m.handle(.up), .moved); XCTAssertEqual(m.selected, 0)
        XCTAssertEqual(m.handle(.up), .moved); XCTAssertEqual(m.selected, 0, "no wrap at the top")
        XCTAssertEqual(m.handle(.char("G")), .moved); XCTAssertEqual(m.selected, 6)
        XCTAssertEqual(m.handle(.down), .moved); XCTAssertEqual(m.selected, 6, "no wrap at the bottom")
        XCTAssertEqual(m.handle(.char("g")), .moved); XCTAssertEqual(m.selected, 0)
        XCTAssertEqual(m.handle(.end), .moved); XCTAssertEqual(m.selected, 6)
        XCTAssertEqual(m.handle(.home), .moved); XCTAssertEqual(m.selected, 0)
    }

    func testEnterAndHotkeysActivate() {
        var m = menu
        _ = m.handle(.down)
        XCTAssertEqual(m.handle(.enter), .activated(1))
        XCTAssertEqual(m.handle(.char("5")), .activated(4))
        XCTAssertEqual(m.selected, 4, "a hotkey also moves the selection, so Esc back lands on it")
        XCTAssertEqual(m.handle(.char("x")), .ignored)
        XCTAssertEqual(m.handle(.function(2)), .ignored)
    }

    func testScrollsToKeepSelectionVisibleAndCursorOnIt() {
        var m = menu
        _ = m.handle(.char("G"))
        var cursor: Point?
        let b = render(12, 3) { buf, r in cursor = m.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [" 5  Pendata…", " 6  Laporan ", " 7  Pengatu…"])
        XCTAssertEqual(cursor, Point(x: 0, y: 2))
        XCTAssertTrue(b.row(2, 0..<12, has: .reverse))
    }

    func testWithoutHotkeysNoKeyColumn() {
        let m = Menu([MenuItem("Ya"), MenuItem("日本語")], selected: 1)
        let b = render(8, 2) { buf, r in _ = m.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [" Ya     ", " 日本語 "])
        XCTAssertTrue(b.row(1, 0..<8, has: .reverse))
    }
}
