import Domain
import Storage
import TerminalUI

/// Musda › one assembly: tabs for its summary, sessions and agenda, attendance, minutes,
/// decisions, and its outcomes (issue 12): the LPJ and its verdict, the election of the chair,
/// the formatur and the handover. A current session drives the attendance and minutes tabs,
/// and is where a verdict or an election result is recorded; its live quorum shows on every tab.
struct MusdaRecordScreen: Screen {
    enum Tab: Int, CaseIterable { case summary, sessions, attendance, minutes, decisions, lpj, election, formatur, documents }

    enum Message {
        case personPicked(PersonMatch)
        case departureTime(String, attendanceId: Int64)
        case registered(String)
        case minutesClosed
        case reopenReason(String)
        case sessionSaved(String)
        case decisionTitled(String)
        case chairChosen(String, sessionIndex: Int)
        /// The answer to adopting a decision in a session without quorum.
        case adoptWithoutQuorum(ConfirmModal.Result)
    }

    /// A line of the sessions tab: a session, its pimpinan sidang, or one of its agenda items.
    enum SessionRow: Hashable {
        case session(Int)
        case chairs(Int, String)
        case item(Int, AgendaItem)

        var sessionIndex: Int {
            switch self {
            case .session(let i), .chairs(let i, _), .item(let i, _): return i
            }
        }
    }

    /// A decision as the tab lists it: stored, or drafted from a `KEPUTUSAN:` line not yet adopted.
    struct DecisionRow: Hashable {
        var decision: Decision
        var sessionTitle: String?
        var stored: Bool
    }

    let musdaId: Int64
    var musda: Musda?
    var tab: Tab = .summary
    var sessions: [MusdaSession] = []
    var sessionIndex = 0
    var agenda: [Int64: [AgendaItem]] = [:]
    var chairNames: [Int64: [String]] = [:]
    var quorum: SessionQuorum?
    var attendees: [AttendeeRow] = []
    var minutes: Minutes?
    /// Typing of this session's minutes autosaved but not saved (a crash, a dropped link).
    var pendingMinutes: Draft?
    var versions: [MinutesVersion] = []
    var decisions: [DecisionRow] = []
    /// How decisions are numbered (Pengaturan).
    var numberPattern = DocumentNumber.defaultPattern
    var counts = (delegates: 0, observers: 0, guests: 0)
    var termNames: [Int64: String] = [:]
    /// The register's papers of this Musda (issue 15), and whether one is being made.
    var documents: [MusdaDocument] = []
    var issuing = false
    /// The outcome tabs' data (MusdaRecord+Outcome).
    var outcome = OutcomeState()
    /// The selected row and scroll of the tab's list.
    var selected = 0
    var top = 0
    var contentHeight = 10

    init(musdaId: Int64) { self.musdaId = musdaId }

    func title(_ catalog: Catalog) -> String { musda?.title ?? catalog.sectionMusda }

    var session: MusdaSession? { sessions.indices.contains(sessionIndex) ? sessions[sessionIndex] : nil }

    /// Rows of the current tab's list (the summary has none).
    var rowCount: Int {
        switch tab {
        case .summary, .minutes: return 0
        case .sessions: return sessionRows.count
        case .attendance: return attendees.count
        case .decisions: return decisions.count
        case .lpj: return outcome.programmes.count
        case .election: return outcome.candidates.count
        case .formatur: return outcome.formatur.count
        case .documents: return documents.count
        }
    }

    var sessionRows: [SessionRow] {
        sessions.enumerated().flatMap { (i, s) -> [SessionRow] in
            var rows = [SessionRow.session(i)]
            let chairs = chairNames[s.id!].flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") } ?? s.chairs
            if let chairs { rows.append(.chairs(i, chairs)) }
            return rows + (agenda[s.id!] ?? []).map { .item(i, $0) }
        }
    }

    /// Lines above a tab's content: tabs, session, quorum, blank.
    static let headerLines = 4
    var listHeight: Int {
        let body = contentHeight - Self.headerLines
        return max(1, body - 1 - OutcomeState.linesAbove(tab, height: body) - OutcomeState.linesBelow(tab, height: body))
    }
}
