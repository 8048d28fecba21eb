import Domain
import TerminalUI

extension ProgrammeScreen {
    enum Action: Sendable { case realise, addTarget, editTarget, removeTarget, undoEntry, edit, partners, links, move }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.char("r"), .enter], bar: c.work.realise, help: c.work.helpRealise, label: "r", action: .realise),
                KeyBinding([.char("a"), .insert], bar: c.work.addTarget, help: c.work.helpAddTarget, action: .addTarget),
                KeyBinding([.char("u")], help: c.work.helpEditTarget, action: .editTarget),
                KeyBinding([.char("x"), .delete], help: c.work.helpRemoveTarget, action: .removeTarget),
                KeyBinding([.char("h")], help: c.work.helpUndoEntry, action: .undoEntry),
                KeyBinding([.char("e"), .function(4)], bar: c.work.edit, help: c.work.helpEditProgramme, action: .edit),
                KeyBinding([.char("m")], bar: c.work.partnersWord, help: c.work.helpPartners, action: .partners),
                KeyBinding([.char("o")], help: c.work.helpLinks, action: .links)]
               + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension ProgrammeScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .realise, .addTarget, .editTarget, .removeTarget, .undoEntry, .edit, .partners: return .edit
        default: return nil
        }
    }
}
