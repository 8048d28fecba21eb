import Domain
import TerminalUI

extension ReconcileScreen {
    enum Action: Sendable { case compare, add, ignore, notInDPP, bulk, export, nextTab, previousTab, cancelWork, move }

    /// The row actions the bar shows are those of the tab's class; the help lists them all.
    static func keymap(_ c: Catalog, tab: Tab, busy: Bool) -> Keymap<Action> {
        if busy { return Keymap([KeyBinding([.escape], bar: c.cancel, help: c.census.helpCancelWork, action: Action.cancelWork)]) }
        let w = c.reconcile
        // The bar shows the keys of the tab's class; the pending tab mixes classes, so Enter
        // (which shows every key of the row) and the bulk rule. F1 lists them all.
        let onlyDPP = tab == .onlyDPP, onlyDPD = tab == .onlyDPD
        var bindings: [KeyBinding<Action>] = []
        if tab != .setAside { bindings.append(KeyBinding([.enter], bar: w.compareWord, help: w.helpCompare, action: .compare)) }
        bindings += [
            KeyBinding([.char("t")], bar: onlyDPP ? w.addWord : nil, help: w.helpAdd, action: .add),
            KeyBinding([.char("x")], bar: onlyDPP ? w.ignoreWord : nil, help: w.helpIgnore, action: .ignore),
            KeyBinding([.char("b")], bar: onlyDPD ? w.notInDPPWord : nil, help: w.helpNotInDPP, action: .notInDPP),
            KeyBinding([.char("m")], bar: tab == .differing || tab == .pending ? w.bulkWord : nil, help: w.helpBulk, action: .bulk),
            KeyBinding([.char("e")], bar: tab == .onlyDPD ? w.exportWord : nil, help: w.helpExport, action: .export),
            KeyBinding([.tab, .right], bar: w.classWord, help: w.helpClasses, label: "Tab", action: .nextTab),
            KeyBinding([.backTab, .left], help: c.helpPreviousTab, label: "Shift-Tab/←", action: .previousTab),
        ]
        return Keymap(bindings + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, tab: tab, busy: busy != nil).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension ReconcileScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .add, .ignore, .notInDPP, .bulk: return .edit
        // The list sent to the DPP holds whole NIKs.
        case .export: return .unmask
        default: return nil
        }
    }
}
