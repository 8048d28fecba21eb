import XCTest
@testable import TerminalUI

final class FormDraftTests: XCTestCase {
    enum Field: String, Hashable, Sendable { case name, status, born, count, present }

    func form() -> Form<Field> {
        Form([FormField(.name, label: "Nama", input: .text(TextField())),
              FormField(.status, label: "Status", input: .choice(ChoiceField(["Aktif", "Nonaktif"]))),
              FormField(.born, label: "Lahir", input: .date(DateField(isOptional: true))),
              FormField(.count, label: "Jumlah", input: .number(NumberField())),
              FormField(.present, label: "Hadir", input: .checkbox(Checkbox()))])
    }

    func testWhatWasTypedComesBackHalfTypedDatesIncluded() {
        var typed = form()
        for c in "Budi Å" { _ = typed.handle(.char(c)) }
        typed.focus(on: .status); _ = typed.handle(.right); _ = typed.handle(.right)
        typed.focus(on: .born); for c in "1405" { _ = typed.handle(.char(c)) }
        typed.focus(on: .count); for c in "148" { _ = typed.handle(.char(c)) }
        typed.focus(on: .present); _ = typed.handle(.char(" "))
        let saved = typed.draftValues
        XCTAssertEqual(saved[.born], "1405", "a half-typed date is kept as typed")

        var again = form()
        XCTAssertFalse(again.isDirty)
        again.restore(saved)
        XCTAssertTrue(again.isDirty, "restored work is unsaved work")
        XCTAssertEqual(again[.name]?.text, "Budi Å")
        XCTAssertEqual(again[.status]?.choice, 1)
        XCTAssertEqual(again[.born]?.input.as(DateField.self)?.text, "14-05")
        XCTAssertEqual(again[.count]?.number, 148)
        XCTAssertEqual(again[.present]?.isChecked, true)
        XCTAssertEqual(again.draftValues, saved)
    }
}
