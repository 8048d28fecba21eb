import Domain
import Storage
import TerminalUI

extension WorkScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.height >= 4 else { return nil }
        TabRow.draw(Tab.allCases.map { Self.tabTitle($0, c) }, selected: tab.rawValue, in: rect.row(0), on: &buffer)
        let list = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 3)
        let footer = rect.row(rect.height - 1)
        switch tab {
        case .programmes: return drawProgrammes(info: rect.row(1), list: list, footer: footer, buffer: &buffer, c)
        case .activities: return drawActivities(info: rect.row(1), list: list, footer: footer, buffer: &buffer, c)
        case .partners:
            buffer.write(c.work.partnerCount(partners.count), x: rect.x, y: rect.y + 1, width: rect.width, style: .bold)
            return drawPartners(list: list, buffer: &buffer, c)
        }
    }

    /// Cells of a gauge's bar in the list.
    static let bar = 10

    static func tabTitle(_ tab: Tab, _ c: Catalog) -> String {
        switch tab {
        case .programmes: return c.work.tabProgrammes
        case .activities: return c.work.tabActivities
        case .partners: return c.work.tabPartners
        }
    }

    private func statusFilterName(_ c: Catalog) -> String? {
        switch statusFilter {
        case .all: return nil
        case .status(let s): return c.work.statusName(s)
        case .candidates: return c.work.candidateFilter
        }
    }

    private func drawProgrammes(info: Rect, list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        guard let term else {
            buffer.write(c.work.noTerm, x: info.x, y: info.y, width: info.width, style: .dim)
            return nil
        }
        let line = c.work.termLine(term.name, c.termStatusName(term.status)) + " · "
            + c.work.filterLine(status: statusFilterName(c), department: departmentFilter)
        buffer.write(line, x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(c.work.columnProgramme, minWidth: 14, idealWidth: 26, priority: 100, expands: true),
            TableColumn(c.work.columnDepartment, minWidth: 10, idealWidth: 24, priority: 40),
            TableColumn(c.work.columnStatus, minWidth: 10, idealWidth: 12, priority: 90),
            TableColumn(c.work.columnPeriod, minWidth: 9, idealWidth: 9, priority: 30),
            TableColumn(c.work.columnProgress, minWidth: 16, idealWidth: 30, priority: 95),
        ])
        let rows = shown
        let visible = Array(rows.dropFirst(cursor.top).prefix(max(0, list.height - 1)))
        let labels = visible.map { c.work.overallLabel($0) ?? "" }
        let cells = zip(visible, labels).map { row, label -> [String] in
            let p = row.programme
            let mark = marksCandidates && row.isCarryOverCandidate ? " *" : ""
            return [p.title, row.departmentName ?? c.work.noDepartment, c.work.statusName(p.status) + mark,
                    c.work.periodYears(p.startsOn ?? term.start, p.endsOn ?? term.end), label]
        }
        let empty = programmes.isEmpty ? c.work.noProgrammes : c.work.noMatch
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true, emptyText: empty)
        // The gauges, over the progress column's cells.
        if let column = table.column(4, width: list.width) {
            // Every row's bar the same length: short figures for all when the longest full one
            // would squeeze a bar.
            let short = column.width < Self.bar + 1 + (labels.map(\.displayWidth).max() ?? 0)
            for (i, row) in visible.enumerated() {
                guard let progress = row.progress else { continue }
                Gauge(fraction: progress, label: short ? c.work.shortProgress(progress) : labels[i])
                    .draw(x: list.x + column.x, y: list.y + 1 + i, width: column.width, barWidth: Self.bar,
                          highlighted: i == cursor.selected - cursor.top, on: &buffer)
            }
        }
        let candidates = programmes.filter(\.isCarryOverCandidate).count
        if marksCandidates && candidates > 0 {
            buffer.write("* " + c.work.candidates(candidates), x: footer.x, y: footer.y, width: footer.width, style: .dim)
        }
        return caret
    }

    private func drawActivities(info: Rect, list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        buffer.write(c.work.activityCount(activities.count), x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(c.work.columnYear, minWidth: 5, idealWidth: 5, priority: 90),
            TableColumn(c.work.columnKind, minWidth: 14, idealWidth: 15, priority: 70),
            TableColumn(c.work.columnActivity, minWidth: 16, idealWidth: 40, priority: 100, expands: true),
            TableColumn(c.work.columnParticipants, minWidth: 16, idealWidth: 16, priority: 95),
            TableColumn(c.work.columnPartners, minWidth: 10, idealWidth: 30, priority: 30),
        ])
        let cells = activities.dropFirst(cursor.top).map { row -> [String] in
            let a = row.activity
            return [String(a.year), c.activityKindName(a.kind), a.title, c.work.figureCell(a.participants), row.partnerNames.joined(separator: "; ")]
        }
        buffer.write(c.work.columnParticipants + ": Σ≠ " + c.work.mismatchLegend + " · ± " + c.work.estimateMark,
                     x: footer.x, y: footer.y, width: footer.width, style: .dim)
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: c.work.noActivities)
    }

    private func drawPartners(list: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let table = Table([
            TableColumn(c.work.columnName, minWidth: 16, idealWidth: 40, priority: 100, expands: true),
            TableColumn(c.work.columnKind, minWidth: 8, idealWidth: 16, priority: 90),
            TableColumn(c.work.columnContact, minWidth: 10, idealWidth: 24, priority: 40),
            TableColumn(c.work.columnActivityCount, minWidth: 8, idealWidth: 8, alignment: .right, priority: 60),
            TableColumn(c.work.columnProgrammeCount, minWidth: 7, idealWidth: 7, alignment: .right, priority: 60),
        ])
        let cells = partners.dropFirst(cursor.top).map { row -> [String] in
            [row.partner.name, c.work.partnerKindName(row.partner.kind), row.partner.contact ?? "",
             String(row.activityCount), String(row.programmeCount)]
        }
        return table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                          emptyText: c.work.noPartnersYet)
    }
}
