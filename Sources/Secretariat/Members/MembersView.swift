import Domain
import Storage
import TerminalUI

extension MembersScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let (promptRow, listArea) = rect.splitTop(1)
        var cursor = drawPrompt(in: promptRow, buffer: &buffer, catalog: c)
        let listCursor = Self.table(c).draw(window, cells: { cells($0, c) }, in: listArea, on: &buffer,
                                            focused: true, emptyText: query.search.isEmpty && query.filter.isEmpty
                                                ? c.members.empty : c.members.noMatch)
        if cursor == nil { cursor = listCursor }
        return cursor
    }

    /// The line above the list: the search prompt, or the sort and active filters.
    private func drawPrompt(in row: Rect, buffer: inout Buffer, catalog c: Catalog) -> Point? {
        let filters = MemberFilterForm.summary(query.filter, regions: regions, catalog: c)
        var right = c.members.sortLabel(c.members.sortName(query.sort))
        if !filters.isEmpty { right = c.members.filterLabel(filters) + "  " + right }
        // First, so a long filter summary cuts the sort label rather than the hint.
        if showsSearching { right = c.members.searching + "  " + right }
        let rightWidth = min(right.displayWidth, row.width / 2)
        buffer.write(right, x: row.maxX - rightWidth, y: row.y, width: rightWidth, style: .dim, alignRight: true)
        let leftWidth = row.width - rightWidth - 1
        guard isSearching else {
            if !query.search.isEmpty {
                buffer.write("/" + query.search, x: row.x, y: row.y, width: leftWidth, style: .bold)
            }
            return nil
        }
        let label = c.members.searchPrompt
        buffer.write(label, x: row.x, y: row.y, style: .bold)
        let field = Rect(x: row.x + label.displayWidth, y: row.y, width: max(1, leftWidth - label.displayWidth), height: 1)
        return search.draw(in: field, on: &buffer, focused: true)
    }

    static func table(_ c: Catalog) -> Table {
        Table([
            // Minimums fit 80 columns; a narrower terminal drops NIK, then ASN, status, regency.
            TableColumn(c.members.columnKTA, minWidth: 12, idealWidth: 13, priority: 80),
            TableColumn(c.members.columnName, minWidth: 14, idealWidth: 24, priority: 100, expands: true),
            TableColumn(c.members.columnRegency, minWidth: 12, idealWidth: 14, priority: 60),
            TableColumn(c.members.columnEmploymentShort, minWidth: 7, idealWidth: 7, priority: 40),
            TableColumn(c.members.columnStatus, minWidth: 9, idealWidth: 9, priority: 50),
            TableColumn(c.members.columnNIK, minWidth: 16, idealWidth: 16, priority: 30),
        ])
    }

    private func cells(_ row: MemberRow, _ c: Catalog) -> [String] {
        [row.kta ?? "–",
         row.name,
         row.regencyName ?? "–",
         row.employment.map(c.members.employmentName) ?? "–",
         c.membershipStatusName(row.status),
         row.nik.map(NIK.mask) ?? "–"]
    }
}
