import Domain
import Storage
import TerminalUI

extension HandoverScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let o = c.outcome
        let lines: [(String, Style)] = [
            (o.newTermLine(newTerm.name, from: c.longDate(newTerm.start), to: newTerm.end.map(c.longDate) ?? "–"), .bold),
            (o.chairLine(chairName), .plain),
            (o.seatsLine(seats, previous: outgoingTermName), .plain),
            ("", .plain),
            (o.programmesTitle(outgoingTermName, count: programmes.count), .dim),
        ]
        for (i, (text, style)) in lines.enumerated() where i < rect.height {
            buffer.write(text, x: rect.x, y: rect.y + i, width: rect.width, style: style)
        }
        let list = Rect(x: rect.x, y: rect.y + Self.linesAbove, width: rect.width, height: max(0, rect.height - Self.linesAbove))
        let table = Table([
            TableColumn(c.work.columnProgramme, minWidth: 20, idealWidth: 40, priority: 100, expands: true),
            TableColumn(o.columnBefore, minWidth: 9, idealWidth: 10, priority: 60),
            TableColumn(o.columnFate, minWidth: 14, idealWidth: 34, priority: 90),
        ])
        let cells = programmes.dropFirst(cursor.top).map { row -> [String] in
            let fate = fates[row.programme.id!] ?? .carryOver
            return [row.programme.title, c.work.statusName(row.programme.status), o.fateName(fate)]
        }
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: o.nothingUnfinished)
    }
}
