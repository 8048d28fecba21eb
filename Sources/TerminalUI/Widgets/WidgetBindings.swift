/// The keys the toolkit's widgets handle themselves, as bindings a screen puts in its keymap
/// so the help lists them from the same place the widget reads them. Words come from the
/// caller's catalog; these are help rows, not bar items.
extension TextField {
    public static func bindings<Action>(moveCaret: String, deleteText: String, action: Action) -> [KeyBinding<Action>] {
        [KeyBinding([.left, .right, .home, .end, .ctrl("a"), .ctrl("e")], help: moveCaret, label: "←/→ Home/End", action: action),
         KeyBinding([.ctrl("u"), .ctrl("k"), .ctrl("w")], help: deleteText, label: "Ctrl-U/K/W", action: action)]
    }
}

extension ChoiceField {
    public static func bindings<Action>(label: String, help: String, action: Action) -> [KeyBinding<Action>] {
        [KeyBinding([.left, .right, .char(" ")], help: help, label: label, action: action)]
    }
}

extension DateField {
    /// Digits only; the separators appear by themselves.
    public static func bindings<Action>(help: String, action: Action) -> [KeyBinding<Action>] {
        [KeyBinding((0...9).map { .char(Character(String($0))) }, help: help, label: "0–9", action: action)]
    }
}

extension Form {
    /// Moving between fields, submitting and cancelling.
    public static func bindings<Action>(next: String, submit: String, submitBar: String, cancel: String,
                                        action: Action) -> [KeyBinding<Action>] {
        [KeyBinding([.function(2), .ctrl("s")], bar: submitBar, help: submit, action: action),
         KeyBinding([.tab, .backTab, .down, .up], help: next, label: "Tab/Shift-Tab ↓/↑", action: action),
         KeyBinding([.escape], help: cancel, action: action)]
    }
}
