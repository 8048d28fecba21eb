import Domain
import Storage
import TerminalUI

/// Musda › one assembly: tabs for its summary, sessions and agenda, attendance, minutes and
/// decisions (Pemilihan and LPJ come later, after Keputusan). A current session drives the
/// attendance and minutes tabs; its live quorum shows on every tab.
struct MusdaRecordScreen: Screen {
    enum Tab: Int, CaseIterable { case summary, sessions, attendance, minutes, decisions }

    enum Message {
        case personPicked(PersonMatch)
        case departureTime(String, attendanceId: Int64)
        case registered(String)
        case minutesClosed
        case reopenReason(String)
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
    var counts = (delegates: 0, observers: 0, guests: 0)
    var termNames: [Int64: String] = [:]
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
        case .sessions: return sessions.count
        case .attendance: return attendees.count
        case .decisions: return decisions.count
        }
    }

    /// Lines above a tab's content: tabs, session, quorum, blank.
    static let headerLines = 4
    var listHeight: Int { max(1, contentHeight - Self.headerLines - 1) }
}
