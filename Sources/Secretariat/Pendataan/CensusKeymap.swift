import Domain
import TerminalUI

extension CensusScreen {
    enum Action: Sendable { case importFile, addAlumni, undo, openExport, reopenRun, nextTab, previousTab, move }

    static func keymap(_ c: Catalog, tab: Tab) -> Keymap<Action> {
        var bindings = [KeyBinding([.char("i")], bar: c.census.importWord, help: c.census.helpImport, action: Action.importFile)]
        if tab == .alumni {
            bindings.append(KeyBinding([.char("a"), .insert], bar: c.census.addWord, help: c.census.helpAddAlumni, action: .addAlumni))
        }
        if tab == .reconcile {
            bindings = [KeyBinding([.char("o")], bar: c.reconcile.openWord, help: c.reconcile.helpOpen, action: .openExport),
                        KeyBinding([.enter], bar: c.reconcile.reopenWord, help: c.reconcile.helpReopen, action: .reopenRun)] + bindings
        }
        if tab == .imports {
            bindings.append(KeyBinding([.char("u")], bar: c.census.undoWord, help: c.census.helpUndo, action: .undo))
        }
        bindings += [KeyBinding([.tab, .right], bar: c.work.nextTab, help: c.census.helpTabs, label: "Tab", action: .nextTab),
                     KeyBinding([.backTab, .left], help: c.helpPreviousTab, label: "Shift-Tab/←", action: .previousTab)]
        return Keymap(bindings + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, tab: tab).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension CensusScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .importFile, .addAlumni, .undo: return .edit
        default: return nil
        }
    }
}
