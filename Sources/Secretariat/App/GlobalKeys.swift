import TerminalUI

/// The keys every screen shares, in one table: it drives the shell's dispatch, the help's
/// "Di semua layar" section and the pinned part of the key bar.
enum GlobalKeys {
    enum Action: Sendable { case help, back, close, quit, redraw }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.function(1), .char("?")], bar: c.help, help: c.helpKeyHelp, action: .help),
            KeyBinding([.escape], bar: c.back, help: c.helpKeyBack, action: .back),
            KeyBinding([.char("q")], help: c.helpKeyClose, action: .close),
            KeyBinding([.function(10), .char("Q")], bar: c.quit, help: c.helpKeyQuit, action: .quit),
            KeyBinding([.ctrl("l")], help: c.helpKeyRedraw, action: .redraw),
        ])
    }

    /// Keys that are never typed text, so they work even in a form: F1, F10, Ctrl-L (and
    /// Ctrl-C, which raw mode delivers as a key, as a quit).
    static func unconditional(_ key: Key) -> Action? {
        switch key {
        case .function(1): return .help
        case .function(10), .ctrl("c"): return .quit
        case .ctrl("l"): return .redraw
        default: return nil
        }
    }

    /// The global part of the key bar: help and quit are pinned (always shown), back gives way.
    static func barItems(_ c: Catalog) -> [KeyBarItem] {
        [KeyBarItem(key: "F1", label: c.help, pinned: true), KeyBarItem(key: "Esc", label: c.back),
         KeyBarItem(key: "F10", label: c.quit, pinned: true)]
    }
}
