import Domain
import Storage
import TerminalUI

extension CensusScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.height >= 4 else { return nil }
        TabRow.draw(Tab.allCases.map { Self.tabTitle($0, c) }, selected: tab.rawValue, in: rect.row(0), on: &buffer)
        let list = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 3)
        let info = rect.row(1), footer = rect.row(rect.height - 1)
        switch tab {
        // No footer on this tab: the 17 regencies and the totals fit 24 lines.
        case .census: return drawCoverage(info: info, list: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
                                          buffer: &buffer, c)
        case .alumni: return drawAlumni(info: info, list: list, buffer: &buffer, c)
        case .imports: return drawBatches(info: info, list: list, footer: footer, buffer: &buffer, c)
        case .reconcile: return drawRuns(info: info, list: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
                                         buffer: &buffer, c)
        }
    }

    static func tabTitle(_ tab: Tab, _ c: Catalog) -> String {
        switch tab {
        case .census: return c.census.tabCensus
        case .alumni: return c.census.tabAlumni
        case .imports: return c.census.tabImports
        case .reconcile: return c.reconcile.tab
        }
    }

    private func drawCoverage(info: Rect, list: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let total = (coverage.map(\.recorded).reduce(0, +), coverage.map(\.recordedMembers).reduce(0, +),
                     coverage.map(\.membersNotRecorded).reduce(0, +))
        buffer.write(c.census.coverageLine(recorded: total.0, members: total.1, notRecorded: total.2),
                     x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(c.census.columnRegency, minWidth: 14, idealWidth: 34, priority: 100, expands: true),
            TableColumn(c.census.columnRecorded, minWidth: 7, idealWidth: 9, alignment: .right, priority: 90),
            TableColumn(c.census.columnRecordedMembers, minWidth: 8, idealWidth: 12, alignment: .right, priority: 80),
            TableColumn(c.census.columnNotRecorded, minWidth: 10, idealWidth: 22, alignment: .right, priority: 70),
        ])
        // The total row stays under the table, outside the scrolling rows.
        let body = Rect(x: list.x, y: list.y, width: list.width, height: max(1, list.height - 1))
        let cells = coverage.dropFirst(cursor.top).map { row -> [String] in
            [row.regency.name, String(row.recorded), String(row.recordedMembers), String(row.membersNotRecorded)]
        }
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: body, on: &buffer, focused: true,
                               emptyText: c.census.noRegions)
        // The totals, bold, in the table's columns, right under its last shown row.
        let y = body.y + 1 + min(cells.count, body.height - 1)
        if y < list.maxY {
            for (i, text) in [c.census.total, String(total.0), String(total.1), String(total.2)].enumerated() {
                guard let column = table.column(i, width: list.width) else { continue }
                buffer.write(text, x: list.x + column.x, y: y, width: column.width, style: .bold, alignRight: i > 0)
            }
        }
        return caret
    }

    private func drawAlumni(info: Rect, list: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let traced = alumni.map(\.traced).reduce(0, +), practising = alumni.map(\.practising).reduce(0, +)
        buffer.write(c.census.alumniLine(traced: traced, practising: practising, members: alumni.map(\.members).reduce(0, +)),
                     x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(c.census.columnInstitution, minWidth: 14, idealWidth: 40, priority: 100, expands: true),
            TableColumn(c.census.columnYear, minWidth: 5, idealWidth: 6, alignment: .right, priority: 90),
            TableColumn(c.census.columnTraced, minWidth: 7, idealWidth: 9, alignment: .right, priority: 85),
            TableColumn(c.census.columnPractising, minWidth: 8, idealWidth: 12, alignment: .right, priority: 80),
            TableColumn(c.census.columnUnknown, minWidth: 8, idealWidth: 12, alignment: .right, priority: 50),
            TableColumn(c.census.columnMembers, minWidth: 7, idealWidth: 8, alignment: .right, priority: 60),
        ])
        let cells = alumni.dropFirst(cursor.top).map { row -> [String] in
            [row.institution, row.graduationYear.map(String.init) ?? "?", String(row.traced), String(row.practising),
             String(row.unknown), String(row.members)]
        }
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: c.census.noAlumni)
    }

    private func drawBatches(info: Rect, list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        buffer.write(c.census.batchLine(batches.count), x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn("#", minWidth: 3, idealWidth: 4, alignment: .right, priority: 100),
            TableColumn(c.census.columnWhen, minWidth: 16, idealWidth: 16, priority: 60),
            TableColumn(c.census.columnTarget, minWidth: 7, idealWidth: 8, priority: 90),
            TableColumn(c.census.columnSource, minWidth: 10, idealWidth: 34, priority: 80, expands: true),
            // Six cells: a batch of 100000 rows shows whole.
            TableColumn(c.census.columnCreated, minWidth: 6, idealWidth: 6, alignment: .right, priority: 95),
            TableColumn(c.census.columnUpdated, minWidth: 6, idealWidth: 6, alignment: .right, priority: 94),
            TableColumn(c.census.columnFailed, minWidth: 6, idealWidth: 6, alignment: .right, priority: 93),
            TableColumn(c.census.columnStatus, minWidth: 10, idealWidth: 10, priority: 70),
        ])
        let cells = batches.dropFirst(cursor.top).map { b -> [String] in
            [String(b.id), c.census.when(b.importedAt), c.census.targetName(b.target), b.source + " · " + b.fileName,
             String(b.created), String(b.updated), String(b.failed), b.undoneAt == nil ? c.census.active : c.census.undoneMark]
        }
        buffer.write(c.census.batchFooter, x: footer.x, y: footer.y, width: footer.width, style: .dim)
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: c.census.noBatches)
    }

    /// The reconciliations, newest first; the info line holds the latest one's figures side by side.
    private func drawRuns(info: Rect, list: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let w = c.reconcile
        buffer.write(runs.first.map(w.figuresLine) ?? w.runsLine(0), x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(c.census.columnWhen, minWidth: 16, idealWidth: 16, priority: 60),
            TableColumn(w.columnFile, minWidth: 10, idealWidth: 30, priority: 100, expands: true),
            TableColumn(w.columnDPP, minWidth: 6, idealWidth: 6, alignment: .right, priority: 95),
            TableColumn(w.columnBoth, minWidth: 8, idealWidth: 8, alignment: .right, priority: 94),
            TableColumn(w.className(.onlyDPD), minWidth: 9, idealWidth: 9, alignment: .right, priority: 90),
            TableColumn(w.className(.onlyDPP), minWidth: 9, idealWidth: 9, alignment: .right, priority: 89),
            TableColumn(w.columnPending, minWidth: 8, idealWidth: 8, alignment: .right, priority: 93),
        ])
        let cells = runs.dropFirst(cursor.top).map { run -> [String] in
            [c.census.when(run.reconciledAt), run.fileName, String(run.dppCount), String(run.inBoth), String(run.onlyDPD),
             String(run.onlyDPP), String(run.pending)]
        }
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true, emptyText: w.noRuns)
    }
}
