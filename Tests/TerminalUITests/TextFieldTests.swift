import XCTest
@testable import TerminalUI

final class TextFieldTests: XCTestCase {
    func type(_ text: String, into field: inout TextField) {
        for c in text { _ = field.handle(.char(c)) }
    }

    func drawn(_ field: TextField, width: Int, focused: Bool = true) -> (Buffer, Point?) {
        var cursor: Point?
        let b = render(width, 1) { buf, r in cursor = field.draw(in: r, on: &buf, focused: focused) }
        return (b, cursor)
    }

    func testTypingAndCaret() {
        var f = TextField()
        type("Budi", into: &f)
        XCTAssertEqual(f.text, "Budi")
        let (b, cursor) = drawn(f, width: 10)
        assertLines(b, ["Budi      "])
        XCTAssertTrue(b.row(0, 0..<10, has: .underline), "the field's extent shows without colour")
        XCTAssertEqual(cursor, Point(x: 4, y: 0))
    }

    func testCursorEditingKeys() {
        var f = TextField("Budi Santoso")
        XCTAssertEqual(f.handle(.home), .moved); XCTAssertEqual(f.cursor, 0)
        XCTAssertEqual(f.handle(.right), .moved); XCTAssertEqual(f.cursor, 1)
        XCTAssertEqual(f.handle(.delete), .changed); XCTAssertEqual(f.text, "Bdi Santoso")
        XCTAssertEqual(f.handle(.backspace), .changed); XCTAssertEqual(f.text, "di Santoso")
        XCTAssertEqual(f.handle(.backspace), .rejected, "nothing before the caret")
        XCTAssertEqual(f.handle(.end), .moved); XCTAssertEqual(f.cursor, 10)
        XCTAssertEqual(f.handle(.ctrl("a")), .moved); XCTAssertEqual(f.cursor, 0)
        XCTAssertEqual(f.handle(.ctrl("e")), .moved); XCTAssertEqual(f.cursor, 10)
        XCTAssertEqual(f.handle(.left), .moved); XCTAssertEqual(f.cursor, 9)
        XCTAssertEqual(f.handle(.ctrl("k")), .changed); XCTAssertEqual(f.text, "di Santos")
        XCTAssertEqual(f.handle(.ctrl("w")), .changed); XCTAssertEqual(f.text, "di ")
        XCTAssertEqual(f.handle(.ctrl("w")), .changed); XCTAssertEqual(f.text, "", "Ctrl-W skips the space, then the word")
        type("Siti Aminah", into: &f)
        _ = f.handle(.left); _ = f.handle(.left)
        XCTAssertEqual(f.handle(.ctrl("u")), .changed); XCTAssertEqual(f.text, "ah"); XCTAssertEqual(f.cursor, 0)
        XCTAssertEqual(f.handle(.tab), .ignored)
        XCTAssertEqual(f.handle(.enter), .ignored)
        XCTAssertEqual(f.handle(.function(2)), .ignored)
    }

    func testInsertInTheMiddle() {
        var f = TextField("Bdi")
        f.moveCursor(to: 1)
        type("u", into: &f)
        XCTAssertEqual(f.text, "Budi")
        XCTAssertEqual(f.cursor, 2)
    }

    func testWideCharactersAreOneStepTwoCells() {
        var f = TextField()
        type("山田a", into: &f)
        XCTAssertEqual(f.cursor, 3)
        var (b, cursor) = drawn(f, width: 8)
        assertLines(b, ["山田a   "])
        XCTAssertEqual(cursor, Point(x: 5, y: 0))
        _ = f.handle(.left); _ = f.handle(.left)
        (b, cursor) = drawn(f, width: 8)
        XCTAssertEqual(cursor, Point(x: 2, y: 0), "the caret sits before 田, two cells in")
        _ = f.handle(.backspace)
        XCTAssertEqual(f.text, "田a", "Backspace removes the whole wide character")
    }

