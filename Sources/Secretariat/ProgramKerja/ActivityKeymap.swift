import Domain
import TerminalUI

extension ActivityScreen {
    enum Action: Sendable { case figures, addParticipant, editParticipant, removeParticipant, edit, partners, move }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.char("f")], bar: c.work.figures, help: c.work.helpFigures, action: .figures),
                KeyBinding([.char("p"), .insert], bar: c.work.participant, help: c.work.helpAddParticipant, action: .addParticipant),
                KeyBinding([.enter], help: c.work.helpEditParticipant, action: .editParticipant),
                KeyBinding([.char("x"), .delete], help: c.work.helpRemoveParticipant, action: .removeParticipant),
                KeyBinding([.char("e"), .function(4)], bar: c.work.edit, help: c.work.helpEditActivity, action: .edit),
                KeyBinding([.char("m")], bar: c.work.partnersWord, help: c.work.helpPartners, action: .partners)]
               + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension ActivityScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .figures, .addParticipant, .editParticipant, .removeParticipant, .edit, .partners: return .edit
        default: return nil
        }
    }
}
