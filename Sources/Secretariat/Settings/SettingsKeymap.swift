import Domain
import TerminalUI

extension SettingsScreen {
    enum Action: Sendable { case change, addUser, addBreach, addPerson, notified, letter, nextTab, previousTab, move }

    static func keymap(_ c: Catalog, tab: Tab) -> Keymap<Action> {
        var bindings = [KeyBinding([.enter, .char("e")], bar: c.settings.change,
                                   help: tab == .breaches ? c.breach.helpChange : c.settings.helpChange(tab == .users),
                                   label: "Enter/e", action: Action.change)]
        if tab == .breaches {
            let b = c.breach
            bindings += [KeyBinding([.char("a"), .insert], bar: b.addWord, help: b.helpAdd, action: .addBreach),
                         KeyBinding([.char("o")], bar: b.personWord, help: b.helpPerson, action: .addPerson),
                         KeyBinding([.char("n")], bar: b.notifiedWord, help: b.helpNotified, action: .notified),
                         KeyBinding([.char("c")], bar: b.letterWord, help: b.helpLetter, action: .letter)]
        }
        if tab == .users {
            bindings.append(KeyBinding([.char("a"), .insert], bar: c.settings.addUser, help: c.settings.helpAddUser, action: .addUser))
        }
        bindings += [KeyBinding([.tab, .right], bar: c.work.nextTab, help: c.settings.helpTabs, label: "Tab", action: .nextTab),
                     KeyBinding([.backTab, .left], help: c.helpPreviousTab, label: "Shift-Tab/←", action: .previousTab)]
        return Keymap(bindings + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, tab: tab).help }
}

/// Settings and roles are an admin's (issue 16): others read this screen only.
extension SettingsScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .change, .addUser, .addBreach, .addPerson, .notified, .letter: return .administer
        default: return nil
        }
    }
}
