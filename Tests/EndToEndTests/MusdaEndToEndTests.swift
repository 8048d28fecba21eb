import Foundation
import XCTest

/// Minutes typed live in the real binary survive kill -9 and a dropped link (SIGHUP), and the
/// KEPUTUSAN: line is in the Keputusan tab after the restart.
final class MusdaEndToEndTests: XCTestCase {
    /// `3`, Musda I, the Notulen tab of Sidang Pleno II, the editor; then a time, a speaker and
    /// a decision line at the end.
    private func typeMinutes(_ tmux: TmuxSession) throws {
        try tmux.waitFor("1  Anggota")
        try tmux.send("3")
        try tmux.waitFor("Menu › Musda")
        try tmux.send("Enter")
        try tmux.waitFor("Ringkasan")
        try tmux.send("]", "]")
        try tmux.waitFor("Sesi: Sidang Pleno II")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.waitFor("Ketik notulen")
        try tmux.send("Enter")
        try tmux.waitFor("Musda I › Notulen")
        try tmux.send("C-End", "Enter", "C-t", "C-p")
        try tmux.waitFor("Pilih pembicara")
        try tmux.type("wahidin")
        try tmux.send("Enter")
        try tmux.type("Membuka sidang pleno II.")
        try tmux.send("Enter")
        try tmux.type("KEPUTUSAN: LPJ diterima dengan catatan")
        try tmux.waitFor("KEPUTUSAN: LPJ diterima dengan catatan")
    }

    private func waitUntilGone(_ pid: Int32) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if kill(pid, 0) != 0 { return }
            usleep(50_000)
        }
        throw E2EError("process \(pid) still running")
    }

    /// A new process on the same data: every typed line is back, and the decision is drafted.
    private func assertRecovered(after previous: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        let next = try TmuxSession(command: try releaseBinary(), reusing: previous)
        try next.waitFor("1  Anggota")
        try next.send("3")
        try next.waitFor("Menu › Musda")
        try next.send("Enter")
        try next.waitFor("Ringkasan")
        try next.send("]", "]", "Tab", "Tab", "Tab", "Enter")
        var screen = try next.waitFor("dipulihkan")
        XCTAssertTrue(screen.contains("Wahidin: Membuka sidang pleno II."), screen, file: file, line: line)
        XCTAssertTrue(screen.contains("KEPUTUSAN: LPJ diterima dengan catatan"), screen, file: file, line: line)
        XCTAssertTrue(screen.range(of: #"\[\d\d\.\d\d\] Wahidin"#, options: .regularExpression) != nil, "the time stamp:\n\(screen)",
                      file: file, line: line)
        try next.send("Escape")
        try next.waitFor("Notulen Sidang Pleno II")
        try next.send("Tab")
        screen = try next.waitFor("(dari notulen)")
        XCTAssertTrue(screen.contains("LPJ diterima dengan catatan"), screen, file: file, line: line)
        try next.send("Q")
        XCTAssertEqual(try next.exitStatus(), 0, file: file, line: line)
    }

    func testKillNineOneAndAHalfSecondsAfterTheLastKeyLosesNoLine() throws {
        let tmux = try TmuxSession(command: try releaseBinary())
        try typeMinutes(tmux)
        usleep(1_500_000)
        let pid = try XCTUnwrap(try tmux.programPID())
        kill(pid, SIGKILL)
        try waitUntilGone(pid)
        try assertRecovered(after: tmux)
    }

    func testAHangUpRightAfterTypingLosesNothing() throws {
        let tmux = try TmuxSession(command: try releaseBinary())
        try typeMinutes(tmux)
        let pid = try XCTUnwrap(try tmux.programPID())
        tmux.killServer()
        try waitUntilGone(pid)
        try assertRecovered(after: tmux)
    }
}
