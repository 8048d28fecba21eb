import XCTest
@testable import TerminalUI

final class TableTests: XCTestCase {
    let table = Table([
        TableColumn("KTA", minWidth: 6, idealWidth: 8, priority: 3),
        TableColumn("Nama", minWidth: 8, idealWidth: 14, priority: 5, expands: true),
        TableColumn("Kota", minWidth: 6, idealWidth: 10, priority: 1),
        TableColumn("Iuran", minWidth: 6, alignment: .right, priority: 2),
    ])
    let rows = [
        ["001", "Budi Santoso", "Palembang", "50.000"],
        ["002", "山田太郎", "Lahat", "0"],
        ["003", "Siti Rahmawati Kusuma", "Prabumulih", "125.000"],
    ]

    func testHeaderRowsAndSelectionInReverse() {
        var cursor: Point?
        let b = render(42, 5) { buf, r in
            cursor = table.draw(rows: rows, selected: 1, in: r, on: &buf, focused: true, emptyText: "Kosong")
        }
        assertLines(b, [
            "KTA      Nama            Kota        Iuran",
            "001      Budi Santoso    Palembang  50.000",
            "002      山田太郎        Lahat           0",
            "003      Siti Rahmawati… Prabumulih 125.0…",
            "                                          ",
        ])
        XCTAssertTrue(b.row(0, 0..<42, has: .underline))
        XCTAssertTrue(b.row(0, 0..<3, has: .bold))
        XCTAssertTrue(b.row(2, 0..<42, has: .reverse), "the selected row is reverse across the width")
        XCTAssertFalse(b.style(0, 1).attributes.contains(.reverse))
        XCTAssertEqual(cursor, Point(x: 0, y: 2))
    }

    func testWideCharactersKeepColumnsAligned() {
        let b = render(42, 3) { buf, r in _ = table.draw(rows: rows, selected: nil, in: r, on: &buf, focused: true) }
        // "Kota" starts at the same cell on every row, wide characters or not: 8 + 1 + 15 + 1.
        XCTAssertEqual(b[25, 0].text, "K")
        XCTAssertEqual(b[25, 1].text, "P")
        XCTAssertEqual(b[25, 2].text, "L")
        XCTAssertEqual(b[41, 2].text, "0", "right-aligned column still ends at the edge")
        XCTAssertEqual(b[9, 2].text, "山")
        XCTAssertTrue(b[10, 2].isContinuation)
    }

    func testNarrowTerminalDropsLowPriorityColumnsFirst() {
        // Room beyond the minimums goes to the ideal widths by priority, then to "Nama" (expands).
        XCTAssertEqual(table.layout(width: 42), [8, 15, 10, 6])
        XCTAssertEqual(table.layout(width: 29), [6, 8, 6, 6], "minimum widths all fit (26 + 3 gaps)")
        XCTAssertEqual(table.layout(width: 28), [6, 14, nil, 6], "Kota (priority 1) goes first")
        XCTAssertEqual(table.layout(width: 20), [6, 13, nil, nil], "then Iuran")
        XCTAssertEqual(table.layout(width: 14), [nil, 14, nil, nil], "Nama stays longest")
        XCTAssertEqual(table.layout(width: 5), [nil, 8, nil, nil])
        let b = render(20, 3) { buf, r in _ = table.draw(rows: rows, selected: 0, in: r, on: &buf, focused: false) }
        assertLines(b, [
            "KTA    Nama         ",
            "001    Budi Santoso ",
            "002    山田太郎     ",
        ])
        XCTAssertTrue(b.row(1, 0..<20, has: .bold), "unfocused selection is bold")
        XCTAssertFalse(b.row(1, 0..<20, has: .reverse))
    }

    func testWideTerminalGivesSpareRoomToTheExpandingColumn() {
        XCTAssertEqual(table.layout(width: 50), [8, 23, 10, 6])
    }

    func testEmptyListShowsTheCallersText() {
        let b = render(30, 3) { buf, r in _ = table.draw(rows: [], selected: nil, in: r, on: &buf, focused: true, emptyText: "Belum ada anggota") }
        XCTAssertEqual(b.text, "KTA    Nama      Kota    Iuran\nBelum ada anggota\n")
        XCTAssertTrue(b.row(1, 0..<17, has: .dim))
    }

    func testDrawsAScrollWindow() throws {
        let source = CountingSource(count: 100)
        var w = ScrollWindow<Person>(height: 3)
        try w.load(from: source)
        _ = try w.handle(.char("G"), source: source)
        let t = Table([TableColumn("Nama", minWidth: 10), TableColumn("No", minWidth: 3, alignment: .right)])
        let b = render(14, 4) { buf, r in
            _ = t.draw(w, cells: { [$0.name, String($0.id)] }, in: r, on: &buf, focused: true)
        }
        assertLines(b, [
            "Nama        No",
            "Nama 0032   98",
            "Nama 0033   99",
            "Nama 0033  100",
        ])
        XCTAssertTrue(b.row(3, 0..<14, has: .reverse))
    }
}
