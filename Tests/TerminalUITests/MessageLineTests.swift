import XCTest
@testable import TerminalUI

final class MessageLineTests: XCTestCase {
    func testErrorIsBoldNotOnlyRed() {
        let b = render(20, 1) { buf, r in MessageLine.error("NIK tidak sah").draw(in: r, on: &buf) }
        assertLines(b, ["NIK tidak sah       "])
        XCTAssertTrue(b.row(0, 0..<13, has: .bold))
    }

    func testInfoIsPlainAndClearsOldText() {
        var b = render(20, 1) { buf, r in MessageLine.error("Gagal menyimpan data").draw(in: r, on: &buf) }
        MessageLine.info("Tersimpan").draw(in: b.bounds, on: &b)
        assertLines(b, ["Tersimpan           "])
        XCTAssertEqual(b.style(0, 0), .plain)
    }

    func testSuccessIsBold() {
        let b = render(12, 1) { buf, r in MessageLine.success("Tersimpan").draw(in: r, on: &buf) }
        XCTAssertTrue(b.row(0, 0..<9, has: .bold))
    }

    func testLongTextEndsWithEllipsis() {
        let b = render(10, 1) { buf, r in MessageLine("Data anggota berhasil diimpor").draw(in: r, on: &buf) }
        assertLines(b, ["Data angg…"])
    }

    func testALongMessageWrapsOverTheRowsItIsGivenInsteadOfLosingItsEnd() {
        let message = MessageLine.error("Basis data sedang dipakai proses lain; belum disimpan.")
        XCTAssertEqual(message.rows(width: 30), 2)
        let b = render(30, 2) { buf, r in message.draw(in: r, on: &buf) }
        assertLines(b, ["Basis data sedang dipakai     ", "proses lain; belum disimpan.  "])
        XCTAssertEqual(MessageLine("").rows(width: 30), 1)
        XCTAssertEqual(MessageLine(String(repeating: "kata ", count: 40)).rows(width: 20), 3, "at most three rows")
    }
}
