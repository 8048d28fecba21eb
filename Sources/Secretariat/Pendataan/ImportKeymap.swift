import Domain
import TerminalUI

extension ImportScreen {
    enum Action: Sendable { case read, complete, change, preview, filter, commit, back, cancelWork, move }

    static func keymap(_ c: Catalog, step: Step, busy: Bool, purpose: Purpose = .importRows) -> Keymap<Action> {
        if busy { return Keymap([KeyBinding([.escape], bar: c.cancel, help: c.census.helpCancelWork, action: Action.cancelWork)]) }
        let w = c.census
        switch step {
        case .file:
            return Keymap([KeyBinding([.enter], bar: w.read, help: w.helpRead, action: Action.read),
                           KeyBinding([.tab], bar: w.complete, help: w.helpComplete, label: "Tab", action: .complete)])
        case .mapping:
            return Keymap([KeyBinding([.enter], bar: w.changeField, help: w.helpChangeField, action: Action.change),
                           purpose == .reconcile
                               ? KeyBinding([.function(2), .char("r")], bar: c.reconcile.reconcileWord, help: c.reconcile.helpReconcile, action: .preview)
                               : KeyBinding([.function(2), .char("p")], bar: w.previewWord, help: w.helpPreview, action: .preview),
                           KeyBinding([.escape], bar: c.back, help: w.helpBackToFile, action: .back)]
                          + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
        case .preview:
            return Keymap([KeyBinding([.enter], bar: w.decide, help: w.helpDecide, action: Action.change),
                           KeyBinding([.char("s")], bar: w.filterWord, help: w.helpFilter, action: .filter),
                           KeyBinding([.function(2), .char("t")], bar: w.write, help: w.helpWrite, action: .commit),
                           KeyBinding([.escape], bar: c.back, help: w.helpBackToMapping, action: .back)]
                          + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
        }
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        var help = Self.keymap(catalog, step: step, busy: busy != nil, purpose: purpose).help
        if step == .file && busy == nil {
            help += TextField.bindings(moveCaret: catalog.helpCaret, deleteText: catalog.helpTextEdit, action: nil)
        }
        return help
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension ImportScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .commit: return .edit
        default: return nil
        }
    }
}
