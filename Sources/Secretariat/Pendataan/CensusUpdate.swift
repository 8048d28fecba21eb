import Domain
import Storage
import TerminalUI

extension CensusScreen {
    static let undoJob = "census-undo"

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 4)  // tabs, info, table header, footer or totals
            cursor.select(cursor.selected, count: rowCount, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(c, tab: tab).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return received(message, context)
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .move:
            _ = cursor.handle(key, count: rowCount, height: listHeight)
        case .nextTab, .previousTab:
            tab = tab.cycled(forward: action == .nextTab)
            cursor = ListCursor()
            reload(context)
        case .importFile:
            return .push(ImportScreen(target: importTarget), then: { ($0 as? ImportBatch).map { Message.imported($0) } })
        case .openExport:
            return .push(ImportScreen(purpose: .reconcile), then: { ($0 as? ReconcileRequest).map { Message.reconcileRequested($0) } })
        case .reopenRun:
            guard let run = selectedRun else { context.inform(c.reconcile.noRuns); return .none }
            return .push(ReconcileScreen(path: run.path, source: run.source, expectedChecksum: run.checksum),
                         then: { _ in Message.reconcileClosed })
        case .addAlumni:
            return .present(AlumniFormModal(catalog: c, today: context.data.today), then: { Message.alumniSaved($0) })
        case .undo:
            guard let batch = selectedBatch else { context.inform(c.census.noBatchSelected); return .none }
            guard batch.undoneAt == nil else { context.inform(c.census.undoRefusal(.alreadyUndone)); return .none }
            guard !undoing else { return .none }
            // Asked first, off the loop: the question is only put when the answer can be kept.
            undoing = true
            context.inform(c.census.checkingUndo)
            let imports = context.data.imports
            return .run(id: Self.undoJob, job: { _ in try imports.undoRefusal(batchId: batch.id) as Any }, then: { result in
                Message.undoChecked(result.map { $0 as? UndoRefusal }, batch: batch)
            })
        }
        return .none
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .imported(let batch):
            tab = .imports
            cursor = ListCursor()
            reload(context)
            context.succeed(c.census.written(batch))
        case .reconcileRequested(let request):
            return .push(ReconcileScreen(request: request), then: { _ in Message.reconcileClosed })
        case .reconcileClosed:
            reload(context)
        case .alumniSaved:
            reload(context)
            context.succeed(c.census.alumniSaved)
        case .undoChecked(let result, let batch):
            undoing = false
            switch result {
            case .success(let refusal?): context.fail(c.census.undoRefusal(refusal))
            case .failure(let error): context.fail(error)
            case .success(nil):
                context.clearMessage()
                let modal = ConfirmModal.yesNo(title: c.census.undoTitle, message: c.census.undoQuestion(batch), catalog: c)
                return .present(modal, then: { Message.undoAnswered($0, batchId: batch.id) })
            }
        case .undoAnswered(.chosen(0), let id):
            undoing = true
            context.inform(c.census.undoing)
            let imports = context.data.imports
            return .run(id: Self.undoJob, job: { _ in try imports.undo(batchId: id); return id }, then: { result in
                Message.undoFinished(result.map { $0 as? Int64 ?? id })
            })
        case .undoAnswered:
            break
        case .undoFinished(let result):
            undoing = false
            switch result {
            case .success(let id): context.succeed(c.census.undone(id))
            case .failure(let refusal as UndoRefusal): context.fail(c.census.undoRefusal(refusal))
            case .failure(let error): context.fail(error)
            }
            reload(context)
        }
        return .none
    }

    private mutating func reload(_ context: AppContext) {
        do {
            switch tab {
            case .census: coverage = try context.data.census.coverage()
            case .alumni: alumni = try context.data.census.alumniSummary()
            case .imports: batches = try context.data.imports.batches()
            case .reconcile: runs = try context.data.reconciliations.runs()
            }
        } catch {
            context.fail(error)
        }
        cursor.select(cursor.selected, count: rowCount, height: listHeight)
    }
}
