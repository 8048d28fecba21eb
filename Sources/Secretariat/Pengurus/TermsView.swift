import Domain
import Storage
import TerminalUI

extension TermsScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let rows = terms.dropFirst(top).map { summary -> [String] in
            let t = summary.term
            let decree = [t.decreeNumber, t.decreeDate.map(c.shortDate)].compactMap { $0 }.joined(separator: ", ")
            return [t.name, c.shortDate(t.start), t.end.map(c.shortDate) ?? "–", c.termStatusName(t.status),
                    decree.isEmpty ? c.board.noDecree : decree, "\(summary.filledSeats)/\(summary.seats)"]
        }
        return Self.table(c).draw(rows: rows, selected: selected - top, in: rect, on: &buffer, focused: true,
                                  emptyText: c.board.noTerms)
    }

    static func table(_ c: Catalog) -> Table {
        Table([
            TableColumn(c.board.columnTerm, minWidth: 9, idealWidth: 11, priority: 100),
            TableColumn(c.board.columnStart, minWidth: 11, idealWidth: 11, priority: 80),
            TableColumn(c.board.columnEnd, minWidth: 11, idealWidth: 11, priority: 70),
            TableColumn(c.board.columnStatus, minWidth: 10, idealWidth: 14, priority: 90),
            TableColumn(c.board.columnDecree, minWidth: 8, idealWidth: 30, priority: 40, expands: true),
            TableColumn(c.board.columnSeats, minWidth: 5, idealWidth: 6, alignment: .right, priority: 60),
        ])
    }
}
