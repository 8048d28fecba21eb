import Domain
import Storage
import TerminalUI

extension TermsScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened, .resumed:
            reload(context, select: selectedTerm?.term.id)
        case .resized(let size):
            listHeight = max(1, size.height - 1)
            select(selected)
        case .key(let key):
            guard let action = Self.keymap(c).action(for: key) else { return .ignored }
            switch action {
            case .move:
                if let move = ListMove(key) { select(move.target(from: selected, count: terms.count, page: listHeight)) }
            case .open:
                guard let id = selectedTerm?.term.id else { return .none }
                return .push(BoardScreen(termId: id), then: nil)
            case .add:
                let years = (try? context.data.settings.value(.termLengthYears)).flatMap { Int($0) } ?? 5
                return .present(TermFormModal(term: nil, termYears: years, catalog: c), then: { Message.saved($0.id, $0.name) })
            case .edit:
                guard let term = selectedTerm?.term else { return .none }
                return .present(TermFormModal(term: term, termYears: 5, catalog: c), then: { Message.saved($0.id, $0.name) })
            case .status:
                guard let term = selectedTerm?.term else { return .none }
                guard !term.status.next.isEmpty else { context.inform(c.board.noNextStatus(term.name)); return .none }
                let active = terms.first { $0.term.status == .aktif && $0.term.id != term.id }?.term
                return .present(TermStatusModal(term: term, activeTerm: active, catalog: c), then: { Message.statusChanged($0) })
            }
        case .message(let message as Message):
            switch message {
            case .saved(let id, let name):
                reload(context, select: id)
                context.succeed(c.board.termSaved(name))
            case .statusChanged(let text):
                reload(context, select: selectedTerm?.term.id)
                context.succeed(text)
            }
        default:
            break
        }
        return .none
    }

    private mutating func reload(_ context: AppContext, select id: Int64?) {
        do { terms = try context.data.board.termSummaries() } catch { context.fail(error) }
        select(id.flatMap { id in terms.firstIndex { $0.term.id == id } } ?? selected)
    }

    private mutating func select(_ index: Int) {
        selected = terms.isEmpty ? 0 : min(max(index, 0), terms.count - 1)
        if selected < top { top = selected }
        if selected >= top + listHeight { top = selected - listHeight + 1 }
    }
}
