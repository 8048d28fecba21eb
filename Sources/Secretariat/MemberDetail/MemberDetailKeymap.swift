import TerminalUI

extension MemberDetailScreen {
    enum Action: Sendable { case edit, toggleNIK }

    /// `u` is there only when there is a NIK to show.
    static func keymap(_ c: Catalog, revealed: Bool, hasNIK: Bool) -> Keymap<Action> {
        var bindings = [KeyBinding([.char("e"), .function(4)], bar: c.detailEdit, help: c.detailHelpEdit, action: Action.edit)]
        if hasNIK {
            bindings.append(KeyBinding([.char("u")], bar: revealed ? c.detailHideNIK : c.detailShowNIK, help: c.detailHelpNIK,
                                       action: .toggleNIK))
        }
        return Keymap(bindings)
    }

    func keymap(_ c: Catalog) -> Keymap<Action> {
        Self.keymap(c, revealed: revealNIK, hasNIK: detail?.person.nik != nil)
    }

    func keyBar(_ catalog: Catalog) -> [KeyBarItem] {
        guard detail != nil, !isErased else { return [] }
        return keymap(catalog).barItems
    }

    func helpRows(_ catalog: Catalog) -> [HelpRow] {
        [HelpRow(keys: "↑/↓ j/k", text: catalog.detailHelpScroll),
         HelpRow(keys: "PgUp/PgDn", text: catalog.detailHelpPage),
         HelpRow(keys: "g/G Home/End", text: catalog.detailHelpEnds)] + keymap(catalog).helpRows
    }
}
