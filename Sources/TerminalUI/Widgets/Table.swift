/// One column of a `Table`.
public struct TableColumn: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public var title: String
    /// Below this the column is dropped rather than squeezed.
    public var minWidth: Int
    /// The width it gets when there is room.
    public var idealWidth: Int
    public var alignment: Alignment
    /// Higher stays longer: on a narrow terminal the lowest priority is dropped first.
    public var priority: Int
    /// Takes a share of any room left once every column has its ideal width (e.g. a name).
    public var expands: Bool

    public init(_ title: String, minWidth: Int, idealWidth: Int? = nil, alignment: Alignment = .left,
                priority: Int = 0, expands: Bool = false) {
        self.title = title
        self.minWidth = max(1, minWidth)
        self.idealWidth = max(self.minWidth, idealWidth ?? minWidth)
        self.alignment = alignment
        self.priority = priority
        self.expands = expands
    }
}

/// Rows of text in aligned columns under a header, the selected row in reverse video.
///
/// It draws whatever rows it is given (normally `ScrollWindow.rows`), so it never sees more
/// than a screenful. Cells are fitted by display width, so a row holding wide characters
/// keeps its columns aligned with the others.
public struct Table: Hashable, Sendable {
    public var columns: [TableColumn]
    /// Cells between two columns.
    public var gap: Int

    public init(_ columns: [TableColumn], gap: Int = 1) {
        self.columns = columns
        self.gap = gap
    }

    /// The width of each column in `width` cells, nil for a dropped column.
    public func layout(width: Int) -> [Int?] {
        var shown = Set(columns.indices)
        func need(_ keyPath: KeyPath<TableColumn, Int>) -> Int {
            shown.map { columns[$0][keyPath: keyPath] }.reduce(0, +) + gap * max(0, shown.count - 1)
        }
        // Drop the lowest priority (the rightmost among equals) until the minimums fit.
        while need(\.minWidth) > width, shown.count > 1 {
            let victim = shown.min { a, b in
                columns[a].priority != columns[b].priority ? columns[a].priority < columns[b].priority : a > b
            }!
            shown.remove(victim)
        }
        var widths: [Int?] = columns.indices.map { shown.contains($0) ? columns[$0].minWidth : nil }
        var spare = width - need(\.minWidth)
        // Grow towards the ideal width, most important columns first.
        for i in shown.sorted(by: { (columns[$0].priority, -$0) > (columns[$1].priority, -$1) }) where spare > 0 {
            let grow = min(spare, columns[i].idealWidth - columns[i].minWidth)
            widths[i]! += grow
            spare -= grow
        }
        // Share what is left among the expanding columns, left to right.
        let expanding = shown.sorted().filter { columns[$0].expands }
        for (n, i) in expanding.enumerated() where spare > 0 {
            let share = spare / (expanding.count - n)
            widths[i]! += share
            spare -= share
        }
        return widths
    }

    /// Where column `index` sits in a table `width` cells wide: its offset from the left and
    /// its width; nil when it was dropped for room. For drawing over a cell (a gauge).
    public func column(_ index: Int, width: Int) -> (x: Int, width: Int)? {
        let widths = layout(width: width)
        guard widths.indices.contains(index), let w = widths[index] else { return nil }
        let before = widths[..<index].compactMap { $0 }
        return (before.reduce(0, +) + gap * before.count, min(w, width - before.reduce(0, +) - gap * before.count))
    }

    /// Draws the header on the first row of `rect` and `rows` below it, each row's cells in
    /// column order. `selected` is an index into `rows`. Returns the selected row's position
    /// for the terminal cursor. With no rows, `emptyText` is shown under the header.
    @discardableResult
    public func draw(rows: [[String]], selected: Int?, in rect: Rect, on buffer: inout Buffer,
                     focused: Bool, emptyText: String = "") -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        buffer.fill(rect)
        let widths = layout(width: rect.width)
        drawRow(columns.map(\.title), widths: widths, in: rect, y: rect.y, style: .bold, on: &buffer)
        buffer.highlight(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: .underline)
        if rows.isEmpty, rect.height > 1 {
            buffer.write(emptyText, x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
            return nil
        }
        var cursor: Point?
        for (i, cells) in rows.prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + i
            drawRow(cells, widths: widths, in: rect, y: y, style: .plain, on: &buffer)
            if i == selected {
                buffer.highlight(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: focused ? .selected : .bold)
                cursor = Point(x: rect.x, y: y)
            }
        }
        return cursor
    }

    private func drawRow(_ cells: [String], widths: [Int?], in rect: Rect, y: Int, style: Style, on buffer: inout Buffer) {
        var x = rect.x
        var first = true
        for (i, width) in widths.enumerated() {
            guard let width else { continue }
            if !first { x += gap }
            first = false
            let room = min(width, rect.maxX - x)
            guard room > 0 else { break }
            let text = i < cells.count ? cells[i] : ""
            buffer.write(text, x: x, y: y, width: room, style: style, alignRight: columns[i].alignment == .right)
            x += width
        }
    }

    /// Draws a `ScrollWindow`'s rows, turning each row into cells with `cells`.
    @discardableResult
    public func draw<Row>(_ window: ScrollWindow<Row>, cells: (Row) -> [String], in rect: Rect,
                          on buffer: inout Buffer, focused: Bool, emptyText: String = "") -> Point? {
        draw(rows: window.rows.map(cells), selected: window.selected, in: rect, on: &buffer,
             focused: focused, emptyText: emptyText)
    }
}
