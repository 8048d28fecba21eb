import Domain
import Storage
import TerminalUI

/// Anggota › Tambah / Ubah: a person and their membership in one form.
///
/// F2 checks the entry: hard errors show beside their fields and nothing is written; warnings
/// (NIK against birth date, sex or regency; a likely duplicate) open a dialog that asks for a
/// reason, which the storage writes into the audit entry. The save is one transaction.
struct MemberFormScreen: Screen {
    /// Answers from the dialogs this form opens.
    enum Message {
        case discardAnswered(ConfirmModal.Result)
        case overrideAnswered(ReasonModal.Result, draft: PersonDraft)
        /// ~1 s after the first unsaved keystroke: write the draft.
        case autosave
        case draftAnswered(ConfirmModal.Result, Draft)
        case conflictAnswered(ConfirmModal.Result, mine: PersonDraft, current: PersonDraft)
    }

    /// Nil when adding.
    let personId: Int64?
    /// What the form started from: the stored person (or an empty one), their membership and
    /// the version read, against which a save detects that someone else saved meanwhile.
    var original = PersonDraft(person: Person(name: ""), membership: Membership())
    private(set) var fields = MemberFormFields.placeholder
    var form = Form<MemberField>([])
    /// An autosave is due (the timer runs); further keys do not move it, so a draft is at most
    /// ~1 s behind the typing even while the user never pauses.
    var autosaveScheduled = false
    /// Why there is nothing to edit (an erased or missing person); Esc goes back.
    private(set) var unavailable: String?

    /// Builds nothing from the store: the person is read when the form opens.
    init(personId: Int64?) {
        self.personId = personId
    }

    /// Reads the person and lays out the fields (on `.opened`); offers a draft left unsaved.
    mutating func load(_ context: AppContext) -> Command {
        fields = MemberFormFields(catalog: context.catalog, regions: context.data.regions)
        var start = PersonDraft(person: Person(name: ""), membership: Membership())
        if let personId {
            do {
                if let stored = try context.data.people.editable(personId: personId) {
                    if stored.person.isErased { unavailable = context.catalog.memberForm.unavailableErased }
                    start = stored
                } else {
                    unavailable = context.catalog.memberForm.unavailableMissing
                }
            } catch {
                context.fail(error)
                unavailable = context.catalog.memberForm.unavailableMissing
            }
        }
        original = start
        form = fields.form(start)
        return unavailable == nil ? offerDraft(context) : .none
    }

    var isAdding: Bool { personId == nil }

    func title(_ catalog: Catalog) -> String { isAdding ? catalog.memberForm.titleAdd : catalog.memberForm.titleEdit }

    var capturesText: Bool { unavailable == nil }

    var hasUnsavedChanges: Bool { unavailable == nil && form.isDirty }

    mutating func updateForm(_ body: (inout Form<MemberField>) -> Void) { body(&form) }
}
