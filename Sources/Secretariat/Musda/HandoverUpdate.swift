import Domain
import Storage
import TerminalUI

extension HandoverScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened:
            do {
                outgoingTermName = try context.data.board.term(id: outgoingTermId)?.name ?? ""
                programmes = try context.data.programmes.carryOverCandidates(termId: outgoingTermId)
                // Carried over unless chosen otherwise: the article's Musda continues what was not done.
                for row in programmes { fates[row.programme.id!] = .carryOver }
            } catch {
                context.fail(error)
            }
        case .resized(let size):
            listHeight = max(1, size.height - Self.linesAbove - 2)
            cursor.select(cursor.selected, count: programmes.count, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(c).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return receive(message, context)
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .move:
            _ = cursor.handle(key, count: programmes.count, height: listHeight)
        case .carryOver, .finished:
            guard let row = selectedProgramme else { return .none }
            fates[row.programme.id!] = action == .carryOver ? .carryOver : .finished
            cursor.select(cursor.selected + 1, count: programmes.count, height: listHeight)
        case .drop:
            guard let row = selectedProgramme else { return .none }
            var reason = ""
            if case .drop(let r)? = fates[row.programme.id!] { reason = r }
            return .present(TextPromptModal(title: c.outcome.dropTitle(row.programme.title), label: c.fieldLabel(.dropReason),
                                            text: reason, catalog: c, maxLength: 300),
                            then: { Message.dropReason($0, programmeId: row.programme.id!) })
        case .seats:
            seats = seats == .previousTerm ? .template : .previousTerm
        case .commit:
            let counts = fates.values.reduce(into: [Programme.Status: Int]()) { $0[$1.statusAfter, default: 0] += 1 }
            let question = c.outcome.commitQuestion(term: newTerm.name, chair: chairName, carried: counts[.dilanjutkan] ?? 0,
                                                    dropped: counts[.dibatalkan] ?? 0, finished: counts[.selesai] ?? 0)
            return .present(ConfirmModal.yesNo(title: c.outcome.handoverWord, message: question, catalog: c),
                            then: { Message.confirmed($0) })
        }
        return .none
    }

    private mutating func receive(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .dropReason(let reason, let id):
            fates[id] = .drop(reason: reason)
            cursor.select(cursor.selected + 1, count: programmes.count, height: listHeight)
        case .confirmed(.chosen(0)):
            do {
                let done = try context.data.musda.handOver(plan)
                context.succeed(c.outcome.handedOver(done.newTermName, chair: chairName))
                return .close(result: done.newTermId)
            } catch {
                context.refuse(error)
            }
        case .confirmed:
            break
        }
        return .none
    }
}
