import XCTest
@testable import TerminalUI

/// The line glyphs the terminal draws with WACS_* (and as ASCII where the locale has no UTF-8).
final class BoxGlyphTests: XCTestCase {
    func testTeesAndTheCrossAreBoxGlyphs() {
        XCTAssertEqual([BoxGlyph.leftTee, BoxGlyph.rightTee, BoxGlyph.topTee, BoxGlyph.bottomTee, BoxGlyph.cross],
                       ["├", "┤", "┬", "┴", "┼"])
        XCTAssertEqual(BoxGlyph.all, Set("─│┌┐└┘├┤┬┴┼".map(String.init)), "every glyph goes through putLine")
    }

    func testTheASCIIFallbackDrawsLinesAsDashAndBarAndEveryJoinAsPlus() {
        XCTAssertEqual(BoxGlyph.ascii(BoxGlyph.horizontal), "-")
        XCTAssertEqual(BoxGlyph.ascii(BoxGlyph.vertical), "|")
        for join in "┌┐└┘├┤┬┴┼".map(String.init) { XCTAssertEqual(BoxGlyph.ascii(join), "+", join) }
        XCTAssertNil(BoxGlyph.ascii("a"))
        XCTAssertNil(BoxGlyph.ascii("═"), "not one of ours: the terminal shows it as text")
    }

    /// A box's title that does not fit ends in "…" (a dialog named after a long programme lost
    /// its last word with nothing to show it); one that fits is drawn whole.
    func testABoxTitleTooLongForTheBoxEndsInAnEllipsis() {
        var buffer = Buffer(size: Size(width: 30, height: 3))
        buffer.box(Rect(x: 0, y: 0, width: 30, height: 3), title: "Hentikan: Sosialisasi ke mahasiswa IKS")
        XCTAssertEqual(buffer.lines[0], "┌─ Hentikan: Sosialisasi k… ─┐")
        buffer.box(Rect(x: 0, y: 0, width: 30, height: 3), title: "Hapus calon")
        XCTAssertEqual(buffer.lines[0], "┌─ Hapus calon ──────────────┐")
    }
}
