import Domain
import Storage
import TerminalUI

/// Records a personal data breach or corrects one: what happened and which data, when it was
/// discovered (date and time: the 3 × 24 h run from there), how it happened, what was done.
/// Dismissed with the record's id.
struct BreachFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case what, day, time, cause, measures }

    let original: Breach?
    var form: Form<FieldID>
    var problem: String?

    init(_ breach: Breach?, catalog c: Catalog, today: LocalDate = LocalDate(year: 2000, month: 1, day: 1)!,
         now: ClockTime = ClockTime(hour: 0, minute: 0)!) {
        original = breach
        let b = c.breach, max = Breach.maxTextLength
        form = Form([
            FormField(.what, label: b.labelWhat, input: .text(TextField(breach?.description ?? "", maxLength: max)), required: true),
            FormField(.day, label: b.labelDay, input: .date(FormDates.field(breach?.discoveredOn ?? today, optional: false, catalog: c)),
                      required: true),
            FormField(.time, label: b.labelTime, input: .text(TextField((breach?.discoveredAt ?? now).description, maxLength: 5,
                                                                         placeholder: c.musda.timeHint)), required: true),
            FormField(.cause, label: b.labelCause, input: .text(TextField(breach?.cause ?? "", maxLength: max))),
            FormField(.measures, label: b.labelMeasures, input: .text(TextField(breach?.measures ?? "", maxLength: max))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog, b = c.breach
        guard let what = form.trimmedText(.what) else { form.setError(b.problemText(.descriptionRequired), for: .what); return .none }
        let day: LocalDate
        switch FormDates.read(form[.day]?.input.as(DateField.self), catalog: c) {
        case .success(let read?): day = read
        case .success(nil): form.setError(c.dateIncomplete, for: .day); return .none
        case .failure(let problem): form.setError(problem.text, for: .day); return .none
        }
        guard let time = form.trimmedText(.time).flatMap(ClockTime.init) else { form.setError(c.musda.timeInvalid, for: .time); return .none }
        var breach = original ?? Breach(description: what, discoveredOn: day, discoveredAt: time)
        breach.description = what
        breach.discoveredOn = day
        breach.discoveredAt = time
        breach.cause = form.trimmedText(.cause)
        breach.measures = form.trimmedText(.measures)
        do {
            return .dismiss(try context.data.breaches.save(breach))
        } catch let refused as BreachProblem {
            problem = b.problemText(refused)
            return .none
        } catch {
            context.fail(error)
            return .none
        }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        FormModalChrome.draw(form, title: original == nil ? context.catalog.breach.addTitle : context.catalog.breach.editTitle,
                             problem: problem, in: rect, on: &buffer, catalog: context.catalog)
    }
}
