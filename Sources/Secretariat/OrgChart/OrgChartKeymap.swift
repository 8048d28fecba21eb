import TerminalUI

extension OrgChartScreen {
    enum Action: Sendable { case step, page, side, ends, edges }

    /// Panning only: the chart is read, not edited (seats are filled on the board screen).
    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.left, .right, .up, .down, .char("h"), .char("l"), .char("k"), .char("j")],
                       help: c.orgChart.helpStep, label: "←/→/↑/↓ h/l/k/j", action: .step),
            KeyBinding([.pageUp, .pageDown], help: c.orgChart.helpPage, label: "PgUp/PgDn", action: .page),
            KeyBinding([.shift(.left), .shift(.right), .char("H"), .char("L")], help: c.orgChart.helpSide,
                       label: "Shift-←/→ H/L", action: .side),
            KeyBinding([.home, .end, .char("g"), .char("G")], help: c.orgChart.helpEnds, label: "g/G Home/End", action: .ends),
            KeyBinding([.char("0"), .char("$")], help: c.orgChart.helpEdges, label: "0/$", action: .edges),
        ])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}
