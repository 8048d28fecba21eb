import Domain
import Storage
import TerminalUI

/// The LPJ as reported: the term it covers, the session it was presented in, a summary.
/// Dismissed with the message to show.
struct ReportFormModal: FormDialog {
    typealias Result = String
    enum FieldID: Hashable, Sendable { case term, session, summary }

    let musdaId: Int64
    let terms: [Term]
    let sessions: [MusdaSession]
    var form: Form<FieldID>
    var problem: String?

    init(lpj: LPJ?, musda: Musda, terms: [Term], sessions: [MusdaSession], catalog c: Catalog) {
        musdaId = musda.id!
        self.terms = terms
        self.sessions = sessions
        let termId = lpj?.termId ?? musda.closesTermId
        form = Form([
            FormField(.term, label: c.outcome.labelTerm,
                      input: .choice(ChoiceField(terms.map(\.name), selected: terms.firstIndex { $0.id == termId })), required: true),
            FormField(.session, label: c.outcome.labelPresentedIn,
                      input: .choice(ChoiceField([c.outcome.noSessionChoice] + sessions.map(\.title),
                                                 selected: (sessions.firstIndex { $0.id == lpj?.presentedSessionId }).map { $0 + 1 } ?? 0))),
            FormField(.summary, label: c.fieldLabel(.lpjSummary), input: .text(TextField(lpj?.summary ?? "", maxLength: 2000))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let t = form[.term]?.choice, terms.indices.contains(t) else {
            form.setError(c.textRequired, for: .term)
            return .none
        }
        let s = (form[.session]?.choice ?? 0) - 1
        let report = LPJ(musdaId: musdaId, termId: terms[t].id, presentedSessionId: sessions.indices.contains(s) ? sessions[s].id : nil,
                         summary: form.trimmedText(.summary))
        do {
            try context.data.musda.saveReport(report)
            return .dismiss(c.outcome.reportSaved)
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.lpjSummary: .summary], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        FormModalChrome.draw(form, title: context.catalog.outcome.reportTitle, problem: problem, width: 78, in: rect, on: &buffer,
                             catalog: context.catalog)
    }
}

/// The ballots of a vote as the tellers read them out: cast, abstain, invalid. Kept as typed;
/// more counted than cast is refused in place. Dismissed with the message to show.
struct CountsFormModal: FormDialog {
    typealias Result = String
    enum FieldID: Hashable, Sendable { case ballots, abstentions, invalid }

    let election: Election
    var form: Form<FieldID>
    var problem: String?
    let delegatesPresent: Int?

    init(election: Election, delegatesPresent: Int?, catalog c: Catalog) {
        self.election = election
        self.delegatesPresent = delegatesPresent
        form = Form([
            FormField(.ballots, label: c.outcome.labelBallots, input: .number(NumberField(election.ballots ?? delegatesPresent, minimum: 0))),
            FormField(.abstentions, label: c.outcome.labelAbstentions, input: .number(NumberField(election.abstentions, minimum: 0))),
            FormField(.invalid, label: c.outcome.labelInvalid, input: .number(NumberField(election.invalidBallots, minimum: 0))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        var e = election
        e.ballots = form[.ballots]?.number
        e.abstentions = form[.abstentions]?.number
        e.invalidBallots = form[.invalid]?.number
        do {
            try context.data.musda.save(e)
            return .dismiss(context.catalog.outcome.countsSaved)
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [:], catalog: context.catalog)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let intro = [(c.outcome.countsIntro(present: delegatesPresent), Style.dim)]
        return FormModalChrome.draw(form, title: c.outcome.countsTitle, intro: intro, problem: problem, width: 64, in: rect,
                                    on: &buffer, catalog: c)
    }
}

/// The formatur's deadline to compose the board. Dismissed with the date chosen.
struct DeadlineFormModal: FormDialog {
    typealias Result = LocalDate
    enum FieldID: Hashable, Sendable { case deadline }

    var form: Form<FieldID>
    var problem: String?
    /// The Musda's day: the formatur is elected there, so its deadline cannot come before.
    let earliest: LocalDate

    init(deadline: LocalDate, earliest: LocalDate, catalog c: Catalog) {
        self.earliest = earliest
        form = Form([FormField(.deadline, label: c.outcome.labelDeadline,
                               input: .date(FormDates.field(deadline, optional: false, catalog: c)), required: true)])
    }

    mutating func submit(_ context: AppContext) -> Command {
        guard let date = form.date(.deadline, catalog: context.catalog) else { return .none }
        guard let date else { form.setError(context.catalog.textRequired, for: .deadline); return .none }
        guard date >= earliest else {
            form.setError(context.catalog.issueText(.dateBefore(.formaturDeadline, reference: .musdaDate)), for: .deadline)
            return .none
        }
        return .dismiss(date)
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        FormModalChrome.draw(form, title: context.catalog.outcome.deadlineTitle, problem: problem, width: 56, in: rect, on: &buffer,
                             catalog: context.catalog)
    }
}
