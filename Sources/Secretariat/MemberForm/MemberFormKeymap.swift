import TerminalUI

extension MemberFormScreen {
    /// The form itself dispatches these (it gives the focused input the first refusal), so the
    /// keymap is for the bar and the help; the rows come from the widgets that read the keys.
    static func keymap(_ c: Catalog) -> Keymap<Void> {
        Keymap(Form<MemberField>.bindings(next: c.formHelpNext, submit: c.formHelpSave, submitBar: c.formSave,
                                          cancel: c.formHelpCancel, action: ())
               + ChoiceField.bindings(label: c.formHelpChoiceKeys, help: c.formHelpChoice, action: ())
               + DateField.bindings(help: c.formHelpDate, action: ())
               + TextField.bindings(moveCaret: c.formHelpCaret, deleteText: c.formHelpEdit, action: ()))
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] {
        unavailable != nil ? [] : Self.keymap(catalog).help
    }
}
