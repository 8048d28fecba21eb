import Domain
import TerminalUI

extension MemberFormScreen {
    /// The form itself dispatches these (it gives the focused input the first refusal), so the
    /// keymap is for the bar and the help; the rows come from the widgets that read the keys.
    static func keymap(_ c: Catalog) -> Keymap<Permission?> {
        Keymap(Form<MemberField>.bindings(next: c.memberForm.helpNext, submit: c.memberForm.helpSave, submitBar: c.memberForm.save,
                                          cancel: c.memberForm.helpCancel, action: nil)
               + ChoiceField.bindings(label: c.memberForm.helpChoiceKeys, help: c.memberForm.helpChoice, action: nil)
               + DateField.bindings(help: c.memberForm.helpDate, action: nil)
               + TextField.bindings(moveCaret: c.helpCaret, deleteText: c.helpTextEdit, action: nil))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        unavailable != nil ? [] : Self.keymap(catalog).help
    }
}
