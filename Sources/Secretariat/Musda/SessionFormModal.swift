import Domain
import Storage
import TerminalUI

/// Adds or edits a session (kind, number, title, start and end), or an agenda item of one
/// (title, start and end). Times are typed `10.30`; an end not after the start is refused in
/// place. Dismissed with the message to show.
struct SessionFormModal: ModalScreen {
    typealias Result = String
    enum Field: Hashable, Sendable { case kind, number, title, start, end }
    enum Subject {
        case session(MusdaSession)
        case item(AgendaItem, sessionTitle: String)
    }

    let subject: Subject
    let isNew: Bool
    var form: Form<Field>
    var problem: String?

    init(_ subject: Subject, isNew: Bool, catalog c: Catalog) {
        self.subject = subject
        self.isNew = isNew
        var fields: [FormField<Field>] = []
        let title: String, start: ClockTime?, end: ClockTime?
        switch subject {
        case .session(let s):
            let kinds = MusdaSession.Kind.allCases
            fields.append(FormField(.kind, label: c.musda.labelSessionKind,
                                    input: .choice(ChoiceField(kinds.map(c.musda.sessionKindName), selected: kinds.firstIndex(of: s.kind))),
                                    required: true))
            fields.append(FormField(.number, label: c.musda.labelSessionNumber, input: .number(NumberField(s.number, minimum: 1, maximum: 20))))
            (title, start, end) = (s.title, s.startsAt, s.endsAt)
        case .item(let i, _):
            (title, start, end) = (i.title, i.startsAt, i.endsAt)
        }
        fields += [
            FormField(.title, label: c.musda.labelTitle, input: .text(TextField(title, maxLength: 200)), required: true),
            FormField(.start, label: c.fieldLabel(.startTime), input: .text(TextField(start?.description ?? "", maxLength: 5, placeholder: c.musda.timeHint))),
            FormField(.end, label: c.fieldLabel(.endTime), input: .text(TextField(end?.description ?? "", maxLength: 5, placeholder: c.musda.timeHint))),
        ]
        form = Form(fields)
    }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }


    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        let c = context.catalog
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .cancel: return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
        case .changed(.kind), .changed(.number):
            // A new session's title follows its kind and number until typed over.
            if isNew, case .session = subject {
                let kind = MusdaSession.Kind.allCases[form[.kind]?.choice ?? 0]
                let title = c.musda.sessionTitle(kind, number: form[.number]?.number)
                form[.title]?.input = .text(TextField(title, maxLength: 200))
            }
        case .changed(let f): form.setError(nil, for: f); problem = nil
        case .submit: return submit(context)
        default: break
        }
        return .none
    }

    private mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        form.clearErrors()
        problem = nil
        func time(_ field: Field) -> ClockTime?? {
            let text = (form[field]?.text ?? "").trimmingSpaces
            if text.isEmpty { return .some(nil) }
            guard let t = ClockTime(text) else { form.setError(c.musda.timeInvalid, for: field); return nil }
            return .some(t)
        }
        guard let start = time(.start), let end = time(.end) else { return .none }
        let title = (form[.title]?.text ?? "").trimmingSpaces
        guard !title.isEmpty else { form.setError(c.textRequired, for: .title); return .none }
        do {
            switch subject {
            case .session(var s):
                s.kind = MusdaSession.Kind.allCases[form[.kind]?.choice ?? 0]
                s.number = form[.number]?.number
                s.title = title
                s.startsAt = start
                s.endsAt = end
                try context.data.musda.save(s)
                return .dismiss(c.musda.sessionSaved(title))
            case .item(var i, _):
                i.title = title
                i.startsAt = start
                i.endsAt = end
                try context.data.musda.save(i)
                return .dismiss(c.musda.itemSaved(title))
            }
        } catch StoreError.invalid(let issues) {
            for issue in issues {
                if issue.field == .endTime { form.setError(c.issueText(issue), for: .end) } else { problem = c.issueText(issue) }
            }
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let title: String
        switch subject {
        case .session: title = isNew ? c.musda.addSessionTitle : c.musda.editSessionTitle
        case .item(_, let session): title = (isNew ? c.musda.addItemTitle : c.musda.editItemTitle) + ": " + session
        }
        return FormModalChrome.draw(form, title: title, problem: problem, in: rect, on: &buffer, catalog: c)
    }

}
