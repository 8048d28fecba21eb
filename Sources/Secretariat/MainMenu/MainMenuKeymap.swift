import TerminalUI

extension MainMenuScreen {
    enum Action: Sendable { case open }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.open, help: c.menuHelpOpen, action: .open),
        ])
    }

    func keyBar(_ catalog: Catalog) -> [KeyBarItem] { Self.keymap(catalog).barItems }

    func helpRows(_ catalog: Catalog) -> [HelpRow] {
        [HelpRow(keys: "↑/↓ j/k", text: catalog.menuHelpMove),
         HelpRow(keys: "1–7", text: catalog.menuHelpNumber)] + Self.keymap(catalog).helpRows
    }
}
