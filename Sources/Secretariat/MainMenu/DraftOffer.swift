import Foundation
import Storage
import TerminalUI

/// At start, work a previous session left unsaved (the link dropped, the machine died) is
/// offered before anything else, so nobody has to remember where they were typing.
enum DraftOffer {
    /// The question, or nothing when there are no drafts of a kind this build can open.
    static func atStart(_ context: AppContext) -> Command {
        let c = context.catalog
        let drafts: [Draft]
        do { drafts = try context.data.drafts.pending().filter { $0.kind == MemberFormScreen.draftKind } } catch {
            context.fail(error)
            return .none
        }
        guard let newest = drafts.first else { return .none }
        let dialog = ConfirmDialog(title: c.memberForm.draftFoundTitle,
                                   message: c.draftsAtStart(count: drafts.count, newest: describe(newest, c)),
                                   buttons: [DialogButton(c.open, hotkey: c.openHotkey), DialogButton(c.later, hotkey: c.laterHotkey)],
                                   selected: 0)
        let personId = newest.personId
        return .present(ConfirmModal(dialog: dialog), then: { answer in
            answer == .chosen(0) ? MainMenuScreen.Message.openDraft(personId: personId) : nil
        })
    }

    /// "Ubah anggota: Wahyu Sulaiman (29 November 2026 15.40)".
    static func describe(_ draft: Draft, _ c: Catalog) -> String {
        let payload = MemberFormScreen.DraftPayload.decode(draft)
        let name = payload?.values[MemberField.name.rawValue].flatMap { $0.isEmpty ? nil : $0 } ?? c.draftUnnamed
        let what = draft.personId == nil ? c.draftKindAdd : c.draftKindEdit
        return "\(what): \(name) (\(c.dateTime(draft.updatedAt)))"
    }

    /// The member list with the form on top: the form offers the draft itself.
    static func open(personId: Int64?) -> Command {
        .batch([.push(MembersScreen(), then: nil),
                .push(MemberFormScreen(personId: personId), then: { ($0 as? Int64).map { MembersScreen.Message.saved(personId: $0) } })])
    }
}
