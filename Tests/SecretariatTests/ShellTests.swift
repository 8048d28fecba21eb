import XCTest
@testable import Secretariat
import TerminalUI

/// The app shell driven through the in-memory terminal: menu, navigation, help, resize, quit.
final class ShellTests: XCTestCase {
    private func harness(_ language: Language = .indonesian, size: Size = Size(width: 80, height: 24))
        -> (SecretariatApp, MemoryTerminal, EventLoop) {
        let h = AppHarness(language: language, size: size)
        return (h.app, h.terminal, h.loop)
    }

    private func run(_ keys: [Key], language: Language = .indonesian, size: Size = Size(width: 80, height: 24))
        -> (MemoryTerminal, quit: Bool) {
        let h = AppHarness(language: language, size: size)
        let quit = h.run(keys)
        return (h.terminal, quit)
    }

    func testMainMenuAt80x24() {
        let (terminal, quit) = run([])
        XCTAssertFalse(quit, "input ran out; the app did not quit by itself")
        assertSnapshot(terminal, named: "menu-80x24")
        XCTAssertEqual(terminal.cursor, Point(x: 20, y: 8), "cursor sits on the selected item")
    }

    func testMainMenuInEnglish() {
        let (terminal, _) = run([], language: .english)
        assertSnapshot(terminal, named: "menu-80x24-en")
    }

    func testNumberKeysOpenSectionsInOrder() {
        let expected = ["Anggota", "Pengurus", "Musda", "Program Kerja", "Pendataan", "Laporan", "Pengaturan"]
        for (i, title) in expected.enumerated() {
            let (terminal, _) = run([.char(Character(String(i + 1)))])
            XCTAssertTrue(terminal.frame.lines[0].contains("Menu › \(title)"), "key \(i + 1): \(terminal.frame.lines[0])")
        }
    }

    func testEnterOpensSelectedAndEscAndQGoBack() {
        var (terminal, _) = run([.down, .down, .enter])
        XCTAssertTrue(terminal.frame.lines[0].contains("Menu › Musda"))
        (terminal, _) = run([.down, .enter, .escape])
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "Menu")
        (terminal, _) = run([.char("2"), .char("q")])
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "Menu")
    }

    func testEscAtTheMenuNeverQuits() {
        let (terminal, quit) = run([.escape, .escape])
        XCTAssertFalse(quit)
        XCTAssertTrue(terminal.screenText.contains("Tekan Q atau F10 untuk keluar."))
    }

    func testHelpOpensWithF1AndQuestionMarkAndEscClosesOnlyTheHelp() {
        var (terminal, _) = run([.char("?")])
        assertSnapshot(terminal, named: "help-menu-80x24")
        (terminal, _) = run([.char("4"), .function(1), .escape])
        XCTAssertFalse(terminal.screenText.contains("Bantuan: "), "help closed")
        XCTAssertTrue(terminal.frame.lines[0].contains("Menu › Program Kerja"), "Esc closed only the help")
    }

    func testQuitKeys() {
        XCTAssertTrue(run([.char("Q")]).quit)
        XCTAssertTrue(run([.function(10)]).quit)
        XCTAssertTrue(run([.char("q")]).quit, "q at the main menu closes the last screen")
        XCTAssertTrue(run([.char("5"), .char("Q")]).quit)
    }

    func testTooSmallScreenAndRecovery() {
        let (app, terminal, loop) = harness()
        terminal.enqueue([.resize(Size(width: 50, height: 12))])
        loop.run(app)
        assertSnapshot(terminal, named: "too-small-50x12")
        terminal.enqueue([.key(.char("3")), .resize(Size(width: 80, height: 24))])
        loop.run(app)
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "Menu",
                       "keys typed while too small are ignored; the menu comes back")
        XCTAssertTrue(terminal.screenText.contains("1  Anggota"))
    }

    func testResizeRelaysOutTheFrame() {
        let (app, terminal, loop) = harness()
        terminal.enqueue([.resize(Size(width: 120, height: 40))])
        loop.run(app)
        assertSnapshot(terminal, named: "menu-120x40")
    }

    func testCtrlLRepaintsEverything() {
        let (app, terminal, loop) = harness()
        loop.run(app)
        let before = terminal.fullRepaints
        terminal.enqueue(keys: [.ctrl("l")])
        loop.run(app)
        XCTAssertEqual(terminal.fullRepaints, before + 2, "initial resize + Ctrl-L each force a full repaint")
    }

    func testLanguageResolution() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: [:]), .indonesian)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .english)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "id_ID.UTF-8"]), .indonesian)
        XCTAssertEqual(Language.resolve(flag: "en", environment: ["LANG": "id_ID.UTF-8"]), .english)
        XCTAssertNil(Language.resolve(flag: "fr", environment: [:]))
    }
}

/// Keymaps drive the bar and the help on every screen.
final class KeymapShellTests: XCTestCase {
    func testEveryScreenAt80ColumnsShowsHowToGetHelpAndHowToQuit() {
        let h = AppHarness()
        let walk: [(String, [Key])] = [("menu", []), ("list", [.char("1")]), ("search", [.char("/")]),
                                       ("detail", [.escape, .enter]), ("form", [.char("e")]),
                                       ("discard question", [.char("x"), .escape])]
        for (place, keys) in walk {
            h.run(keys)
            XCTAssertTrue(h.keyBar.contains("F1 Bantuan"), "\(place): \(h.keyBar)")
            XCTAssertTrue(h.keyBar.contains("F10 Keluar"), "\(place): \(h.keyBar)")
        }
        // Screens another screen opens (the board opens the chart), pushed as it would.
        let term = try! XCTUnwrap(TestStore.demo.board.activeTerm()?.id)
        let pushed: [(String, any Screen)] = [("org chart", OrgChartScreen(termId: term))]
        for (place, screen) in pushed {
            let p = AppHarness()
            p.app.push(screen)
            p.run([])
            XCTAssertTrue(p.keyBar.contains("F1 Bantuan"), "\(place): \(p.keyBar)")
            XCTAssertTrue(p.keyBar.contains("F10 Keluar"), "\(place): \(p.keyBar)")
        }
    }

    func testF1OverADialogListsTheDialogsKeys() {
        let h = AppHarness()
        h.run([.char("1"), .char("f")])
        XCTAssertTrue(h.screen.contains("Filter anggota"), h.screen)
        h.run([.function(1)])
        XCTAssertTrue(h.screen.contains("Terapkan filter"), "the filter's own keys:\n\(h.screen)")
        h.run([.escape])
        XCTAssertTrue(h.screen.contains("Filter anggota"), "Esc closed only the help")
        h.run([.escape])
        XCTAssertFalse(h.screen.contains("Filter anggota"))
    }

    func testTheFormHelpComesFromTheWidgetsThatReadTheKeys() {
        let h = AppHarness()
        h.run([.char("1"), .char("a"), .function(1)])
        for row in ["F2/Ctrl-S", "Tab/Shift-Tab ↓/↑", "0–9", "Ctrl-U/K/W", "←/→ Home/End"] {
            XCTAssertNotNil(h.row(containing: row), "\(row) in the help:\n\(h.screen)")
        }
    }
}
