import Domain
import Storage
import TerminalUI

extension ProgrammeScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard let record, rect.height >= 6 else { return nil }
        let p = record.row.programme
        var lines: [(String, Style)] = [
            (c.work.programmeHead(term: record.term.name, department: record.row.departmentName, status: c.work.statusName(p.status)), .bold),
            (c.work.periodLine(c.work.period(p.startsOn ?? record.term.start, p.endsOn ?? record.term.end)), .plain),
        ]
        if let origin = record.row.origin { lines.append((c.work.carriedFrom(origin), .plain)) }
        if !record.row.successors.isEmpty { lines.append((c.work.carriedTo(record.row.successors), .plain)) }
        if record.row.isCarryOverCandidate && (record.term.status == .demisioner || record.term.status == .selesai) {
            lines.append((c.work.candidateLine, .bold))
        }
        lines.append((c.work.partnersLine(record.partners.map(\.name)), .plain))
        if let description = p.description {
            lines += description.wrapped(toCells: rect.width, maxLines: 2).map { ($0, Style.dim) }
        }
        var y = rect.y
        for (text, style) in lines where y < rect.maxY {
            buffer.write(text, x: rect.x, y: y, width: rect.width, style: style)
            y += 1
        }
        y += 1
        let room = rect.maxY - y
        guard room >= 2 else { return nil }
        // Targets take what they need, up to half of what is left; the entries the rest.
        let targetHeight = min(targets.count + 1, max(2, room / 2))
        let caret = drawTargets(in: Rect(x: rect.x, y: y, width: rect.width, height: max(2, targetHeight)), buffer: &buffer, c)
        y += max(2, targetHeight) + 1
        if y + 1 < rect.maxY, let target = selectedTarget {
            drawEntries(of: target, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), buffer: &buffer, c)
        }
        return caret
    }

    private func drawTargets(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let table = Table([
            TableColumn(c.work.columnTarget, minWidth: 16, idealWidth: 40, priority: 100, expands: true),
            TableColumn(c.work.columnProgress, minWidth: 16, idealWidth: 34, priority: 90),
        ])
        let visible = Array(targets.dropFirst(cursor.top).prefix(rect.height - 1))
        let cells = visible.map { t -> [String] in
            [t.target.description, c.work.progressLabel(t)]
        }
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: rect, on: &buffer, focused: true,
                               emptyText: c.work.noTargets)
        if let column = table.column(1, width: rect.width) {
            for (i, t) in visible.enumerated() {
                guard let fraction = t.fraction else { continue }
                Gauge(fraction: fraction, label: c.work.progressLabel(t), shortLabel: t.percent.map { "\($0)%" })
                    .draw(x: rect.x + column.x, y: rect.y + 1 + i, width: column.width, barWidth: 12,
                          highlighted: i == cursor.selected - cursor.top, on: &buffer)
            }
        }
        return caret
    }

    private func drawEntries(of target: TargetProgress, in rect: Rect, buffer: inout Buffer, _ c: Catalog) {
        let shown = max(0, rect.height - 2)
        let more = target.entries.count > shown ? c.work.entriesShown(shown, of: target.entries.count) : ""
        buffer.write(c.work.entriesTitle(target.target.description) + more, x: rect.x, y: rect.y, width: rect.width, style: .bold)
        let table = Table([
            TableColumn(c.work.columnDate, minWidth: 11, idealWidth: 12, priority: 100),
            TableColumn(c.work.columnValue, minWidth: 6, idealWidth: 9, alignment: .right, priority: 100),
            TableColumn(c.work.columnEvidence, minWidth: 12, idealWidth: 40, priority: 80, expands: true),
            TableColumn(c.work.columnEnteredBy, minWidth: 8, idealWidth: 14, priority: 40),
        ])
        // Newest first: the last entry is the one `h` removes.
        let cells = target.entries.reversed().map { e -> [String] in
            [c.shortDate(e.date), target.target.kind == .numeric ? "+\(e.value)" : c.work.milestoneValue(e.value), e.note ?? "", e.enteredBy]
        }
        table.draw(rows: cells, selected: nil, in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
                   on: &buffer, focused: false, emptyText: c.work.noEntries)
    }
}
