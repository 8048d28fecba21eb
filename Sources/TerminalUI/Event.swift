/// A key as the application sees it, whatever terminal produced it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)      // lower-case letter: .ctrl("s") is Ctrl-S
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)        // F1...F12
    /// Alt (or Meta) with a key: `.alt(.char("x"))` is Alt-x, `.alt(.left)` is Alt-←.
    indirect case alt(Key)
    /// Ctrl with a key that has no control character (arrows, Home, End, PgUp, PgDn, Del, Ins,
    /// F-keys). Ctrl with a letter stays `.ctrl`.
    indirect case control(Key)
    /// Shift with such a key. Shift-Tab stays `.backTab`; Shift with a letter is just its capital.
    indirect case shift(Key)
    // Combined modifiers nest in one fixed order, Alt outside, then Ctrl, then Shift:
    // Ctrl-Shift-↑ is `.control(.shift(.up))`, Ctrl-Alt-→ is `.alt(.control(.right))`.
    // One order means one spelling per chord, so keymaps can match with `==`.
}


extension Key {
    /// How the key is named in the key bar and help: "F2", "Ctrl-S", "Enter", "/".
    public var label: String {
        switch self {
        case .char(" "): return "Spasi"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .alt(let key): return "Alt-" + key.label
        case .control(let key): return "Ctrl-" + key.label
        case .shift(let key): return "Shift-" + key.label
        }
    }
}
