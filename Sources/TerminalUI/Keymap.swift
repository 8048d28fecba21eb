/// A screen's keys in one table: it maps keys to actions and feeds both the key bar and the
/// help overlay, so what the user reads always matches what the keys do (as calcurse and
/// newsboat keep theirs).
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// Short label for the key bar; nil keeps the binding out of the bar (still in help).
    public var barLabel: String?
    /// One line for the help overlay.
    public var help: String
    public var action: Action
    /// How the help names the keys when joining them would not read well ("1–7", "↑/↓ j/k").
    public var label: String?

    public init(_ keys: [Key], bar barLabel: String? = nil, help: String, label: String? = nil, action: Action) {
        self.keys = keys
        self.barLabel = barLabel
        self.help = help
        self.label = label
        self.action = action
    }

    /// Keys joined as the user reads them: "F2/Ctrl-S".
    public var keyLabel: String { label ?? keys.map(\.label).joined(separator: "/") }
}

public struct Keymap<Action: Sendable>: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    public func action(for key: Key) -> Action? {
        bindings.first(where: { $0.keys.contains(key) })?.action
    }

    /// (key, label) pairs for the key bar, in table order. The first key of a binding is shown.
    public var barItems: [KeyBarItem] {
        bindings.compactMap { b in
            b.barLabel.map { KeyBarItem(key: b.label ?? b.keys.first?.label ?? "", label: $0) }
        }
    }

    /// (keys, description) rows for the help overlay.
    public var helpRows: [HelpRow] {
        bindings.map { HelpRow(keys: $0.keyLabel, text: $0.help) }
    }
}

public struct KeyBarItem: Hashable, Sendable {
    public var key: String
    public var label: String
    /// Kept when the bar is too narrow for everything (help and quit).
    public var pinned: Bool
    public init(key: String, label: String, pinned: Bool = false) {
        self.key = key
        self.label = label
        self.pinned = pinned
    }
}

public struct HelpRow: Hashable, Sendable {
    public var keys: String
    public var text: String
    public init(keys: String, text: String) { self.keys = keys; self.text = text }
}
