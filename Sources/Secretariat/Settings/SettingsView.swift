import Domain
import Storage
import TerminalUI

extension SettingsScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.height >= 6 else { return nil }
        TabRow.draw([c.settings.tabGeneral, c.settings.tabUsers, c.breach.tab], selected: tab.rawValue, in: rect.row(0), on: &buffer)
        let info = rect.row(1)
        let list = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 5)
        let footer = Rect(x: rect.x, y: rect.maxY - 3, width: rect.width, height: 3)
        buffer.write(c.settings.whoAmI(me, c.roleName(myRole), canChange: myRole == .admin), x: info.x, y: info.y,
                     width: info.width, style: .bold)
        switch tab {
        case .general: return drawValues(list: list, footer: footer, buffer: &buffer, c)
        case .users: return drawAccounts(list: list, footer: footer, buffer: &buffer, c)
        case .breaches: return drawBreaches(info: info, list: list, footer: footer, buffer: &buffer, c)
        }
    }

    private func drawValues(list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let table = Table([
            TableColumn(c.settings.columnSetting, minWidth: 16, idealWidth: 26, priority: 100),
            TableColumn(c.settings.columnValue, minWidth: 20, idealWidth: 60, priority: 90, expands: true),
        ])
        let cells = values.dropFirst(cursor.top).map { [c.settings.label($0.key), c.settings.display($0.key, $0.value)] }
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                               emptyText: "")
        // The whole value of the selected row, wrapped: a long address or pattern is never cut unseen.
        if let key = selectedKey, let value = values.first(where: { $0.key == key })?.value {
            let lines = "\(c.settings.label(key)): \(c.settings.display(key, value))".wrapped(toCells: footer.width)
            for (i, line) in lines.prefix(footer.height).enumerated() {
                buffer.write(line, x: footer.x, y: footer.y + i, width: footer.width, style: .dim)
            }
        }
        return caret
    }

    private func drawAccounts(list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let table = Table([
            TableColumn(c.fieldLabel(.accountName), minWidth: 10, idealWidth: 34, priority: 100, expands: true),
            TableColumn(c.settings.columnRole, minWidth: 8, idealWidth: 9, priority: 95),
            TableColumn(c.settings.columnSince, minWidth: 11, idealWidth: 18, priority: 80),
            TableColumn(c.settings.columnBy, minWidth: 10, idealWidth: 20, priority: 70),
        ])
        let cells = accounts.dropFirst(cursor.top).map { a -> [String] in
            [a.name + (a.name == me ? " *" : ""), c.roleName(a.role), c.shortDate(LocalDate(a.assignedAt, timeZone: .current)),
             a.assignedBy ?? c.settings.creator]
        }
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true,
                               emptyText: "")
        // What the selected role may do, then who is who; each wrapped, never cut.
        let role = selectedAccount.map { "\(c.roleName($0.role)): \(c.settings.roleDescription($0.role))." } ?? ""
        let note = (accounts.contains(where: { $0.name == me }) ? c.settings.youAreMarked : c.settings.youHaveNoRole(me))
            + " " + c.settings.unknownReads
        let lines = role.wrapped(toCells: footer.width) + note.wrapped(toCells: footer.width)
        for (i, line) in lines.prefix(footer.height).enumerated() {
            buffer.write(line, x: footer.x, y: footer.y + i, width: footer.width, style: .dim)
        }
        return caret
    }
}
