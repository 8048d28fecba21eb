import TerminalUI

extension MainMenuScreen {
    enum Action: Sendable { case move, open, section }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            // A menu is one short page: every list key moves the selection, so one help row says it.
            KeyBinding([.up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end, .char("g"), .char("G")],
                       help: c.mainMenu.helpMove, label: "↑/↓ j/k", action: .move),
            KeyBinding(Section.allCases.map { .char(Character(String($0.rawValue))) }, help: c.mainMenu.helpNumber,
                       label: "1–\(Section.allCases.count)", action: .section),
            KeyBinding([.enter], bar: c.open, help: c.mainMenu.helpOpen, action: .open),
        ])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}
