/// The visible part of a long list: only the rows on screen, which of them is selected, and
/// where that row stands in the whole list (1-based, for a `12/124` counter).
///
/// It never holds more than `height` rows and asks the source only for what a move needs:
/// one row for a step past the edge, one page for PgUp/PgDn, `first`/`last` for g/G.
/// The source is passed to each call rather than stored, so the window stays a plain value
/// and the screen decides when the database is read (in update, never in view).
public struct ScrollWindow<Row> {
    public enum Outcome: Hashable, Sendable {
        /// Not a list key.
        case ignored
        /// The selection moved (or the key was a move with nowhere to go).
        case moved
        /// Enter on a row: open `selectedRow`.
        case activated
    }

    /// The rows on screen, in display order.
    public private(set) var rows: [Row] = []
    /// Index of the selected row within `rows`.
    public private(set) var selected: Int = 0
    /// 1-based position of the selected row in the whole list; 0 when the list is empty.
    public private(set) var position: Int = 0
    /// Rows in the whole list, as of the last `load`, `reload` or `anchor`.
    public private(set) var total: Int = 0
    /// How many rows the window shows.
    public private(set) var height: Int

    public init(height: Int) {
        self.height = max(1, height)
    }

    public var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }
    public var isEmpty: Bool { rows.isEmpty }
    /// "12/124", or "0/0" for an empty list.
    public var counter: String { "\(position)/\(total)" }

    /// Shows the top of the list.
    public mutating func load<S: KeysetSource>(from source: S) throws where S.Row == Row {
        total = try source.count()
        try moveToFirst(source)
    }

    public mutating func handle<S: KeysetSource>(_ key: Key, source: S) throws -> Outcome where S.Row == Row {
        if key == .enter { return rows.isEmpty ? .moved : .activated }
        guard let move = ListMove(key) else { return .ignored }
        guard !rows.isEmpty else { return .moved }
        switch move {
        case .down: try stepDown(source)
        case .up: try stepUp(source)
        case .pageDown: try pageDown(source)
        case .pageUp: try pageUp(source)
        case .first: try moveToFirst(source)
        case .last: try moveToLast(source)
        }
        return .moved
    }

    // MARK: Moves

    private mutating func stepDown<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        if selected < rows.count - 1 { selected += 1; position += 1; return }
        guard let next = try source.after(rows[rows.count - 1], limit: 1).first else { return }
        rows.append(next)
        if rows.count > height { rows.removeFirst() }
        selected = rows.count - 1
        position += 1
    }

    private mutating func stepUp<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        if selected > 0 { selected -= 1; position -= 1; return }
        guard let previous = try source.before(rows[0], limit: 1).last else { return }
        rows.insert(previous, at: 0)
        if rows.count > height { rows.removeLast() }
        selected = 0
        position -= 1
    }

    /// Moves the selection a page down (`height` rows), or to the last row near the end.
    /// The rows read are the next page, which is what the window then shows.
    private mutating func pageDown<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        let more = try source.after(rows[rows.count - 1], limit: height)
        let combined = rows + more
        let target = min(selected + height, combined.count - 1)   // indices into `combined`
        let overflow = max(0, combined.count - height)
        position += target - selected
        rows = Array(combined.dropFirst(overflow))
        selected = target - overflow
    }

    /// Moves the selection a page up, or to the first row near the top.
    private mutating func pageUp<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        let more = try source.before(rows[0], limit: height)
        let combined = more + rows
        let current = selected + more.count   // indices into `combined`
        let target = max(0, current - height)
        position -= current - target
        rows = Array(combined.prefix(height))
        selected = target
    }

    private mutating func moveToFirst<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        rows = try source.first(limit: height)
        selected = 0
        position = rows.isEmpty ? 0 : 1
    }

    private mutating func moveToLast<S: KeysetSource>(_ source: S) throws where S.Row == Row {
        rows = try source.last(limit: height)
        selected = max(0, rows.count - 1)
        position = rows.isEmpty ? 0 : total
    }

    // MARK: Re-reading

    /// Shows `row` selected, at the same screen place as the selection was, with its true
    /// position (e.g. after saving a record, whose sort key may have changed). `row` must exist.
    public mutating func anchor<S: KeysetSource>(at row: Row, source: S) throws where S.Row == Row {
        total = try source.count()
        let index = try source.countBefore(row)
        let wantAbove = min(selected, height - 1)
        var above = try source.before(row, limit: wantAbove)
        let below = try source.after(row, limit: height - 1 - above.count)
        let room = height - 1 - above.count - below.count
        if room > 0, above.count == wantAbove {
            // Near the end: fill the window from above rather than leave it half empty.
            above = try source.before(above.first ?? row, limit: room) + above
        }
        rows = above + [row] + below
        selected = above.count
        position = index + 1
    }

    /// Re-reads the window around the selected row (after a write elsewhere changed the list).
    public mutating func reload<S: KeysetSource>(from source: S) throws where S.Row == Row {
        guard let row = selectedRow else { return try load(from: source) }
        try anchor(at: row, source: source)
    }

    /// Changes the number of visible rows, keeping the selected row on screen.
    /// Growing reads only the rows added; shrinking reads nothing.
    public mutating func resize<S: KeysetSource>(height newHeight: Int, source: S) throws where S.Row == Row {
        height = max(1, newHeight)
        if rows.count > height {
            // Drop from the bottom first, then from the top, so the selection stays visible.
            let keepFrom = max(0, selected - (height - 1))
            rows = Array(rows[keepFrom..<(keepFrom + height)])
            selected -= keepFrom
            return
        }
        guard let lastRow = rows.last, let firstRow = rows.first, rows.count < height else { return }
        let below = try source.after(lastRow, limit: height - rows.count)
        rows.append(contentsOf: below)
        if rows.count < height {
            let above = try source.before(firstRow, limit: height - rows.count)
            rows.insert(contentsOf: above, at: 0)
            selected += above.count
        }
    }
}

extension ScrollWindow: Sendable where Row: Sendable {}
extension ScrollWindow: Equatable where Row: Equatable {}
