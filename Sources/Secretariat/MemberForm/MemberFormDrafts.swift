import Domain
import Foundation
import Storage
import TerminalUI

/// Work in progress, never lost: the form writes what was typed to the drafts table ~1 s after
/// the first unsaved keystroke and on shutdown (SIGHUP, SIGTERM), offers it back when the same
/// person (or a new entry) is opened again, and forgets it on save or on "Buang perubahan".
extension MemberFormScreen {
    static let draftKind = "anggota"
    var draftKey: String { personId.map { String($0) } ?? "baru" }

    /// What the drafts table holds: the typed text per field, and the record as it was when
    /// the edit began (so a later save still knows which fields this user changed).
    struct DraftPayload: Codable {
        var values: [String: String]
        var base: Base

        struct Base: Codable {
            var person: Person
            var membership: Membership?
        }

        /// What a stored draft holds, or nil when it cannot be read (written by another build).
        static func decode(_ draft: Draft) -> DraftPayload? {
            try? JSONDecoder().decode(DraftPayload.self, from: Data(draft.payload.utf8))
        }
    }

    mutating func scheduleAutosave() -> Command {
        guard !autosaveScheduled else { return .none }
        autosaveScheduled = true
        return .after(milliseconds: Self.autosaveDelay, id: "autosave", message: Message.autosave)
    }

    /// Milliseconds from the first unsaved keystroke to the draft write.
    static let autosaveDelay: Int64 = 1000

    mutating func writeDraft(_ context: AppContext) {
        autosaveScheduled = false
        guard unavailable == nil, form.isDirty else { return }
        let values = Dictionary(uniqueKeysWithValues: form.draftValues.map { ($0.key.rawValue, $0.value) })
        let payload = DraftPayload(values: values, base: .init(person: original.person, membership: original.membership))
        do {
            let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
            try context.data.drafts.save(Draft(kind: Self.draftKind, recordKey: draftKey, personId: personId,
                                               payload: json, baseVersion: original.version))
        } catch {
            context.fail(error)
        }
    }

    func discardDraft(_ context: AppContext) {
        do { try context.data.drafts.discard(kind: Self.draftKind, recordKey: draftKey) } catch { context.fail(error) }
    }

    /// A draft of this record from an earlier session: ask whether to take it back.
    func offerDraft(_ context: AppContext) -> Command {
        let c = context.catalog
        let found: Draft?
        let elsewhere: Date?
        do {
            found = try context.data.drafts.find(kind: Self.draftKind, recordKey: draftKey)
            // A new entry in another window is another new person, not this one.
            elsewhere = personId == nil ? nil : try context.data.drafts.editedElsewhere(kind: Self.draftKind, recordKey: draftKey)
        } catch {
            context.fail(error)
            return .none
        }
        guard let draft = found else {
            if let elsewhere { context.inform(c.memberForm.editedElsewhere(since: c.dateTime(elsewhere))) }
            return .none
        }
        let dialog = ConfirmDialog(title: c.memberForm.draftFoundTitle, message: c.memberForm.draftFoundMessage(c.dateTime(draft.updatedAt)),
                                   buttons: [DialogButton(c.memberForm.draftRestore, hotkey: c.memberForm.draftRestoreHotkey),
                                             DialogButton(c.memberForm.draftDrop, hotkey: c.memberForm.draftDropHotkey)],
                                   selected: 0)
        return .present(ConfirmModal(dialog: dialog), then: { Message.draftAnswered($0, draft) })
    }

    mutating func answerDraft(_ answer: ConfirmModal.Result, _ draft: Draft, _ context: AppContext) -> Command {
        switch answer {
        case .chosen(0):
            restore(draft, context)
        case .chosen:
            discardDraft(context)
        case .cancelled:
            // Not decided: leave the draft where it is for next time, and the form unopened.
            return .close(result: nil)
        }
        return .none
    }

    private mutating func restore(_ draft: Draft, _ context: AppContext) {
        guard let payload = DraftPayload.decode(draft) else {
            context.fail(context.catalog.memberForm.draftUnreadable)
            return
        }
        var values: [MemberField: String] = [:]
        for (key, value) in payload.values { if let field = MemberField(rawValue: key) { values[field] = value } }
        // The edit began from this record and version; a save detects anything saved since.
        original = PersonDraft(person: payload.base.person, membership: payload.base.membership, version: draft.baseVersion)
        original.person.id = personId
        updateForm { form in
            form.restore(values)
            MemberFormFields.markConditionalRequired(&form)
        }
        context.inform(context.catalog.memberForm.draftRestored)
    }
}
