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
    /// Index of the first row shown.
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
            let page = layout(in: Rect(size: area)).body.height
            switch move {
            case .up: top -= 1
            case .down: top += 1
            case .pageUp: top -= max(1, page - 1)
            case .pageDown: top += max(1, page - 1)
            case .first: top = 0
            case .last: top = maxTop
            }
            top = min(max(0, top), maxTop)
        }
        return .handled
    }

    private var maxTop: Int {
        max(0, rows.count - layout(in: Rect(size: area)).body.height)
    }

    /// The box and the rows inside it. Keys take at most a third of the width.
    func layout(in rect: Rect) -> (box: Rect, body: Rect, keyWidth: Int) {
        let maxWidth = max(0, rect.width - 4)   // a margin so the screen behind stays visible
        let maxHeight = max(0, rect.height - 2)
        let keyWidth = min(rows.map(\.keys.displayWidth).max() ?? 0, max(4, maxWidth / 3))
        let textWidth = rows.map(\.text.displayWidth).max() ?? 0
        let height = min(rows.count + 2, maxHeight)
        // When it scrolls, the bottom border also carries the "first-last/total" range.
        let range = rows.count > height - 2 ? rangeLabel(first: rows.count, shown: 0).displayWidth + 1 : 0
        let want = max(keyWidth + 2 + textWidth + 4, title.displayWidth + 6, footer.displayWidth + 6 + range)
        let box = rect.centered(width: min(want, maxWidth), height: height)
        return (box, box.inset(dx: 2, dy: 1), keyWidth)
    }

    /// Draws the box over whatever is behind it. Returns the cursor on the first shown row,
    /// so a screen reader starts reading the help there.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool = true) -> Point? {
        let (box, body, keyWidth) = layout(in: rect)
        guard box.width >= 4, box.height >= 3 else { return nil }
        buffer.fill(box)
        buffer.box(box, title: title)
        let first = min(top, max(0, rows.count - body.height))
        for (i, row) in rows[first..<min(rows.count, first + body.height)].enumerated() {
            let y = body.y + i
            buffer.write(row.keys, x: body.x, y: y, width: min(keyWidth, body.width), style: .bold)
            let textX = body.x + keyWidth + 2
            // A row without keys heads a section ("Di semua layar"), so it is bold.
            buffer.write(row.text, x: textX, y: y, width: body.maxX - textX, style: row.keys.isEmpty ? .bold : .plain)
        }
        drawFooter(box: box, first: first, shown: body.height, on: &buffer)
        return focused ? Point(x: body.x, y: body.y) : nil
    }

    private func rangeLabel(first: Int, shown: Int) -> String {
        " \(first + 1)-\(min(rows.count, first + shown))/\(rows.count) "
    }

    private func drawFooter(box: Rect, first: Int, shown: Int, on buffer: inout Buffer) {
        let y = box.maxY - 1
        var right = box.maxX - 2
        if rows.count > shown {
            let range = rangeLabel(first: first, shown: shown)
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
