/// One entry of a `Menu`: its label and an optional hotkey that activates it directly.
public struct MenuItem: Hashable, Sendable {
    public var label: String
    public var hotkey: Character?

    public init(_ label: String, hotkey: Character? = nil) {
        self.label = label
        self.hotkey = hotkey
    }
}

/// A vertical menu: move with the list keys, Enter or an item's hotkey activates it.
///
/// Rows look like ` 1  Anggota`; the selected row is reverse video across the whole width
/// when the menu has focus (bold when it does not), and the terminal cursor sits on it.
public struct Menu: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The key is not a menu key; the screen may use it.
        case ignored
        /// The selection moved.
        case moved
        /// The item at this index was chosen (Enter or its hotkey).
        case activated(Int)
    }

    public var items: [MenuItem]
    public private(set) var selected: Int

    public init(_ items: [MenuItem], selected: Int = 0) {
        self.items = items
        self.selected = items.isEmpty ? 0 : min(max(selected, 0), items.count - 1)
    }

    public mutating func select(_ index: Int) {
        guard !items.isEmpty else { return }
        selected = min(max(index, 0), items.count - 1)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard !items.isEmpty else { return .ignored }
        // Hotkeys first: the caller chose them, so they win over j/k/g/G.
        if case .char(let c) = key, let i = items.firstIndex(where: { $0.hotkey == c }) {
            selected = i
            return .activated(i)
        }
        if key == .enter { return .activated(selected) }
        guard let move = ListMove(key) else { return .ignored }
        // A menu is short; a page is however many it holds, and draw keeps the selection visible.
        selected = move.target(from: selected, count: items.count, page: items.count)
        return .moved
    }

    /// Draws one item per row from the top of `rect`; returns the selected row's position.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        buffer.fill(rect)
        let keyWidth = items.map { $0.hotkey.map { String($0).displayWidth } ?? 0 }.max() ?? 0
        // Keep the selection on screen without remembering a scroll offset: the view stays pure.
        let top = max(0, selected - (rect.height - 1))
        var cursor: Point?
        for row in 0..<min(rect.height, items.count - top) {
            let index = top + row
            let item = items[index]
            let y = rect.y + row
            var line = " "
            if keyWidth > 0 { line += (item.hotkey.map(String.init) ?? "").fitted(to: keyWidth) + "  " }
            line += item.label
            let isSelected = index == selected
            let style: Style = isSelected ? (focused ? .selected : .bold) : .plain
            buffer.write(line, x: rect.x, y: y, width: rect.width, style: style)
            if isSelected { cursor = Point(x: rect.x, y: y) }
        }
        return cursor
    }
}
