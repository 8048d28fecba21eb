import Domain
import Storage
import TerminalUI

/// After the picker: the attendee's role, where they come from, and the arrival time (now by
/// default). Someone without an active membership defaults to undangan, without a vote.
/// Dismissed with the message to show.
struct RegisterAttendeeModal: ModalScreen {
    typealias Result = String
    enum Field: Hashable, Sendable { case role, from, time }

    let person: PersonMatch
    let musdaId: Int64
    let session: MusdaSession
    var form: Form<Field>
    var problem: String?

    init(person: PersonMatch, musdaId: Int64, session: MusdaSession, now: ClockTime, catalog c: Catalog) {
        self.person = person
        self.musdaId = musdaId
        self.session = session
        let roles = Attendance.Role.allCases
        let role = person.status == .aktif ? Attendance.Role.delegate : .guest
        form = Form([
            FormField(.role, label: c.musda.labelRole, input: .choice(ChoiceField(roles.map(c.attendanceRoleName),
                                                                                    selected: roles.firstIndex(of: role))),
                      required: true),
            FormField(.from, label: c.musda.labelFrom, input: .text(TextField(person.regencyName ?? "", maxLength: 80))),
            FormField(.time, label: c.musda.labelArrival, input: .text(TextField(now.description, maxLength: 5, placeholder: c.musda.timeHint)),
                      required: true),
        ])
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.function(2), .ctrl("s"), .enter], bar: c.board.save, help: c.board.helpSave, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.board.helpCancel, action: nil),
         KeyHelp([.tab, .backTab], help: c.board.helpNextField, action: nil),
         KeyHelp([.left, .right, .char(" ")], help: c.board.helpChoice, label: "←/→", action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        // Enter on the last field saves, as in a paper form's last box.
        if key == .enter, form.focusedField?.id == .time { return submit(context) }
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .cancel: return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
        case .submit: return submit(context)
        case .changed(let f): form.setError(nil, for: f); problem = nil
        default: break
        }
        return .none
    }

    private mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let time = ClockTime(form[.time]?.text ?? "") else {
            form.setError(c.musda.timeInvalid, for: .time)
            return .none
        }
        let role = Attendance.Role.allCases[form[.role]?.choice ?? 0]
        let from = (form[.from]?.text ?? "").trimmingSpaces
        do {
            try context.data.musda.register(personId: person.personId, musdaId: musdaId, role: role,
                                            representing: from.isEmpty ? nil : from, sessionId: session.id, at: time)
            return .dismiss(c.musda.registered(person.name, time.description))
        } catch StoreError.invalid(let issues) {
            problem = issues.map(c.issueText).joined(separator: " ")
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let who = person.name + (person.kta.map { " (\($0))" } ?? " — " + c.picker.notAMember)
        return FormModalChrome.draw(form, title: c.musda.registerTitle, intro: [(who, .bold), (session.title, .dim)], problem: problem,
                                    width: 68, in: rect, on: &buffer, catalog: c)
    }

}
