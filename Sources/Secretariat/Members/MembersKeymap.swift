import TerminalUI

extension MembersScreen {
    enum Action: Sendable {
        case open, add, edit, erase, search, nextMatch, previousMatch, sort, filter, clearFilters
    }

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
        ])
    }

    func keyBar(_ catalog: Catalog) -> [KeyBarItem] {
        switch mode {
        case .browsing: return Self.keymap(catalog).barItems
        case .searching: return [KeyBarItem(key: "Enter", label: catalog.membersSearchDone),
                                 KeyBarItem(key: "Esc", label: catalog.membersSearchClear)]
        case .filtering: return [KeyBarItem(key: "F2", label: catalog.membersFilterApply),
                                 KeyBarItem(key: "Esc", label: catalog.cancel)]
        case .confirmingErase: return []
        }
    }

    func helpRows(_ catalog: Catalog) -> [HelpRow] {
        [HelpRow(keys: "↑/↓ j/k", text: catalog.membersHelpMove),
         HelpRow(keys: "PgUp/PgDn", text: catalog.membersHelpPage),
         HelpRow(keys: "g/G Home/End", text: catalog.membersHelpEnds)] + Self.keymap(catalog).helpRows
    }
}
