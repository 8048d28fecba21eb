import TerminalUI

extension MemberFormScreen {
    enum Action: Sendable { case save }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.function(2), .ctrl("s")], bar: c.formSave, help: c.formHelpSave, action: .save)])
    }

    func keyBar(_ catalog: Catalog) -> [KeyBarItem] {
        switch mode {
        case .editing: return Self.keymap(catalog).barItems
        // Esc is in the shell's bar already; the dialog says where it leads.
        case .overriding: return [KeyBarItem(key: "Enter", label: catalog.formOverrideSaveLabel)]
        case .confirmingDiscard, .unavailable: return []
        }
    }

    func helpRows(_ catalog: Catalog) -> [HelpRow] {
        Self.keymap(catalog).helpRows + [
            HelpRow(keys: "Tab/Shift-Tab ↓/↑", text: catalog.formHelpNext),
            HelpRow(keys: catalog.formHelpChoiceKeys, text: catalog.formHelpChoice),
            HelpRow(keys: "0–9", text: catalog.formHelpDate),
            HelpRow(keys: "Ctrl-U/K/W", text: catalog.formHelpEdit),
            HelpRow(keys: "Esc", text: catalog.formHelpCancel),
        ]
    }
}
