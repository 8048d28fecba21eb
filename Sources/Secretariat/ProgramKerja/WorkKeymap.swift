import Domain
import TerminalUI

extension WorkScreen {
    enum Action: Sendable { case open, add, edit, filterStatus, filterDepartment, term, nextTab, previousTab, move }

    static func keymap(_ c: Catalog, tab: Tab) -> Keymap<Action> {
        var bindings = [KeyBinding([.enter], bar: c.open, help: c.work.helpOpen, action: Action.open),
                        KeyBinding([.char("a"), .insert], bar: c.work.add, help: c.work.helpAdd, action: .add),
                        KeyBinding([.char("e"), .function(4)], bar: c.work.edit, help: c.work.helpEdit, action: .edit)]
        if tab == .programmes {
            bindings += [KeyBinding([.char("s")], bar: c.work.filterStatus, help: c.work.helpFilterStatus, action: .filterStatus),
                         KeyBinding([.char("b")], bar: c.work.filterDepartment, help: c.work.helpFilterDepartment, action: .filterDepartment),
                         // One row for both keys; the update tells them apart.
                         KeyBinding([.char("["), .char("]")], bar: c.work.termWord, help: c.work.helpTerm, label: "[ ]", action: .term)]
        }
        bindings += [KeyBinding([.tab, .right], bar: c.work.nextTab, help: c.work.helpTabs, label: "Tab", action: .nextTab),
                     KeyBinding([.backTab, .left], help: c.helpPreviousTab, label: "Shift-Tab/←", action: .previousTab)]
        return Keymap(bindings + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, tab: tab).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension WorkScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .add, .edit: return .edit
        default: return nil
        }
    }
}
