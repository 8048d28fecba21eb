import Domain
import Foundation
import Storage
import TerminalUI

extension ImportScreen {
    static let job = "import-job"
    static let tickTimer = "import-tick"
    static let tickMilliseconds: Int64 = 200

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .resized(let size):
            listHeight = max(1, size.height - 7)
            cursor.select(cursor.selected, count: rowCount, height: listHeight)
        case .key(let key):
            if let action = Self.keymap(c, step: step, busy: busy != nil, purpose: purpose).action(for: key) { return perform(action, key: key, context) }
            guard step == .file, busy == nil else { return .ignored }
            switch path.handle(key) {
            case .ignored: return .ignored
            case .changed: completions = []
            default: break
            }
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
        case .complete:
            let result = PathCompletion.complete(path.text)
            if result.text == path.text && result.candidates.isEmpty { context.inform(c.census.noCompletion) }
            path.text = result.text
            completions = result.candidates
        case .read:
            guard let file = path.text.trimmingSpaces.nonBlank else { context.fail(c.census.pathRequired); return .none }
            setup = nil
            return read(file, sheet: nil, context)
        case .change:
            return step == .mapping ? chooseField(c) : chooseDecision(c, context)
        case .preview:
            if purpose == .reconcile {
                guard let table, let setup else { return .none }
                // Nothing to match people by: said here, on the mapping, where it is put right.
                guard mapping.values.contains(.name) || mapping.values.contains(.nik) else {
                    context.fail(c.reconcile.refusalText(.noIdentityColumn(headers: table.headers)))
                    return .none
                }
                return .close(result: ReconcileRequest(table: table, mapping: mapping, path: PathCompletion.expand(path.text.trimmingSpaces), source: setup.source))
            }
            return startPreview(context)
        case .filter:
            guard let preview else { return .none }
            let counts = preview.counts
            let items = [c.census.allRows(preview.rows.count)] + ImportClass.allCases.map { c.census.classCount($0, counts[$0] ?? 0) }
            return .present(ChooserModal(title: c.census.filterTitle, items: items, catalog: c), then: { Message.filterChosen($0) })
        case .commit:
            let w = toWrite
            guard w.new + w.update + w.decided > 0 else { context.inform(c.census.nothingToWrite); return .none }
            return .present(ConfirmModal.yesNo(title: c.census.writeTitle, message: c.census.writeQuestion(new: w.new, update: w.update, decided: w.decided),
                                               catalog: c), then: { Message.commitAnswered($0) })
        case .back:
            if step == .preview {
                // The ganda decisions stay: previewing again with the same mapping keeps them.
                step = .mapping
                preview = nil
            } else {
                step = .file
            }
            cursor = ListCursor()
        case .cancelWork:
            guard let running = busy else { return .none }
            running.progress.requestStop()
            context.inform(c.census.stopping)
            // A file being read is only read: dropped at once. A preview or commit stops at its
            // next check and says so itself.
            if running.kind == .reading {
                busy = nil
                context.inform(c.census.cancelled)
                return .batch([.cancelJob(id: Self.job), .cancelTimer(id: Self.tickTimer)])
            }
        }
        return .none
    }

    private mutating func read(_ file: String, sheet: String?, _ context: AppContext) -> Command {
        let expanded = PathCompletion.expand(file)
        busy = Busy(kind: .reading)
        context.clearMessage() // the busy line says what runs
        let checksum = purpose == .reconcile
        return .batch([
            .run(id: Self.job, job: { _ in
                SpreadsheetFile.result(path: expanded, sheet: sheet, checksum: checksum)
            }, then: { result in
                switch result {
                case .success(let value as Result<SheetTable, SpreadsheetError>): return Message.fileRead(value)
                default: return Message.fileRead(.failure(.unreadable))
                }
            }),
            tick(),
        ])
    }

    private func tick() -> Command { .after(milliseconds: Self.tickMilliseconds, id: Self.tickTimer, message: Message.tick) }

    private mutating func startPreview(_ context: AppContext) -> Command {
        guard let table, let setup else { return .none }
        let running = Busy(kind: .previewing)
        busy = running
        context.clearMessage()
        let imports = context.data.imports, mapping = mapping, fileName = (path.text as NSString).lastPathComponent
        let progress = running.progress.importProgress
        return .batch([
            .run(id: Self.job, job: { _ in
                try imports.preview(table, target: setup.target, mapping: mapping, source: setup.source, fileName: fileName, progress: progress)
            }, then: { result in
                Message.previewed(result.flatMap { value in (value as? ImportPreview).map { .success($0) } ?? .failure(ImportCancelled()) })
            }),
            tick(),
        ])
    }

    private func chooseField(_ c: Catalog) -> Command {
        guard let setup, let table, table.headers.indices.contains(cursor.selected) else { return .none }
        let column = cursor.selected
        let items = [c.census.ignoreColumn] + setup.target.fields.map(c.census.fieldName)
        // Opens on the column's field: Enter by mistake keeps it rather than dropping it.
        let current = mapping[column].map(c.census.fieldName) ?? c.census.ignoreColumn
        return .present(ChooserModal(title: c.census.chooseFieldTitle(table.headers[column]), items: items, selected: current, catalog: c),
                        then: { Message.fieldChosen(column: column, $0) })
    }

    private func chooseDecision(_ c: Catalog, _ context: AppContext) -> Command {
        guard let row = selectedRow else { return .none }
        guard row.kind == .duplicate else { context.inform(c.census.onlyDuplicatesDecided); return .none }
        let items = [c.census.skipRow, c.census.createNew] + row.candidates.map { c.census.mergeWith($0) }
        let number = row.row.number
        return .present(ChooserModal(title: c.census.decideTitle(number), items: items, catalog: c),
                        then: { Message.decisionChosen(row: number, $0) })
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .tick:
            return busy == nil ? .none : tick()
        case .fileRead(.failure(let error)):
            busy = nil
            context.fail(c.census.fileError(error))
        case .fileRead(.success(let read)):
            busy = nil
            table = read
            context.inform(c.census.fileSummary(rows: read.rows.count, encoding: read.encoding))
            if let setup, setup.sheet == read.sheet { return mapColumns(setup, context) }
            let base = ((path.text as NSString).lastPathComponent as NSString).deletingPathExtension
            let proposed = setup ?? ImportSetupModal.Setup(target: target, source: purpose == .reconcile ? c.reconcile.defaultSource : base,
                                                           sheet: read.sheet)
            return .present(ImportSetupModal(setup: proposed, sheets: read.sheetNames, targets: purpose == .reconcile ? [.dpp] : ImportTarget.importable,
                                             catalog: c), then: { Message.setupChosen($0) })
        case .setupChosen(let chosen):
            setup = chosen
            target = chosen.target
            if let sheet = chosen.sheet, sheet != table?.sheet { return read(path.text.trimmingSpaces, sheet: sheet, context) }
            return mapColumns(chosen, context)
        case .fieldChosen(let column, let text):
            let field = setup?.target.fields.first { c.census.fieldName($0) == text }
            if let field { for (other, f) in mapping where f == field { mapping[other] = nil } }
            mapping[column] = field
        case .previewed(let result):
            busy = nil
            switch result {
            case .success(let p):
                preview = p
                // Decisions kept for rows that are still possible duplicates of the same candidates.
                decisions = decisions.filter { number, decision in
                    guard let row = p.rows.first(where: { $0.row.number == number }), row.kind == .duplicate else { return false }
                    if case .merge(let id) = decision { return row.candidates.contains { $0.id == id } }
                    return true
                }
                filter = nil
                step = .preview
                cursor = ListCursor()
                context.inform(c.census.previewReady)
            case .failure(is ImportCancelled): context.inform(c.census.cancelled)
            case .failure(let error): context.fail(error)
            }
            return .cancelTimer(id: Self.tickTimer)
        case .filterChosen(let text):
            filter = ImportClass.allCases.first { text.hasPrefix(c.census.className($0) + " ") }
            cursor = ListCursor()
        case .decisionChosen(let number, let text):
            guard let row = preview?.rows.first(where: { $0.row.number == number }) else { break }
            if text == c.census.skipRow { decisions[number] = .skip }
            else if text == c.census.createNew { decisions[number] = .createNew }
            else if let candidate = row.candidates.first(where: { c.census.mergeWith($0) == text }) {
                guard !candidate.replacesStoredNIK else { context.fail(c.census.mergeWouldReplaceNIK(candidate.name)); break }
                decisions[number] = .merge(candidate.id)
            }
        case .commitAnswered(.chosen(0)):
            return startCommit(context)
        case .commitAnswered:
            // Tidak is the safe default: said, so an Enter on it is not taken for a write.
            context.inform(context.catalog.census.notWrittenYet)
        case .committed(let result):
            busy = nil
            switch result {
            case .success(let batch?):
                return .batch([.cancelTimer(id: Self.tickTimer), .close(result: batch)])
            case .success(nil):
                context.inform(c.census.nothingToWrite)
            case .failure(is ImportCancelled):
                context.inform(c.census.cancelled)
            case .failure(is ImportStale):
                context.fail(c.census.stale)
                step = .mapping
                preview = nil
            case .failure(let error):
                context.fail(error)
            }
            return .cancelTimer(id: Self.tickTimer)
        }
        cursor.select(cursor.selected, count: rowCount, height: listHeight)
        return .none
    }

    private mutating func mapColumns(_ setup: ImportSetupModal.Setup, _ context: AppContext) -> Command {
        guard let table else { return .none }
        do {
            mapping = try context.data.imports.rememberedMapping(source: setup.source, target: setup.target, headers: table.headers)
                ?? HeaderSynonyms.automaticMapping(headers: table.headers, target: setup.target)
        } catch {
            context.fail(error)
            mapping = HeaderSynonyms.automaticMapping(headers: table.headers, target: setup.target)
        }
        step = .mapping
        cursor = ListCursor()
        return .none
    }

    private mutating func startCommit(_ context: AppContext) -> Command {
        guard let preview else { return .none }
        let running = Busy(kind: .committing)
        busy = running
        context.clearMessage()
        let imports = context.data.imports, decisions = decisions, progress = running.progress.importProgress
        return .batch([
            .run(id: Self.job, job: { _ in
                try imports.commit(preview, decisions: decisions, progress: progress) as Any
            }, then: { result in
                Message.committed(result.map { $0 as? ImportBatch })
            }),
            tick(),
        ])
    }
}
