import XCTest
@testable import TerminalUI

final class FormTests: XCTestCase {
    func memberForm() -> Form<String> {
        Form([
            FormField("name", label: "Nama", input: .text(TextField("Budi")), required: true),
            FormField("nik", label: "NIK", input: .text(TextField(maxLength: 16))),
            FormField("status", label: "Status", input: .choice(ChoiceField(["Aktif", "Tidak aktif"], selected: 0)), required: true),
            FormField("born", label: "Tgl lahir", input: .date(DateField(isOptional: true, mask: "HH-BB-TTTT"))),
        ])
    }

    func testLayoutRequiredMarksAndCaret() {
        let form = memberForm()
        var cursor: Point?
        let b = render(40, 5) { buf, r in cursor = form.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [
            "Nama *     Budi                         ",
            "NIK                                     ",
            "Status *   ‹ Aktif       ›              ",
            "Tgl lahir  HH-BB-TTTT                   ",
            "                                        ",
        ])
        XCTAssertTrue(b.row(0, 0..<6, has: .bold), "the focused field's label is bold")
        XCTAssertFalse(b.style(0, 1).attributes.contains(.bold))
        XCTAssertTrue(b.row(1, 11..<28, has: .underline), "NIK shows its 16 cells (+ caret)")
        XCTAssertFalse(b.style(28, 1).attributes.contains(.underline))
        XCTAssertTrue(b.row(0, 11..<40, has: .underline), "a text field without a limit takes the row")
        XCTAssertEqual(cursor, Point(x: 15, y: 0), "the caret after Budi")
    }

    func testTabShiftTabArrowsAndEnterMoveFocus() {
        var form = memberForm()
        XCTAssertEqual(form.handle(.tab), .moved); XCTAssertEqual(form.focus, 1)
        XCTAssertEqual(form.handle(.down), .moved); XCTAssertEqual(form.focus, 2)
        XCTAssertEqual(form.handle(.enter), .moved); XCTAssertEqual(form.focus, 3)
        XCTAssertEqual(form.handle(.enter), .ignored, "Enter on the last field is the app's")
        XCTAssertEqual(form.handle(.down), .moved); XCTAssertEqual(form.focus, 3)
        XCTAssertEqual(form.handle(.tab), .moved); XCTAssertEqual(form.focus, 0, "Tab wraps")
        XCTAssertEqual(form.handle(.backTab), .moved); XCTAssertEqual(form.focus, 3)
        XCTAssertEqual(form.handle(.up), .moved); XCTAssertEqual(form.focus, 2)
        form.focus(on: "nik")
        XCTAssertEqual(form.focus, 1)
    }

    func testEditingMarksDirtyAndReportsTheField() {
        var form = memberForm()
        XCTAssertFalse(form.isDirty)
        XCTAssertEqual(form.handle(.left), .moved, "caret moves are not changes")
        XCTAssertFalse(form.isDirty)
        XCTAssertEqual(form.handle(.char("!")), .changed("name"))
        XCTAssertTrue(form.isDirty)
        XCTAssertEqual(form["name"]?.text, "Bud!i")
        form.focus(on: "status")
        XCTAssertEqual(form.handle(.right), .changed("status"))
        XCTAssertEqual(form["status"]?.choice, 1)
        form.focus(on: "born")
        for c in "14052023" { _ = form.handle(.char(c)) }
        XCTAssertEqual(form["born"]?.date, DateField.Value(year: 2023, month: 5, day: 14))
        form.markSaved()
        XCTAssertFalse(form.isDirty)
    }

    func testACharacterAnInputCannotTakeIsReportedNotDroppedSilently() {
        var form = Form([
            FormField("count", label: "Jumlah", input: .number(NumberField())),
            FormField("code", label: "Kode", input: .text(TextField("AB", maxLength: 2))),
            FormField("date", label: "Tanggal", input: .date(DateField(isOptional: true, mask: "HH-BB-TTTT"))),
        ])
        XCTAssertEqual(form.handle(.char("-")), .refused("count"), "a minus in a count")
        XCTAssertEqual(form.handle(.char("x")), .refused("count"))
        XCTAssertEqual(form.handle(.char("4")), .changed("count"))
        form.focus(on: "code")
        XCTAssertEqual(form.handle(.char("C")), .refused("code"), "past the length limit")
        form.focus(on: "date")
        XCTAssertEqual(form.handle(.char("a")), .refused("date"))
        XCTAssertEqual(form.handle(.left), .ignored, "a key that is not typing is not a refusal")
    }

    func testSubmitAndCancel() {
        var form = memberForm()
        XCTAssertEqual(form.handle(.function(2)), .submit)
        XCTAssertEqual(form.handle(.ctrl("s")), .submit)
        XCTAssertEqual(form.handle(.escape), .cancel)
        XCTAssertEqual(form.handle(.function(5)), .ignored)
    }

    func testInlineErrorsUnderTheField() {
        var form = memberForm()
        form["name"] = FormField("name", label: "Nama", input: .text(TextField()), required: true)
        XCTAssertEqual(form.emptyRequiredFields, ["name"])
        form.setError("Wajib diisi", for: "name")
        form.setError("NIK harus 16 angka", for: "nik")
        let b = render(34, 7) { buf, r in _ = form.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [
            "Nama *       ",
            "           Wajib diisi",
            "NIK",
            "           NIK harus 16 angka",
            "Status *   ‹ Aktif       ›",
            "Tgl lahir  HH-BB-TTTT",
            "",
        ].map { $0.padding(toLength: 34, withPad: " ", startingAt: 0) })
        XCTAssertTrue(b.row(1, 11..<22, has: .bold), "errors are bold, not only red")
        XCTAssertEqual(b.style(11, 1).foreground, .red)
        form.clearErrors()
        XCTAssertNil(form["nik"]?.error)
    }

    func testScrollsToTheFocusedField() {
        var form = Form((1...6).map { FormField("f\($0)", label: "Isian \($0)", input: .text(TextField("nilai \($0)"))) })
        for _ in 0..<4 { _ = form.handle(.tab) }
        var cursor: Point?
        let b = render(24, 3) { buf, r in cursor = form.draw(in: r, on: &buf, focused: true) }
        assertLines(b, [
            "Isian 3  nilai 3        ",
            "Isian 4  nilai 4        ",
            "Isian 5  nilai 5        ",
        ])
        XCTAssertEqual(cursor, Point(x: 16, y: 2))
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        let top = render(24, 3) { buf, r in _ = form.draw(in: r, on: &buf, focused: true) }
        XCTAssertEqual(top.lines[0], "Isian 1  nilai 1        ")
    }

    func testUnfocusedFormShowsNoCaret() {
        let form = memberForm()
        var cursor: Point? = Point(x: -1, y: -1)
        _ = render(40, 5) { buf, r in cursor = form.draw(in: r, on: &buf, focused: false) }
        XCTAssertNil(cursor)
    }
}
