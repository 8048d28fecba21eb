import XCTest
@testable import TerminalUI

final class FrameDiffTests: XCTestCase {
    private func frame(_ rows: [String], width: Int = 6) -> Buffer {
        var b = Buffer(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { b.write(row, x: 0, y: y) }
        return b
    }

    func testFirstFrameWritesEveryCell() {
        let next = frame(["ab", "cd"], width: 3)
        XCTAssertEqual(FrameDiff.changes(from: nil, to: next).count, 6)
    }

    func testIdenticalFramesWriteNothing() {
        XCTAssertEqual(FrameDiff.changes(from: frame(["abc", "def"]), to: frame(["abc", "def"])), [])
    }

    func testOnlyChangedCellsAreWritten() {
        let changes = FrameDiff.changes(from: frame(["abc", "def"]), to: frame(["abc", "dXf"]))
        XCTAssertEqual(changes, [Point(x: 1, y: 1)])
    }

    func testStyleChangeIsAChange() {
        var next = frame(["abc"])
        next.highlight(Rect(x: 0, y: 0, width: 1, height: 1), style: .selected)
        XCTAssertEqual(FrameDiff.changes(from: frame(["abc"]), to: next), [Point(x: 0, y: 0)])
    }

    func testWideCharacterIsWrittenOnceAndItsHalfNever() {
        let changes = FrameDiff.changes(from: frame(["abcd"]), to: frame(["a李d"]))
        XCTAssertEqual(changes, [Point(x: 1, y: 0)], "the base cell covers its continuation")
    }

    func testResizeRepaintsEverything() {
        XCTAssertEqual(FrameDiff.changes(from: frame(["ab"], width: 2), to: frame(["ab"], width: 3)).count, 3)
    }
}
