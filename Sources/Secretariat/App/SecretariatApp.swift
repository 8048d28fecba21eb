import Storage
import TerminalUI

/// The application shell: a stack of screens under a header, a message line and a key bar.
///
/// Keys go to the top screen first. What it ignores gets the global meaning: Esc goes back
/// (never quits), q closes the screen, ? or F1 opens help, Q or F10 quits (asking first when
/// something is unsaved). F1, F10 and Ctrl-L are never typed text, so they are global first.
public final class SecretariatApp: Application {
    /// Below this the shell shows "terminal terlalu kecil" instead of a broken layout.
    public static let minimumSize = Size(width: 60, height: 16)

    let context: AppContext
    private(set) var stack: [any Screen]
    private var overlay: Overlay?
    private var screenSize = minimumSize

    private enum Overlay {
        case help(HelpOverlay)
        case confirmQuit(ConfirmDialog)
    }

    public init(catalog: Catalog, store: Store, welcome: String? = nil) {
        context = AppContext(catalog: catalog, store: store)
        stack = [MainMenuScreen(catalog: catalog)]
        if let welcome { context.inform(welcome) }
    }

    public func update(_ event: Event) -> LoopCommand {
        if case .resize(let size) = event {
            screenSize = size
            for i in stack.indices { stack[i].resize(contentSize, context: context) }
            if case .help(var help) = overlay { help.resize(size); overlay = .help(help) }
            return .continue
        }
        guard case .key(let key) = event else { return .continue }
        if let overlay { return updateOverlay(overlay, key) }
        if key == .ctrl("l") { return .redrawAll }
        if key == .function(1) { openHelp(); return .continue }
        if key == .function(10) || key == .ctrl("c") { return requestQuit() }
        context.clearMessage()

        let effect = stack[stack.count - 1].update(key, context: context)
        switch effect {
        case .handled: return .continue
        case .push(let screen): push(screen); return .continue
        case .pop: closeTop(); return .continue
        case .quit: return requestQuit()
        case .ignored: return applyGlobal(key, typing: stack[stack.count - 1].capturesText)
        }
    }

    private func applyGlobal(_ key: Key, typing: Bool) -> LoopCommand {
        switch key {
        case .escape:
            if stack.count > 1 { closeTop() } else { context.inform(context.catalog.rootEscapeHint) }
        case .char("q") where !typing:
            if stack.count > 1 { closeTop() } else { return requestQuit() }
        case .char("Q") where !typing:
            return requestQuit()
        case .char("?") where !typing:
            openHelp()
        default:
            break
        }
        return .continue
    }

    /// Puts a screen on top, sized to the content area (`.push`; tests open screens this way).
    func push(_ screen: any Screen) {
        stack.append(screen)
        stack[stack.count - 1].resize(contentSize, context: context)
    }

    /// The area between the header and the message line.
    private var contentSize: Size { Size(width: screenSize.width, height: max(0, screenSize.height - 3)) }

    private func closeTop() {
        guard stack.count > 1 else { return }
        stack.removeLast()
        // The screen below may need fresh data (a list after its form saved).
        stack[stack.count - 1].resume(context: context)
    }

    private func requestQuit() -> LoopCommand {
        guard stack.contains(where: { $0.hasUnsavedChanges }) else { return .quit }
        let c = context.catalog
        overlay = .confirmQuit(ConfirmDialog(title: c.quitConfirmTitle, message: [c.quitConfirmUnsaved],
                                             buttons: [DialogButton(c.yes, hotkey: "y"), DialogButton(c.no, hotkey: "n")],
                                             selected: 1))
        return .continue
    }

    private func openHelp() {
        let c = context.catalog
        let global = [
            HelpRow(keys: "F1/?", text: c.helpKeyHelp),
            HelpRow(keys: "Esc", text: c.helpKeyBack),
            HelpRow(keys: "q", text: c.helpKeyClose),
            HelpRow(keys: "F10/Q", text: c.helpKeyQuit),
            HelpRow(keys: "Ctrl-L", text: c.helpKeyRedraw),
        ]
        let rows = stack.last!.helpRows(c) + [HelpRow(keys: "", text: ""), HelpRow(keys: "", text: c.helpGlobalSection)] + global
        overlay = .help(HelpOverlay(title: "\(c.helpTitle): \(stack.last!.title(c))", rows: rows, footer: c.helpFooter, area: screenSize))
    }

    private func updateOverlay(_ current: Overlay, _ key: Key) -> LoopCommand {
        switch current {
        case .help(var help):
            if help.handle(key) == .close { overlay = nil } else { overlay = .help(help) }
            return .continue
        case .confirmQuit(var dialog):
            switch dialog.handle(key) {
            case .chosen(0): return .quit
            case .chosen, .cancelled: overlay = nil
            default: overlay = .confirmQuit(dialog)
            }
            return .continue
        }
    }

    public func settle() {
        stack[stack.count - 1].settle(context: context)
    }

    public func view(into buffer: inout Buffer) -> Point? {
        let c = context.catalog
        let (headerRow, rest) = buffer.bounds.splitTop(1)
        let (middle, keyRow) = rest.splitBottom(1)
        let (content, messageRow) = middle.splitBottom(1)
        let top = stack.last!
        let crumbs = stack.map { $0.title(c) }
        Header(crumbs, trailing: top.headerStatus(c) ?? "").draw(in: headerRow, on: &buffer)
        var cursor = top.view(in: content, buffer: &buffer, context: context)
        context.message.draw(in: messageRow, on: &buffer)
        let globalBar = [KeyBarItem(key: "F1", label: c.help), KeyBarItem(key: "Esc", label: c.back),
                         KeyBarItem(key: "F10", label: c.quit)]
        let screenBar = top.keyBar(c)
        // A screen that gives a global key its own meaning (Esc clears a search) shows only that.
        let globals = globalBar.filter { item in !screenBar.contains { $0.key == item.key } }
        KeyBar(screenBar + globals).draw(in: keyRow, on: &buffer)
        switch overlay {
        case .help(let help): cursor = help.draw(in: buffer.bounds, on: &buffer)
        case .confirmQuit(let dialog): cursor = dialog.draw(in: buffer.bounds, on: &buffer)
        case nil: break
        }
        return cursor
    }
}
