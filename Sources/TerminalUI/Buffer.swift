/// One screen cell: a grapheme cluster and its style.
///
/// A wide character occupies its own cell plus a continuation cell (`text == ""`) to its
/// right, so columns stay aligned; combining marks stay inside the base's cluster.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    /// The right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
    public var width: Int {
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first { return byte < 0x20 || byte == 0x7F ? 0 : 1 }
        return text.isEmpty ? 0 : DisplayWidth.of(text)
    }
}

/// A full frame drawn in memory. Screens draw into it; the terminal diffs it against the last frame.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped to `clip` (default: the whole buffer).
    /// Returns the number of cells written. Control characters are shown as spaces; bidi
    /// overrides and zero-width marks are left out.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return 0 }
        var col = x
        if DisplayWidth.printableASCIICount(text) != nil {
            // One cell per byte: no grapheme breaking, and cells hold one-byte (inline) strings.
            for byte in text.utf8 {
                if col + 1 > area.maxX { break }
                if col >= area.x { put(Self.asciiGlyphs[Int(byte) - 0x20], width: 1, x: col, y: y, style: style) }
                col += 1
            }
            return max(0, col - x)
        }
        for ch in text {
            var w = DisplayWidth.of(ch)
            var glyph = String(ch)
            if w == 0 {
                // Bidi overrides and zero-width marks take no cell; other controls show as a space.
                if DisplayWidth.isInvisibleFormat(ch) { continue }
                glyph = " "
                w = 1
            }
            if col + w > area.maxX { break }
            if col >= area.x {
                put(glyph, width: w, x: col, y: y, style: style)
            }
            col += w
        }
        return max(0, col - x)
    }

    private static let asciiGlyphs: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// Copies `rect` of `other` (the same size) into this buffer: a layer drawn earlier.
    public mutating func copy(_ rect: Rect, from other: Buffer) {
        guard other.size == size else { return }
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY {
            let start = y * size.width + r.x
            cells.replaceSubrange(start..<(start + r.width), with: other.cells[start..<(start + r.width)])
        }
    }

    /// Places one glyph, repairing any wide character it overlaps so no half-glyphs remain.
    private mutating func put(_ glyph: String, width: Int, x: Int, y: Int, style: Style) {
        clearOverlap(x: x, y: y)
        if width == 2 { clearOverlap(x: x + 1, y: y) }
        self[x, y] = Cell(glyph, style: style)
        if width == 2 { self[x + 1, y] = Cell("", style: style) }
    }

    private mutating func clearOverlap(x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(" ", style: cell.style)
        }
    }

    /// Writes `text` fitted to exactly `width` cells (truncated with "…" or padded).
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain, alignRight: Bool = false) {
        write(text.fitted(to: width, alignRight: alignRight), x: x, y: y, style: style,
              clip: Rect(x: x, y: y, width: width, height: 1))
    }

    /// Fills a rectangle with blanks of the given style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = Cell(" ", style: style) }
        }
        // A wide glyph cut by the left edge would leave a dangling half.
        for y in r.y..<r.maxY where r.x > 0 && self[r.x - 1, y].width == 2 {
            self[r.x - 1, y] = Cell(" ", style: self[r.x - 1, y].style)
        }
    }

    /// Applies extra attributes to the cells of a rectangle (e.g. reverse video for a selection).
    public mutating func highlight(_ rect: Rect, style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                var cell = self[x, y]
                cell.style.attributes.formUnion(style.attributes)
                if let fg = style.foreground { cell.style.foreground = fg }
                if let bg = style.background { cell.style.background = bg }
                self[x, y] = cell
            }
        }
    }

    public mutating func horizontalLine(x: Int, y: Int, width: Int, style: Style = .plain) {
        write(String(repeating: BoxGlyph.horizontal, count: max(0, width)), x: x, y: y, style: style)
    }

    public mutating func verticalLine(x: Int, y: Int, height: Int, style: Style = .plain) {
        for row in y..<(y + max(0, height)) { write(BoxGlyph.vertical, x: x, y: row, style: style) }
    }

    /// Draws a single-line box around `rect`, with an optional title on the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, style: style)
        verticalLine(x: rect.x, y: rect.y + 1, height: rect.height - 2, style: style)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, style: style)
        write(BoxGlyph.topLeft, x: rect.x, y: rect.y, style: style)
        write(BoxGlyph.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        write(BoxGlyph.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        write(BoxGlyph.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            // A title longer than the box ends in "…", as a cell of `write(_:width:)` does: never cut unseen.
            let room = rect.width - 6
            let shown = title.displayWidth <= room ? title : title.prefix(cells: max(0, room - 1)) + "…"
            write(" " + shown + " ", x: rect.x + 2, y: rect.y, style: style.with(.bold))
        }
    }

    /// The text of each row, wide characters once, trailing spaces kept. For tests and snapshots.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }

    /// All rows joined by newlines, trailing spaces trimmed: the snapshot form.
    public var text: String { Self.snapshot(lines) }

    /// Rows joined by newlines, each without its trailing spaces.
    static func snapshot(_ rows: [String]) -> String {
        rows.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }.joined(separator: "\n")
    }
}

/// Box-drawing glyphs. The ncurses terminal maps these to WACS_* (or ASCII when the locale is not UTF-8).
public enum BoxGlyph {
    public static let horizontal = "─"
    public static let vertical = "│"
    public static let topLeft = "┌"
    public static let topRight = "┐"
    public static let bottomLeft = "└"
    public static let bottomRight = "┘"
    /// Tees and the cross, where lines meet (a tree's branches): ├ ┤ ┬ ┴ ┼.
    public static let leftTee = "├"
    public static let rightTee = "┤"
    public static let topTee = "┬"
    public static let bottomTee = "┴"
    public static let cross = "┼"
    public static let all: Set<String> = [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight,
                                          leftTee, rightTee, topTee, bottomTee, cross]

    /// The glyph where the locale cannot show line drawing: `-`, `|`, and `+` for every corner,
    /// tee and cross. Nil for a character that is not a box glyph.
    public static func ascii(_ glyph: String) -> Character? {
        guard all.contains(glyph) else { return nil }
        return glyph == horizontal ? "-" : glyph == vertical ? "|" : "+"
    }
}

/// Shading for gauges, with the character drawn where the locale cannot show it.
public enum ShadeGlyph {
    /// The unfilled part of a gauge.
    public static let light = "░"

    /// A sparkline's eight heights, lowest first.
    public static let heights = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// What a locale without Unicode shows instead: `.` for the light shade, and rising ASCII
    /// marks for the sparkline heights; nil for any other text.
    public static func ascii(_ glyph: String) -> Character? {
        if glyph == light { return "." }
        if let i = heights.firstIndex(of: glyph) { return Array("_.-:=+*#")[i] }
        return nil
    }
}

extension Buffer {
    /// The style layer of a snapshot: one character per cell, lined up with `lines`.
    /// ' ' plain; otherwise a hex digit of the attribute bits: 1 bold, 2 reverse, 4 underline,
    /// 8 dim (so '2' is reverse video, '3' reverse and bold). Colours are left out on purpose:
    /// meaning must never ride on colour alone, and this layer shows that it does not.
    public var styleLines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                let bits = self[x, y].style.attributes.rawValue
                line += bits == 0 ? " " : String(bits, radix: 16)
                if self[x, y].width == 2 { line += bits == 0 ? " " : String(bits, radix: 16) }
            }
            return line
        }
    }

    /// `styleLines` joined by newlines, trailing spaces trimmed.
    public var styleText: String { Self.snapshot(styleLines) }
}
