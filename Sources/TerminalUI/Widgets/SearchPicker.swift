/// Choose one item by typing part of it: a query field over a short list of matches, drawn as
/// a box over the screen. The caller runs the search (off the loop, as it likes) and hands the
/// matches back with `show(_:for:)`; the picker only edits, moves and draws.
///
/// Keys: typing edits the query (every `TextField` key), ↑/↓ and PgUp/PgDn move among the
/// matches, Enter chooses, Esc cancels. Letters are always text here, so j/k do not move.
public struct SearchPicker<Item: Hashable & Sendable>: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Consumed; nothing for the caller to do.
        case none
        /// The query text changed: search for it.
        case queryChanged(String)
        /// Enter on this match.
        case chosen(Item)
        /// Enter while the matches shown are for an older query: the caller should read the
        /// current query's matches now and choose from them.
        case chooseWhenCurrent
        case cancelled
        /// Not a picker key (F1, F10…).
        case ignored
    }

    public var title: String
    public private(set) var query: TextField
    public private(set) var items: [Item] = []
    /// The query `items` were found for; differs from `query.text` while a search is pending.
    public private(set) var itemsQuery: String
    public private(set) var selected = 0
    /// True when more matches exist than `items` holds.
    public private(set) var hasMore = false

    public init(title: String, query: String = "", placeholder: String = "") {
        self.title = title
        self.query = TextField(query, maxLength: 100, placeholder: placeholder)
        self.itemsQuery = query
    }

    /// True while the matches shown belong to an older query.
    public var isStale: Bool { itemsQuery != query.text }

    public var selectedItem: Item? { items.indices.contains(selected) ? items[selected] : nil }

    /// Shows the matches of `query`; ignored when the user has typed on since (a late result).
    /// The selection stays on the same item when it is still there.
    public mutating func show(_ matches: [Item], hasMore: Bool, for query: String) {
        guard query == self.query.text else { return }
        let keep = selectedItem
        items = matches
        itemsQuery = query
        self.hasMore = hasMore
        selected = keep.flatMap { matches.firstIndex(of: $0) } ?? 0
    }

    /// Puts the selection on `item` when it is shown (a chooser opening on the current value).
    public mutating func select(_ item: Item) {
        if let i = items.firstIndex(of: item) { selected = i }
    }

    public mutating func handle(_ key: Key, page: Int) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter:
            if isStale { return .chooseWhenCurrent }
            return selectedItem.map(Outcome.chosen) ?? .none
        case .up, .down, .pageUp, .pageDown:
            let move: ListMove = key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown
            selected = move.target(from: selected, count: items.count, page: page)
            return .none
        default:
            switch query.handle(key) {
            case .changed: return .queryChanged(query.text)
            case .moved, .rejected: return .none
            case .ignored: return .ignored
            }
        }
    }

    /// The box for `rows` matches, centred in `area`: as wide as `width` allows.
    public static func frame(in area: Rect, width: Int, rows: Int) -> Rect {
        let w = min(area.width, max(30, width))
        let h = min(area.height, rows + 6)
        return area.centered(width: w, height: h)
    }

    /// Draws the box: the query on top, the matches as `table` rows below (cells from
    /// `cells`), and `status` (e.g. "3 cocok", "mencari…") on the last inner line.
    /// Returns the caret in the query field.
    @discardableResult
    public func draw(in box: Rect, on buffer: inout Buffer, label: String, table: Table, cells: (Item) -> [String],
                     status: String, emptyText: String) -> Point? {
        guard box.width >= 10, box.height >= 5 else { return nil }
        buffer.fill(box)
        buffer.box(box, title: title)
        let body = box.inset(dx: 2, dy: 1)
        let labelWidth = buffer.write(label + " ", x: body.x, y: body.y, style: .bold, clip: body)
        let caret = query.draw(in: Rect(x: body.x + labelWidth, y: body.y, width: max(1, body.width - labelWidth), height: 1),
                               on: &buffer, focused: true)
        let list = Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 3))
        let visible = max(1, list.height - 1)
        let top = max(0, min(selected - visible + 1, items.count - visible))
        let shown = Array(items.dropFirst(top).prefix(visible))
        table.draw(rows: shown.map(cells), selected: items.isEmpty ? nil : selected - top, in: list, on: &buffer,
                   focused: !isStale, emptyText: emptyText)
        buffer.write(status, x: body.x, y: body.maxY - 1, style: .dim, clip: body)
        return caret
    }
}
