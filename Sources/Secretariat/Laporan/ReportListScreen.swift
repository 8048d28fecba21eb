import Domain
import TerminalUI

/// Laporan: the seven reports in a menu (hotkeys 1–7); Enter opens one.
struct ReportListScreen: Screen {
    var menu: Menu?

    func title(_ catalog: Catalog) -> String { catalog.sectionReports }

    static func keymap(_ c: Catalog) -> Keymap<Bool> {
        Keymap([KeyBinding([.enter], bar: c.reports.open, help: c.reports.helpOpen, action: true),
                KeyBinding([.char("1"), .char("7")], help: c.reports.helpHotkeys, label: "1–7", action: true)]
               + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: true))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened:
            menu = Menu(Report.Kind.allCases.enumerated().map { MenuItem(c.reports.title($1), hotkey: Character(String($0 + 1))) })
        case .key(let key):
            guard var m = menu else { return .ignored }
            let outcome = m.handle(key)
            menu = m
            switch outcome {
            case .activated(let index): return .push(ReportScreen(kind: Report.Kind.allCases[index]), then: nil)
            case .moved: break
            case .ignored: return .ignored
            }
        default:
            break
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        guard let menu else { return nil }
        let c = context.catalog
        let width = min(rect.width - 4, 60)
        let box = rect.centered(width: width, height: min(rect.height, menu.items.count + 4))
        buffer.box(box, title: c.sectionReports)
        return menu.draw(in: box.inset(dx: 2, dy: 2), on: &buffer, focused: true)
    }
}
