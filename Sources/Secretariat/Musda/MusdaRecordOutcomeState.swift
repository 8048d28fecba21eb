import Domain
import Storage
import TerminalUI

/// What the LPJ, Pemilihan and Formatur tabs show (issue 12), loaded with the record.
struct OutcomeState {
    /// A candidate as the election tab lists them.
    struct CandidateRow: Hashable {
        var candidate: Election.Candidate
        var name: String
        var kta: String?
    }

    /// A formatur member as the tab lists them.
    struct FormaturRow: Hashable {
        var personId: Int64
        var name: String
        var kta: String?
        var isChairElect: Bool
    }

    var lpj: LPJ?
    /// The covered term's name and its programmes with their realisation.
    var lpjTermName: String?
    var programmes: [ProgrammeRow] = []
    /// Number of the verdict's and the election's decisions, formatted.
    var lpjDecisionNumber: String?
    var election: Election?
    var candidates: [CandidateRow] = []
    var witnessNames: [String] = []
    var electionDecisionNumber: String?
    /// Voting delegates in the room for the election's session (the current one before the result).
    var delegatesPresent: Int?
    var formatur: [FormaturRow] = []
    var deadline: LocalDate?
    var handover: Handover?
    /// The status of the term the Musda opens: once aktif, the formatur's work is done.
    var openedTermStatus: Term.Status?
    var today = LocalDate(year: 2000, month: 1, day: 1)!
    /// The term length setting, for the new term's dates.
    var termYears = 5

    var electedName: String? { candidates.first { $0.candidate.elected }?.name }

    var formaturProgress: FormaturProgress {
        FormaturProgress.of(deadline: deadline, today: today, composed: openedTermStatus.map { $0 >= .aktif } ?? false)
    }

    /// Rows of a list kept in view, its title row included, however short the terminal.
    static let minimumListLines = 3

    /// Lines above each outcome tab's list in a body `height` rows tall (the tab's lines
    /// under the Musda header). The LPJ's text gives way first on a short terminal, down to its
    /// title, verdict, one line of text and the list's title, so the list keeps its rows.
    static func linesAbove(_ tab: MusdaRecordScreen.Tab, height: Int) -> Int {
        switch tab {
        case .lpj: return min(9, max(4, height - minimumListLines))
        case .election: return 3
        case .formatur: return 2
        default: return 0
        }
    }

    /// Lines below each tab's list: what a short terminal cannot fit gives way (the witnesses,
    /// then the second warning line, then the warning) before the list's rows do.
    static func linesBelow(_ tab: MusdaRecordScreen.Tab, height: Int) -> Int {
        let room = max(1, height - linesAbove(tab, height: height) - minimumListLines)
        switch tab {
        case .election: return min(5, room)
        case .formatur: return min(3, room)
        case .documents: return MusdaRecordScreen.documentLinesBelow
        case .decisions: return 1   // the selected decision's whole letter number
        default: return 0
        }
    }
}

extension MusdaRecordScreen {
    /// The outcome of the Musda as stored, with names for the people in it.
    mutating func loadOutcome(_ context: AppContext) throws {
        let data = context.data
        guard let musda else { return }
        var o = OutcomeState()
        o.today = data.today
        o.termYears = (try data.settings.value(.termLengthYears)).flatMap { Int($0) } ?? 5
        func name(_ id: Int64) throws -> (String, String?) {
            guard let p = try data.people.person(id: id), !p.isErased else { return (context.catalog.board.erased, nil) }
            return (p.name, try data.people.membership(personId: id)?.kta)
        }
        func number(_ decisionId: Int64?) -> String? {
            decisionId.flatMap { id in decisions.first { $0.decision.id == id } }
                .flatMap { $0.decision.documentNumber(in: musda)?.formatted(numberPattern) }
        }
        o.lpj = try data.musda.lpj(musdaId: musdaId)
        let termId = o.lpj?.termId ?? musda.closesTermId
        o.lpjTermName = termId.flatMap { termNames[$0] }
        o.programmes = try termId.map { try data.programmes.rows(termId: $0) } ?? []
        o.lpjDecisionNumber = number(o.lpj?.decisionId)
        o.election = try data.musda.elections(musdaId: musdaId).first
        if let e = o.election {
            o.candidates = try e.candidates.map { c in
                let (n, kta) = try name(c.personId)
                return OutcomeState.CandidateRow(candidate: c, name: n, kta: kta)
            }
            o.witnessNames = try e.witnesses.map { try name($0).0 }
            o.electionDecisionNumber = number(e.decisionId)
        }
        let members = try data.musda.formatur(musdaId: musdaId)
        o.formatur = try members.map { m in
            let (n, kta) = try name(m.personId)
            return OutcomeState.FormaturRow(personId: m.personId, name: n, kta: kta, isChairElect: m.isChairElect)
        }
        o.deadline = members.first?.deadline
        o.handover = try data.musda.handover(musdaId: musdaId)
        o.openedTermStatus = try musda.opensTermId.flatMap { try data.board.term(id: $0)?.status }
        outcome = o
    }

    /// The voting delegates in the room for the election: at the session of its result, else
    /// the current one. The only outcome figure that follows the current session, so it is all
    /// a change of session reloads.
    mutating func loadDelegatesPresent(_ context: AppContext) throws {
        outcome.delegatesPresent = try (outcome.election?.sessionId ?? session?.id)
            .map { try context.data.musda.sessionQuorum(sessionId: $0).present }
    }

    /// The office elected when none was typed: `Ketua DPD IPSPI Sumatera Selatan 2028–2033`,
    /// for the term the Musda opens.
    func defaultOffice(_ c: Catalog) -> String {
        guard let musda else { return c.outcome.chairWord }
        let term = musda.opensTermId.flatMap { termNames[$0] }
            ?? HandoverPlan.newTerm(from: musda.date, years: outcome.termYears).name
        return c.outcome.defaultOffice(term)
    }
}
