import Foundation
import XCTest

/// Keys as other terminals spell them, through the real binary and real ncurses: what PuTTY
/// sends with its defaults (TERM=xterm), and Alt as an Esc prefix. None of them may read as
/// Esc (back!) followed by stray characters.
final class KeysEndToEndTests: XCTestCase {
    private let esc: UInt8 = 0x1b

    func testHomeAndEndSpelledAsPuTTYDoesMoveWithinTheList() throws {
        let tmux = try TmuxSession(command: try releaseBinary(), environment: ["TERM": "xterm"])
        try tmux.waitFor("1  Anggota")
        try tmux.send("1")
        try tmux.waitFor("1/124")
        let spellings: [(end: [UInt8], home: [UInt8])] = [
            ([esc] + Array("[4~".utf8), [esc] + Array("[1~".utf8)),   // PuTTY, Linux console
            ([esc] + Array("[F".utf8), [esc] + Array("[H".utf8)),     // xterm's normal mode
            ([esc] + Array("OF".utf8), [esc] + Array("OH".utf8)),     // xterm's application mode
            ([esc] + Array("[8~".utf8), [esc] + Array("[7~".utf8)),   // rxvt
        ]
        for (end, home) in spellings {
            try tmux.sendBytes(end)
            var screen = try tmux.waitFor("124/124")
            XCTAssertTrue(screen.contains("Menu › Anggota"), "still in the list after End:\n\(screen)")
            XCTAssertFalse(screen.contains("Program Kerja"), screen)
            try tmux.sendBytes(home)
            screen = try tmux.waitFor("1/124")
            XCTAssertTrue(screen.contains("Menu › Anggota"), "still in the list after Home:\n\(screen)")
        }
        // During a search, Home moves the caret in the prompt and never drops the search.
        try tmux.send("/")
        try tmux.type("wahid")
        try tmux.waitFor("1/1")
        try tmux.sendBytes([esc] + Array("[1~".utf8))
        let screen = try tmux.waitFor("Cari: wahid")
        XCTAssertTrue(screen.contains("1/1"), "the search stays:\n\(screen)")
        try tmux.send("F10")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }

    func testAltArrowIsNotEscape() throws {
        let tmux = try TmuxSession(command: try releaseBinary(), environment: ["TERM": "xterm"])
        try tmux.waitFor("1  Anggota")
        try tmux.send("1")
        try tmux.waitFor("1/124")
        // Alt-↓ as xterm sends it, and as an Esc prefix before an arrow.
        try tmux.sendBytes([esc] + Array("[1;3B".utf8))
        try tmux.sendBytes([esc, esc] + Array("[B".utf8))
        try tmux.sendBytes(Array("j".utf8))
        let screen = try tmux.waitFor("2/124")
        XCTAssertTrue(screen.contains("Menu › Anggota"), "Alt never went back:\n\(screen)")
        try tmux.send("F10")
        XCTAssertEqual(try tmux.exitStatus(), 0)
    }
}
