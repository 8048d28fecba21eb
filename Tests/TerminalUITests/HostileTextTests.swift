import XCTest
@testable import TerminalUI

/// Text from the data (a name, a note, an imported cell) may hold terminal escape sequences.
/// None of their control characters may reach a cell: a name holding `ESC ]0;…` must not
/// retitle the window, nor `CSI` (C1, U+009B) start a sequence.
final class HostileTextTests: XCTestCase {
    func testControlCharactersInDataAreDrawnAsBlanks() {
        let hostile = "Budi\u{1B}]0;pwned\u{07}\u{9B}31mX\u{7F}\r\n\t."
        let b = render(30, 1) { buf, _ in buf.write(hostile, x: 0, y: 0) }
        let cells = (0..<30).map { b[$0, 0].text }
        for cell in cells {
            XCTAssertFalse(cell.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                           "a control character reached a cell: \(cells)")
        }
        // "\r\n" is one grapheme cluster: one blank.
        assertLines(b, ["Budi ]0;pwned  31mX   .       "])
    }

    /// A right-to-left override in a stored name must not reorder what a bidi terminal shows
    /// after it: overrides, isolates and zero-width marks never reach a cell, and take none.
    func testBidiOverridesAndZeroWidthMarksAreLeftOut() {
        let hostile = "Ani\u{202E}gnp.exe\u{202C} \u{2066}x\u{2069}\u{200B}\u{FEFF}!"
        let b = render(16, 1) { buf, _ in buf.write(hostile, x: 0, y: 0) }
        assertLines(b, ["Anignp.exe x!   "])
        let formats: Set<UInt32> = [0x202E, 0x202C, 0x2066, 0x2069, 0x200B, 0xFEFF]
        for x in 0..<16 {
            XCTAssertFalse(b[x, 0].text.unicodeScalars.contains { formats.contains($0.value) }, "cell \(x)")
        }
        XCTAssertEqual(DisplayWidth.of(hostile), 13, "measured as drawn")
    }
}
