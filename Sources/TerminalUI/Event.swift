/// A key as the application sees it, whatever terminal produced it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)      // lower-case letter: .ctrl("s") is Ctrl-S
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)        // F1...F12
}

public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(Size)
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
        }
    }
}
