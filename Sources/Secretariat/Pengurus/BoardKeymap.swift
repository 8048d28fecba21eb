import Domain
import TerminalUI

extension BoardScreen {
    enum Action: Sendable {
        case move, history, fill, end, addSeat, remove, addDepartment, renameDepartment, orgChart, decree
    }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], bar: c.board.history, help: c.board.helpHistory, action: .history),
            KeyBinding([.char("i"), .function(4)], bar: c.board.fillOrReplace, help: c.board.helpFill, action: .fill),
            KeyBinding([.char("x")], bar: c.board.endSeat, help: c.board.helpEnd, action: .end),
            KeyBinding([.char("o")], bar: c.board.orgChart, help: c.board.helpOrgChart, action: .orgChart),
            KeyBinding([.char("a"), .insert], bar: c.board.addSeat, help: c.board.helpAddSeat, action: .addSeat),
            KeyBinding([.char("d"), .delete], help: c.board.helpRemoveSeat, action: .remove),
            KeyBinding([.char("b")], help: c.board.helpAddDepartment, action: .addDepartment),
            KeyBinding([.char("n")], help: c.board.helpRenameDepartment, action: .renameDepartment),
            KeyBinding([.char("c")], help: c.documents.helpBoardDecree, action: .decree),
        ] + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension BoardScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .fill, .end, .addSeat, .remove, .addDepartment, .renameDepartment: return .edit
        // Making the SK gives it a number in the register.
        case .decree: return .edit
        default: return nil
        }
    }
}
