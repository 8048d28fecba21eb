import Domain
import Storage
import TerminalUI

/// Fill a vacant seat, replace its holder, or end the holder's term: the date (and the reason
/// when someone leaves), then one write. Errors show in place; warnings (not an active member,
/// a second seat) ask for a typed reason, as the member form does. Dismissed with the message
/// to show once written.
struct AssignModal: ModalScreen {
    typealias Result = String

    enum Mode { case fill, replace, end }
    enum Field: Hashable, Sendable { case date, reason, note }
    enum Message { case reasonAnswered(ReasonModal.Result) }

    let mode: Mode
    let seat: Seat
    let person: PersonMatch?
    let term: Term
    var form: Form<Field>
    /// A refusal that belongs to no one field (the seat is taken), shown above the keys.
    var problem: String?

    init(mode: Mode, seat: Seat, person: PersonMatch?, term: Term, today: LocalDate, catalog c: Catalog) {
        self.mode = mode
        self.seat = seat
        self.person = person
        self.term = term
        // Today, kept inside the term; the first day for a term that has not begun.
        var date = max(today, term.start)
        if let end = term.end, date >= end { date = mode == .fill ? term.start : end.adding(days: -1) }
        let label = mode == .fill ? c.fieldLabel(.assignmentStart) : mode == .replace ? c.board.labelHandover : c.board.labelLastDay
        var fields = [FormField(Field.date, label: label, input: .date(FormDates.field(date, optional: false, catalog: c)), required: true)]
        if mode != .fill {
            let reasons = AssignmentEndReason.allCases.map(c.board.endReasonName)
            fields.append(FormField(.reason, label: c.fieldLabel(.endReason),
                                    input: .choice(ChoiceField(reasons, placeholder: c.board.chooseReason)), required: true))
        }
        if mode == .end {
            fields.append(FormField(.note, label: c.board.labelNote, input: .text(TextField(maxLength: 200))))
        }
        form = Form(fields)
    }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }


    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        switch event {
        case .key(let key):
            switch form.handle(key, explainingRefusals: context.catalog) {
            case .submit: return submit(overrideReason: nil, context)
            case .cancel: return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
            case .changed(let field):
                form.setError(nil, for: field)
                problem = nil
            default: break
            }
        case .message(Message.reasonAnswered(.reason(let reason))):
            return submit(overrideReason: reason, context)
        default:
            break
        }
        return .none
    }

    private mutating func submit(overrideReason: String?, _ context: AppContext) -> Command {
        let c = context.catalog
        form.clearErrors()
        problem = nil
        let date: LocalDate
        switch FormDates.read(form[.date]?.input.as(DateField.self), catalog: c) {
        case .failure(let p): form.setError(p.text, for: .date); return .none
        case .success(nil): form.setError(c.issueText(.required(.assignmentStart)), for: .date); return .none
        case .success(let d?): date = d
        }
        var reason: AssignmentEndReason?
        if mode != .fill {
            guard let index = form[.reason]?.choice else {
                form.setError(c.issueText(.required(.endReason)), for: .reason)
                return .none
            }
            reason = AssignmentEndReason.allCases[index]
        }
        do {
            let board = context.data.board
            switch mode {
            case .fill:
                guard let person else { return .none }
                try board.assign(Assignment(positionId: seat.position.id!, personId: person.personId, start: date),
                                 overrideReason: overrideReason)
                return .dismiss(c.board.assigned(person.name, seat.position.title, c.longDate(date)))
            case .replace:
                guard let person, let holder = seat.holder, let reason else { return .none }
                try board.replace(assignmentId: holder.assignment.id!, on: date, reason: reason, with: person.personId,
                                  overrideReason: overrideReason)
                return .dismiss(c.board.assigned(person.name, seat.position.title, c.longDate(date)))
            case .end:
                guard let holder = seat.holder, let reason else { return .none }
                try board.endAssignment(id: holder.assignment.id!, on: date, reason: reason, note: form[.note]?.text)
                return .dismiss(c.board.ended(seat.position.title, c.longDate(date)))
            }
        } catch StoreError.needsOverride(let warnings) {
            let dialog = OverrideReasonDialog(title: c.board.overrideTitle, intro: c.board.overrideIntro,
                                              warnings: warnings.map(c.issueText), reasonLabel: c.board.labelReason,
                                              missingText: c.board.reasonRequired, keysText: c.board.overrideKeys)
            return .present(ReasonModal(dialog: dialog), then: { Message.reasonAnswered($0) })
        } catch StoreError.invalid(let issues) {
            for issue in issues {
                if case .seatTaken = issue {
                    problem = c.issueText(issue)
                } else if issue.field == .assignmentStart || issue.field == .assignmentEnd {
                    form.setError(c.issueText(issue), for: .date)
                } else {
                    problem = c.issueText(issue)
                }
            }
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let title: String
        var intro: [(String, Style)] = []
        switch mode {
        case .fill: title = c.board.fillTitle(seat.position.title)
        case .replace: title = c.board.replaceTitle(seat.position.title)
        case .end: title = c.board.endTitle(seat.position.title)
        }
        if let holder = seat.holder, mode != .fill {
            intro.append((c.board.labelOutgoing + ": " + (holder.isErased ? c.board.erased : holder.name), .bold))
        }
        if let person { intro.append((c.board.labelPerson + ": " + person.name + (person.kta.map { " (\($0))" } ?? ""), .bold)) }
        if mode == .replace { intro.append((c.board.replaceExplain, .dim)) }
        if mode == .end { intro.append((c.board.endExplain, .dim)) }
        return FormModalChrome.draw(form, title: title, intro: intro, problem: problem, in: rect, on: &buffer, catalog: c)
    }

}
