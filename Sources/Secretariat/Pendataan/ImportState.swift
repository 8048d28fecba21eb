import Domain
import Foundation
import Storage
import TerminalUI

/// The import walk (issue 13): the file (a path with Tab completion), the target and source,
/// the column mapping, the preview with every row's fate, the decisions for `ganda`, and the
/// commit. Nothing is written before the commit; Esc while reading or writing cancels and
/// writes nothing. Closes with the written batch.
struct ImportScreen: Screen {
    enum Step: Equatable { case file, mapping, preview }
    /// An import writes the file's rows; a reconciliation (issue 14) only reads the file and its
    /// mapping here, and closes with them for `ReconcileScreen`.
    enum Purpose: Equatable { case importRows, reconcile }

    enum Message {
        case fileRead(Result<SheetTable, SpreadsheetError>)
        case setupChosen(ImportSetupModal.Setup)
        case fieldChosen(column: Int, String)
        case previewed(Result<ImportPreview, Error>)
        case filterChosen(String)
        case decisionChosen(row: Int, String)
        case commitAnswered(ConfirmModal.Result)
        case committed(Result<ImportBatch?, Error>)
        case tick
    }

    /// A read, preview or commit running off the loop, with its progress.
    struct Busy {
        enum Kind { case reading, previewing, committing }
        var kind: Kind
        let progress = ProgressBox()
    }

    var step: Step = .file
    /// Target, source and sheet once chosen; a workbook read again for another sheet goes
    /// straight on to the mapping with them.
    var setup: ImportSetupModal.Setup?
    var path = TextField("", maxLength: 1024)
    /// Names Tab left open, shown under the path.
    var completions: [String] = []
    var target: ImportTarget = .census
    var source = ""
    var sheet: String?
    var table: SheetTable?
    var mapping: ImportMapping = [:]
    var preview: ImportPreview?
    var decisions: [Int: DuplicateDecision] = [:]
    var filter: ImportClass?
    var cursor = ListCursor()
    var busy: Busy?
    var listHeight = 10

    let purpose: Purpose

    init(target: ImportTarget = .census, purpose: Purpose = .importRows) {
        self.target = purpose == .reconcile ? .dpp : target
        self.purpose = purpose
    }

    func title(_ catalog: Catalog) -> String { purpose == .reconcile ? catalog.reconcile.openTitle : catalog.census.importTitle }

    var capturesText: Bool { step == .file && busy == nil }
    /// Nothing typed here is lost by leaving: the file is still there to import again.
    var hasUnsavedChanges: Bool { false }

    var rowCount: Int {
        switch step {
        case .file: return 0
        case .mapping: return table?.headers.count ?? 0
        case .preview: return shownRows.count
        }
    }

    var shownRows: [PreviewRow] {
        guard let preview else { return [] }
        guard let filter else { return preview.rows }
        return preview.rows.filter { $0.kind == filter }
    }

    var selectedRow: PreviewRow? { shownRows.indices.contains(cursor.selected) ? shownRows[cursor.selected] : nil }

    /// What the commit would write: new, update, and the duplicates decided other than skip.
    var toWrite: (new: Int, update: Int, decided: Int) {
        guard let preview else { return (0, 0, 0) }
        let decided = preview.rows.filter { $0.kind == .duplicate }.filter {
            switch decisions[$0.row.number] ?? .skip { case .skip: return false; default: return true }
        }.count
        return (preview.count(.new), preview.count(.update), decided)
    }

    func headerStatus(_ catalog: Catalog) -> String? {
        step == .file || rowCount == 0 ? nil : "\(cursor.selected + 1)/\(rowCount)"
    }
}

/// A DPP export read and mapped, to reconcile.
struct ReconcileRequest: Sendable {
    var table: SheetTable
    var mapping: ImportMapping
    var path: String
    var source: String
}

/// Progress written by a job and read by the screen's timer, and the screen's request to stop,
/// read by the job: the one place the two share. A stop is a request, not a drop: the job
/// says whether it stopped before writing, so the screen never claims "nothing written"
/// for a commit that had already finished.
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = (done: 0, total: 0)
    private var stop = false
    func set(_ done: Int, _ total: Int) { lock.lock(); value = (done, total); lock.unlock() }
    func requestStop() { lock.lock(); stop = true; lock.unlock() }
    var stopRequested: Bool { lock.lock(); defer { lock.unlock() }; return stop }
    var importProgress: ImportProgress {
        ImportProgress(report: { [self] in set($0, $1) }, isCancelled: { [self] in stopRequested })
    }
    var fraction: Double? {
        lock.lock(); defer { lock.unlock() }
        return value.total > 0 ? Double(value.done) / Double(value.total) : nil
    }
}
