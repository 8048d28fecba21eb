import Domain
import Storage
import TerminalUI

/// Program Kerja › one partner: kind, contact and note, and what it took part in: activities
/// and work programmes, each opened with Enter.
struct PartnerScreen: Screen {
    enum Action: Sendable { case open, edit, move }
    enum Message { case saved }
    /// What a row of the partner's list opens.
    enum Item: Hashable { case activity(Activity), programme(ProgrammeLink) }

    let partnerId: Int64
    var record: PartnerRecord?
    var cursor = ListCursor()
    var listHeight = 5

    init(partnerId: Int64) { self.partnerId = partnerId }

    func title(_ catalog: Catalog) -> String { record?.partner.name ?? catalog.sectionProgrammes }

    var items: [Item] { (record?.activities.map(Item.activity) ?? []) + (record?.programmes.map(Item.programme) ?? []) }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([KeyBinding([.enter], bar: c.open, help: c.work.helpOpenLinked, action: .open),
                KeyBinding([.char("e"), .function(4)], bar: c.work.edit, help: c.work.helpEditPartner, action: .edit)]
               + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 7)
            cursor.select(cursor.selected, count: items.count, height: listHeight)
        case .key(let key):
            switch Self.keymap(context.catalog).action(for: key) {
            case .move?:
                _ = cursor.handle(key, count: items.count, height: listHeight)
            case .open?:
                guard items.indices.contains(cursor.selected) else { return .none }
                switch items[cursor.selected] {
                case .activity(let a): return .push(ActivityScreen(activityId: a.id!), then: nil)
                case .programme(let p): return .push(ProgrammeScreen(programmeId: p.id), then: nil)
                }
            case .edit?:
                guard let partner = record?.partner else { return .none }
                return .present(PartnerFormModal(partner: partner, catalog: context.catalog), then: { _ in Message.saved })
            case nil:
                return .ignored
            }
        case .message(Message.saved):
            reload(context)
            context.succeed(context.catalog.work.saved)
        default:
            break
        }
        return .none
    }

    private mutating func reload(_ context: AppContext) {
        do { record = try context.data.activities.partnerRecord(id: partnerId) } catch { context.fail(error) }
        cursor.select(cursor.selected, count: items.count, height: listHeight)
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard let record, rect.height >= 5 else { return nil }
        let p = record.partner
        var lines: [(String, Style)] = [(p.name, .bold), (c.work.kindLine(c.work.partnerKindName(p.kind)), .plain),
                                        (c.work.contactLine(p.contact), .plain)]
        if let note = p.note { lines += c.work.noteLine(note).wrapped(toCells: rect.width, maxLines: 2).map { ($0, Style.dim) } }
        var y = rect.y
        for (text, style) in lines where y < rect.maxY {
            buffer.write(text, x: rect.x, y: y, width: rect.width, style: style)
            y += 1
        }
        y += 1
        let table = Table([
            TableColumn(c.work.columnActivity + " / Program", minWidth: 16, idealWidth: 50, priority: 100, expands: true),
            TableColumn(c.work.columnKind, minWidth: 10, idealWidth: 16, priority: 80),
            TableColumn(c.work.columnYear + " / " + c.work.termWord, minWidth: 9, idealWidth: 16, priority: 60),
        ])
        let cells = items.dropFirst(cursor.top).map { item -> [String] in
            switch item {
            case .activity(let a): return [a.title, c.activityKindName(a.kind), String(a.year)]
            case .programme(let l): return [l.title, c.work.columnProgrammeCount + " · " + c.work.statusName(l.status), l.termName]
            }
        }
        guard y + 1 < rect.maxY else { return nil }
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y),
                          on: &buffer, focused: true, emptyText: c.work.nothing)
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension PartnerScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .edit: return .edit
        default: return nil
        }
    }
}
