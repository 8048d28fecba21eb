import TerminalUI

/// A question with buttons, on the screen stack: the toolkit's `ConfirmDialog` as a modal that
/// returns which button was chosen.
struct ConfirmModal: ModalScreen {
    enum Result: Hashable, Sendable {
        case chosen(Int)
        case cancelled
    }

    var dialog: ConfirmDialog
    /// Shown even on a too-small terminal (the quit question).
    var isUrgent = false
    var coversWholeScreen: Bool { isUrgent }

    /// "Ya / Tidak" with the catalog's hotkeys; the safe answer ("Tidak") is focused first.
    static func yesNo(title: String, message: [String], catalog c: Catalog, urgent: Bool = false) -> ConfirmModal {
        ConfirmModal(dialog: ConfirmDialog(title: title, message: message,
                                           buttons: [DialogButton(c.yes, hotkey: c.yesHotkey),
                                                     DialogButton(c.no, hotkey: c.noHotkey)],
                                           selected: 1),
                     isUrgent: urgent)
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        var rows = [KeyHelp([.enter], bar: c.dialogChoose, help: c.dialogHelpChoose, action: nil),
                    KeyHelp([.tab, .backTab], help: c.dialogHelpMove, action: nil),
                    KeyHelp([.escape], bar: c.cancel, help: c.dialogHelpCancel, action: nil)]
        if dialog.typedConfirmation == nil {
            for button in dialog.buttons {
                if let key = button.hotkey { rows.append(KeyHelp([.char(key)], help: button.label, action: nil)) }
            }
        }
        return rows
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        guard case .key(let key) = event else { return .none }
        switch dialog.handle(key) {
        case .pending: return .none
        case .chosen(let index): return .dismiss(Result.chosen(index))
        case .cancelled: return .dismiss(Result.cancelled)
        }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        dialog.draw(in: rect, on: &buffer)
    }
}
