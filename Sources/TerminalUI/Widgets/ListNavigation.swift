/// The movement keys every list-like widget shares (DESIGN.md: arrows, j/k, PgUp/PgDn,
/// Home/End, g/G), decoded once so menus, lists and the help overlay agree.
public enum ListMove: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last

    public init?(_ key: Key) {
        switch key {
        case .up, .char("k"): self = .up
        case .down, .char("j"): self = .down
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .home, .char("g"): self = .first
        case .end, .char("G"): self = .last
        default: return nil
        }
    }

    /// The index this move leads to in a list of `count` items showing `page` rows at a time.
    public func target(from index: Int, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let step = max(1, page - 1)   // keep one row of context across a page turn
        let next: Int
        switch self {
        case .up: next = index - 1
        case .down: next = index + 1
        case .pageUp: next = index - step
        case .pageDown: next = index + step
        case .first: next = 0
        case .last: next = count - 1
        }
        return min(max(next, 0), count - 1)
    }
}

extension ListMove {
    /// The first row in view after this move, for a view that scrolls without a selection
    /// (the help, a report): a line, a page keeping one line of context, or an end, within
    /// 0…`maxTop`.
    public func scrolled(top: Int, page: Int, maxTop: Int) -> Int {
        // The first row in view moves as a selection would among the `maxTop + 1` tops there are.
        target(from: top, count: max(0, maxTop) + 1, page: page)
    }

    /// The list keys in three groups, for a screen's keymap: one binding per group, so the help
    /// reads "↑/↓ j/k", "PgUp/PgDn", "g/G Home/End". The screen turns the key into the move
    /// with `ListMove(key)`.
    public static func bindings<Action>(line: String, page: String, ends: String, action: Action) -> [KeyBinding<Action>] {
        [KeyBinding([.up, .down, .char("k"), .char("j")], help: line, label: "↑/↓ j/k", action: action),
         KeyBinding([.pageUp, .pageDown], help: page, label: "PgUp/PgDn", action: action),
         KeyBinding([.home, .end, .char("g"), .char("G")], help: ends, label: "g/G Home/End", action: action)]
    }
}

/// The selected row of a list and the first row shown, kept in step as the list moves,
/// shrinks or is resized.
public struct ListCursor: Hashable, Sendable {
    public private(set) var selected = 0
    public private(set) var top = 0

    public init() {}

    /// Selects `index` (clamped to `count`) and scrolls so it is among `height` rows shown.
    public mutating func select(_ index: Int, count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(index, 0), count - 1)
        let rows = max(1, height)
        top = min(max(0, top), max(0, count - rows))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
    }

    /// Applies a move key; false when `key` is not one.
    public mutating func handle(_ key: Key, count: Int, height: Int) -> Bool {
        guard let move = ListMove(key) else { return false }
        select(move.target(from: selected, count: count, page: height), count: count, height: height)
        return true
    }
}
