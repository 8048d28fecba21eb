/// The help box a screen shows on F1 or `?`: its keymap as a two-column table
/// (keys, what they do), generated from `Keymap.helpRows` so it never drifts from the keys.
///
/// Centred, with a caller-given title and footer hint (on the bottom border). A row with no
/// keys is a section heading (bold); an empty row is a blank line. When the rows
/// do not fit it scrolls with the list keys and shows which rows are on screen.
/// It is modal: every key is consumed; Esc, q, F1 and ? close it.
public struct HelpOverlay: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Consumed; the overlay stays open.
        case handled
        /// The user closed the help.
        case close
    }

    public var title: String
    public var rows: [HelpRow]
    public var footer: String
    /// The area the overlay is drawn in (normally the whole screen); paging needs its height.
    public var area: Size
    /// Index of the first line shown (a row whose text is wrapped takes several lines).
    public private(set) var top: Int = 0

    public init(title: String, rows: [HelpRow], footer: String = "", area: Size) {
        self.title = title
        self.rows = rows
        self.footer = footer
        self.area = area
    }

    /// Call on a terminal resize.
    public mutating func resize(_ size: Size) {
        area = size
        top = min(top, maxTop)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .char("q"), .char("?"), .function(1): return .close
        default: break
        }
        if let move = ListMove(key) {
            top = move.scrolled(top: top, page: layout(in: Rect(size: area)).body.height, maxTop: maxTop)
        }
        return .handled
    }

    private var maxTop: Int {
        let l = layout(in: Rect(size: area))
        return max(0, l.lines.count - l.body.height)
    }

    /// One line of the box: a row's keys (on its first line only) and a piece of its text,
    /// wrapped rather than cut, so no help is lost on a narrow terminal.
    struct Line: Hashable {
        let keys: String
        let text: String
        let heading: Bool
    }

    /// The box, the rows inside it as lines, and the keys' width. Keys take at most a third
    /// of the width.
    func layout(in rect: Rect) -> (box: Rect, body: Rect, keyWidth: Int, lines: [Line]) {
        let maxWidth = max(0, rect.width - 4)   // a margin so the screen behind stays visible
        let maxHeight = max(0, rect.height - 2)
        let keyWidth = min(rows.map(\.keys.displayWidth).max() ?? 0, max(4, maxWidth / 3))
        let textWidth = rows.map(\.text.displayWidth).max() ?? 0
        // The range label is reserved whenever the rows alone could overflow.
        let range = rows.count > maxHeight - 2 ? rangeLabel(first: rows.count, shown: 0, total: rows.count).displayWidth + 1 : 0
        let want = max(keyWidth + 2 + textWidth + 4, title.displayWidth + 6, footer.displayWidth + 6 + range)
        let width = min(want, maxWidth)
        let room = max(1, width - 4 - keyWidth - 2)
        let lines = rows.flatMap { row -> [Line] in
            let pieces = row.text.isEmpty ? [""] : row.text.wrapped(toCells: room)
            return pieces.enumerated().map { Line(keys: $0.offset == 0 ? row.keys : "", text: $0.element, heading: row.keys.isEmpty) }
        }
        let box = rect.centered(width: width, height: min(lines.count + 2, maxHeight))
        return (box, box.inset(dx: 2, dy: 1), keyWidth, lines)
    }

    /// Draws the box over whatever is behind it. Returns the cursor on the first shown row,
    /// so a screen reader starts reading the help there.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool = true) -> Point? {
        let (box, body, keyWidth, lines) = layout(in: rect)
        guard box.width >= 4, box.height >= 3 else { return nil }
        buffer.fill(box)
        buffer.box(box, title: title)
        let first = min(top, max(0, lines.count - body.height))
        for (i, line) in lines[first..<min(lines.count, first + body.height)].enumerated() {
            let y = body.y + i
            buffer.write(line.keys, x: body.x, y: y, width: min(keyWidth, body.width), style: .bold)
            let textX = body.x + keyWidth + 2
            // A row without keys heads a section ("Di semua layar"), so it is bold.
            buffer.write(line.text, x: textX, y: y, width: body.maxX - textX, style: line.heading ? .bold : .plain)
        }
        drawFooter(box: box, first: first, shown: body.height, total: lines.count, on: &buffer)
        return focused ? Point(x: body.x, y: body.y) : nil
    }

    private func rangeLabel(first: Int, shown: Int, total: Int) -> String {
        " \(first + 1)-\(min(total, first + shown))/\(total) "
    }

    private func drawFooter(box: Rect, first: Int, shown: Int, total: Int, on buffer: inout Buffer) {
        let y = box.maxY - 1
        var right = box.maxX - 2
        if total > shown {
            let range = rangeLabel(first: first, shown: shown, total: total)
            right -= range.displayWidth
            buffer.write(range, x: right, y: y)
        }
        if !footer.isEmpty {
            let room = right - (box.x + 2) - 1
            guard room > 2 else { return }
            buffer.write(" " + footer.prefix(cells: room - 2) + " ", x: box.x + 2, y: y, style: .dim)
        }
    }
}
