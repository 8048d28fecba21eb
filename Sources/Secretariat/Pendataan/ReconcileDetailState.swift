import Domain
import Storage
import TerminalUI

/// One person of a reconciliation side by side (issue 14): the register's values and the
/// export's, field by field, the differing ones marked `≠` and drawn in reverse video. A `beda`
/// field is decided here (keep ours, take theirs, type another); a `ragu` row picks its
/// candidate or none. Closes with the row as it now stands.
struct ReconcileDetailScreen: Screen {
    enum Message {
        case typed(String, field: ImportField)
        case addAnswered(ConfirmModal.Result)
        case ignoreReason(String)
    }

    enum Action: Sendable { case keep, take, type, choose, none, add, ignore, notInDPP, back, move }

    var row: ReconcileRow
    let reconciliation: Reconciliation
    var cursor = ListCursor()
    var listHeight = 10

    init(row: ReconcileRow, reconciliation: Reconciliation) {
        self.row = row
        self.reconciliation = reconciliation
        // Straight to the first field still to decide.
        if let open = row.differences.first(where: { $0.decision == nil }), let i = row.comparedFields.firstIndex(of: open.field) {
            cursor.select(i, count: row.comparedFields.count, height: listHeight)
        }
    }

    func title(_ catalog: Catalog) -> String { row.name.isEmpty ? catalog.reconcile.compareTitle : row.name }

    /// A `ragu` row still undecided lists its candidates; any other row its fields.
    var choosesCandidate: Bool { row.kind == .doubtful }

    var fields: [ImportField] { row.comparedFields }

    var itemCount: Int { choosesCandidate ? row.candidates.count : fields.count }

    var selectedField: ImportField? { !choosesCandidate && fields.indices.contains(cursor.selected) ? fields[cursor.selected] : nil }

    var selectedCandidate: ReconcileCandidate? {
        choosesCandidate && row.candidates.indices.contains(cursor.selected) ? row.candidates[cursor.selected] : nil
    }

    func headerStatus(_ catalog: Catalog) -> String? { itemCount == 0 ? nil : "\(cursor.selected + 1)/\(itemCount)" }

    static func keymap(_ c: Catalog, row: ReconcileRow) -> Keymap<Action> {
        let w = c.reconcile
        var bindings: [KeyBinding<Action>] = []
        switch row.kind {
        case .differing, .same:
            bindings += [KeyBinding([.char("a")], bar: w.takeWord, help: w.helpTake, action: .take),
                         KeyBinding([.char("k")], bar: w.keepWord, help: w.helpKeep, action: .keep),
                         KeyBinding([.char("e")], bar: w.typeWord, help: w.helpType, action: .type)]
        case .doubtful:
            bindings += [KeyBinding([.enter], bar: w.chooseWord, help: w.helpChoose, action: .choose),
                         KeyBinding([.char("n")], bar: w.noneWord, help: w.helpNone, action: .none)]
        case .onlyDPP:
            bindings += [KeyBinding([.char("t")], bar: w.addWord, help: w.helpAdd, action: .add),
                         KeyBinding([.char("x")], bar: w.ignoreWord, help: w.helpIgnore, action: .ignore)]
        case .onlyDPD:
            bindings += [KeyBinding([.char("b")], bar: w.notInDPPWord, help: w.helpNotInDPP, action: .notInDPP),
                         KeyBinding([.char("x")], bar: w.ignoreWord, help: w.helpIgnore, action: .ignore)]
        }
        bindings.append(KeyBinding([.escape], bar: c.back, help: w.helpBack, action: .back))
        return Keymap(bindings + ListMove.bindings(line: w.helpMoveField, page: c.board.helpPage, ends: c.board.helpEnds, action: .move))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, row: row).help }
}

extension ReconcileDetailScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .keep, .take, .type, .choose, .none, .add, .ignore, .notInDPP: return .edit
        case .back, .move: return nil
        }
    }
}
