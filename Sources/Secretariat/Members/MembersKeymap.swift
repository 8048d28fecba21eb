import Domain
import TerminalUI

extension MembersScreen {
    enum Action: Sendable {
        case move, open, add, edit, erase, search, nextMatch, previousMatch, sort, filter, clearFilters
        case searchDone, searchClear
    }

    /// Browsing: the list keys and the register's actions.
    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.open, help: c.members.helpOpen, action: .open),
            KeyBinding([.char("/")], bar: c.members.search, help: c.members.helpSearch, action: .search),
            KeyBinding([.char("a"), .insert], bar: c.members.add, help: c.members.helpAdd, action: .add),
            KeyBinding([.char("e"), .function(4)], bar: c.members.edit, help: c.members.helpEdit, action: .edit),
            KeyBinding([.char("d"), .function(8)], bar: c.members.erase, help: c.members.helpErase, action: .erase),
            KeyBinding([.char("s")], bar: c.members.sort, help: c.members.helpSort, action: .sort),
            KeyBinding([.char("f")], bar: c.members.filter, help: c.members.helpFilter, action: .filter),
            KeyBinding([.char("x")], help: c.members.helpClearFilters, action: .clearFilters),
            KeyBinding([.char("n")], help: c.members.helpNext, action: .nextMatch),
            KeyBinding([.char("N")], help: c.members.helpPrevious, action: .previousMatch),
        ] + ListMove.bindings(line: c.members.helpMove, page: c.members.helpPage, ends: c.members.helpEnds, action: .move))
    }

    /// Typing a search: the field takes the text keys; these are the keys it leaves to the list.
    static func searchKeymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.members.searchDone, help: c.members.helpSearchDone, action: .searchDone),
            KeyBinding([.escape], bar: c.members.searchClear, help: c.members.helpSearchClear, action: .searchClear),
            KeyBinding([.up, .down, .pageUp, .pageDown], help: c.members.helpMove, label: "↑/↓ PgUp/PgDn", action: .move),
        ])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        (isSearching ? Self.searchKeymap(catalog) : Self.keymap(catalog)).help
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension MembersScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .add, .edit: return .edit
        case .erase: return .administer
        default: return nil
        }
    }
}
