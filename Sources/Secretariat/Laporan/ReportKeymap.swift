import TerminalUI

extension ReportScreen {
    enum Action: Sendable { case toggle, export, scroll }

    static func keymap(_ c: Catalog, mode: Mode) -> Keymap<Action> {
        Keymap([
            KeyBinding([.char("t")], bar: mode == .chart ? c.reports.showTable : c.reports.showChart, help: c.reports.helpToggle, action: .toggle),
            KeyBinding([.char("e")], bar: c.reports.export, help: c.reports.helpExport, action: .export),
        ] + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .scroll))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, mode: mode).help }
}
