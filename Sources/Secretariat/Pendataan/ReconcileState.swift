import Domain
import Storage
import TerminalUI

/// The register against a DPP website export (issue 14): the counts per class at the top, a
/// list per class, and the row actions; Enter compares one person field by field. Reading and
/// matching run off the loop; each decision is written as it is made.
struct ReconcileScreen: Screen {
    /// The classes, the rows still pending first, and the rows set aside (other provinces, errors).
    enum Tab: Int, CaseIterable { case pending, same, differing, onlyDPD, onlyDPP, doubtful, setAside }

    enum Message {
        case fileRead(Result<SheetTable, SpreadsheetError>)
        case reconciled(Result<Reconciliation, Error>)
        case rowReturned(ReconcileRow)
        case addAnswered(ConfirmModal.Result, row: ReconcileRow)
        case ignoreReason(String, row: ReconcileRow)
        case bulkChosen(String, rules: [String: ReconcileRule])
        case bulkAnswered(ConfirmModal.Result, rule: ReconcileRule)
        case tick
    }

    /// The file as read and mapped by the import walk, or nil to read `path` with the mapping
    /// remembered for `source` (a run reopened from the tab).
    var request: ReconcileRequest?
    let path: String
    let source: String
    /// The SHA-256 of the run reopened: the file at its path now may hold other bytes.
    var expectedChecksum: String?
    var reconciliation: Reconciliation?
    var tab: Tab = .pending
    /// Indices into `reconciliation.rows` (or the set-aside rows) of the tab: worked out when
    /// the tab or a row changes, not per frame (a 100k export).
    var shown: [Int] = []
    var cursor = ListCursor()
    var listHeight = 10
    var busy: ImportScreen.Busy?

    init(request: ReconcileRequest) {
        self.request = request
        path = request.path
        source = request.source
    }

    init(path: String, source: String, expectedChecksum: String? = nil) {
        self.path = path
        self.source = source
        self.expectedChecksum = expectedChecksum
    }

    func title(_ catalog: Catalog) -> String { catalog.reconcile.tab }

    func headerStatus(_ catalog: Catalog) -> String? { shown.isEmpty ? nil : "\(cursor.selected + 1)/\(shown.count)" }

    /// The rows set aside: other provinces first, then errors, by row number.
    var setAside: [(row: ImportRow, outside: Bool)] {
        guard let r = reconciliation else { return [] }
        return r.outsideProvince.map { ($0, true) } + r.failed.map { ($0, false) }
    }

    var selectedRow: ReconcileRow? {
        guard tab != .setAside, let r = reconciliation, shown.indices.contains(cursor.selected) else { return nil }
        return r.rows[shown[cursor.selected]]
    }

    func rowsOf(_ tab: Tab) -> [Int] {
        guard let r = reconciliation else { return [] }
        switch tab {
        case .pending: return r.rows.indices.filter { r.rows[$0].isPending }
        case .setAside: return Array(setAside.indices)
        default:
            let kind = Self.kind(of: tab)
            return r.rows.indices.filter { r.rows[$0].kind == kind }
        }
    }

    static func kind(of tab: Tab) -> ReconcileClass? {
        switch tab {
        case .same: return .same
        case .differing: return .differing
        case .onlyDPD: return .onlyDPD
        case .onlyDPP: return .onlyDPP
        case .doubtful: return .doubtful
        case .pending, .setAside: return nil
        }
    }

    /// Puts decided rows in place and works the tab out again once, the cursor kept where it
    /// was. A row is known by its export row number, a `hanya DPD` member by their person.
    mutating func replace(_ rows: [ReconcileRow]) {
        guard var r = reconciliation, !rows.isEmpty else { return }
        func key(_ row: ReconcileRow) -> String { row.number.map { "r\($0)" } ?? "p\(row.personId ?? 0)" }
        let updated = Dictionary(rows.map { (key($0), $0) }, uniquingKeysWith: { _, last in last })
        for i in r.rows.indices {
            guard let row = updated[key(r.rows[i])] else { continue }
            // A person made a member is one more active member of the register.
            if row.decision?.choice == .added && r.rows[i].decision?.choice != .added { r.registerCount += 1 }
            r.rows[i] = row
        }
        reconciliation = r
        refreshShown()
    }

    mutating func refreshShown() {
        shown = rowsOf(tab)
        cursor.select(cursor.selected, count: shown.count, height: listHeight)
    }
}
