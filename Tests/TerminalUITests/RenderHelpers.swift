import XCTest
@testable import TerminalUI

/// Draws into a fresh buffer and returns it, so each test reads as "draw this, expect these lines".
func render(_ width: Int, _ height: Int, _ draw: (inout Buffer, Rect) -> Void) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    draw(&buffer, buffer.bounds)
    return buffer
}

/// Compares whole rendered lines (trailing spaces included) with a readable failure message.
func assertLines(_ buffer: Buffer, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    let actual = buffer.lines
    if actual != expected {
        XCTFail("rendered:\n" + actual.map { "|\($0)|" }.joined(separator: "\n")
                + "\nexpected:\n" + expected.map { "|\($0)|" }.joined(separator: "\n"), file: file, line: line)
    }
}

extension Buffer {
    /// The style of the cell at (x, y).
    func style(_ x: Int, _ y: Int) -> Style { self[x, y].style }
    /// Whether every cell of row `y` in `xs` has the given attribute.
    func row(_ y: Int, _ xs: Range<Int>, has attribute: Attributes) -> Bool {
        xs.allSatisfy { self[$0, y].style.attributes.contains(attribute) }
    }
}
