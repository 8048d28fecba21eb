import TerminalUI

/// The override dialog as a modal: lists the warnings and returns the typed reason.
struct ReasonModal: ModalScreen {
    enum Result: Hashable, Sendable {
        case reason(String)
        case cancelled
    }

    var dialog: OverrideReasonDialog

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.enter, .function(2)], bar: c.memberForm.overrideSaveLabel, help: c.memberForm.overrideSaveLabel, action: nil),
         KeyHelp([.escape], bar: c.back, help: c.memberForm.overrideBackHelp, action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        guard case .key(let key) = event else { return .none }
        switch dialog.handle(key) {
        case .pending: return .none
        case .confirmed(let reason): return .dismiss(Result.reason(reason))
        case .cancelled: return .dismiss(Result.cancelled)
        }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        dialog.draw(in: rect, on: &buffer)
    }
}
