import Domain
import Storage
import TerminalUI

/// Adds or edits a term: name, dates, SK and note. A new term starts in `persiapan`; its
/// status then moves with `s` (TermStatusModal). Typing the start of a new term fills its end
/// (the term length setting, DOMAIN.md §2.7) and its name, until the user types over them.
struct TermFormModal: ModalScreen {
    typealias Result = (id: Int64, name: String)
    enum Field: Hashable, Sendable { case name, start, end, decreeNumber, decreeDate, note, standardSeats }

    let original: Term?
    let termYears: Int
    var form: Form<Field>
    var problem: String?
    /// What the prefill last wrote: a field still showing it follows the start date.
    private var prefilledName = ""
    private var prefilledEnd: LocalDate?

    init(term: Term?, termYears: Int, catalog c: Catalog) {
        original = term
        self.termYears = max(1, termYears)
        var fields = [
            FormField(Field.name, label: c.fieldLabel(.termName), input: .text(TextField(term?.name ?? "", maxLength: 40)), required: true),
            FormField(.start, label: c.fieldLabel(.termStart), input: .date(FormDates.field(term?.start, optional: false, catalog: c)),
                      required: true),
            FormField(.end, label: c.fieldLabel(.termEnd), input: .date(FormDates.field(term?.end, optional: true, catalog: c))),
            FormField(.decreeNumber, label: c.fieldLabel(.decreeNumber), input: .text(TextField(term?.decreeNumber ?? "", maxLength: 80))),
            FormField(.decreeDate, label: c.fieldLabel(.decreeDate),
                      input: .date(FormDates.field(term?.decreeDate, optional: true, catalog: c))),
            FormField(.note, label: c.labelNote, input: .text(TextField(term?.note ?? "", maxLength: 500))),
        ]
        if term == nil {
            // The formatur fills the standard 45 seats; seats never filled can be removed later.
            fields.append(FormField(.standardSeats, label: c.board.labelStandardSeats, input: .checkbox(Checkbox(true))))
        }
        form = Form(fields)
    }

    var hasUnsavedChanges: Bool { form.isDirty }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }


    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        let c = context.catalog
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .cancel:
            return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
        case .changed(let field):
            form.setError(nil, for: field)
            problem = nil
            if field == .start, original == nil { prefill(c) }
        case .submit:
            return submit(context)
        default:
            break
        }
        return .none
    }

    /// A new term: end = start + the term length, name = `2028–2033`, while untouched.
    private mutating func prefill(_ c: Catalog) {
        guard case .success(let start?) = FormDates.read(form[.start]?.input.as(DateField.self), catalog: c) else { return }
        let endField = form[.end]?.input.as(DateField.self)
        let endNow = endField.flatMap { $0.value }.flatMap { LocalDate(year: $0.year, month: $0.month, day: $0.day) }
        var end = endNow
        if endField?.isEmpty ?? true || endNow == prefilledEnd {
            end = start.adding(years: termYears)
            prefilledEnd = end
            form[.end]?.input = .date(FormDates.field(end, optional: true, catalog: c))
        }
        let name = form[.name]?.text ?? ""
        if name.isEmpty || name == prefilledName {
            prefilledName = end.map { "\(start.year)–\($0.year)" } ?? "\(start.year)"
            form[.name]?.input = .text(TextField(prefilledName, maxLength: 40))
        }
    }

    private mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        form.clearErrors()
        problem = nil
        func date(_ field: Field) -> LocalDate?? {
            switch FormDates.read(form[field]?.input.as(DateField.self), catalog: c) {
            case .success(let d): return .some(d)
            case .failure(let p): form.setError(p.text, for: field); return nil
            }
        }
        guard let start = date(.start), let end = date(.end), let decreeDate = date(.decreeDate) else { return .none }
        guard let start else { form.setError(c.issueText(.required(.termStart)), for: .start); return .none }
        func text(_ field: Field) -> String? {
            let t = (form[field]?.text ?? "").trimmingSpaces
            return t.isEmpty ? nil : t
        }
        var term = original ?? Term(name: "", start: start, end: nil, status: .persiapan)
        term.name = text(.name) ?? ""
        term.start = start
        term.end = end
        term.decreeNumber = text(.decreeNumber)
        term.decreeDate = decreeDate
        term.note = text(.note)
        do {
            let id = original == nil
                ? try context.data.board.create(term, standardSeats: form[.standardSeats]?.isChecked ?? false)
                : try context.data.board.save(term)
            return .dismiss((id: id, name: term.name))
        } catch StoreError.invalid(let issues) {
            for issue in issues {
                switch issue.field {
                case .termName: form.setError(c.issueText(issue), for: .name)
                case .termStart: form.setError(c.issueText(issue), for: .start)
                case .termEnd: form.setError(c.issueText(issue), for: .end)
                default: problem = c.issueText(issue)
                }
            }
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.board.addTermTitle : c.board.editTermTitle, problem: problem,
                             in: rect, on: &buffer, catalog: c)
    }

}
