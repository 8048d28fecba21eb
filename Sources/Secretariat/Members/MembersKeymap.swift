import TerminalUI

extension MembersScreen {
    enum Action: Sendable {
        case move, open, add, edit, erase, search, nextMatch, previousMatch, sort, filter, clearFilters
        case searchDone, searchClear
    }

    /// Browsing: the list keys and the register's actions.
    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.open, help: c.membersHelpOpen, action: .open),
            KeyBinding([.char("/")], bar: c.membersSearch, help: c.membersHelpSearch, action: .search),
            KeyBinding([.char("a"), .insert], bar: c.membersAdd, help: c.membersHelpAdd, action: .add),
            KeyBinding([.char("e"), .function(4)], bar: c.membersEdit, help: c.membersHelpEdit, action: .edit),
            KeyBinding([.char("d"), .function(8)], bar: c.membersErase, help: c.membersHelpErase, action: .erase),
            KeyBinding([.char("s")], bar: c.membersSort, help: c.membersHelpSort, action: .sort),
            KeyBinding([.char("f")], bar: c.membersFilter, help: c.membersHelpFilter, action: .filter),
            KeyBinding([.char("x")], help: c.membersHelpClearFilters, action: .clearFilters),
            KeyBinding([.char("n")], help: c.membersHelpNext, action: .nextMatch),
            KeyBinding([.char("N")], help: c.membersHelpPrevious, action: .previousMatch),
        ] + ListMove.bindings(line: c.membersHelpMove, page: c.membersHelpPage, ends: c.membersHelpEnds, action: .move))
    }

    /// Typing a search: the field takes the text keys; these are the keys it leaves to the list.
    static func searchKeymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.membersSearchDone, help: c.membersHelpSearchDone, action: .searchDone),
            KeyBinding([.escape], bar: c.membersSearchClear, help: c.membersHelpSearchClear, action: .searchClear),
            KeyBinding([.up, .down, .pageUp, .pageDown], help: c.membersHelpMove, label: "↑/↓ PgUp/PgDn", action: .move),
        ])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        (isSearching ? Self.searchKeymap(catalog) : Self.keymap(catalog)).help
    }
}
