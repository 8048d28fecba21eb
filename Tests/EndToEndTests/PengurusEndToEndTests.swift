import Foundation
import XCTest

/// Pengurus in the real binary at 80x24: the board of 2023–2028, replacing the bendahara with a
/// person found by three letters, the seat's history, and the same history on the command line.
final class PengurusEndToEndTests: XCTestCase {
    func testReplacingTheBendaharaShowsBothHoldersOnScreenAndInTheExport() throws {
        let bin = try releaseBinary()
        let tmux = try TmuxSession(command: bin)
        try tmux.waitFor("1  Anggota")
        try tmux.send("2")
        var screen = try tmux.waitFor("Menu › Pengurus")
        XCTAssertTrue(screen.contains("2023–2028"), screen)
        try tmux.send("Enter")
        try tmux.waitFor("45 dari 45 kursi terisi")
        // The board's own key bar, drawn last: the whole frame has arrived (a capture can land
        // mid-frame, with the rows below still those of the term list).
        screen = try tmux.waitFor("Enter Riwayat")
        let ketua = screen.split(separator: "\n").first { $0.contains("Ketua ") && !$0.contains("Wakil") } ?? ""
        XCTAssertTrue(ketua.contains("Wahidin"), screen)
        let outgoing = screen.split(separator: "\n").first { $0.hasPrefix("  Bendahara") }.map(String.init) ?? ""
        XCTAssertTrue(outgoing.contains("Dedi Kurniawan Saputra"), screen)

        // The bendahara is the 14th line of the board.
        try tmux.send("g")
        for _ in 0..<13 { try tmux.send("j") }
        try tmux.send("i")
        try tmux.waitFor("Ganti: Bendahara")
        try tmux.type("ilh")
        try tmux.waitFor("Ilham Anwar")
        try tmux.send("Enter")
        try tmux.waitFor("Tanggal serah terima")
        try tmux.send("Tab", "Right", "F2")
        screen = try tmux.waitFor("Ilham Anwar memegang Bendahara")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Riwayat: Bendahara")
        let lines = screen.split(separator: "\n").map(String.init)
        let old = lines.first { $0.contains("Dedi Kurniawan Saputra") } ?? ""
        let new = lines.first { $0.contains("Ilham Anwar") } ?? ""
        XCTAssertTrue(old.contains("14 Mei 2023") && old.contains("mengundurkan diri"), screen)
        XCTAssertTrue(new.contains("menjabat"), screen)
        try tmux.send("Escape")
        // Esc then Q at once would read as Alt-Q: wait for the board's own key bar.
        try tmux.waitFor("Enter Riwayat")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)

        // The same history on the command line, from the same file.
        let db = tmux.dataHome + "/sekretariat/sekretariat.sqlite"
        let current = try shell([bin, "export", "officers", "--db", db, "--term", "2023"])
        XCTAssertEqual(current.0, 0, current.2)
        let bendahara = current.1.split(separator: "\n").filter { $0.contains(",Bendahara,") }
        XCTAssertEqual(bendahara.count, 1, current.1)
        XCTAssertTrue(bendahara.first?.contains("Ilham Anwar") ?? false, current.1)
        let history = try shell([bin, "export", "officers", "--db", db, "--term", "2023", "--history"])
        XCTAssertEqual(history.0, 0, history.2)
        let rows = history.1.split(separator: "\n").filter { $0.contains(",Bendahara,") }.map(String.init)
        XCTAssertEqual(rows.count, 2, history.1)
        XCTAssertTrue(rows.contains { $0.contains("Dedi Kurniawan Saputra") && $0.contains("2023-05-14") && $0.contains("mengundurkan_diri") },
                      rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("Ilham Anwar") }, rows.joined(separator: "\n"))
    }
}
