import TerminalUI

/// A section that is not built yet. It says so plainly and never shows made-up content.
struct NotAvailableScreen: Screen {
    let section: Section

    func title(_ catalog: Catalog) -> String { section.title(catalog) }
    func bindings(_ catalog: Catalog) -> [KeyHelp] { [KeyHelp([.enter], help: catalog.back, action: nil)] }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if case .key(.enter) = event { return .close(result: nil) }
        if case .key = event { return .ignored }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let width = min(rect.width - 4, 56)
        let body = c.mainMenu.notAvailableBody.wrapped(toCells: width - 4)
        let box = rect.centered(width: width, height: body.count + 5)
        buffer.box(box, title: c.mainMenu.notAvailableTitle)
        for (i, line) in body.enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 2 + i, width: box.width - 4)
        }
        buffer.write("Esc: " + c.back, x: box.x + 2, y: box.maxY - 2, width: box.width - 4, style: .dim)
        return nil
    }
}
