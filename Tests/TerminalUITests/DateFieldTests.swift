import XCTest
@testable import TerminalUI

final class DateFieldTests: XCTestCase {
    func type(_ text: String, into field: inout DateField) {
        for c in text { _ = field.handle(.char(c)) }
    }

    func testDigitsGetSeparatorsByThemselves() {
        var f = DateField(mask: "HH-BB-TTTT")
        type("1405", into: &f)
        XCTAssertEqual(f.text, "14-05")
        XCTAssertNil(f.value)
        XCTAssertEqual(f.problem, .incomplete)
        var cursor: Point?
        var b = render(12, 1) { buf, r in cursor = f.draw(in: r, on: &buf, focused: true) }
        assertLines(b, ["14-05-TTTT  "])
        XCTAssertTrue(b.row(0, 5..<10, has: .dim), "the untyped part shows the mask, dim")
        XCTAssertFalse(b.style(4, 0).attributes.contains(.dim))
        XCTAssertEqual(cursor, Point(x: 6, y: 0), "after 14-05 the caret waits past the separator")
        type("2023", into: &f)
        XCTAssertEqual(f.value, DateField.Value(year: 2023, month: 5, day: 14))
        XCTAssertNil(f.problem)
        b = render(12, 1) { buf, r in cursor = f.draw(in: r, on: &buf, focused: true) }
        assertLines(b, ["14-05-2023  "])
        XCTAssertEqual(cursor, Point(x: 10, y: 0))
        XCTAssertEqual(f.handle(.char("9")), .rejected, "eight digits at most")
    }

    func testOnlyDigitsAndSeparatorPadding() {
        var f = DateField()
        XCTAssertEqual(f.handle(.char("a")), .rejected)
        type("1-5-2023", into: &f)
        XCTAssertEqual(f.text, "01-05-2023")
        XCTAssertEqual(f.value, DateField.Value(year: 2023, month: 5, day: 1))
        XCTAssertEqual(f.handle(.tab), .ignored)
    }

    func testBackspaceAndClear() {
        var f = DateField(DateField.Value(year: 2023, month: 5, day: 14))
        XCTAssertEqual(f.text, "14-05-2023")
        XCTAssertEqual(f.handle(.backspace), .changed)
        XCTAssertEqual(f.text, "14-05-202")
        XCTAssertEqual(f.handle(.ctrl("u")), .changed)
        XCTAssertTrue(f.isEmpty)
        XCTAssertEqual(f.handle(.backspace), .rejected)
    }

    func testRealCalendarDates() {
        func check(_ s: String) -> DateField.Problem? {
            var f = DateField()
            type(s, into: &f)
            return f.problem
        }
        XCTAssertNil(check("29022024"), "2024 is a leap year")
        XCTAssertEqual(check("29022023"), .invalid)
        XCTAssertNil(check("29022000"), "divisible by 400")
        XCTAssertEqual(check("29021900"), .invalid, "divisible by 100")
        XCTAssertEqual(check("31042023"), .invalid)
        XCTAssertNil(check("31122023"))
        XCTAssertEqual(check("00012023"), .invalid)
        XCTAssertEqual(check("01132023"), .invalid)
        XCTAssertEqual(check("01010000"), .invalid)
    }

    func testEmptyIsAllowedOnlyWhenOptional() {
        XCTAssertEqual(DateField().problem, .required)
        XCTAssertNil(DateField(isOptional: true).problem)
        var f = DateField(isOptional: true)
        type("1", into: &f)
        XCTAssertEqual(f.problem, .incomplete, "optional does not mean half a date is fine")
        let b = render(10, 1) { buf, r in _ = DateField(isOptional: true).draw(in: r, on: &buf, focused: false) }
        assertLines(b, ["__-__-____"])
    }

    func testSettingAnInvalidValueClears() {
        var f = DateField(DateField.Value(year: 2023, month: 2, day: 30))
        XCTAssertTrue(f.isEmpty)
        f.value = DateField.Value(year: 2020, month: 2, day: 29)
        XCTAssertEqual(f.text, "29-02-2020")
    }
}
