import TerminalUI

extension MainMenuScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let width = min(rect.width - 4, 44)
        let box = rect.centered(width: width, height: min(rect.height, Section.allCases.count + 4))
        buffer.box(box, title: c.appName)
        let cursor = menu.draw(in: box.inset(dx: 2, dy: 2), on: &buffer, focused: true)
        let footer = "\(c.mainMenu.footer): \(databasePath)"
        buffer.write(footer.prefix(cells: rect.width - 2), x: rect.x + 1, y: rect.maxY - 1, style: .dim)
        if box.maxY < rect.maxY - 2 {
            buffer.write(account.prefix(cells: rect.width - 2), x: rect.x + 1, y: rect.maxY - 2, style: .dim)
        }
        return cursor
    }
}
