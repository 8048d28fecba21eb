/// The bottom key bar, as in htop and mc: each key in reverse video followed by its label.
///
/// Items are kept in the order given (the keymap's order is its priority). When the row is
/// too narrow, items are dropped whole from the lowest priority: a key shown without its
/// label, or a label cut in half, would mislead. Pinned items (how to get help, how to quit)
/// keep their room first, so they never drop off.
public struct KeyBar: Hashable, Sendable {
    public var items: [KeyBarItem]
    /// Cells between two items.
    public var gap: Int

    public init(_ items: [KeyBarItem], gap: Int = 2) {
        self.items = items
        self.gap = gap
    }

    /// The items that fit whole in `width` cells, in their order.
    public func visibleItems(width: Int) -> [KeyBarItem] {
        func need(_ list: [KeyBarItem]) -> Int {
            list.isEmpty ? 0 : list.map(Self.width).reduce(0, +) + gap * (list.count - 1)
        }
        var kept = Set(items.indices.filter { items[$0].pinned })
        // Pinned items that cannot all fit give way from the end, like the others.
        while need(kept.sorted().map { items[$0] }) > width, let last = kept.max() { kept.remove(last) }
        for i in items.indices where !items[i].pinned {
            let trial = kept.union([i])
            if need(trial.sorted().map { items[$0] }) <= width { kept = trial } else { break }
        }
        return kept.sorted().map { items[$0] }
    }

    /// Draws on the first row of `rect`, clearing the rest of it.
    public func draw(in rect: Rect, on buffer: inout Buffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        for (i, item) in visibleItems(width: rect.width).enumerated() {
            if i > 0 { x += gap }
            x += buffer.write(item.key, x: x, y: rect.y, style: Style.reverse.with(.bold))
            if !item.label.isEmpty {
                x += buffer.write(" " + item.label, x: x, y: rect.y)
            }
        }
    }

    static func width(of item: KeyBarItem) -> Int {
        item.key.displayWidth + (item.label.isEmpty ? 0 : 1 + item.label.displayWidth)
    }
}
