import Domain
import Storage
import TerminalUI

/// Adds or edits a Musda: type, number (I, II…), date, place, theme, status and quorum rule
/// (½+1 or ⅔ of the registered delegates, or a fixed number). A rule that cannot hold is
/// refused in place. Dismissed with the saved Musda's id.
struct MusdaFormModal: FormDialog {
    typealias Result = Int64
    enum Field: Hashable, Sendable { case kind, number, date, place, theme, status, quorum, fixed }

    let original: Musda?
    var form: Form<Field>
    var problem: String?

    static let rules = ["setengah_plus_satu", "dua_pertiga", "tetap"]

    init(musda: Musda?, defaultRule: QuorumRule, catalog c: Catalog) {
        original = musda
        let m = musda
        let rule = m?.quorum ?? defaultRule
        let ruleIndex: Int
        var fixed: Int?
        switch rule {
        case .halfPlusOne: ruleIndex = 0
        case .twoThirds: ruleIndex = 1
        case .fixed(let n): ruleIndex = 2; fixed = n
        }
        let kinds = Musda.Kind.allCases
        form = Form([
            FormField(.kind, label: c.musda.labelKind, input: .choice(ChoiceField(kinds.map(c.musda.kindName),
                                                                                    selected: kinds.firstIndex(of: m?.kind ?? .musda))),
                      required: true),
            FormField(.number, label: c.musda.labelNumber, input: .number(NumberField(m?.number, minimum: 1, maximum: 99))),
            FormField(.date, label: c.musda.labelDate, input: .date(FormDates.field(m?.date, optional: false, catalog: c)), required: true),
            FormField(.place, label: c.musda.labelPlace, input: .text(TextField(m?.place ?? "Palembang", maxLength: 120)), required: true),
            FormField(.theme, label: c.musda.labelTheme, input: .text(TextField(m?.theme ?? "", maxLength: 300))),
            FormField(.status, label: c.musda.labelStatus,
                      input: .choice(ChoiceField(Musda.Status.allCases.map(c.musda.statusName),
                                                 selected: Musda.Status.allCases.firstIndex(of: m?.status ?? .rencana))), required: true),
            FormField(.quorum, label: c.musda.labelQuorum,
                      input: .choice(ChoiceField([QuorumRule.halfPlusOne, .twoThirds].map(c.musda.quorumRuleName) + [c.musda.fixedRule],
                                                 selected: ruleIndex)), required: true),
            FormField(.fixed, label: c.musda.labelFixedQuorum, input: .number(NumberField(fixed, minimum: 1, maximum: 9999))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        form.clearErrors()
        problem = nil
        let date: LocalDate
        switch FormDates.read(form[.date]?.input.as(DateField.self), catalog: c) {
        case .failure(let p): form.setError(p.text, for: .date); return .none
        case .success(nil): form.setError(c.textRequired, for: .date); return .none
        case .success(let d?): date = d
        }
        let place = (form[.place]?.text ?? "").trimmingSpaces
        guard !place.isEmpty else { form.setError(c.textRequired, for: .place); return .none }
        let rule: QuorumRule
        switch form[.quorum]?.choice ?? 0 {
        case 0: rule = .halfPlusOne
        case 1: rule = .twoThirds
        default:
            guard let n = form[.fixed]?.number else { form.setError(c.textRequired, for: .fixed); return .none }
            rule = .fixed(n)
        }
        let kind = Musda.Kind.allCases[form[.kind]?.choice ?? 1]
        var musda = original ?? Musda(kind: kind, number: nil, date: date, place: place)
        musda.kind = kind
        musda.number = kind == .pembentukan ? nil : form[.number]?.number
        musda.date = date
        musda.place = place
        let theme = (form[.theme]?.text ?? "").trimmingSpaces
        musda.theme = theme.isEmpty ? nil : theme
        musda.status = Musda.Status.allCases[form[.status]?.choice ?? 0]
        musda.quorum = rule
        do {
            // A new Musda judges and closes the board in office: its LPJ covers the active term.
            if original == nil && kind != .pembentukan { musda.closesTermId = try context.data.board.activeTerm()?.id }
            return .dismiss(try context.data.musda.save(musda))
        } catch StoreError.invalid(let issues) {
            // Long sentences: below the form, wrapped, rather than cut on the field's one line.
            problem = issues.map(c.issueText).joined(separator: " ")
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.musda.addTitle : c.musda.editTitle, problem: problem, width: 76,
                             in: rect, on: &buffer, catalog: c)
    }

}
