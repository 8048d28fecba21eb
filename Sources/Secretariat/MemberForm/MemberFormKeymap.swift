import TerminalUI

extension MemberFormScreen {
    enum Action: Sendable { case save, cancel }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.function(2), .ctrl("s")], bar: c.formSave, help: c.formHelpSave, action: .save),
                KeyBinding([.escape], help: c.formHelpCancel, action: .cancel)])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        if unavailable != nil { return [] }
        return Self.keymap(catalog).help + [
            KeyHelp([.tab, .backTab, .down, .up], help: catalog.formHelpNext, label: "Tab/Shift-Tab ↓/↑", action: ()),
            KeyHelp([.left, .right, .char(" ")], help: catalog.formHelpChoice, label: catalog.formHelpChoiceKeys, action: ()),
            KeyHelp([], help: catalog.formHelpDate, label: "0–9", action: ()),
            KeyHelp([.ctrl("u"), .ctrl("k"), .ctrl("w")], help: catalog.formHelpEdit, label: "Ctrl-U/K/W", action: ()),
        ]
    }
}
