import Domain
import Storage
import TerminalUI

/// Program Kerja: three tabs. Programmes of one term (`[ ]` changes the term) with their
/// status, period and a progress gauge, filtered by status or bidang; activities (competency
/// tests and others) with their participant figures as reported; partners. Enter opens one.
struct WorkScreen: Screen {
    enum Tab: Int, CaseIterable { case programmes, activities, partners }

    /// What the status filter keeps: every programme, one status, or the unfinished ones not
    /// yet carried on (the handover's candidates).
    enum StatusFilter: Hashable {
        case all
        case status(Programme.Status)
        case candidates
    }

    enum Message {
        case programmeSaved(Int64)
        case activitySaved(Int64)
        case partnerSaved(Int64)
        case statusChosen(String)
        case departmentChosen(String)
    }

    var tab: Tab = .programmes
    /// Oldest first, so `]` goes forward in time.
    var terms: [Term] = []
    var termIndex = 0
    /// Every programme of the term; `shown` filters them.
    var programmes: [ProgrammeRow] = []
    var statusFilter: StatusFilter = .all
    /// A bidang's name; nil: every bidang.
    var departmentFilter: String?
    var activities: [ActivityRow] = []
    var partners: [PartnerRow] = []
    var cursor = ListCursor()
    /// Rows of the list (below the tab row, the info line and the table header; above the footer).
    var listHeight = 10

    func title(_ catalog: Catalog) -> String { catalog.sectionProgrammes }

    var term: Term? { terms.indices.contains(termIndex) ? terms[termIndex] : nil }

    /// Candidates are marked once a term is over (demisioner or selesai): while it runs,
    /// every unfinished programme would be one.
    var marksCandidates: Bool { term.map { $0.status == .demisioner || $0.status == .selesai } ?? false }

    var shown: [ProgrammeRow] {
        programmes.filter { row in
            let status: Bool
            switch statusFilter {
            case .all: status = true
            case .status(let s): status = row.programme.status == s
            case .candidates: status = row.isCarryOverCandidate
            }
            return status && (departmentFilter == nil || row.departmentName == departmentFilter)
        }
    }

    var rowCount: Int {
        switch tab {
        case .programmes: return shown.count
        case .activities: return activities.count
        case .partners: return partners.count
        }
    }

    var selectedProgramme: ProgrammeRow? { tab == .programmes && shown.indices.contains(cursor.selected) ? shown[cursor.selected] : nil }
    var selectedActivity: ActivityRow? {
        tab == .activities && activities.indices.contains(cursor.selected) ? activities[cursor.selected] : nil
    }
    var selectedPartner: PartnerRow? { tab == .partners && partners.indices.contains(cursor.selected) ? partners[cursor.selected] : nil }

    func headerStatus(_ catalog: Catalog) -> String? {
        rowCount == 0 ? nil : "\(cursor.selected + 1)/\(rowCount)"
    }
}
