import Domain
import Storage
import TerminalUI

/// The participant figures of an activity, as reported: a total and its parts, each left
/// empty when not reported (stored NULL, never 0), an estimate flag, an as-of date, a source
/// and a note. Parts without a total are refused; a total unlike its parts' sum is saved and
/// warned about. Dismissed with the saved figure.
struct FigureFormModal: FormDialog {
    typealias Result = ReportedFigure
    enum FieldID: Hashable, Sendable { case total, part(Int), estimate, asOf, source, note }

    let activity: Activity
    let labels: [String]
    var form: Form<FieldID>
    var problem: String?

    init(activity: Activity, catalog c: Catalog) {
        self.activity = activity
        let f = activity.participants
        let labels = f.map { $0.parts.map(\.label) } ?? c.work.defaultParts
        self.labels = labels
        var fields = [FormField<FieldID>(.total, label: c.work.labelTotal, input: .number(NumberField(f?.total)))]
        for (i, label) in labels.enumerated() {
            fields.append(FormField(.part(i), label: c.work.labelPart(label), input: .number(NumberField(f?.parts[safe: i]?.value))))
        }
        fields += [
            FormField(.estimate, label: c.work.labelEstimate, input: .checkbox(Checkbox(f?.isEstimate ?? false))),
            FormField(.asOf, label: c.work.labelAsOf, input: .date(FormDates.field(f?.asOf, optional: true, catalog: c))),
            FormField(.source, label: c.work.labelSource, input: .text(TextField(f?.source ?? "", maxLength: 300))),
            FormField(.note, label: c.work.labelNote, input: .text(TextField(f?.note ?? "", maxLength: 500))),
        ]
        form = Form(fields)
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let asOf = form.date(.asOf, catalog: c) else { return .none }
        var figure = activity.participants ?? ReportedFigure(subject: "\(c.work.participantNoun.capitalized) \(activity.title)", total: nil)
        figure.total = form[.total]?.number
        figure.parts = labels.enumerated().map { ReportedFigure.Part(label: $0.element, value: form[.part($0.offset)]?.number) }
        figure.isEstimate = form[.estimate]?.isChecked ?? false
        figure.asOf = asOf
        figure.source = form.trimmedText(.source)
        figure.note = form.trimmedText(.note)
        var updated = activity
        updated.participants = figure
        do {
            try context.data.activities.save(updated)
            return .dismiss(figure)
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.figureTotal: .total, .figurePart: .part(0)], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: c.work.figuresTitle, intro: [(activity.title, .bold), (c.work.figuresIntro, .dim)],
                                    problem: problem, width: 78, in: rect, on: &buffer, catalog: c)
    }
}

extension Array {
    /// The element at `index`, nil when out of range.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
