import XCTest
@testable import TerminalUI

final class TextAreaTests: XCTestCase {
    private func area(_ text: String = "", width: Int = 20, height: Int = 5) -> TextArea {
        var a = TextArea(text)
        a.resize(width: width, height: height)
        return a
    }

    private func type(_ a: inout TextArea, _ text: String) {
        for c in text { _ = a.handle(c == "\n" ? .enter : .char(c)) }
    }

    private func rendered(_ a: TextArea, width: Int? = nil, height: Int? = nil) -> [String] {
        var buffer = Buffer(size: Size(width: width ?? a.width, height: height ?? a.height))
        a.draw(in: Rect(x: 0, y: 0, width: width ?? a.width, height: height ?? a.height), on: &buffer, focused: true)
        return buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    // MARK: Editing

    func testTypingEnterBackspaceAndDeleteAcrossLines() {
        var a = area()
        type(&a, "Pembukaan\nWahidin: selamat")
        XCTAssertEqual(a.text, "Pembukaan\nWahidin: selamat")
        XCTAssertEqual(a.cursor, .init(line: 1, column: 16))
        XCTAssertEqual(a.lineNumber, 2)
        for _ in 0..<16 { _ = a.handle(.left) }
        XCTAssertEqual(a.cursor, .init(line: 1, column: 0))
        XCTAssertEqual(a.handle(.backspace), .changed, "Backspace at a line's start joins it to the line above")
        XCTAssertEqual(a.text, "PembukaanWahidin: selamat")
        XCTAssertEqual(a.cursor, .init(line: 0, column: 9))
        XCTAssertEqual(a.handle(.enter), .changed)
        _ = a.handle(.left)
        XCTAssertEqual(a.handle(.delete), .changed, "Del at a line's end joins the next line")
        XCTAssertEqual(a.text, "PembukaanWahidin: selamat")
        XCTAssertEqual(a.count, 25)
        _ = a.handle(.control(.home))
        XCTAssertEqual(a.handle(.backspace), .rejected)
        _ = a.handle(.control(.end))
        XCTAssertEqual(a.handle(.delete), .rejected)
    }

    func testWordMovesAndCtrlWDeleteByWord() {
        var a = area("rapat pleno kedua")
        XCTAssertEqual(a.handle(.control(.left)), .moved)
        XCTAssertEqual(a.cursor.column, 12)
        _ = a.handle(.alt(.char("b")))
        XCTAssertEqual(a.cursor.column, 6)
        _ = a.handle(.control(.right))
        XCTAssertEqual(a.cursor.column, 11)
        _ = a.handle(.end)
        XCTAssertEqual(a.handle(.ctrl("w")), .changed)
        XCTAssertEqual(a.text, "rapat pleno ")
        XCTAssertEqual(a.handle(.ctrl("w")), .changed)
        XCTAssertEqual(a.text, "rapat ")
    }

    func testCtrlKCutsLinesAndCtrlUPastesThemBack() {
        var a = area("satu\ndua\ntiga")
        _ = a.handle(.control(.home))
        XCTAssertEqual(a.handle(.ctrl("k")), .changed)
        XCTAssertEqual(a.handle(.ctrl("k")), .changed, "a second Ctrl-K adds the next line to the cut")
        XCTAssertEqual(a.text, "tiga")
        _ = a.handle(.control(.end))
        _ = a.handle(.enter)
        XCTAssertEqual(a.handle(.ctrl("u")), .changed)
        XCTAssertEqual(a.text, "tiga\nsatu\ndua\n")
        var empty = area()
        XCTAssertEqual(empty.handle(.ctrl("u")), .rejected, "nothing cut yet")
        XCTAssertEqual(empty.handle(.ctrl("k")), .rejected)
    }

    func testUndoTakesBackAWordAtATimeAndRedoReplays() {
        var a = area()
        type(&a, "Kuorum tercapai")
        XCTAssertEqual(a.handle(.ctrl("z")), .changed)
        XCTAssertEqual(a.text, "Kuorum", "the last word first")
        XCTAssertEqual(a.handle(.ctrl("z")), .changed)
        XCTAssertEqual(a.text, "")
        XCTAssertEqual(a.handle(.ctrl("z")), .rejected)
        XCTAssertEqual(a.handle(.ctrl("y")), .changed)
        XCTAssertEqual(a.text, "Kuorum")
        XCTAssertEqual(a.handle(.ctrl("y")), .changed)
        XCTAssertEqual(a.text, "Kuorum tercapai")
        XCTAssertEqual(a.cursor.column, 15)
        type(&a, "!")
        XCTAssertEqual(a.handle(.ctrl("y")), .rejected, "a new edit forgets what could be redone")
        _ = a.handle(.ctrl("k"))
        XCTAssertEqual(a.text, "")
        _ = a.handle(.ctrl("z"))
        XCTAssertEqual(a.text, "Kuorum tercapai!", "a cut is undone in one step")
    }

    func testInsertedTextIsOneStepAndLineBreaksAreNormalised() {
        var a = area("Wahidin")
        XCTAssertEqual(a.insert(" [10.32]\r\nbaris dua\rbaris tiga"), .changed)
        XCTAssertEqual(a.text, "Wahidin [10.32]\nbaris dua\nbaris tiga")
        XCTAssertEqual(a.cursor, .init(line: 2, column: 10))
        _ = a.handle(.ctrl("z"))
        XCTAssertEqual(a.text, "Wahidin")
        XCTAssertEqual(a.insert("\u{7}"), .rejected, "control characters are not text")
    }

    func testMaxLengthRefusesWhatDoesNotFit() {
        var a = TextArea("abc", maxLength: 5)
        XCTAssertEqual(a.handle(.char("d")), .changed)
        XCTAssertEqual(a.handle(.enter), .changed)
        XCTAssertEqual(a.handle(.char("e")), .rejected)
        XCTAssertEqual(a.insert("xy"), .rejected)
        XCTAssertEqual(a.count, 5)
        XCTAssertEqual(TextArea("abcdefgh", maxLength: 4).text, "abcd", "text set from outside is cut to the limit")
    }

    // MARK: Wide characters and combining marks

    func testACombiningMarkJoinsTheLetterBeforeIt() {
        var a = area("Se")
        _ = a.handle(.char("\u{301}"))
        XCTAssertEqual(a.text, "Sé")
        XCTAssertEqual(a.count, 2, "é is one character")
        XCTAssertEqual(a.cursor.column, 2)
        _ = a.handle(.left)
        XCTAssertEqual(a.cursor.column, 1, "the caret steps over é as one")
    }

    func testWideCharactersTakeTwoCellsAndWrapWhole() {
        var a = area("会議会議会議", width: 7)
        XCTAssertEqual(rendered(a, height: 2), ["会議会", "議会議"], "three wide characters fill six of seven cells")
        _ = a.handle(.control(.home))
        _ = a.handle(.right)
        XCTAssertEqual(a.visualPosition(of: a.cursor).x, 2)
    }

    // MARK: Soft wrap and moving by rows

    func testLinesWrapAtSpacesAndLongWordsBreak() {
        let a = area("Musda I Sumatera Selatan di Palembang", width: 12, height: 4)
        XCTAssertEqual(rendered(a), ["Musda I", "Sumatera", "Selatan di", "Palembang"])
        let b = area("Kesejahteraansosial", width: 8, height: 3)
        XCTAssertEqual(rendered(b), ["Kesejah", "teraans", "osial"], "a column is kept for the caret")
        XCTAssertEqual(TextArea.wrap(Array("ab  cd"), width: 3), [0, 4], "spaces hang at the edge")
    }

    func testUpAndDownMoveByScreenRowKeepingTheColumn() {
        var a = area("Musda I Sumatera Selatan\npendek\nbaris ketiga panjang", width: 12, height: 6)
        _ = a.handle(.control(.home))
        for _ in 0..<4 { _ = a.handle(.right) }
        XCTAssertEqual(a.handle(.down), .moved)
        XCTAssertEqual(a.cursor, .init(line: 0, column: 12), "the second screen row of the same line")
        _ = a.handle(.down)
        XCTAssertEqual(a.cursor, .init(line: 0, column: 21), "the third")
        _ = a.handle(.down)
        XCTAssertEqual(a.cursor, .init(line: 1, column: 4))
        _ = a.handle(.down)
        XCTAssertEqual(a.cursor, .init(line: 2, column: 4), "the column aimed for is kept")
        for _ in 0..<3 { _ = a.handle(.up) }
        XCTAssertEqual(a.cursor, .init(line: 0, column: 12))
        _ = a.handle(.up)
        XCTAssertEqual(a.handle(.up), .rejected)
    }

    func testTheViewScrollsToKeepTheCaretAndPagesByAScreen() {
        var a = area((1...30).map { "baris \($0)" }.joined(separator: "\n"), width: 20, height: 5)
        XCTAssertEqual(a.top, 25, "the caret at the end is in view")
        XCTAssertEqual(rendered(a).last, "baris 30")
        _ = a.handle(.pageUp)
        XCTAssertEqual(a.lineNumber, 26)
        _ = a.handle(.control(.home))
        XCTAssertEqual(a.top, 0)
        XCTAssertEqual(rendered(a).first, "baris 1")
        _ = a.handle(.pageDown)
        XCTAssertEqual(a.lineNumber, 5)
        var buffer = Buffer(size: Size(width: 20, height: 5))
        XCTAssertEqual(a.draw(in: Rect(x: 0, y: 0, width: 20, height: 5), on: &buffer, focused: true),
                       Point(x: 0, y: a.visualPosition(of: a.cursor).row - a.top))
    }

    func testTheCaretAfterAFullRowIsDrawnAfterItsLastCharacter() {
        var a = area("", width: 10, height: 3)
        type(&a, "abcdefghi")
        var buffer = Buffer(size: Size(width: 10, height: 3))
        XCTAssertEqual(a.draw(in: Rect(x: 0, y: 0, width: 10, height: 3), on: &buffer, focused: true), Point(x: 9, y: 0))
        type(&a, "j")
        XCTAssertEqual(a.draw(in: Rect(x: 0, y: 0, width: 10, height: 3), on: &buffer, focused: true), Point(x: 1, y: 1),
                       "the tenth character starts the next row")
    }

    func testResizingRewrapsAndKeepsTheCaretVisible() {
        var a = area("Laporan pertanggungjawaban pengurus diterima dengan catatan", width: 60, height: 1)
        XCTAssertEqual(a.totalRows, 1)
        a.resize(width: 15, height: 2)
        XCTAssertGreaterThan(a.totalRows, 3)
        XCTAssertEqual(a.top, a.totalRows - 2, "the caret at the end stays in view")
    }

    func testAThirtyKilobyteDocumentEditsInPlace() {
        let paragraph = String(repeating: "Peserta menyampaikan pendapat tentang program kerja. ", count: 6)
        var a = area((0..<100).map { _ in paragraph }.joined(separator: "\n"), width: 78, height: 20)
        XCTAssertGreaterThan(a.count, 30_000)
        _ = a.handle(.control(.home))
        _ = a.handle(.char("X"))
        XCTAssertTrue(a.text.hasPrefix("XPeserta"))
        XCTAssertEqual(a.lineCount, 100)
    }
}
