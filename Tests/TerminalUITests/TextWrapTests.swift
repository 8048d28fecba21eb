import XCTest
@testable import TerminalUI

/// Text wrapped into a bounded number of lines: a cut is always marked.
final class TextWrapTests: XCTestCase {
    func testTextThatFitsIsWhole() {
        XCTAssertEqual("satu dua tiga".wrapped(toCells: 8, maxLines: 2), ["satu dua", "tiga"])
    }

    func testTheLastLineKeptEndsInAnEllipsisWhereTheTextGoesOn() {
        XCTAssertEqual("satu dua tiga empat lima".wrapped(toCells: 9, maxLines: 2), ["satu dua", "tiga emp…"])
        XCTAssertEqual("satu dua tiga".wrapped(toCells: 8, maxLines: 0), [])
    }

    func testLinesOfSeveralTextsAreCappedTheSameWay() {
        XCTAssertEqual(["Catatan A.", "B."].capped(toLines: 1, width: 12), ["Catatan A. …"],
                       "even when the next line would fit beside it: the cut is marked")
        XCTAssertEqual(["a", "b"].capped(toLines: 2, width: 5), ["a", "b"])
    }
}
