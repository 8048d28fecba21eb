import Domain
import TerminalUI

extension HandoverScreen {
    enum Action: Sendable { case move, carryOver, drop, finished, seats, commit }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        let o = c.outcome
        return Keymap([
            KeyBinding([.function(2), .ctrl("s")], bar: o.commit, help: o.helpCommit, label: "F2", action: .commit),
            KeyBinding([.char("l")], bar: o.carryOver, help: o.helpCarryOver, action: .carryOver),
            KeyBinding([.char("h")], bar: o.drop, help: o.helpDrop, action: .drop),
            KeyBinding([.char("s")], bar: o.finished, help: o.helpFinished, action: .finished),
            // `t` (templat), not `k`: k moves up a row, as in every list.
            KeyBinding([.char(o.seatsKey)], bar: o.seatsWord, help: o.helpSeats, action: .seats),
        ] + ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }
}

/// Every action but moving changes the plan that is written: operators and admins only.
extension HandoverScreen.Action: GuardedAction {
    var permission: Permission? { self == .move ? nil : .edit }
}
