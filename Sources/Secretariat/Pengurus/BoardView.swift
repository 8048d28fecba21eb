import Domain
import Storage
import TerminalUI

extension BoardScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard let board else { return nil }
        let widths = Self.table(c).layout(width: max(0, rect.width - 2))
        let (headerRow, list) = rect.splitTop(1)
        drawColumns([c.board.columnSeat, c.board.columnHolder, c.board.columnKTA, c.board.columnSince], widths: widths,
                    x: rect.x + 2, y: headerRow.y, maxX: rect.maxX, style: .bold, on: &buffer)
        buffer.highlight(headerRow, style: .underline)
        guard !rows.isEmpty else {
            buffer.write(c.board.emptyBoard, x: list.x, y: list.y, width: list.width, style: .dim)
            return nil
        }
        var cursor: Point?
        for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + offset
            let index = top + offset
            switch row {
            case .group(let group):
                buffer.write(Self.groupTitle(group, c), x: list.x, y: y, width: list.width, style: .bold)
            case .seat(let seat):
                let holder = seat.holder
                let name = holder.map { $0.isErased ? c.board.erased : $0.name } ?? c.board.vacant
                let since = holder.map { ($0.assignment.start ?? board.term.start) }.map(c.shortDate) ?? ""
                drawColumns([Self.shortTitle(seat, in: board), name, holder?.kta ?? "", since], widths: widths,
                            x: list.x + 2, y: y, maxX: list.maxX, style: .plain, on: &buffer)
                if holder == nil {
                    // Vacant reads at a glance, in monochrome too.
                    let x = list.x + 2 + (widths[0] ?? 0) + 1
                    buffer.highlight(Rect(x: x, y: y, width: min(c.board.vacant.displayWidth, max(0, list.maxX - x)), height: 1), style: .dim)
                }
            }
            if index == selected {
                buffer.highlight(Rect(x: list.x, y: y, width: list.width, height: 1), style: .selected)
                cursor = Point(x: list.x, y: y)
            }
        }
        return cursor
    }

    static func table(_ c: Catalog) -> Table {
        Table([
            TableColumn(c.board.columnSeat, minWidth: 18, idealWidth: 24, priority: 100),
            TableColumn(c.board.columnHolder, minWidth: 16, idealWidth: 30, priority: 90, expands: true),
            TableColumn(c.board.columnKTA, minWidth: 12, idealWidth: 13, priority: 50),
            TableColumn(c.board.columnSince, minWidth: 11, idealWidth: 12, priority: 70),
        ])
    }

    static func groupTitle(_ group: BoardGroup, _ c: Catalog) -> String {
        switch group {
        case .advisers: return c.board.groupAdvisers
        case .executive: return c.board.groupExecutive
        case .department(let d): return c.board.groupDepartment(d.name)
        }
    }

    private func drawColumns(_ cells: [String], widths: [Int?], x start: Int, y: Int, maxX: Int, style: Style,
                             on buffer: inout Buffer) {
        var x = start
        for (cell, width) in zip(cells, widths) {
            guard let width else { continue }
            let room = min(width, maxX - x)
            guard room > 0 else { break }
            buffer.write(cell, x: x, y: y, width: room, style: style)
            x += width + 1
        }
    }
}
