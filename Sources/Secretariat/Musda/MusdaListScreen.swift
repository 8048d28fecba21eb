import Domain
import Storage
import TerminalUI

/// Musda: every assembly (pembentukan, Musda, Musdalub), newest first; Enter opens its record.
struct MusdaListScreen: Screen {
    enum Action: Sendable { case move, open, add, edit }
    enum Message { case saved(Int64) }

    var musdas: [Musda] = []
    var selected = 0
    var top = 0
    var listHeight = 10

    func title(_ catalog: Catalog) -> String { catalog.sectionMusda }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.enter], bar: c.open, help: c.musda.helpOpen, action: .open),
                KeyBinding([.char("a"), .insert], bar: c.musda.add, help: c.musda.helpAdd, action: .add),
                KeyBinding([.char("e"), .function(4)], bar: c.musda.edit, help: c.musda.helpEdit, action: .edit)]
               + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            do { musdas = try context.data.musda.musdas() } catch { context.fail(error) }
            select(selected)
        case .resized(let size):
            listHeight = max(1, size.height - 1)
            select(selected)
        case .key(let key):
            switch Self.keymap(context.catalog).action(for: key) {
            case .move?:
                if let move = ListMove(key) { select(move.target(from: selected, count: musdas.count, page: listHeight)) }
            case .open?:
                guard musdas.indices.contains(selected), let id = musdas[selected].id else { return .none }
                return .push(MusdaRecordScreen(musdaId: id), then: nil)
            case .add?:
                let rule = (try? context.data.settings.value(.quorumRule)).flatMap { QuorumRule(code: $0) } ?? .halfPlusOne
                return .present(MusdaFormModal(musda: nil, defaultRule: rule, catalog: context.catalog), then: { Message.saved($0) })
            case .edit?:
                guard musdas.indices.contains(selected) else { return .none }
                return .present(MusdaFormModal(musda: musdas[selected], defaultRule: .halfPlusOne, catalog: context.catalog),
                                then: { Message.saved($0) })
            case nil:
                return .ignored
            }
        case .message(Message.saved(let id)):
            do { musdas = try context.data.musda.musdas() } catch { context.fail(error) }
            select(musdas.firstIndex { $0.id == id } ?? selected)
            context.succeed(context.catalog.musda.saved)
        default:
            break
        }
        return .none
    }

    private mutating func select(_ index: Int) {
        selected = musdas.isEmpty ? 0 : min(max(index, 0), musdas.count - 1)
        if selected < top { top = selected }
        if selected >= top + listHeight { top = selected - listHeight + 1 }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let rows = musdas.dropFirst(top).map { m -> [String] in
            [m.title, c.shortDate(m.date), m.place, c.musda.statusName(m.status), m.theme ?? ""]
        }
        let table = Table([
            TableColumn(c.musda.columnMusda, minWidth: 10, idealWidth: 16, priority: 100),
            TableColumn(c.musda.columnDate, minWidth: 11, idealWidth: 12, priority: 90),
            TableColumn(c.musda.columnPlace, minWidth: 9, idealWidth: 12, priority: 60),
            TableColumn(c.musda.columnStatus, minWidth: 8, idealWidth: 12, priority: 70),
            TableColumn(c.musda.columnTheme, minWidth: 10, idealWidth: 40, priority: 40, expands: true),
        ])
        return table.draw(rows: rows, selected: selected - top, in: rect, on: &buffer, focused: true, emptyText: c.musda.none)
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension MusdaListScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .add, .edit: return .edit
        default: return nil
        }
    }
}
