import Foundation
import XCTest

/// The real release binary in tmux at 80x24: what a person sees and does.
final class ShellEndToEndTests: XCTestCase {
    func testWalkMenuHelpResizeAndQuit() throws {
        let bin = try releaseBinary()
        let tmux = try TmuxSession(command: bin)
        var screen = try tmux.waitFor("7  Pengaturan")
        XCTAssertTrue(screen.contains("1  Anggota"))
        XCTAssertTrue(screen.contains("F10 Keluar"), "key bar drawn")
        XCTAssertTrue(screen.contains("┌─ Sekretariat DPD IPSPI Sumsel"), "lines drawn with wide-character functions:\n\(screen)")

        try tmux.send("6")
        screen = try tmux.waitFor("Anggota per kabupaten/kota")
        XCTAssertTrue(screen.contains("Menu › Laporan"))
        try tmux.send("Escape")
        // Not "1  Anggota": the Laporan menu's first item begins so too.
        try tmux.waitFor("7  Pengaturan")

        try tmux.send("g", "j", "j", "j", "Enter")
        try tmux.waitFor("Menu › Program Kerja")
        try tmux.send("q")
        try tmux.waitFor("1  Anggota")

        try tmux.send("?")
        screen = try tmux.waitFor("Bantuan: Menu")
        XCTAssertTrue(screen.contains("Ctrl-L"))
        try tmux.send("Escape")
        screen = try tmux.waitFor("1  Anggota")
        XCTAssertFalse(screen.contains("Bantuan: Menu"), "Esc closed the help:\n\(screen)")

        try tmux.send("F1")
        try tmux.waitFor("Bantuan: Menu")
        try tmux.send("Escape")

        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("Terminal terlalu kecil")
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("7  Pengaturan")
        XCTAssertFalse(screen.contains("terlalu kecil"), "too-small notice cleared:\n\(screen)")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("7  Pengaturan")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("7  Pengaturan")

        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
        XCTAssertFalse(try tmux.alternateScreenOn(), "terminal restored")
    }

    func testEnglishByFlag() throws {
        let tmux = try TmuxSession(command: try releaseBinary() + " --lang en")
        let screen = try tmux.waitFor("1  Members")
        XCTAssertTrue(screen.contains("F10 Quit"))
        try tmux.send("F10")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testSigtermAndSigintRestoreTheTerminal() throws {
        for (signal, status) in [("TERM", Int32(143)), ("INT", Int32(130))] {
            let tmux = try TmuxSession(command: try releaseBinary())
            try tmux.waitFor("1  Anggota")
            XCTAssertTrue(try tmux.alternateScreenOn())
            let pid = try XCTUnwrap(try tmux.programPID(), "found the program's pid")
            try shell(["kill", "-\(signal)", "\(pid)"])
            XCTAssertEqual(try tmux.exitStatus(), status, "SIG\(signal)")
            XCTAssertFalse(try tmux.alternateScreenOn(), "terminal restored after SIG\(signal)")
        }
    }

    func testMonochromeTerminalUsesReverseVideoForSelection() throws {
        let tmux = try TmuxSession(command: try releaseBinary(), environment: ["TERM": "vt100", "NO_COLOR": "1"])
        try tmux.waitFor("1  Anggota")
        let escaped = try tmux.capture(escapes: true)
        let selectedRow = try XCTUnwrap(escaped.split(separator: "\n").first { $0.contains("1  Anggota") })
        XCTAssertTrue(selectedRow.contains("\u{1B}[7m"), "selection in reverse video: \(selectedRow.debugDescription)")
        // tmux writes its own resets (39/49); a colour would be 30–37 or 40–47.
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[(?:[0-9]+;)*(?:3[0-7]|4[0-7])(?:;[0-9]+)*m")
        XCTAssertNil(colour.firstMatch(in: escaped, range: NSRange(escaped.startIndex..., in: escaped)),
                     "no colour codes under NO_COLOR / vt100")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testAsciiLinesWhenLocaleIsNotUTF8() throws {
        let tmux = try TmuxSession(command: try releaseBinary(), environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try tmux.waitFor("1  Anggota")
        XCTAssertTrue(screen.contains("+- Sekretariat DPD IPSPI Sumsel --"), "ASCII box:\n\(screen)")
        XCTAssertFalse(screen.contains("┌"))
        // Other characters as their nearest ASCII, not `?`: the breadcrumb's ›, a cut name's ….
        try tmux.send("1")
        let list = try tmux.waitFor("Menu > Anggota")
        XCTAssertFalse(list.contains("?"), list)
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testRefusesWhenNotATerminal() throws {
        let (status, out, err) = try shell([try releaseBinary(), "--db", "/tmp/none.sqlite"])
        XCTAssertNotEqual(status, 0)
        XCTAssertEqual(out, "")
        XCTAssertEqual(err, "sekretariat: harus dijalankan di terminal (stdin/stdout bukan terminal)\n")
        XCTAssertEqual(err.split(separator: "\n").count, 1, "one line: \(err)")
    }

    func testRefusesUnknownTerminalType() throws {
        let tmux = try TmuxSession(command: try releaseBinary() + " 2>&1", environment: ["TERM": "no-such-terminal"])
        try tmux.waitFor("sekretariat: jenis terminal tidak dikenal: TERM=no-such-terminal")
        XCTAssertNotEqual(try tmux.exitStatus(), 0)
    }

    /// Every terminal type works or is refused with a reason (issue 16). Tried as a new user
    /// would, TERM=dumb showed a blank screen that took no keys.
    func testEveryTerminalTypeDrawsTheMenuOrIsRefused() throws {
        let refused = ["dumb": "terminal TERM=dumb tidak dapat memindahkan kursor", "": "jenis terminal tidak dikenal: TERM=(kosong)"]
        for (term, reason) in refused {
            let tmux = try TmuxSession(command: try releaseBinary() + " 2>&1", environment: ["TERM": term])
            try tmux.waitFor(reason)
            XCTAssertEqual(try tmux.exitStatus(), 2, term)
        }
        for term in ["vt100", "linux", "xterm-mono", "screen", "tmux-256color", "ansi"] {
            let tmux = try TmuxSession(command: try releaseBinary(), environment: ["TERM": term])
            try tmux.waitFor("Pengaturan")
            try tmux.send("F10")
            XCTAssertEqual(try tmux.exitStatus(), 0, term)
        }
    }
}
