import Domain
import Storage
import TerminalUI

/// Every holder a seat has had, oldest first, with dates and why each left: what Admidio loses
/// when a role changes hands, kept here.
struct SeatHistoryModal: ModalScreen {
    typealias Result = Void

    let seat: Seat
    let term: Term
    var holdings: [SeatHolding] = []

    init(seat: Seat, term: Term) {
        self.seat = seat
        self.term = term
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.escape, .enter], bar: c.close, help: c.close, action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            do { holdings = try context.data.board.seatHistory(positionId: seat.position.id!) } catch { context.fail(error) }
        case .key(.escape), .key(.enter):
            return .close(result: nil)
        default:
            break
        }
        return .none
    }

    static func table(_ c: Catalog) -> Table {
        Table([
            TableColumn(c.board.columnHolder, minWidth: 14, idealWidth: 28, priority: 100, expands: true),
            TableColumn(c.board.columnStart, minWidth: 11, idealWidth: 11, priority: 90),
            TableColumn(c.board.columnUntil, minWidth: 11, idealWidth: 11, priority: 80),
            TableColumn(c.board.columnNote, minWidth: 10, idealWidth: 17, priority: 70),
        ])
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let box = rect.centered(width: min(rect.width - 2, 84), height: min(rect.height, max(6, holdings.count + 5)))
        buffer.fill(box)
        buffer.box(box, title: c.board.historyTitle(seat.position.title))
        let body = box.inset(dx: 2, dy: 1)
        let rows = holdings.map { h -> [String] in
            let note: String
            if let reason = h.assignment.endReason {
                note = c.board.endReasonName(reason)
            } else if term.status >= .demisioner {
                note = c.board.termEnded
            } else {
                note = c.board.holding
            }
            return [h.isErased ? c.board.erased : h.name, c.shortDate(h.assignment.start ?? term.start),
                    h.assignment.end.map(c.shortDate) ?? "", note]
        }
        Self.table(c).draw(rows: rows, selected: nil, in: Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1),
                           on: &buffer, focused: false, emptyText: c.board.noHistory)
        buffer.write(c.board.historyKeys, x: body.x, y: body.maxY - 1, width: body.width, style: .dim)
        return nil
    }
}
