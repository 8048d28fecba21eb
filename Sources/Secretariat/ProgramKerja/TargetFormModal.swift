import Domain
import Storage
import TerminalUI

/// Adds or edits a target of a programme: a description, and either a number with its unit
/// (`200 orang`) or a milestone. Dismissed with the saved target's id.
struct TargetFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case description, kind, unit, value }

    let original: Target?
    let programmeId: Int64
    var form: Form<FieldID>
    var problem: String?

    init(target: Target?, programmeId: Int64, catalog c: Catalog) {
        original = target
        self.programmeId = programmeId
        let kinds = Target.Kind.allCases
        form = Form([
            FormField(.description, label: c.work.labelTarget, input: .text(TextField(target?.description ?? "", maxLength: 200)),
                      required: true),
            FormField(.kind, label: c.work.labelKind,
                      input: .choice(ChoiceField(kinds.map(c.work.targetKindName), selected: kinds.firstIndex(of: target?.kind ?? .numeric))),
                      required: true),
            FormField(.value, label: c.work.labelValue, input: .number(NumberField(target?.value))),
            FormField(.unit, label: c.work.labelUnit, input: .text(TextField(target?.unit ?? "", maxLength: 40))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        var t = original ?? Target(programmeId: programmeId, description: "", kind: .numeric)
        t.description = form.trimmedText(.description) ?? ""
        t.kind = Target.Kind.allCases[form[.kind]?.choice ?? 0]
        t.value = form[.value]?.number
        t.unit = form.trimmedText(.unit)
        do {
            return .dismiss(try context.data.programmes.save(t))
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.targetDescription: .description, .targetValue: .value], catalog: context.catalog)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.work.addTargetTitle : c.work.editTargetTitle, problem: problem,
                                    in: rect, on: &buffer, catalog: c)
    }
}
