import Domain
import Storage
import TerminalUI

/// Moves a term's status forward, with a reason that goes into the audit. Making a term aktif
/// while another is aktif asks first to make that one demisioner: one aktif term at a time.
/// Dismissed with the message to show.
struct TermStatusModal: ModalScreen {
    typealias Result = String
    enum Field: Hashable, Sendable { case status, reason }
    enum Message { case demoteAnswered(ConfirmModal.Result) }

    let term: Term
    let activeTerm: Term?
    let choices: [Term.Status]
    var form: Form<Field>

    init(term: Term, activeTerm: Term?, catalog c: Catalog) {
        self.term = term
        self.activeTerm = activeTerm
        choices = term.status.next
        form = Form([
            FormField(.status, label: c.board.labelNewStatus, input: .choice(ChoiceField(choices.map(c.termStatusName), selected: 0)),
                      required: true),
            FormField(.reason, label: c.board.labelReason, input: .text(TextField(maxLength: 300)), required: true),
        ])
    }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }


    private var chosen: Term.Status { choices[form[.status]?.choice ?? 0] }
    private var reason: String { (form[.reason]?.text ?? "").trimmingSpaces }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        let c = context.catalog
        switch event {
        case .key(let key):
            switch form.handle(key, explainingRefusals: context.catalog) {
            case .cancel: return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
            case .changed(let field): form.setError(nil, for: field)
            case .submit:
                guard !reason.isEmpty else { form.setError(c.board.reasonRequired, for: .reason); return .none }
                if chosen == .aktif, let active = activeTerm {
                    return .present(ConfirmModal.yesNo(title: c.board.demoteTitle, message: c.board.demoteQuestion(active.name, term.name),
                                                       catalog: c),
                                    then: { Message.demoteAnswered($0) })
                }
                return change(demoting: false, context)
            default: break
            }
        case .message(Message.demoteAnswered(.chosen(0))):
            return change(demoting: true, context)
        default:
            break
        }
        return .none
    }

    private mutating func change(demoting: Bool, _ context: AppContext) -> Command {
        let c = context.catalog
        do {
            try context.data.board.changeStatus(termId: term.id!, to: chosen, reason: reason, demotingActive: demoting)
            return .dismiss(c.board.statusChanged(term.name, c.termStatusName(chosen)))
        } catch StoreError.invalid(let issues) {
            form.setError(issues.map(c.issueText).joined(separator: " "), for: .status)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: c.board.statusTitle + ": " + term.name, intro: [(c.board.statusOrder, .dim)],
                             problem: nil, in: rect, on: &buffer, catalog: c)
    }

}
