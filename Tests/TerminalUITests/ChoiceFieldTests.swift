import XCTest
@testable import TerminalUI

final class ChoiceFieldTests: XCTestCase {
    let statuses = ["Aktif", "Tidak aktif", "Meninggal", "Mengundurkan diri"]

    func testArrowsAndSpaceCycle() {
        var f = ChoiceField(statuses, selected: 0)
        XCTAssertEqual(f.handle(.right), .changed); XCTAssertEqual(f.selectedOption, "Tidak aktif")
        XCTAssertEqual(f.handle(.char(" ")), .changed); XCTAssertEqual(f.selected, 2)
        XCTAssertEqual(f.handle(.left), .changed); XCTAssertEqual(f.selected, 1)
        XCTAssertEqual(f.handle(.left), .changed); XCTAssertEqual(f.selected, 0)
        XCTAssertEqual(f.handle(.left), .changed); XCTAssertEqual(f.selected, 3, "wraps")
        XCTAssertEqual(f.handle(.right), .changed); XCTAssertEqual(f.selected, 0)
        XCTAssertEqual(f.handle(.tab), .ignored)
        XCTAssertEqual(f.handle(.down), .ignored, "↑↓ belong to the form")
    }

    func testFirstLetterJumpsAndRepeatsCycle() {
        var f = ChoiceField(statuses, selected: 0)
        XCTAssertEqual(f.handle(.char("m")), .changed); XCTAssertEqual(f.selected, 2)
        XCTAssertEqual(f.handle(.char("M")), .changed); XCTAssertEqual(f.selected, 3)
        XCTAssertEqual(f.handle(.char("m")), .changed); XCTAssertEqual(f.selected, 2)
        XCTAssertEqual(f.handle(.char("t")), .changed); XCTAssertEqual(f.selected, 1)
        XCTAssertEqual(f.handle(.char("t")), .rejected, "only one option starts with t")
        XCTAssertEqual(f.handle(.char("z")), .rejected)
    }

    func testEmptyUntilChosen() {
        var f = ChoiceField(statuses, placeholder: "pilih")
        XCTAssertNil(f.selected)
        var cursor: Point?
        var b = render(24, 1) { buf, r in cursor = f.draw(in: r, on: &buf, focused: true) }
        assertLines(b, ["‹ pilih             ›   "])
        XCTAssertTrue(b.style(2, 0).attributes.contains(.dim))
        XCTAssertEqual(cursor, Point(x: 2, y: 0))
        _ = f.handle(.right)
        XCTAssertEqual(f.selected, 0)
        b = render(24, 1) { buf, r in _ = f.draw(in: r, on: &buf, focused: false) }
        assertLines(b, ["‹ Aktif             ›   "])
        XCTAssertFalse(b.style(2, 0).attributes.contains(.dim))
        XCTAssertTrue(b.style(2, 0).attributes.contains(.underline))
        var g = ChoiceField(statuses)
        _ = g.handle(.left)
        XCTAssertEqual(g.selected, 3, "← from nothing picks the last")
    }

    func testNarrowFieldTruncates() {
        let f = ChoiceField(statuses, selected: 3)
        XCTAssertEqual(f.preferredWidth, 21)
        let b = render(12, 1) { buf, r in _ = f.draw(in: r, on: &buf, focused: false) }
        assertLines(b, ["‹ Mengund… ›"])
    }
}
