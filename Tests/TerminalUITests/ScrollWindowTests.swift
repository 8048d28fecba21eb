import XCTest
@testable import TerminalUI

final class ScrollWindowTests: XCTestCase {
    var source = CountingSource(count: 10_000)

    func loaded(height: Int = 10) throws -> ScrollWindow<Person> {
        var w = ScrollWindow<Person>(height: height)
        try w.load(from: source)
        source.resetCounter()
        return w
    }

    /// The window always shows consecutive rows, and `position` is the selected row's true place.
    func assertConsistent(_ w: ScrollWindow<Person>, file: StaticString = #filePath, line: UInt = #line) {
        guard let first = w.rows.first, let row = w.selectedRow else { return XCTFail("empty", file: file, line: line) }
        let start = source.index(of: first)
        XCTAssertEqual(w.rows, Array(source.all[start..<start + w.rows.count]), "rows are consecutive", file: file, line: line)
        XCTAssertEqual(w.position, source.index(of: row) + 1, "position", file: file, line: line)
        XCTAssertLessThanOrEqual(w.rows.count, w.height, file: file, line: line)
    }

    func testLoadReadsOnePage() throws {
        var w = ScrollWindow<Person>(height: 10)
        try w.load(from: source)
        XCTAssertEqual(source.rowsRead, 10)
        XCTAssertEqual(w.rows.count, 10)
        XCTAssertEqual(w.counter, "1/10000")
        assertConsistent(w)
    }

    func testStepInsideTheWindowReadsNothing() throws {
        var w = try loaded()
        for _ in 0..<9 { XCTAssertEqual(try w.handle(.down, source: source), .moved) }
        XCTAssertEqual(source.rowsRead, 0)
        XCTAssertEqual(w.selected, 9)
        XCTAssertEqual(w.counter, "10/10000")
    }

    func testStepAtTheEdgeReadsOneRow() throws {
        var w = try loaded()
        for _ in 0..<9 { _ = try w.handle(.char("j"), source: source) }
        _ = try w.handle(.char("j"), source: source)
        XCTAssertEqual(source.rowsRead, 1)
        XCTAssertEqual(w.selected, 9)
        XCTAssertEqual(w.rows.first, source.all[1], "the window slid by one")
        XCTAssertEqual(w.counter, "11/10000")
        assertConsistent(w)
        // And back up past the top edge: one row again.
        for _ in 0..<9 { _ = try w.handle(.char("k"), source: source) }
        source.resetCounter()
        _ = try w.handle(.up, source: source)
        XCTAssertEqual(source.rowsRead, 1)
        XCTAssertEqual(w.counter, "1/10000")
        assertConsistent(w)
    }

    func testPageDownReadsOnePage() throws {
        var w = try loaded()
        _ = try w.handle(.down, source: source)
        _ = try w.handle(.pageDown, source: source)
        XCTAssertEqual(source.rowsRead, 10)
        XCTAssertEqual(w.selected, 1, "a full page: the selection keeps its place on screen")
        XCTAssertEqual(w.counter, "12/10000")
        assertConsistent(w)
        source.resetCounter()
        _ = try w.handle(.pageUp, source: source)
        XCTAssertEqual(source.rowsRead, 10)
        XCTAssertEqual(w.counter, "2/10000")
        assertConsistent(w)
    }

    func testEndReadsOnlyTheLastPage() throws {
        var w = try loaded()
        XCTAssertEqual(try w.handle(.char("G"), source: source), .moved)
        XCTAssertEqual(source.rowsRead, 10)
        XCTAssertEqual(w.selectedRow, source.all.last)
        XCTAssertEqual(w.counter, "10000/10000")
        assertConsistent(w)
        source.resetCounter()
        _ = try w.handle(.down, source: source)
        XCTAssertEqual(w.counter, "10000/10000", "nothing after the last row")
        XCTAssertLessThanOrEqual(source.rowsRead, 1)
        _ = try w.handle(.pageDown, source: source)
        XCTAssertEqual(w.counter, "10000/10000")
        source.resetCounter()
        _ = try w.handle(.char("g"), source: source)
        XCTAssertEqual(source.rowsRead, 10)
        XCTAssertEqual(w.counter, "1/10000")
        _ = try w.handle(.end, source: source)
        _ = try w.handle(.home, source: source)
        XCTAssertEqual(w.counter, "1/10000")
        XCTAssertEqual(source.countCalls, 0, "moving never recounts")
    }

