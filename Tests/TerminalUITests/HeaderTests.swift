import XCTest
@testable import TerminalUI

final class HeaderTests: XCTestCase {
    func testBreadcrumbLeftCounterRightInReverseVideo() {
        let header = Header(["Menu", "Anggota", "Ubah"], trailing: "12/124")
        let b = render(40, 1) { buf, r in header.draw(in: r, on: &buf) }
        assertLines(b, [" Menu › Anggota › Ubah           12/124 "])
        XCTAssertTrue(b.row(0, 0..<40, has: .reverse), "the whole bar is reverse video")
        // The current place (last crumb) is bold; the way there is not.
        XCTAssertTrue(b.row(0, 18..<22, has: .bold))
        XCTAssertFalse(b.style(1, 0).attributes.contains(.bold))
    }

    func testNarrowHeaderCollapsesLeadingCrumbsFirst() {
        let header = Header(["Menu", "Anggota", "Ubah"])
        let b = render(16, 1) { buf, r in header.draw(in: r, on: &buf) }
        assertLines(b, [" … › Ubah       "])
    }

    func testVeryNarrowHeaderDropsCounterAndTruncatesCurrentPlace() {
        let header = Header(["Menu", "Pendataan Anggota"], trailing: "12/124")
        let b = render(12, 1) { buf, r in header.draw(in: r, on: &buf) }
        assertLines(b, [" Pendataan… "])
    }

    func testWideCharacterCrumbKeepsCounterAligned() {
        let header = Header(["Menu", "名簿"], trailing: "1/2")
        let b = render(20, 1) { buf, r in header.draw(in: r, on: &buf) }
        // 名簿 takes 4 cells, so the line is 18 glyphs for 20 cells and the counter still ends at cell 18.
        assertLines(b, [" Menu › 名簿    1/2 "])
        XCTAssertTrue(b[9, 0].isContinuation)
        XCTAssertEqual(b[18, 0].text, "2")
        XCTAssertEqual(b[19, 0].text, " ")
    }
}
