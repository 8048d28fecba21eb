import Domain
import Storage
import TerminalUI

extension ImportScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.height >= 4 else { return nil }
        var caret: Point?
        switch step {
        case .file: caret = drawFile(in: rect, buffer: &buffer, c)
        case .mapping: caret = drawMapping(in: rect, buffer: &buffer, c)
        case .preview: caret = drawPreview(in: rect, buffer: &buffer, c, context: context)
        }
        if let busy { drawBusy(busy, at: rect.row(rect.height - 1), buffer: &buffer, c) }
        return caret
    }

    private func drawBusy(_ busy: Busy, at line: Rect, buffer: inout Buffer, _ c: Catalog) {
        buffer.fill(line, style: .plain)
        let label: String
        switch busy.kind {
        case .reading: label = c.census.reading
        case .previewing: label = c.census.previewing
        case .committing: label = c.census.writing
        }
        let width = buffer.write(label + " ", x: line.x, y: line.y, style: .bold, clip: line)
        if let fraction = busy.progress.fraction {
            Gauge(fraction: fraction, label: "\(Int(fraction * 100))%")
                .draw(x: line.x + width, y: line.y, width: max(0, min(40, line.width - width)), on: &buffer)
        }
    }

    private func drawFile(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        buffer.write(purpose == .reconcile ? c.reconcile.stepFile : c.census.stepFile, x: rect.x, y: rect.y, width: rect.width, style: .bold)
        let label = c.census.labelFile + " "
        let labelWidth = buffer.write(label, x: rect.x, y: rect.y + 2, clip: rect.row(2))
        let caret = path.draw(in: Rect(x: rect.x + labelWidth, y: rect.y + 2, width: max(1, rect.width - labelWidth), height: 1),
                              on: &buffer, focused: busy == nil)
        var y = rect.y + 4
        for line in (purpose == .reconcile ? c.reconcile.fileHint : c.census.fileHint).wrapped(toCells: rect.width) where y < rect.maxY - 1 {
            buffer.write(line, x: rect.x, y: y, width: rect.width, style: .dim)
            y += 1
        }
        if !completions.isEmpty {
            y += 1
            let text = completions.joined(separator: "  ")
            for line in text.wrapped(toCells: rect.width) where y < rect.maxY - 1 {
                buffer.write(line, x: rect.x, y: y, width: rect.width)
                y += 1
            }
        }
        return caret
    }

    private func heading(_ c: Catalog) -> String {
        guard let setup, let table else { return "" }
        let separator = table.separator.map { $0 == "\t" ? "tab" : String($0) }
        return c.census.context(target: c.census.targetName(setup.target), source: setup.source,
                                encoding: table.encoding + (separator.map { ", " + $0 } ?? ""),
                                sheet: table.sheet, rows: table.rows.count)
    }

    private func drawMapping(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        guard let table, let setup else { return nil }
        buffer.write(purpose == .reconcile ? c.reconcile.stepMapping : c.census.stepMapping, x: rect.x, y: rect.y, width: rect.width, style: .bold)
        buffer.write(heading(c), x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
        let missing = setup.target.requiredFields.filter { !mapping.values.contains($0) }
        if !missing.isEmpty {
            buffer.write(c.census.requiredUnmapped(missing.map(c.census.fieldName)), x: rect.x, y: rect.y + 2, width: rect.width,
                         style: Style(.bold))
        }
        let tableRect = Rect(x: rect.x, y: rect.y + 3, width: rect.width, height: rect.height - 4)
        let columns = Table([
            TableColumn(c.census.columnColumn, minWidth: 12, idealWidth: 24, priority: 100),
            TableColumn(c.census.columnSample, minWidth: 10, idealWidth: 30, priority: 50, expands: true),
            TableColumn(c.census.columnField, minWidth: 14, idealWidth: 22, priority: 90),
        ])
        let cells = table.headers.indices.dropFirst(cursor.top).map { i -> [String] in
            let header = table.headers[i].isEmpty ? c.census.untitledColumn(i + 1) : table.headers[i]
            // The first filled cell of the column among the first rows: an empty first row says nothing.
            let sample = table.rows.prefix(50).lazy.compactMap { i < $0.cells.count && !$0.cells[i].isEmpty ? $0.cells[i] : nil }.first ?? ""
            return [header, sample.split(whereSeparator: \.isNewline).joined(separator: " "),
                    mapping[i].map(c.census.fieldName) ?? c.census.ignored]
        }
        return columns.draw(rows: cells, selected: cursor.selected - cursor.top, in: tableRect, on: &buffer, focused: busy == nil,
                            emptyText: c.census.noColumns)
    }

    private func drawPreview(in rect: Rect, buffer: inout Buffer, _ c: Catalog, context: ViewContext) -> Point? {
        guard let preview else { return nil }
        buffer.write(c.census.stepPreview, x: rect.x, y: rect.y, width: rect.width, style: .bold)
        let counts = preview.counts
        let line = ImportClass.allCases.map { c.census.classCount($0, counts[$0] ?? 0) }.joined(separator: " · ")
            + " · " + c.census.filterLine(filter.map(c.census.className))
        buffer.write(line, x: rect.x, y: rect.y + 1, width: rect.width)
        let detailHeight = 2
        let tableRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(1, rect.height - 3 - detailHeight))
        let columns = Table([
            TableColumn(c.census.columnRow, minWidth: 5, idealWidth: 6, alignment: .right, priority: 100),
            TableColumn(c.census.columnClass, minWidth: 8, idealWidth: 9, priority: 95),
            TableColumn(c.census.columnName, minWidth: 12, idealWidth: 26, priority: 90),
            TableColumn(c.census.columnDetail, minWidth: 10, idealWidth: 60, priority: 60, expands: true),
        ])
        let rows = shownRows
        let cells = rows.dropFirst(cursor.top).prefix(max(0, tableRect.height - 1)).map { row -> [String] in
            [String(row.row.number), c.census.className(row.kind), row.row.values[.name] ?? "", detail(row, preview, c, regions: context.regions)]
        }
        let caret = columns.draw(rows: cells, selected: cursor.selected - cursor.top, in: tableRect, on: &buffer, focused: busy == nil,
                                 emptyText: c.census.noRowsInFilter)
        // The selected row's whole detail, wrapped, under the table.
        if let selected = selectedRow {
            let text = detail(selected, preview, c, regions: context.regions)
            let lines = text.isEmpty ? [] : text.wrapped(toCells: rect.width, maxLines: detailHeight)
            for (i, l) in lines.enumerated() {
                buffer.write(l, x: rect.x, y: tableRect.maxY + i, width: rect.width, style: .dim)
            }
        }
        return caret
    }

    /// Errors, changes, or candidates and the decision, in words.
    func detail(_ row: PreviewRow, _ preview: ImportPreview, _ c: Catalog, regions: RegionDirectory) -> String {
        switch row.kind {
        case .error:
            return row.row.errors.map { c.census.problemText($0, headers: preview.table.headers) }.joined(separator: "; ")
        case .update:
            return row.changes.map { c.census.changeText($0, regions: regions) }.joined(separator: "; ")
        case .duplicate:
            let decision: String
            switch decisions[row.row.number] ?? .skip {
            case .skip: decision = c.census.skipRow
            case .createNew: decision = c.census.createNew
            case .merge(let id):
                // What the merge would write, shown before F2.
                guard let candidate = row.candidates.first(where: { $0.id == id }) else { decision = c.census.skipRow; break }
                let changes = candidate.changes.map { c.census.changeText($0, regions: regions) }.joined(separator: "; ")
                decision = c.census.mergeWith(candidate) + (changes.isEmpty ? "" : ": " + changes)
            }
            return c.census.maybe(row.candidates.map { $0.name }) + " → " + decision
        case .new, .same:
            let warnings = row.row.warnings.map { c.census.problemText($0, headers: preview.table.headers) }
            return warnings.joined(separator: "; ")
        }
    }
}
