import Foundation
import XCTest

/// Typing survives a dropped link (SIGHUP) and kill -9: the real binary in tmux, the real
/// SQLite file, then a new process on the same data that offers the draft back.
final class DraftsEndToEndTests: XCTestCase {
    /// Opens Wahyu Sulaiman's form and types into the phone and the email.
    private func typeIntoTwoFields(_ tmux: TmuxSession) throws {
        try tmux.searchMembers("wahyu sul", until: "Wahyu Sulaiman")
        try tmux.send("Enter", "e")
        try tmux.waitFor("Anggota › Ubah")
        // Name, NIK, sex, birth place, birth date, then the phone; the email follows.
        try tmux.send("Tab", "Tab", "Tab", "Tab", "Tab", "C-u")
        try tmux.type("081311112222")
        try tmux.send("Tab", "C-u")
        try tmux.type("wahyu.draf@contoh.id")
        try tmux.waitFor("wahyu.draf@contoh.id")
    }

    private func waitUntilGone(_ pid: Int32, seconds: Double = 10) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if kill(pid, 0) != 0 { return }
            usleep(50_000)
        }
        throw E2EError("process \(pid) still running")
    }

    /// The next start offers the draft, and restoring it brings both fields back.
    private func assertRestored(after previous: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        let next = try TmuxSession(command: try releaseBinary(), reusing: previous)
        var screen = try next.waitFor("Isian belum disimpan")
        XCTAssertTrue(screen.contains("Ubah anggota: Wahyu Sulaiman"), screen, file: file, line: line)
        try next.send("Enter")
        try next.waitFor("[ Pulihkan ]")
        try next.send("Enter")
        screen = try next.waitFor("dipulihkan")
        XCTAssertTrue(screen.contains("081311112222"), "phone restored:\n\(screen)", file: file, line: line)
        XCTAssertTrue(screen.contains("wahyu.draf@contoh.id"), "email restored:\n\(screen)", file: file, line: line)
        try next.send("C-s")
        screen = try next.waitFor("Tersimpan")
        try next.send("F10")
        XCTAssertEqual(try next.exitStatus(), 0, file: file, line: line)
    }

    func testAHangUpKeepsWhatWasTyped() throws {
        let tmux = try TmuxSession(command: try releaseBinary())
        try typeIntoTwoFields(tmux)
        let pid = try XCTUnwrap(try tmux.programPID())
        tmux.killServer()   // the terminal goes away: SIGHUP, as when an SSH link drops
        try waitUntilGone(pid)
        try assertRestored(after: tmux)
    }

    func testKillNineASecondAfterTheLastKeyLosesNothing() throws {
        let tmux = try TmuxSession(command: try releaseBinary())
        try typeIntoTwoFields(tmux)
        // The autosave runs ~1 s after the first unsaved key; wait a little past a second.
        usleep(1_500_000)
        let pid = try XCTUnwrap(try tmux.programPID())
        kill(pid, SIGKILL)
        try waitUntilGone(pid)
        try assertRestored(after: tmux)
    }
}
