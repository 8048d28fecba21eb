import Domain
import Storage
import TerminalUI

extension ReconcileDetailScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog, w = c.reconcile
        guard rect.height >= 4 else { return nil }
        let number = row.number.map { "\(w.columnRow) \($0) · " } ?? ""
        let decision = row.decision.map { " · " + w.choiceName($0.choice) + ($0.reason.map { ": \($0)" } ?? "") } ?? ""
        buffer.write("\(number)\(w.className(row.kind)) · \(row.name)\(decision)", x: rect.x, y: rect.y, width: rect.width, style: .bold)
        var fieldsRect = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        // Cells of the export that could not be read: said above the fields, which leave them
        // out; wrapped over up to three lines, the table below them.
        let unreadable = row.problems.filter { if case .value = $0.kind { true } else { false } }
        if !unreadable.isEmpty && !choosesCandidate {
            let lines = w.unreadable(unreadable.map { c.census.problemText($0, headers: reconciliation.headers) }).wrapped(toCells: rect.width)
            for (i, line) in lines.prefix(3).enumerated() {
                buffer.write(line, x: rect.x, y: rect.y + 1 + i, width: rect.width, style: .dim)
            }
            let used = min(3, lines.count)
            fieldsRect = Rect(x: rect.x, y: rect.y + 1 + used, width: rect.width, height: max(0, rect.height - 1 - used))
        }
        if choosesCandidate {
            buffer.write(w.candidatesTitle, x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
            let height = min(row.candidates.count + 1, max(2, rect.height / 3))
            let table = Table([TableColumn(w.columnName, minWidth: 14, idealWidth: 30, priority: 100),
                               TableColumn(w.columnDetail, minWidth: 14, idealWidth: 48, priority: 90, expands: true)])
            let cells = row.candidates.dropFirst(cursor.top).map { ["#\($0.personId) \($0.name)", $0.agreeing.map(c.census.fieldName).joined(separator: ", ")] }
            let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: height),
                                   on: &buffer, focused: true)
            fieldsRect = Rect(x: rect.x, y: rect.y + 3 + height, width: rect.width, height: max(0, rect.height - 3 - height))
            if let candidate = selectedCandidate, fieldsRect.height > 1 {
                drawFields(ours: candidate.values, in: fieldsRect, selected: nil, buffer: &buffer, context)
            }
            return caret
        }
        return drawFields(ours: row.ours, in: fieldsRect, selected: cursor.selected - cursor.top, buffer: &buffer, context)
    }

    /// The fields side by side: marker, field, the register's value, the export's, the decision.
    /// A differing field is marked `≠` and its two values drawn in reverse video, so it reads
    /// without colour.
    @discardableResult
    private func drawFields(ours: [ImportField: String], in rect: Rect, selected: Int?, buffer: inout Buffer, _ context: ViewContext) -> Point? {
        let c = context.catalog, w = c.reconcile
        // The two sides as wide as each other, a NIK whole in each from 60 columns.
        let fieldWidth = rect.width >= 80 ? 16 : 10, decisionWidth = rect.width >= 80 ? 11 : 9
        let side = max(12, (rect.width - 1 - fieldWidth - decisionWidth - 4) / 2)
        let table = Table([
            TableColumn("", minWidth: 1, idealWidth: 1, priority: 100),
            TableColumn(w.columnField, minWidth: 8, idealWidth: fieldWidth, priority: 95),
            TableColumn(w.columnOurs, minWidth: 12, idealWidth: side, priority: 90),
            TableColumn(w.columnTheirs, minWidth: 12, idealWidth: side, priority: 90),
            TableColumn(w.columnDecision, minWidth: 8, idealWidth: decisionWidth, priority: 60),
        ])
        let fields = row.kind == .doubtful ? ImportTarget.dpp.fields.filter { ours[$0] != nil || row.theirs[$0] != nil } : self.fields
        let top = selected == nil ? 0 : cursor.top
        func shown(_ f: ImportField, _ v: String?) -> String { v.map { c.census.displayValue(f, $0, regions: context.regions) } ?? "–" }
        // Marked while the two values differ: a field taken from the DPP no longer is. A candidate
        // differs where both sides hold a value and it is not the same.
        let differing = row.kind == .doubtful
            ? Set(fields.filter { f in ours[f] != nil && row.theirs[f] != nil && ours[f] != row.theirs[f] })
            : Set(row.differences.filter { ours[$0.field] != $0.theirs }.map(\.field))
        let visible = Array(fields.dropFirst(top))
        let cells = visible.map { f -> [String] in
            let decision = row.differences.first { $0.field == f }.map { $0.decision.map { w.choiceName($0.choice) } ?? w.decisionPending } ?? ""
            return [differing.contains(f) ? w.differs : "", c.census.fieldName(f), shown(f, ours[f]), shown(f, row.theirs[f]), decision]
        }
        let caret = table.draw(rows: cells, selected: selected, in: rect, on: &buffer, focused: true)
        for (i, f) in visible.prefix(max(0, rect.height - 1)).enumerated() where i != selected {
            guard differing.contains(f) else { continue }
            for column in [2, 3] {
                guard let span = table.column(column, width: rect.width) else { continue }
                buffer.highlight(Rect(x: rect.x + span.x, y: rect.y + 1 + i, width: span.width, height: 1), style: .reverse)
            }
        }
        return caret
    }
}
