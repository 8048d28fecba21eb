import Storage
import TerminalUI

/// Two people editing one member: the save that comes second is told, in Indonesian, what the
/// other saved, and chooses to keep their own fields on top of it or to reload. Nothing is
/// silently written back over the other's change.
extension MemberFormScreen {
    func askAboutConflict(mine: PersonDraft, current: PersonDraft, _ context: AppContext) -> Command {
        let c = context.catalog
        let theirs = MemberFormRebase.changed(from: original, to: current)
        let ours = MemberFormRebase.changed(from: original, to: mine)
        let both = ours.filter(theirs.contains)
        func names(_ list: [MemberField]) -> String {
            list.isEmpty ? c.memberForm.conflictNothing : list.map { Catalog.midSentence(fields.label($0)) }.joined(separator: ", ")
        }
        let dialog = ConfirmDialog(title: c.memberForm.conflictTitle,
                                   message: c.memberForm.conflictMessage(theirs: names(theirs), mine: names(ours), both: both.isEmpty ? nil : names(both)),
                                   buttons: [DialogButton(c.memberForm.conflictKeepMine, hotkey: c.memberForm.conflictKeepMineHotkey),
                                             DialogButton(c.memberForm.conflictReload, hotkey: c.memberForm.conflictReloadHotkey),
                                             DialogButton(c.cancel)],
                                   selected: 0)
        return .present(ConfirmModal(dialog: dialog), then: { Message.conflictAnswered($0, mine: mine, current: current) })
    }

    mutating func answerConflict(_ answer: ConfirmModal.Result, mine: PersonDraft, current: PersonDraft,
                                 _ context: AppContext) -> Command {
        switch answer {
        case .chosen(0):
            // The latest record plus this user's own changes, saved against the latest version.
            let merged = MemberFormRebase.rebase(mine: mine, base: original, onto: current)
            original = current
            form = fields.form(merged)
            form.markDirty()
            return submit(context: context)
        case .chosen(1):
            original = current
            form = fields.form(current)
            discardDraft(context)
            context.inform(context.catalog.memberForm.conflictReloaded)
        default:
            break
        }
        return .none
    }
}
