import Domain
import TerminalUI

extension ReportScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard let report else {
            if loading { buffer.write(c.reports.loading, x: rect.x, y: rect.y, width: rect.width, style: .dim) }
            return nil
        }
        if let subtitle = report.subtitle { buffer.write(subtitle, x: rect.x, y: rect.y, width: rect.width, style: .dim) }
        var y = rect.y + 1
        let body = Rect(x: rect.x, y: y, width: rect.width, height: max(1, rect.height - linesAbove - linesBelow))
        switch mode {
        case .chart:
            guard let chart = report.chart else { break }
            if chart.style == .line {
                let line = Sparkline.render(chart.values)
                buffer.write("\(chart.labels.first ?? "") \(line) \(chart.labels.last ?? "")", x: rect.x, y: y, width: rect.width)
                y += 1
            }
            let texts = chart.values.map { v in v.map { IndonesianFormat.number($0) + (chart.unit == "%" ? "%" : "") } ?? c.reports.notReported }
            BarChart(labels: chart.labels, values: chart.values, texts: texts)
                .draw(in: Rect(x: rect.x, y: y, width: rect.width, height: body.height), top: top, on: &buffer)
        case .table:
            let table = Table(report.columns.enumerated().map { i, column in
                TableColumn(column.title, minWidth: column.isNumber ? 6 : 10, idealWidth: column.isNumber ? max(8, column.title.displayWidth) : 36,
                            alignment: column.isNumber ? .right : .left, priority: 100 - i, expands: i == 0)
            })
            let cells = report.rows.dropFirst(top).map { row in row.map { Self.text($0, c) } }
            table.draw(rows: Array(cells), selected: nil, in: Rect(x: rect.x, y: y, width: rect.width, height: body.height + 1),
                       on: &buffer, focused: false)
            y += 1
        }
        var below = rect.y + linesAbove + body.height
        if let total = report.total, below < rect.maxY {
            buffer.write(Self.totalLine(total, report.columns, c), x: rect.x, y: below, width: rect.width, style: .bold)
            below += 1
        }
        if top + body.height < rowCount {
            let more = c.reports.more(rowCount - top - body.height)
            buffer.write(more, x: rect.maxX - more.displayWidth, y: below - 1, width: more.displayWidth, style: .dim)
        }
        for note in noteLines where below < rect.maxY {
            buffer.write(note, x: rect.x, y: below, width: rect.width, style: .dim)
            below += 1
        }
        return nil
    }

    /// `Jumlah  Anggota 124 · Aktif 117`: each figure with its column's name.
    static func totalLine(_ total: [Report.Value], _ columns: [Report.Column], _ c: Catalog) -> String {
        let figures = zip(columns, total).dropFirst().map { "\($0.title) \(text($1, c))" }
        return (total.first.map { text($0, c) } ?? "") + "  " + figures.joined(separator: " · ")
    }

    static func text(_ value: Report.Value, _ c: Catalog) -> String {
        switch value {
        case .text(let t): return t
        case .number(let n): return n.map(IndonesianFormat.number) ?? c.reports.notReported
        }
    }
}
