import Documents
import Domain
import Foundation
import Storage
import TerminalUI

extension ReconcileScreen {
    static let job = "reconcile-job"
    static let tickTimer = "reconcile-tick"

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened:
            return start(context)
        case .resized(let size):
            listHeight = max(1, size.height - 6)  // counts, file line, tabs, table header, footer
            cursor.select(cursor.selected, count: shown.count, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(c, tab: tab, busy: busy != nil).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return received(message, context)
        default:
            break
        }
        return .none
    }

    /// Reads the file when the walk did not, then matches it against the register.
    private mutating func start(_ context: AppContext) -> Command {
        busy = ImportScreen.Busy(kind: .reading)
        let tick = Command.after(milliseconds: ImportScreen.tickMilliseconds, id: Self.tickTimer, message: Message.tick)
        guard request == nil else { return .batch([reconcile(context), tick]) }
        let path = path
        return .batch([
            .run(id: Self.job, job: { _ in
                SpreadsheetFile.result(path: path, checksum: true)
            }, then: { result in
                Message.fileRead((try? result.get()) as? Result<SheetTable, SpreadsheetError> ?? .failure(.unreadable))
            }),
            tick,
        ])
    }

    private mutating func reconcile(_ context: AppContext) -> Command {
        guard let request else { return .none }
        let running = ImportScreen.Busy(kind: .previewing)
        busy = running
        let repository = context.data.reconciliations, today = context.data.today, progress = running.progress.importProgress
        return .run(id: Self.job, job: { _ in
            try repository.reconcile(request.table, mapping: request.mapping, file: .at(request.path, table: request.table, today: today),
                                     source: request.source, progress: progress)
        }, then: { result in
            Message.reconciled(result.flatMap { value in (value as? Reconciliation).map { .success($0) } ?? .failure(ImportCancelled()) })
        })
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog, w = c.reconcile
        switch action {
        case .move:
            _ = cursor.handle(key, count: shown.count, height: listHeight)
        case .nextTab, .previousTab:
            tab = tab.cycled(forward: action == .nextTab)
            cursor = ListCursor()
            refreshShown()
        case .cancelWork:
            busy?.progress.requestStop()
            busy = nil
            context.inform(c.census.cancelled)
            // Matching again after a decision: stopped, the list stays as it is.
            if reconciliation != nil { return .batch([.cancelJob(id: Self.job), .cancelTimer(id: Self.tickTimer)]) }
            return .batch([.cancelJob(id: Self.job), .cancelTimer(id: Self.tickTimer), .close(result: nil)])
        case .compare:
            guard let row = selectedRow, let r = reconciliation else { return .none }
            return .push(ReconcileDetailScreen(row: row, reconciliation: r), then: { ($0 as? ReconcileRow).map { Message.rowReturned($0) } })
        case .add:
            guard let row = selectedRow, row.kind == .onlyDPP else { context.inform(w.onlyForOnlyDPP); return .none }
            return .present(ConfirmModal.yesNo(title: w.addQuestionTitle, message: w.addQuestion(row), catalog: c),
                            then: { Message.addAnswered($0, row: row) })
        case .ignore:
            guard let row = selectedRow, row.kind == .onlyDPP || row.kind == .onlyDPD else { context.inform(w.onlyForOnlyDPP); return .none }
            return .present(TextPromptModal(title: w.ignoreTitle, label: w.ignoreLabel, text: row.decision?.reason ?? "", catalog: c, maxLength: 200),
                            then: { Message.ignoreReason($0, row: row) })
        case .notInDPP:
            guard let row = selectedRow, row.kind == .onlyDPD else { context.inform(w.onlyForOnlyDPD); return .none }
            guard row.decision?.choice != .notInDPP else { context.inform(w.alreadyDecided); return .none }
            // On to the next member: marking a list goes row after row.
            if decide(ReconcileDecision(choice: .notInDPP), on: row, context), tab == .onlyDPD {
                _ = cursor.handle(.down, count: shown.count, height: listHeight)
            }
        case .bulk:
            return chooseRule(context)
        case .export:
            exportList(context)
        }
        return .none
    }

    /// The rules a chooser offers: per field the differing rows of the tab hold, take DPP's
    /// where ours is empty, take DPP's everywhere, keep ours everywhere.
    private func chooseRule(_ context: AppContext) -> Command {
        let c = context.catalog, w = c.reconcile
        guard let r = reconciliation else { return .none }
        let rows = shown.compactMap { tab == .setAside ? nil : r.rows[$0] }
        let fields = ReconcileRule.ruleFields.filter { f in rows.contains { $0.differences.contains { $0.field == f && $0.decision == nil } } }
        guard !fields.isEmpty else { context.inform(w.bulkNoDifferences); return .none }
        var rules: [String: ReconcileRule] = [:], items: [String] = []
        for field in fields {
            let name = c.census.fieldName(field)
            for (text, rule) in [(w.bulkTakeEmpty(name), ReconcileRule(action: .takeDPP, fields: [field], onlyWhereOursEmpty: true)),
                                 (w.bulkTakeAll(name), ReconcileRule(action: .takeDPP, fields: [field], onlyWhereOursEmpty: false)),
                                 (w.bulkKeepAll(name), ReconcileRule(action: .keepDPD, fields: [field], onlyWhereOursEmpty: false))] {
                items.append(text)
                rules[text] = rule
            }
        }
        return .present(ChooserModal(title: w.bulkTitle, items: items, catalog: c), then: { Message.bulkChosen($0, rules: rules) })
    }

    /// The rows of the tab a rule would decide, and how many fields.
    private func ruleScope(_ rule: ReconcileRule) -> (rows: [ReconcileRow], fields: Int) {
        guard let r = reconciliation, tab != .setAside else { return ([], 0) }
        let rows = shown.map { r.rows[$0] }.filter { $0.kind == .differing && $0.differences.contains(where: rule.decides) }
        return (rows, rows.map { $0.differences.filter(rule.decides).count }.reduce(0, +))
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog, w = c.reconcile
        switch message {
        case .tick:
            return busy == nil ? .none : .after(milliseconds: ImportScreen.tickMilliseconds, id: Self.tickTimer, message: Message.tick)
        case .fileRead(.failure(let error)):
            busy = nil
            context.fail("\(path): \(c.census.fileError(error))")
            return .batch([.cancelTimer(id: Self.tickTimer), .close(result: nil)])
        case .fileRead(.success(let table)):
            do {
                let mapping = try context.data.imports.rememberedMapping(source: source, target: .dpp, headers: table.headers)
                    ?? HeaderSynonyms.automaticMapping(headers: table.headers, target: .dpp)
                request = ReconcileRequest(table: table, mapping: mapping, path: path, source: source)
            } catch {
                busy = nil
                context.fail(error)
                return .batch([.cancelTimer(id: Self.tickTimer), .close(result: nil)])
            }
            return reconcile(context)
        case .reconciled(let result):
            busy = nil
            switch result {
            case .success(var r) where reconciliation != nil:
                // Matched again after a ragu row was settled: its other candidates are back
                // where they belong. Same tab, same place.
                r.runId = reconciliation?.runId
                reconciliation = r
                refreshShown()
                recordFigures(context)
                return .cancelTimer(id: Self.tickTimer)
            case .success(var r):
                if context.data.may(.edit) && r.changedFrom == nil {
                    do { r.runId = try context.data.reconciliations.record(r) } catch { context.fail(error) }
                }
                reconciliation = r
                tab = r.pending > 0 ? .pending : .same
                cursor = ListCursor()
                refreshShown()
                if let expected = expectedChecksum, expected != r.file.checksum {
                    context.inform(w.changedFile(r.file, from: expected))
                } else if r.changedFrom != nil {
                    context.inform(w.changedFile(r))
                } else if case let duplicates = r.failed.filter({ $0.errors.contains { if case .repeatsRow = $0.kind { $0.field == .nik } else { false } } }),
                          !duplicates.isEmpty {
                    context.inform(w.duplicateNIKs(duplicates.count))
                } else {
                    context.inform(w.figures(r))
                }
                return .cancelTimer(id: Self.tickTimer)
            case .failure(is ImportCancelled):
                context.inform(c.census.cancelled)
            case .failure(let error):
                context.fail(error)
            }
            return .batch([.cancelTimer(id: Self.tickTimer), .close(result: nil)])
        case .rowReturned(let row):
            let wasDoubtful = reconciliation?.rows.first { $0.number != nil && $0.number == row.number }?.kind == .doubtful
            replace([row])
            recordFigures(context)
            // A ragu row settled frees its other candidates: match again, off the loop.
            if wasDoubtful && row.kind != .doubtful { return reconcile(context) }
        case .addAnswered(.chosen(0), let row):
            if decide(ReconcileDecision(choice: .added), on: row, context) { context.succeed(w.added(row.name)) }
        case .addAnswered:
            context.inform(w.notAdded)
        case .ignoreReason(let reason, let row):
            decide(ReconcileDecision(choice: .ignored, reason: reason), on: row, context)
        case .bulkChosen(let text, let rules):
            guard let rule = rules[text] else { break }
            let scope = ruleScope(rule)
            guard scope.fields > 0 else { context.inform(w.bulkNothing); break }
            return .present(ConfirmModal.yesNo(title: w.bulkTitle, message: [w.bulkQuestion(scope.fields, rule: text)], catalog: c),
                            then: { Message.bulkAnswered($0, rule: rule) })
        case .bulkAnswered(.chosen(0), let rule):
            guard let r = reconciliation else { break }
            do {
                let result = try context.data.reconciliations.apply(rule, to: ruleScope(rule).rows, in: r)
                replace(result.rows)
                recordFigures(context)
                context.succeed(w.bulkDone(result.decided, skipped: result.skipped))
            } catch {
                context.fail(error)
            }
        case .bulkAnswered:
            break
        }
        return .none
    }

    /// Writes a decision and puts the row as it now stands in place. True when written.
    @discardableResult
    private mutating func decide(_ decision: ReconcileDecision, on row: ReconcileRow, _ context: AppContext) -> Bool {
        guard let r = reconciliation else { return false }
        do {
            replace([try context.data.reconciliations.decide(decision, on: row, in: r)])
            recordFigures(context)
            if decision.choice != .added { context.succeed(context.catalog.reconcile.decided(decision.choice)) }
            return true
        } catch {
            context.fail(error)
            return false
        }
    }

    /// The run's figures follow the decisions (a member added is one more in both).
    private mutating func recordFigures(_ context: AppContext) {
        guard var r = reconciliation, context.data.may(.edit) else { return }
        do {
            r.runId = try context.data.reconciliations.record(r)
            reconciliation?.runId = r.runId
        } catch {
            context.fail(error)
        }
    }

    /// The members marked "belum terdaftar di DPP", as CSV beside the database, to send to the DPP.
    private func exportList(_ context: AppContext) {
        let w = context.catalog.reconcile
        guard let r = reconciliation else { return }
        guard !r.notInDPP.isEmpty else { context.inform(w.nothingToExport); return }
        let folder = URL(fileURLWithPath: context.data.path).deletingLastPathComponent().appendingPathComponent("dokumen/dpp")
        let url = folder.appendingPathComponent("belum-terdaftar-dpp-\(context.data.today.iso).csv")
        let fields: [ImportField] = [.name, .nik, .kta, .phone, .email, .regency, .joinDate]
        do {
            // Audited first: a list that could not be recorded as read does not leave.
            let (rows, withdrawn) = try context.data.reconciliations.releaseListForDPP(r, to: url.path)
            guard !rows.isEmpty else { context.inform(w.nothingMayGo(withdrawn)); return }
            let text = CSV.line(w.exportColumns) + rows.map { row in
                CSV.line(fields.map { f in row.ours[f].map { f == .regency ? context.data.regions.region(code: $0)?.name ?? $0 : $0 } ?? "" })
            }.joined()
            try PaperFile.writeText(text, to: url)
            context.succeed(w.exported(rows.count, path: url.path) + (withdrawn > 0 ? " " + w.leftOut(withdrawn) : ""))
        } catch {
            context.fail(error)
        }
    }
}