    func testCombiningMarkStaysWithItsLetter() {
        var f = TextField()
        type("Jose", into: &f)
        _ = f.handle(.char("\u{301}"))   // a combining acute typed on its own, as some input methods send it
        XCTAssertEqual(f.text, "Jos\u{E9}")
        XCTAssertEqual(f.text.count, 4)
        XCTAssertEqual(f.cursor, 4)
        let (b, cursor) = drawn(f, width: 6)
        XCTAssertEqual(b[3, 0].text, "e\u{301}")
        XCTAssertEqual(cursor, Point(x: 4, y: 0))
        _ = f.handle(.backspace)
        XCTAssertEqual(f.text, "Jos", "the accent goes with its letter")
        var emoji = TextField()
        type("👍🏽!", into: &emoji)
        XCTAssertEqual(emoji.cursor, 2)
        _ = emoji.handle(.left); _ = emoji.handle(.backspace)
        XCTAssertEqual(emoji.text, "!", "a skin-toned emoji is one grapheme")
    }

    func testScrollsHorizontallyToKeepTheCaretVisible() {
        var f = TextField("Jalan Kolonel Atmo No. 12")
        var (b, cursor) = drawn(f, width: 10)
        assertLines(b, ["mo No. 12 "])
        XCTAssertEqual(cursor, Point(x: 9, y: 0), "the caret's own cell at the end")
        _ = f.handle(.home)
        (b, cursor) = drawn(f, width: 10)
        assertLines(b, ["Jalan Kolo"])
        XCTAssertEqual(cursor, Point(x: 0, y: 0))
        for _ in 0..<12 { _ = f.handle(.right) }
        (b, cursor) = drawn(f, width: 10)
        assertLines(b, ["an Kolonel"])   // the caret is on the last "l", at the right edge
        XCTAssertEqual(cursor, Point(x: 9, y: 0))
    }

    func testUnfocusedLongTextShowsItsBeginning() {
        let f = TextField("Jalan Kolonel Atmo No. 12")
        let (b, cursor) = drawn(f, width: 10, focused: false)
        assertLines(b, ["Jalan Kolo"])
        XCTAssertNil(cursor)
    }

    func testScrollingNeverCutsAWideCharacter() {
        let f = TextField("漢字かなカナ")   // 12 cells
        let (b, cursor) = drawn(f, width: 6)
        assertLines(b, ["カナ  "])   // the caret needs a cell, so かな cannot also fit
        XCTAssertEqual(cursor, Point(x: 4, y: 0))
        XCTAssertFalse(b[0, 0].isContinuation)
    }

    func testMaxLengthCountsCharacters() {
        var f = TextField(maxLength: 3)
        XCTAssertEqual(f.handle(.char("1")), .changed)
        XCTAssertEqual(f.handle(.char("山")), .changed)
        XCTAssertEqual(f.handle(.char("é")), .changed)
        XCTAssertEqual(f.handle(.char("x")), .rejected)
        XCTAssertEqual(f.text, "1山é")
        f.text = "abcdef"
        XCTAssertEqual(f.text, "abc", "setting text respects the limit too")
    }

    func testPlaceholderWhenEmptyAndUnfocused() {
        let f = TextField(placeholder: "cari nama")
        var (b, cursor) = drawn(f, width: 12, focused: false)
        assertLines(b, ["cari nama   "])
        XCTAssertTrue(b.style(0, 0).attributes.contains(.dim))
        XCTAssertNil(cursor, "no caret when not focused")
        (b, cursor) = drawn(f, width: 12, focused: true)
        assertLines(b, ["            "])
        XCTAssertEqual(cursor, Point(x: 0, y: 0))
    }

    func testControlCharactersAreNotInserted() {
        var f = TextField()
        XCTAssertEqual(f.handle(.char("\u{7}")), .ignored)
        XCTAssertEqual(f.text, "")
    }
}
