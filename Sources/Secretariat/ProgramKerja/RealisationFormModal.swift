import Domain
import Storage
import TerminalUI

/// Enters realisation of one target: a date (today by default), a value added to what was
/// realised (a milestone: reached or not), and its source or evidence. The store records who
/// entered it. Dismissed with the new entry's id.
struct RealisationFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case date, value, reached, evidence }

    let progress: TargetProgress
    let intro: String
    var form: Form<FieldID>
    var problem: String?

    init(progress: TargetProgress, today: LocalDate, catalog c: Catalog) {
        self.progress = progress
        intro = c.work.realiseIntro(progress.target.description, c.work.progressLabel(progress))
        let amount = progress.target.kind == .numeric
            ? FormField<FieldID>(.value, label: c.work.labelAmount + (progress.target.unit.map { " (\($0))" } ?? ""),
                                 input: .number(NumberField(maxDigits: 6)), required: true)
            : FormField<FieldID>(.reached, label: c.work.labelReached, input: .checkbox(Checkbox(progress.realised != 1)))
        form = Form([
            FormField(.date, label: c.work.labelDate, input: .date(FormDates.field(today, optional: false, catalog: c)), required: true),
            amount,
            FormField(.evidence, label: c.work.labelEvidence, input: .text(TextField("", maxLength: 300))),
        ])
        form.focus(on: progress.target.kind == .numeric ? .value : .reached)
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let typed = form.date(.date, catalog: c) else { return .none }
        guard let date = typed else { form.setError(c.textRequired, for: .date); return .none }
        let value: Int
        if progress.target.kind == .numeric {
            guard let n = form[.value]?.number else { form.setError(c.textRequired, for: .value); return .none }
            value = n
        } else {
            value = form[.reached]?.isChecked == true ? 1 : 0
        }
        let entry = Realisation(targetId: progress.target.id!, date: date, value: value, note: form.trimmedText(.evidence))
        do {
            return .dismiss(try context.data.programmes.add(entry))
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.realisationDate: .date, .realisationValue: .value], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: c.work.realiseTitle, intro: [(intro, .bold)], problem: problem,
                                    in: rect, on: &buffer, catalog: c)
    }
}
