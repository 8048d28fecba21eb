import Domain
import TerminalUI

extension MemberDetailScreen {
    enum Action: Sendable { case edit, toggleNIK, consent, restrict, scroll }

    /// `u` is there only when there is a NIK to show.
    static func keymap(_ c: Catalog, revealed: Bool, hasNIK: Bool) -> Keymap<Action> {
        var bindings = [KeyBinding([.char("e"), .function(4)], bar: c.memberDetail.edit, help: c.memberDetail.helpEdit, action: Action.edit),
                        KeyBinding([.char("p")], bar: c.memberDetail.consentKey, help: c.memberDetail.helpConsent, action: .consent),
                        KeyBinding([.char("b")], help: c.memberDetail.helpRestrict, action: .restrict)]
        if hasNIK {
            bindings.append(KeyBinding([.char("u")], bar: revealed ? c.memberDetail.hideNIK : c.memberDetail.showNIK, help: c.memberDetail.helpNIK,
                                       action: .toggleNIK))
        }
        return Keymap(bindings + ListMove.bindings(line: c.memberDetail.helpScroll, page: c.memberDetail.helpPage, ends: c.memberDetail.helpEnds,
                                                   action: .scroll))
    }

    func keymap(_ c: Catalog) -> Keymap<Action> {
        Self.keymap(c, revealed: revealNIK, hasNIK: detail?.person.nik != nil)
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        guard detail != nil, !isErased else {
            return keymap(catalog).help.filter { $0.label != nil }   // only scrolling
        }
        return keymap(catalog).help
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension MemberDetailScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .edit, .consent, .restrict: return .edit
        case .toggleNIK: return .unmask
        default: return nil
        }
    }
}
