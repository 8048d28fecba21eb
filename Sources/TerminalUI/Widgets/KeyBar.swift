/// The bottom key bar, as in htop and mc: each key in reverse video followed by its label.
///
/// Items are kept in the order given (the keymap's order is its priority). When the row is
/// too narrow the bar stops before the first item that does not fit whole: a key shown
/// without its label, or a label cut in half, would mislead.
public struct KeyBar: Hashable, Sendable {
    public var items: [KeyBarItem]
    /// Cells between two items.
    public var gap: Int

    public init(_ items: [KeyBarItem], gap: Int = 2) {
        self.items = items
        self.gap = gap
    }

    /// The items that fit whole in `width` cells.
    public func visibleItems(width: Int) -> [KeyBarItem] {
        var used = 0
        var shown: [KeyBarItem] = []
        for item in items {
            let need = (shown.isEmpty ? 0 : gap) + Self.width(of: item)
            if used + need > width { break }
            used += need
            shown.append(item)
        }
        return shown
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
