import Domain
import Storage
import TerminalUI

extension ReconcileScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog, w = c.reconcile
        guard rect.height >= 5 else { return nil }
        guard let r = reconciliation else {
            let label = busy?.kind == .reading ? c.census.reading : w.reading
            let width = buffer.write(label + " ", x: rect.x, y: rect.y, style: .bold, clip: rect.row(0))
            if let fraction = busy?.progress.fraction {
                Gauge(fraction: fraction, label: "\(Int(fraction * 100))%")
                    .draw(x: rect.x + width, y: rect.y, width: max(0, min(40, rect.width - width)), on: &buffer)
            }
            return nil
        }
        buffer.write(w.countsLine(r.counts), x: rect.x, y: rect.y, width: rect.width, style: .bold)
        buffer.write(w.fileLine(r), x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
        TabRow.draw(Tab.allCases.map { Self.tabTitle($0, c) }, selected: tab.rawValue, in: rect.row(2), on: &buffer)
        let list = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 4)
        buffer.write(w.figuresLine(r), x: rect.x, y: rect.maxY - 1, width: rect.width, style: .dim)
        if tab == .setAside { return drawSetAside(r, in: list, buffer: &buffer, c) }
        let table = Table([
            TableColumn(w.columnRow, minWidth: 5, idealWidth: 6, alignment: .right, priority: 90),
            TableColumn(w.columnName, minWidth: 14, idealWidth: 26, priority: 100),
            TableColumn(w.columnClass, minWidth: 9, idealWidth: 10, priority: 80),
            TableColumn(w.columnDetail, minWidth: 12, idealWidth: 44, priority: 70, expands: true),
        ])
        let cells = shown.dropFirst(cursor.top).prefix(list.height).map { i -> [String] in
            let row = r.rows[i]
            return [row.number.map(String.init) ?? "–", row.name, w.className(row.kind), Self.detail(row, w, context.regions)]
        }
        return table.draw(rows: Array(cells), selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: w.nothingHere)
    }

    static func tabTitle(_ tab: Tab, _ c: Catalog) -> String {
        let w = c.reconcile
        switch tab {
        case .pending: return w.pendingTab
        case .setAside: return w.setAsideTab
        default: return kind(of: tab).map(w.tabName) ?? ""
        }
    }

    /// What a row holds in a line: its decision, or what is to decide.
    static func detail(_ row: ReconcileRow, _ w: ReconcileWords, _ regions: RegionDirectory) -> String {
        // What is still to decide comes first; then what was decided.
        if let d = row.decision, !(row.kind == .differing && row.isPending) {
            return w.choiceName(d.choice) + (d.reason.map { ": \($0)" } ?? "")
        }
        switch row.kind {
        case .differing:
            let open = row.differences.filter { $0.decision == nil }
            if open.isEmpty { return row.differences.compactMap { $0.decision.map { w.choiceName($0.choice) } }.first ?? "" }
            return open.map { w.differenceText($0, regions: regions) }.joined(separator: "; ")
        case .doubtful:
            return row.candidates.map { "#\($0.personId) \($0.name)" }.joined(separator: "; ")
        case .onlyDPD:
            return row.ours[.kta] ?? ""
        case .same, .onlyDPP:
            return [row.theirs[.kta], row.theirs[.regency].flatMap { regions.region(code: $0)?.shortName }].compactMap { $0 }.joined(separator: " · ")
        }
    }

    private func drawSetAside(_ r: Reconciliation, in list: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let w = c.reconcile
        let table = Table([
            TableColumn(w.columnRow, minWidth: 5, idealWidth: 6, alignment: .right, priority: 90),
            TableColumn(w.columnName, minWidth: 14, idealWidth: 28, priority: 100),
            TableColumn(w.columnDetail, minWidth: 20, idealWidth: 60, priority: 80, expands: true),
        ])
        let rows = setAside
        let cells = shown.dropFirst(cursor.top).prefix(list.height).map { i -> [String] in
            let (row, outside) = rows[i]
            return [String(row.number), row.values[.name] ?? "", w.setAsideText(row, headers: r.headers, outside: outside)]
        }
        return table.draw(rows: Array(cells), selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: w.nothingHere)
    }
}
