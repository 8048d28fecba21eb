import Domain
import TerminalUI

extension MusdaRecordScreen {
    enum Action: Sendable {
        case nextTab, previousTab, session, move
        case chooseSession, addSession, addItem, editRow, chair, moveItemUp, moveItemDown
        case register, depart, arrive, openMinutes, finalise, reopen, adopt, addDecision
        // Outcomes (issue 12): MusdaRecordOutcomeUpdate.
        case editReport, verdict
        case addCandidate, votes, counts, method, office, declare, witness, removeCandidate
        case addFormatur, removeFormatur, deadline, handover, undoHandover
        // Papers (issue 15): MusdaRecordDocuments.
        case documents, decree
    }

    static func keymap(_ c: Catalog, tab: Tab) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = []
        switch tab {
        case .summary:
            break
        case .sessions:
            bindings += [KeyBinding([.enter], bar: c.musda.chooseSession, help: c.musda.helpChooseSession, action: .chooseSession),
                         KeyBinding([.char("a"), .insert], bar: c.musda.addSession, help: c.musda.helpAddSession, action: .addSession),
                         KeyBinding([.char("i")], bar: c.musda.addItem, help: c.musda.helpAddItem, action: .addItem),
                         KeyBinding([.char("e"), .function(4)], help: c.musda.helpEditRow, action: .editRow),
                         KeyBinding([.char("p")], help: c.musda.helpChair, action: .chair),
                         KeyBinding([.alt(.up), .char("K")], help: c.musda.helpMoveItem, label: "Alt-↑/K", action: .moveItemUp),
                         KeyBinding([.alt(.down), .char("J")], help: c.musda.helpMoveItem, label: "Alt-↓/J", action: .moveItemDown)]
        case .attendance:
            bindings += [KeyBinding([.char("a"), .insert], bar: c.musda.register, help: c.musda.helpRegister, action: .register),
                         KeyBinding([.char("p")], bar: c.musda.depart, help: c.musda.helpDepart, action: .depart),
                         KeyBinding([.char("m")], bar: c.musda.arrive, help: c.musda.helpArrive, action: .arrive)]
        case .minutes:
            bindings += [KeyBinding([.enter, .char("e")], bar: c.musda.openEditor, help: c.musda.helpOpenEditor, action: .openMinutes),
                         KeyBinding([.char("f")], bar: c.musda.finalise, help: c.musda.helpFinalise, action: .finalise),
                         KeyBinding([.char("r")], help: c.musda.helpReopen, action: .reopen)]
        case .decisions:
            bindings += [KeyBinding([.char("t")], bar: c.musda.adopt, help: c.musda.helpAdopt, action: .adopt),
                         KeyBinding([.char("m")], help: c.documents.helpDecree, action: .decree),
                         KeyBinding([.char("a"), .insert], bar: c.musda.addDecision, help: c.musda.helpAddDecision, action: .addDecision)]
        case .lpj:
            let o = c.outcome
            bindings += [KeyBinding([.char("e"), .function(4)], bar: o.editReport, help: o.helpEditReport, action: .editReport),
                         KeyBinding([.char("v")], bar: o.verdict, help: o.helpVerdict, action: .verdict)]
        case .election:
            let o = c.outcome
            bindings += [KeyBinding([.char("a"), .insert], bar: o.addCandidate, help: o.helpAddCandidate, action: .addCandidate),
                         KeyBinding([.enter, .char("v")], bar: o.votes, help: o.helpVotes, action: .votes),
                         KeyBinding([.char("h")], bar: o.counts, help: o.helpCounts, action: .counts),
                         KeyBinding([.char("t")], bar: o.declare, help: o.helpDeclare, action: .declare),
                         KeyBinding([.char("m")], help: o.helpMethod, action: .method),
                         KeyBinding([.char("o")], help: o.helpOffice, action: .office),
                         KeyBinding([.char("s")], help: o.helpWitness, action: .witness),
                         KeyBinding([.char("x"), .delete], help: o.helpRemoveCandidate, action: .removeCandidate)]
        case .formatur:
            let o = c.outcome
            bindings += [KeyBinding([.char("a"), .insert], bar: o.addMember, help: o.helpAddMember, action: .addFormatur),
                         KeyBinding([.char("d")], bar: o.deadlineWord, help: o.helpDeadline, action: .deadline),
                         KeyBinding([.char("s")], bar: o.handoverWord, help: o.helpHandover, action: .handover),
                         KeyBinding([.char("x"), .delete], help: o.helpRemoveMember, action: .removeFormatur),
                         KeyBinding([.char("u")], help: o.helpUndoHandover, action: .undoHandover)]
        case .documents:
            break
        }
        // Every tab has papers behind it; on the Dokumen tab Enter makes one too.
        bindings.append(KeyBinding(tab == .documents ? [.char("c"), .enter] : [.char("c")], bar: c.documents.make,
                                   help: c.documents.helpMake, action: .documents))
        bindings += [
            KeyBinding([.tab, .right], bar: c.musda.nextTab, help: c.musda.helpTabs, label: "Tab", action: .nextTab),
            KeyBinding([.backTab, .left], help: c.helpPreviousTab, label: "Shift-Tab/←", action: .previousTab),
            // One row for both keys; the update tells them apart.
            KeyBinding([.char("["), .char("]")], bar: c.musda.sessionWord, help: c.musda.helpSession, label: "[ ]", action: .session),
        ]
        if tab != .summary && tab != .minutes {
            bindings += ListMove.bindings(line: c.board.helpMove, page: c.board.helpPage, ends: c.board.helpEnds, action: .move)
        }
        return Keymap(bindings)
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog, tab: tab).help }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension MusdaRecordScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .addSession, .addItem, .editRow, .chair, .moveItemUp, .moveItemDown, .register, .depart, .arrive, .openMinutes, .finalise, .reopen, .adopt, .addDecision: return .edit
        case .editReport, .verdict, .addCandidate, .votes, .counts, .method, .office, .declare, .witness, .removeCandidate,
             .addFormatur, .removeFormatur, .deadline, .handover, .undoHandover: return .edit
        // Making a paper gives it a number in the register.
        case .documents, .decree: return .edit
        default: return nil
        }
    }
}
