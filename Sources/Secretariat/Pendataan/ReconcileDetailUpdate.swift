import Domain
import Storage
import TerminalUI

extension ReconcileDetailScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog, w = c.reconcile
        switch event {
        case .resized(let size):
            listHeight = max(1, size.height - 4)
            cursor.select(cursor.selected, count: itemCount, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(c, row: row).action(for: key) else { return .ignored }
            switch action {
            case .move:
                _ = cursor.handle(key, count: itemCount, height: listHeight)
            case .back:
                return .close(result: row)
            case .keep, .take:
                guard let field = selectedField, row.differences.contains(where: { $0.field == field }) else {
                    context.inform(w.onlyForDifferences); return .none
                }
                decide(ReconcileDecision(choice: action == .keep ? .keptOurs : .tookTheirs, field: field), context)
            case .type:
                guard let field = selectedField, let difference = row.differences.first(where: { $0.field == field }) else {
                    context.inform(w.onlyForDifferences); return .none
                }
                let name = c.census.fieldName(field), regions = context.data.regions, today = context.data.today
                // Checked as typed: a value the field cannot take is said in the dialog, the text kept.
                return .present(TextPromptModal(title: w.typeTitle(name), label: name, text: row.ours[field] ?? difference.theirs, catalog: c,
                                                maxLength: field.maxLength, validate: { text in
                    guard case .failure(let error) = ImportRowReader.canonical(text, field: field, regions: regions, today: today) else { return nil }
                    return c.census.valueError(error, field: field)
                }), then: { Message.typed($0, field: field) })
            case .choose:
                guard let candidate = selectedCandidate else { return .none }
                decide(ReconcileDecision(choice: .candidate, personId: candidate.personId), context)
            case .none:
                decide(ReconcileDecision(choice: .noneOfThem), context)
            case .add:
                guard row.kind == .onlyDPP else { context.inform(w.onlyForOnlyDPP); return .none }
                return .present(ConfirmModal.yesNo(title: w.addQuestionTitle, message: w.addQuestion(row), catalog: c),
                                then: { Message.addAnswered($0) })
            case .ignore:
                return .present(TextPromptModal(title: w.ignoreTitle, label: w.ignoreLabel, text: row.decision?.reason ?? "", catalog: c,
                                                maxLength: 200), then: { Message.ignoreReason($0) })
            case .notInDPP:
                decide(ReconcileDecision(choice: .notInDPP), context)
            }
        case .message(let message as Message):
            switch message {
            case .typed(let text, let field): decide(ReconcileDecision(choice: .typed, field: field, value: text), context)
            case .addAnswered(.chosen(0)):
                if decide(ReconcileDecision(choice: .added), context) { context.succeed(w.added(row.name)) }
            case .addAnswered: context.inform(w.notAdded)
            case .ignoreReason(let reason): decide(ReconcileDecision(choice: .ignored, reason: reason), context)
            }
        default:
            break
        }
        return .none
    }

    /// Writes the decision; the row shows what now stands (a `ragu` row decided lists its fields).
    @discardableResult
    private mutating func decide(_ decision: ReconcileDecision, _ context: AppContext) -> Bool {
        do {
            let wasChoosing = choosesCandidate
            row = try context.data.reconciliations.decide(decision, on: row, in: reconciliation)
            if wasChoosing != choosesCandidate { cursor = ListCursor() }
            cursor.select(cursor.selected, count: itemCount, height: listHeight)
            if decision.choice != .added { context.succeed(context.catalog.reconcile.decided(decision.choice)) }
            return true
        } catch {
            context.fail(error)
            return false
        }
    }
}