    func testPageDownAtTheEndSelectsTheLastRowThenPageUpAtTheTopTheFirst() throws {
        source = CountingSource(count: 25)
        var w = try loaded()
        _ = try w.handle(.pageDown, source: source)   // window 10...19, row 10 selected
        XCTAssertEqual(w.counter, "11/25")
        _ = try w.handle(.pageDown, source: source)   // only 20...24 remain: window 15...24
        XCTAssertEqual(w.counter, "21/25")
        XCTAssertEqual(w.selected, 5)
        assertConsistent(w)
        _ = try w.handle(.pageDown, source: source)   // less than a page left: the last row
        XCTAssertEqual(w.counter, "25/25")
        XCTAssertEqual(w.selected, 9)
        _ = try w.handle(.pageDown, source: source)
        XCTAssertEqual(w.counter, "25/25")
        _ = try w.handle(.pageUp, source: source)
        XCTAssertEqual(w.counter, "15/25")
        assertConsistent(w)
        _ = try w.handle(.pageUp, source: source)
        XCTAssertEqual(w.counter, "5/25")
        _ = try w.handle(.pageUp, source: source)
        XCTAssertEqual(w.counter, "1/25")
        XCTAssertEqual(w.selected, 0)
        assertConsistent(w)
    }

    /// Any sequence of moves keeps the window consecutive and the counter true, and no key
    /// reads more than a page.
    func testRandomWalkKeepsPositionTrueAndReadsAreBounded() throws {
        var w = try loaded(height: 7)
        let keys: [Key] = [.up, .down, .down, .down, .pageUp, .pageDown, .pageDown, .char("g"), .char("G"), .char("j"), .char("k")]
        var seed: UInt64 = 42
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let key = keys[Int(seed >> 33) % keys.count]
            source.resetCounter()
            _ = try w.handle(key, source: source)
            XCTAssertLessThanOrEqual(source.rowsRead, 7, "\(key)")
            assertConsistent(w)
        }
    }

    func testAnchorShowsTheRowWithItsPositionAtTheSameScreenPlace() throws {
        var w = try loaded()
        for _ in 0..<3 { _ = try w.handle(.down, source: source) }
        let saved = source.all[5_000]
        try w.anchor(at: saved, source: source)
        XCTAssertEqual(w.selectedRow, saved)
        XCTAssertEqual(w.selected, 3)
        XCTAssertEqual(w.counter, "5001/10000")
        XCTAssertLessThanOrEqual(source.rowsRead, 10)
        assertConsistent(w)
    }

    func testAnchorNearTheEndFillsTheWindowFromAbove() throws {
        var w = try loaded()
        try w.anchor(at: source.all[9_998], source: source)
        XCTAssertEqual(w.rows.count, 10)
        XCTAssertEqual(w.selected, 8)
        XCTAssertEqual(w.counter, "9999/10000")
        XCTAssertLessThanOrEqual(source.rowsRead, 10)
        assertConsistent(w)
    }

    func testResizeKeepsTheSelectionAndReadsOnlyWhatIsAdded() throws {
        var w = try loaded()
        for _ in 0..<8 { _ = try w.handle(.down, source: source) }
        try w.resize(height: 4, source: source)
        XCTAssertEqual(source.rowsRead, 0)
        XCTAssertEqual(w.rows.count, 4)
        XCTAssertEqual(w.selected, 3)
        XCTAssertEqual(w.counter, "9/10000")
        assertConsistent(w)
        try w.resize(height: 12, source: source)
        XCTAssertEqual(source.rowsRead, 8)
        XCTAssertEqual(w.rows.count, 12)
        XCTAssertEqual(w.counter, "9/10000")
        assertConsistent(w)
    }

    func testEmptySourceAndEnter() throws {
        source = CountingSource([])
        var w = ScrollWindow<Person>(height: 5)
        try w.load(from: source)
        XCTAssertEqual(w.counter, "0/0")
        XCTAssertNil(w.selectedRow)
        XCTAssertEqual(try w.handle(.down, source: source), .moved)
        XCTAssertEqual(try w.handle(.enter, source: source), .moved, "nothing to open")
        XCTAssertEqual(try w.handle(.char("x"), source: source), .ignored)
        source = CountingSource(count: 3)
        try w.load(from: source)
        XCTAssertEqual(try w.handle(.enter, source: source), .activated)
    }

    func testReloadKeepsTheSelectedRow() throws {
        var w = try loaded()
        _ = try w.handle(.pageDown, source: source)
        let row = w.selectedRow
        try w.reload(from: source)
        XCTAssertEqual(w.selectedRow, row)
        assertConsistent(w)
    }
}
