import TerminalUI

/// The help box (F1 or ?), generated from the keymaps of the screen below and the global keys.
struct HelpModal: ModalScreen {
    typealias Result = Never
    var overlay: HelpOverlay
    var coversWholeScreen: Bool { true }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.escape, .function(1)], bar: c.close, help: c.helpFooter, action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .resized(let size): overlay.resize(size)
        case .key(let key): if overlay.handle(key) == .close { return .close(result: nil) }
        default: break
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        overlay.draw(in: rect, on: &buffer)
    }
}
