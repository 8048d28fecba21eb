import Domain
import Storage
import TerminalUI

/// Adds or edits a partner: name (unique), kind, contact and note. Dismissed with its id.
struct PartnerFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case name, kind, contact, note }

    let original: Partner?
    var form: Form<FieldID>
    var problem: String?

    init(partner: Partner?, catalog c: Catalog) {
        original = partner
        let kinds = Partner.Kind.allCases
        form = Form([
            FormField(.name, label: c.work.labelName, input: .text(TextField(partner?.name ?? "", maxLength: 160)), required: true),
            FormField(.kind, label: c.work.labelKind,
                      input: .choice(ChoiceField(kinds.map(c.work.partnerKindName), selected: kinds.firstIndex(of: partner?.kind ?? .government))),
                      required: true),
            FormField(.contact, label: c.work.labelContact, input: .text(TextField(partner?.contact ?? "", maxLength: 200))),
            FormField(.note, label: c.work.labelNote, input: .text(TextField(partner?.note ?? "", maxLength: 500))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        var p = original ?? Partner(name: "", kind: .government)
        p.name = form.trimmedText(.name) ?? ""
        p.kind = Partner.Kind.allCases[form[.kind]?.choice ?? 0]
        p.contact = form.trimmedText(.contact)
        p.note = form.trimmedText(.note)
        do {
            return .dismiss(try context.data.activities.save(p))
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.partnerName: .name], catalog: context.catalog)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.work.addPartnerTitle : c.work.editPartnerTitle, problem: problem,
                                    in: rect, on: &buffer, catalog: c)
    }
}
