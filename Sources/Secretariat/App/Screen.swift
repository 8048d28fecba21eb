import TerminalUI

/// What a screen's update asks of the shell.
enum ScreenEffect {
    /// The screen did not use the key; the shell may apply a global meaning (Esc, q, ?, Q).
    case ignored
    case handled
    case push(any Screen)
    /// Close this screen and show the one below.
    case pop
    case quit
}

/// One screen: a value with `update` and a pure `view`, as in the Elm architecture.
/// Each lives in its own folder with its state, update, view and keymap.
protocol Screen {
    /// This screen's part of the header breadcrumb.
    func title(_ catalog: Catalog) -> String
    /// Right side of the header, e.g. a `12/124` counter.
    func headerStatus(_ catalog: Catalog) -> String?
    func keyBar(_ catalog: Catalog) -> [KeyBarItem]
    func helpRows(_ catalog: Catalog) -> [HelpRow]
    /// True while typing text: then q, Q and ? are characters, not commands.
    var capturesText: Bool { get }
    var hasUnsavedChanges: Bool { get }
    mutating func update(_ key: Key, context: AppContext) -> ScreenEffect
    /// Draws into `rect` (between header and message line). Returns where the cursor sits.
    func view(in rect: Rect, buffer: inout Buffer, context: AppContext) -> Point?
    /// Called when the screen above closes and this one is on top again.
    mutating func resume(context: AppContext)
    /// The content area changed size (a terminal resize, or the screen was just pushed).
    mutating func resize(_ size: Size, context: AppContext)
    /// Deferred work, run once the keys already typed are handled and before the frame is drawn.
    mutating func settle(context: AppContext)
}

extension Screen {
    func headerStatus(_ catalog: Catalog) -> String? { nil }
    var capturesText: Bool { false }
    var hasUnsavedChanges: Bool { false }
    mutating func resume(context: AppContext) {}
    mutating func resize(_ size: Size, context: AppContext) {}
    mutating func settle(context: AppContext) {}
}
