import Domain
import TerminalUI

extension TermsScreen {
    enum Action: Sendable { case move, open, add, edit, status }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.board.openBoard, help: c.board.helpOpenBoard, action: .open),
            KeyBinding([.char("a"), .insert], bar: c.board.add, help: c.board.helpAddTerm, action: .add),
            KeyBinding([.char("e"), .function(4)], bar: c.board.edit, help: c.board.helpEditTerm, action: .edit),
            KeyBinding([.char("s")], bar: c.board.status, help: c.board.helpStatus, action: .status),
        ] + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension TermsScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .add, .edit, .status: return .edit
        default: return nil
        }
    }
}
