import XCTest
@testable import TerminalUI

/// The form is open to any input, and the focused input gets the first refusal of every key.
final class OpenFormTests: XCTestCase {
    /// A two-line input standing in for the minutes editor: it uses Enter and ↑/↓ itself.
    struct TwoLines: FormInputWidget {
        var lines = ["", ""]
        var row = 0
        mutating func handleInput(_ key: Key) -> FormInput.Effect {
            switch key {
            case .enter, .down: guard row == 0 else { return .ignored }; row = 1; return .consumed
            case .up: guard row == 1 else { return .ignored }; row = 0; return .consumed
            case .char(let c): lines[row].append(c); return .changed
            default: return .ignored
            }
        }
        var isEmpty: Bool { lines.allSatisfy(\.isEmpty) }
        func width(in room: Int) -> Int { room }
        var height: Int { 2 }
        func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
            for (i, line) in lines.enumerated() where i < rect.height { buffer.write(line, x: rect.x, y: rect.y + i) }
            return focused ? Point(x: rect.x + lines[row].count, y: rect.y + row) : nil
        }
    }

    enum Field: Hashable, Sendable { case notes, count, present }

    func form() -> Form<Field> {
        Form([FormField(.notes, label: "Notulen", input: FormInput(TwoLines())),
              FormField(.count, label: "Jumlah", input: .number(NumberField(minimum: 0, maximum: 500))),
              FormField(.present, label: "Hadir", input: .checkbox(Checkbox()))])
    }

    func testAMultiLineInputKeepsEnterAndArrowsUntilItIgnoresThem() {
        var f = form()
        XCTAssertEqual(f.handle(.char("a")), .changed(.notes))
        XCTAssertEqual(f.handle(.enter), .moved)
        XCTAssertEqual(f.focus, 0, "Enter went to the input (a new line), not to the next field")
        XCTAssertEqual(f.handle(.char("b")), .changed(.notes))
        XCTAssertEqual(f[.notes]?.input.as(TwoLines.self)?.lines, ["a", "b"])
        XCTAssertEqual(f.handle(.up), .moved)
        XCTAssertEqual(f.focus, 0, "↑ moved inside the input")
        XCTAssertEqual(f.handle(.up), .moved)
        XCTAssertEqual(f.focus, 0, "at its first line the input ignores ↑ and the form has nowhere above")
        XCTAssertEqual(f.handle(.down), .moved)
        XCTAssertEqual(f.handle(.down), .moved)
        XCTAssertEqual(f.focus, 1, "at its last line ↓ is the form's again")
        let b = render(30, 4) { buf, r in _ = f.draw(in: r, on: &buf, focused: true) }
        XCTAssertEqual(b.lines[0].trimmingCharacters(in: .whitespaces), "Notulen  a")
        XCTAssertEqual(b.lines[1].trimmingCharacters(in: .whitespaces), "b", "the input took two rows")
        XCTAssertTrue(b.lines[2].hasPrefix("Jumlah"))
    }

    func testANumberFieldTakesDigitsOnlyAndReportsItsBounds() {
        var f = form()
        f.focus(on: .count)
        XCTAssertEqual(f.handle(.char("x")), .refused(.count), "a letter is refused, not typed, and reported")
        for c in "600" { XCTAssertEqual(f.handle(.char(c)), .changed(.count)) }
        XCTAssertEqual(f[.count]?.number, 600)
        XCTAssertEqual(f[.count]?.input.as(NumberField.self)?.problem, .aboveMaximum(500))
        _ = f.handle(.backspace); _ = f.handle(.backspace)
        XCTAssertEqual(f[.count]?.number, 6)
        XCTAssertNil(f[.count]?.input.as(NumberField.self)?.problem)
    }

    func testACheckboxTogglesWithSpaceAndShowsWithoutColour() {
        var f = form()
        f.focus(on: .present)
        XCTAssertEqual(f[.present]?.isChecked, false)
        XCTAssertEqual(f.handle(.char(" ")), .changed(.present))
        XCTAssertEqual(f[.present]?.isChecked, true)
        XCTAssertTrue(f.isDirty)
        let b = render(30, 4) { buf, r in _ = f.draw(in: r, on: &buf, focused: true) }
        XCTAssertEqual(b.lines[3].trimmingCharacters(in: .whitespaces), "Hadir    [x]")
    }
}
