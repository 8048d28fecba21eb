import XCTest
@testable import TerminalUI

final class ConfirmDialogTests: XCTestCase {
    let yesNo = [DialogButton("Ya", hotkey: "y"), DialogButton("Tidak", hotkey: "t")]

    func testCentredBoxWithMessageAndButtons() {
        let dialog = ConfirmDialog(title: "Keluar", message: ["Ada perubahan belum disimpan."], buttons: yesNo, selected: 1)
        var cursor: Point?
        let b = render(40, 9) { buf, r in cursor = dialog.draw(in: r, on: &buf) }
        assertLines(b, [
            "                                        ",
            "                                        ",
            "   ┌─ Keluar ──────────────────────┐    ",
            "   │ Ada perubahan belum disimpan. │    ",
            "   │                               │    ",
            "   │       [ Ya ]  [ Tidak ]       │    ",
            "   └───────────────────────────────┘    ",
            "                                        ",
            "                                        ",
        ])
        // The selected ("Tidak") button is reverse video; "Ya" is not.
        XCTAssertTrue(b.row(5, 19..<28, has: .reverse))
        XCTAssertFalse(b.row(5, 11..<17, has: .reverse))
        // Hotkeys are underlined in their labels, so they show without colour.
        XCTAssertTrue(b.style(13, 5).attributes.contains(.underline))
        XCTAssertFalse(b.style(14, 5).attributes.contains(.underline))
        XCTAssertTrue(b.style(21, 5).attributes.contains(.underline))
        XCTAssertEqual(cursor, Point(x: 21, y: 5), "the cursor sits on the selected button's label")
    }

    func testKeys() {
        var d = ConfirmDialog(title: "T", message: ["?"], buttons: yesNo, selected: 1)
        XCTAssertEqual(d.handle(.left), .pending); XCTAssertEqual(d.selected, 0)
        XCTAssertEqual(d.handle(.left), .pending); XCTAssertEqual(d.selected, 0)
        XCTAssertEqual(d.handle(.right), .pending); XCTAssertEqual(d.selected, 1)
        XCTAssertEqual(d.handle(.tab), .pending); XCTAssertEqual(d.selected, 0, "Tab wraps")
        XCTAssertEqual(d.handle(.backTab), .pending); XCTAssertEqual(d.selected, 1)
        XCTAssertEqual(d.handle(.enter), .chosen(1))
        XCTAssertEqual(d.handle(.char("Y")), .chosen(0), "hotkeys ignore case")
        XCTAssertEqual(d.handle(.char("x")), .pending, "modal: other keys are consumed")
        XCTAssertEqual(d.handle(.escape), .cancelled)
    }

    func testLongMessageWrapsInsideTheScreen() {
        let d = ConfirmDialog(title: "Hapus", message: ["Hapus data anggota ini dari daftar?"], buttons: yesNo)
        let b = render(30, 8) { buf, r in _ = d.draw(in: r, on: &buf) }
        assertLines(b, [
            "                              ",
            "  ┌─ Hapus ────────────────┐  ",
            "  │ Hapus data anggota ini │  ",
            "  │ dari daftar?           │  ",
            "  │                        │  ",
            "  │   [ Ya ]  [ Tidak ]    │  ",
            "  └────────────────────────┘  ",
            "                              ",
        ])
    }

    func testTypedConfirmationLocksTheButtonUntilTheWordIsTyped() {
        let typed = ConfirmDialog.TypedConfirmation(word: "HAPUS", prompt: "Ketik HAPUS:", button: 0)
        var d = ConfirmDialog(title: "Hapus orang", message: ["Budi akan dihapus."],
                              buttons: [DialogButton("Hapus", hotkey: "h"), DialogButton("Batal", hotkey: "b")],
                              selected: 0, typedConfirmation: typed)
        XCTAssertFalse(d.isEnabled(0))
        XCTAssertEqual(d.handle(.enter), .pending, "locked until HAPUS is typed")
        XCTAssertEqual(d.handle(.char("h")), .pending, "letters go to the input, not to hotkeys")
        XCTAssertEqual(d.input.text, "h")
        XCTAssertEqual(d.handle(.enter), .pending)
        _ = d.handle(.backspace)
        for c in "HAPUS" { _ = d.handle(.char(c)) }
        var cursor: Point?
        let b = render(30, 11) { buf, r in cursor = d.draw(in: r, on: &buf) }
        assertLines(b, [
            "                              ",
            "   ┌─ Hapus orang ────────┐   ",
            "   │ Budi akan dihapus.   │   ",
            "   │                      │   ",
            "   │ Ketik HAPUS:         │   ",
            "   │ HAPUS                │   ",
            "   │                      │   ",
            "   │ [ Hapus ]  [ Batal ] │   ",
            "   └──────────────────────┘   ",
            "                              ",
            "                              ",
        ])
        XCTAssertEqual(cursor, Point(x: 10, y: 5), "the caret sits after what was typed")
        XCTAssertTrue(b.row(5, 5..<12, has: .underline), "the input shows its extent")
        XCTAssertTrue(d.isEnabled(0))
        XCTAssertEqual(d.handle(.enter), .chosen(0))
        XCTAssertEqual(d.handle(.tab), .pending)
        XCTAssertEqual(d.handle(.enter), .chosen(1))
        XCTAssertEqual(d.handle(.escape), .cancelled)
    }

    /// Enter before the word is typed exactly says so under the input (a lower-case `hapus`
    /// was once met with silence); the next edit takes the line away.
    func testAWrongWordIsAnsweredUnderTheInput() {
        let typed = ConfirmDialog.TypedConfirmation(word: "HAPUS", prompt: "Ketik HAPUS:", button: 0, mismatch: "Belum sama.")
        var d = ConfirmDialog(title: "Hapus orang", message: ["Budi akan dihapus."],
                              buttons: [DialogButton("Hapus"), DialogButton("Batal")], selected: 0, typedConfirmation: typed)
        for c in "hapus" { _ = d.handle(.char(c)) }
        XCTAssertEqual(d.handle(.enter), .pending)
        var b = render(30, 11) { buf, r in d.draw(in: r, on: &buf) }
        XCTAssertEqual(b.lines[6], "   │ Belum sama.          │   ")
        XCTAssertTrue(b.row(6, 5..<16, has: .bold), "said in the error style, which shows without colour")
        _ = d.handle(.backspace)
        b = render(30, 11) { buf, r in d.draw(in: r, on: &buf) }
        XCTAssertEqual(b.lines[6], "   │                      │   ")
    }
}
