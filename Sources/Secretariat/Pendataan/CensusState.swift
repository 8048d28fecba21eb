import Domain
import Storage
import TerminalUI

/// Pendataan (menu 5): the census coverage per regency (all 17, with totals), the alumni traced
/// per institution and year, the import batches with undo, and the DPP reconciliations.
/// `i` starts an import from any tab.
struct CensusScreen: Screen {
    enum Tab: Int, CaseIterable { case census, alumni, imports, reconcile }

    enum Message {
        case imported(ImportBatch)
        case alumniSaved(Int64)
        case undoChecked(Result<UndoRefusal?, Error>, batch: ImportBatch)
        case undoAnswered(ConfirmModal.Result, batchId: Int64)
        case undoFinished(Result<Int64, Error>)
        case reconcileRequested(ReconcileRequest)
        case reconcileClosed
    }

    var tab: Tab = .census
    var coverage: [CoverageRow] = []
    var alumni: [AlumniSummaryRow] = []
    var batches: [ImportBatch] = []
    /// DPP reconciliations, newest first (issue 14).
    var runs: [ReconcileRun] = []
    var cursor = ListCursor()
    var listHeight = 10
    /// An undo being checked or done off the loop (a batch may hold 100k rows).
    var undoing = false

    func title(_ catalog: Catalog) -> String { catalog.sectionCensus }

    var rowCount: Int {
        switch tab {
        case .census: return coverage.count
        case .alumni: return alumni.count
        case .imports: return batches.count
        case .reconcile: return runs.count
        }
    }

    var selectedRun: ReconcileRun? { tab == .reconcile && runs.indices.contains(cursor.selected) ? runs[cursor.selected] : nil }

    var selectedBatch: ImportBatch? { tab == .imports && batches.indices.contains(cursor.selected) ? batches[cursor.selected] : nil }

    func headerStatus(_ catalog: Catalog) -> String? { rowCount == 0 ? nil : "\(cursor.selected + 1)/\(rowCount)" }

    /// The import target that fits the tab: the census tab imports census records, and so on.
    var importTarget: ImportTarget { tab == .alumni ? .alumni : .census }
}
