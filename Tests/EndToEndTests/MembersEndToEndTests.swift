import Foundation
import XCTest

/// Anggota in the real binary, twice on the same database: edit and save, then reopen and
/// find the change and its audit entry.
final class MembersEndToEndTests: XCTestCase {
    func testEditSurvivesARestartWithAnAuditEntry() throws {
        let bin = try releaseBinary()
        let first = try TmuxSession(command: bin)
        try first.searchMembers("wahyu sul", until: "Wahyu Sulaiman")
        try first.send("Enter", "Enter")
        try first.waitFor("Menu › Anggota › Detail")
        try first.send("e")
        try first.waitFor("Detail › Ubah")
        // Name, NIK, sex, birth place, birth date, then the phone.
        try first.send("Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
        try first.type("081377712345")
        try first.send("C-s")
        let saved = try first.waitFor("Tersimpan")
        XCTAssertTrue(saved.contains("Wahyu Sulaiman"), saved)
        try first.send("Q")
        XCTAssertEqual(try first.exitStatus(), 0)

        // Same data directory, new process.
        let second = try TmuxSession(command: bin, reusing: first)
        try second.waitFor("1  Anggota")
        try second.send("1", "/")
        try second.type("081377712345")
        try second.waitFor("Wahyu Sulaiman")
        try second.send("Enter", "Enter")
        try second.waitFor("Menu › Anggota › Detail")
        var screen = try second.capture()
        XCTAssertTrue(screen.contains("081377712345"), "the new phone number is stored:\n\(screen)")
        try second.send("G")
        screen = try second.waitFor("RIWAYAT PERUBAHAN")
        let audit = screen.components(separatedBy: "RIWAYAT PERUBAHAN").last ?? ""
        XCTAssertTrue(audit.contains("Ubah data pribadi"), "an audit entry for the edit:\n\(screen)")
        try second.send("Q")
        XCTAssertEqual(try second.exitStatus(), 0)
    }

    func testInvalidNIKIsRejectedAndNothingWritten() throws {
        let bin = try releaseBinary()
        let tmux = try TmuxSession(command: bin)
        try tmux.waitFor("1  Anggota")
        try tmux.send("1")
        try tmux.waitFor("1/124")
        try tmux.send("a")
        try tmux.waitFor("Anggota › Tambah")
        try tmux.type("Siti Uji Coba")
        try tmux.send("Tab")
        try tmux.type("1674013102900003")
        try tmux.send("C-s")
        let screen = try tmux.waitFor("NIK")
        XCTAssertTrue(screen.contains("Anggota › Tambah"), "still on the form:\n\(screen)")
        try tmux.send("Escape")
        try tmux.waitFor("Buang perubahan?")
        try tmux.send("y")
        let list = try tmux.waitFor("/124")
        XCTAssertTrue(list.contains("1/124") || list.contains("/124"), "still 124 members:\n\(list)")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }
}
