import XCTest
@testable import TerminalUI

final class TabRowTests: XCTestCase {
    let titles = ["Ringkasan", "Sesi", "Hadir", "Notulen"]

    func testPaddedTitlesWhenTheyFit() {
        let b = render(40, 1) { buf, rect in TabRow.draw(titles, selected: 1, in: rect, on: &buf) }
        assertLines(b, [" Ringkasan │ Sesi │ Hadir │ Notulen     "])
        XCTAssertTrue(b.row(0, 12..<18, has: .reverse), "the current tab in reverse video")
    }

    func testThePaddingGoesFirstWhenTheRowIsShort() {
        let b = render(32, 1) { buf, rect in TabRow.draw(titles, selected: 3, in: rect, on: &buf) }
        assertLines(b, ["Ringkasan│Sesi│Hadir│Notulen    "])
    }

    func testTheRowScrollsToKeepTheCurrentTabWholeAndMarksWhatIsHidden() {
        let left = render(20, 1) { buf, rect in TabRow.draw(titles, selected: 0, in: rect, on: &buf) }
        assertLines(left, ["Ringkasan│Sesi│    ›"])
        let right = render(20, 1) { buf, rect in TabRow.draw(titles, selected: 3, in: rect, on: &buf) }
        assertLines(right, ["‹Sesi│Hadir│Notulen "])
        XCTAssertTrue(right.row(0, 12..<19, has: .reverse), "the current tab whole, in reverse video")
    }
}
