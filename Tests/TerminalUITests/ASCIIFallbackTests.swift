import XCTest
@testable import TerminalUI

/// Under a locale without Unicode (LANG=C), each cell is drawn as its nearest ASCII: names keep
/// their letters (a fresh pair of eyes read `D?sy`), signs their sense, and only what has no
/// stand-in becomes `?`, one per cell so the columns stay where they were.
final class ASCIIFallbackTests: XCTestCase {
    func testLettersLoseOnlyTheirAccents() {
        XCTAssertEqual("Désy Ñúñez Ōtsuka".map { ASCIIFallback.text(String($0), width: 1) }.joined(), "Desy Nunez Otsuka")
    }

    func testTheScreensSignsHaveOneCellStandIns() {
        XCTAssertEqual("Menu › Anggota · 124 – ≥ 20 ≠ … ‹ x ›".map { ASCIIFallback.text(String($0), width: 1) }.joined(),
                       "Menu > Anggota . 124 - > 20 # . < x >")
        XCTAssertEqual(ASCIIFallback.text("░", width: 1), ".", "the gauge's shade, as before")
    }

    func testWhatHasNoStandInIsAQuestionMarkPerCell() {
        XCTAssertEqual(ASCIIFallback.text("語", width: 2), "??")
        XCTAssertEqual(ASCIIFallback.text("😀", width: 2), "??")
        XCTAssertEqual(ASCIIFallback.text("a", width: 1), "a")
        XCTAssertEqual(ASCIIFallback.text("e\u{301}", width: 1), "e", "a combining accent goes with its letter")
    }
}
