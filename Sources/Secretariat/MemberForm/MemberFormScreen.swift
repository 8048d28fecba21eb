import Domain
import Storage
import TerminalUI

/// Anggota › Tambah / Ubah: a person and their membership in one form.
///
/// F2 checks the entry: hard errors show beside their fields and nothing is written; warnings
/// (NIK against birth date, sex or regency; a likely duplicate) open a dialog that asks for a
/// reason, which the storage writes into the audit entry. The save is one transaction.
struct MemberFormScreen: Screen {
    enum Mode {
        case editing
        /// Warnings found: the reason is typed here; `draft` is what will be saved.
        case overriding(OverrideReasonDialog, draft: PersonDraft)
        case confirmingDiscard(ConfirmDialog)
        /// Nothing to edit (erased or missing person); Esc goes back.
        case unavailable(String)
    }

    /// Nil when adding.
    let personId: Int64?
    /// What the form started from: the stored person (or an empty one) and their membership.
    let original: PersonDraft
    let fields: MemberFormFields
    private(set) var form: Form
    private(set) var mode: Mode = .editing

    init(personId: Int64?, context: AppContext) {
        self.personId = personId
        fields = MemberFormFields(catalog: context.catalog, regions: context.store.regions)
        var start = PersonDraft(person: Person(name: ""), membership: Membership())
        var unavailable: String?
        if let personId {
            do {
                if let person = try context.store.people.person(id: personId) {
                    if person.isErased { unavailable = context.catalog.formUnavailableErased }
                    start = PersonDraft(person: person, membership: try context.store.people.membership(personId: personId))
                } else {
                    unavailable = context.catalog.formUnavailableMissing
                }
            } catch {
                context.fail(error)
                unavailable = context.catalog.formUnavailableMissing
            }
        }
        original = start
        form = fields.form(start)
        if let unavailable { mode = .unavailable(unavailable) }
    }

    var isAdding: Bool { personId == nil }

    func title(_ catalog: Catalog) -> String { isAdding ? catalog.formTitleAdd : catalog.formTitleEdit }

    var capturesText: Bool {
        if case .unavailable = mode { return false }
        return true
    }

    var hasUnsavedChanges: Bool {
        if case .unavailable = mode { return false }
        return form.isDirty
    }

    mutating func setMode(_ m: Mode) { mode = m }
    mutating func updateForm(_ body: (inout Form) -> Void) { body(&form) }
}
