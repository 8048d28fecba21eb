/// A multi-line text input: soft-wrapped to its width, scrolled to keep the caret in view,
/// with the editing keys of nano and of a shell prompt, cut/paste of whole lines, and undo.
///
/// Shaped after bubbles' textarea: the text is logical lines of grapheme clusters
/// (`Character`s), so the caret never lands inside an emoji or between a letter and its
/// combining mark, and a wide character is one step of the caret but two cells on screen.
/// Lines wrap at spaces when a word fits, else mid-word; spaces at a wrap hang past the edge.
///
/// Keys: ←/→ (across lines), ↑/↓ by screen row keeping the column, Home/End and Ctrl-A/Ctrl-E
/// to the line's start and end, Ctrl-←/→ and Alt-b/f by word, PgUp/PgDn by a screen,
/// Ctrl-Home/Ctrl-End to the start and end, Enter a new line, Backspace/Del, Ctrl-W a word
/// back, Ctrl-K cuts the line (repeated: the lines below join the cut), Ctrl-U pastes what was
/// cut, Ctrl-Z undoes, Ctrl-Y redoes. Other keys are left to the screen (`.ignored`).
public struct TextArea: Sendable {
    public enum Outcome: Hashable, Sendable {
        case ignored
        /// The caret or the view moved; the text is the same.
        case moved
        case changed
        /// An editing key that could not apply (nothing to delete, undo or paste; full).
        case rejected
    }

    /// A place in the text: a logical line and a character index in it.
    public struct Position: Hashable, Sendable, Comparable {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
        public static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }

    var lines: [[Character]] = [[]]
    public private(set) var cursor = Position(line: 0, column: 0)
    /// The most characters the text may hold, line breaks included; nil for no limit.
    public var maxLength: Int?
    /// Characters in the text, line breaks included.
    public private(set) var count = 0

    /// Text columns and rows of the view, set by `resize`.
    public private(set) var width = 40
    public private(set) var height = 10
    /// The first screen row shown.
    public private(set) var top = 0
    /// The screen column ↑/↓ aim for, kept across short lines.
    private var goalX: Int?
    /// Per line, where each screen row starts (character indices, the first is 0).
    private var wraps: [[Int]] = [[0]]

    private struct Snapshot: Sendable {
        var lines: [[Character]]
        var cursor: Position
        var count: Int
    }
    private enum EditKind { case typing, deletingBack, deletingForward, other }
    private var undoStack: [Snapshot] = []
    private var redoStack: [Snapshot] = []
    private var lastEdit: EditKind?
    private var clipboard: [[Character]] = []
    /// The previous key was Ctrl-K: another one adds its line to the same cut.
    private var cutting = false
    static let undoDepth = 500

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength
        replaceAll(text)
    }

    // MARK: Text

    /// The text, lines joined with "\n". Setting it replaces everything (caret at the end) and
    /// forgets the undo history.
    public var text: String {
        get { lines.map { String($0) }.joined(separator: "\n") }
        set { replaceAll(newValue) }
    }

    public var isEmpty: Bool { count == 0 }
    public var lineCount: Int { lines.count }
    /// 1-based, for "baris 12/340".
    public var lineNumber: Int { cursor.line + 1 }
    public func line(_ index: Int) -> String { String(lines[index]) }

    private mutating func replaceAll(_ text: String) {
        var split = Self.split(text)
        if let maxLength { split = Self.truncate(split, to: maxLength) }
        lines = split
        count = Self.count(split)
        cursor = Position(line: lines.count - 1, column: lines[lines.count - 1].count)
        undoStack = []
        redoStack = []
        lastEdit = nil
        goalX = nil
        rewrapAll()
        scrollToCursor()
    }

    static func split(_ text: String) -> [[Character]] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    }

    static func count(_ lines: [[Character]]) -> Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

    private static func truncate(_ lines: [[Character]], to limit: Int) -> [[Character]] {
        var out: [[Character]] = []
        var left = limit
        for (i, line) in lines.enumerated() {
            if i > 0 { guard left > 0 else { break }; left -= 1 }
            out.append(Array(line.prefix(left)))
            left -= out[out.count - 1].count
        }
        return out.isEmpty ? [[]] : out
    }

    /// Inserts text at the caret (a time stamp, a speaker's name, pasted lines), as one undo step.
    @discardableResult
    public mutating func insert(_ text: String) -> Outcome {
        let pieces = Self.split(text).map { $0.filter { !Self.isControl($0) } }
        let added = Self.count(pieces)
        guard added > 0 else { return .rejected }
        if let maxLength, count + added > maxLength { return .rejected }
        beginEdit(.other)
        let line = lines[cursor.line]
        let head = Array(line[..<cursor.column]), tail = Array(line[cursor.column...])
        if pieces.count == 1 {
            let (merged, column) = Self.join(head, pieces[0], tail)
            lines[cursor.line] = merged
            cursor.column = column
            rewrap(cursor.line)
        } else {
            var new: [[Character]] = []
            new.append(Self.join(head, pieces[0], []).line)
            new += pieces[1..<(pieces.count - 1)]
            let (last, column) = Self.join([], pieces[pieces.count - 1], tail)
            new.append(last)
            lines.replaceSubrange(cursor.line...cursor.line, with: new)
            wraps.replaceSubrange(cursor.line...cursor.line, with: new.map { _ in [0] })
            for i in cursor.line..<(cursor.line + new.count) { rewrap(i) }
            cursor = Position(line: cursor.line + new.count - 1, column: column)
        }
        count = Self.count(lines)
        return finishEdit()
    }

    /// `head + middle + tail` re-segmented (a combining mark joins the letter before it), and
    /// the caret index after `middle`.
    private static func join(_ head: [Character], _ middle: [Character], _ tail: [Character]) -> (line: [Character], column: Int) {
        let before = String(head) + String(middle)
        let line = Array(before + String(tail))
        return (line, min(Array(before).count, line.count))
    }

    private static func isControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    // MARK: Keys

    public mutating func handle(_ key: Key) -> Outcome {
        let wasCutting = cutting
        cutting = false
        switch key {
        case .char(let c):
            guard !Self.isControl(c) else { return .ignored }
            return type(c)
        case .enter: return newline()
        case .backspace, .ctrl("h"): return deleteBackward()
        case .delete, .ctrl("d"): return deleteForward()
        case .ctrl("w"), .alt(.backspace): return deleteWordBackward()
        case .ctrl("k"): return cutLine(appending: wasCutting)
        case .ctrl("u"): return paste()
        case .ctrl("z"): return undo()
        case .ctrl("y"): return redo()
        case .left, .ctrl("b"): return move(to: before(cursor))
        case .right, .ctrl("f"): return move(to: after(cursor))
        case .home, .ctrl("a"): return move(to: Position(line: cursor.line, column: 0))
        case .end, .ctrl("e"): return move(to: Position(line: cursor.line, column: lines[cursor.line].count))
        case .control(.left), .alt(.char("b")), .alt(.left): return move(to: wordStart(before: cursor))
        case .control(.right), .alt(.char("f")), .alt(.right): return move(to: wordEnd(after: cursor))
        case .control(.home): return move(to: Position(line: 0, column: 0))
        case .control(.end): return move(to: Position(line: lines.count - 1, column: lines[lines.count - 1].count))
        case .up, .ctrl("p"): return moveRows(-1)
        case .down, .ctrl("n"): return moveRows(1)
        case .pageUp: return moveRows(-max(1, height - 1))
        case .pageDown: return moveRows(max(1, height - 1))
        default: return .ignored
        }
    }

    private mutating func type(_ c: Character) -> Outcome {
        if let maxLength, count >= maxLength { return .rejected }
        // A new word is a new undo step, so Ctrl-Z takes back a word, not a whole paragraph.
        let kind: EditKind = c == " " && lastEdit == .typing && cursor.column > 0 && lines[cursor.line][cursor.column - 1] != " "
            ? .other : .typing
        beginEdit(kind)
        let line = lines[cursor.line]
        let before = line.count
        let (merged, column) = Self.join(Array(line[..<cursor.column]), [c], Array(line[cursor.column...]))
        lines[cursor.line] = merged
        cursor.column = column
        count += merged.count - before
        rewrap(cursor.line)
        if kind == .other { lastEdit = .typing }
        return finishEdit()
    }

    private mutating func newline() -> Outcome {
        if let maxLength, count >= maxLength { return .rejected }
        beginEdit(.other)
        let line = lines[cursor.line]
        lines[cursor.line] = Array(line[..<cursor.column])
        lines.insert(Array(line[cursor.column...]), at: cursor.line + 1)
        wraps.insert([0], at: cursor.line + 1)
        rewrap(cursor.line)
        rewrap(cursor.line + 1)
        cursor = Position(line: cursor.line + 1, column: 0)
        count += 1
        return finishEdit()
    }

    private mutating func deleteBackward() -> Outcome {
        guard cursor != Position(line: 0, column: 0) else { return .rejected }
        return remove(from: before(cursor), to: cursor, kind: .deletingBack)
    }

    private mutating func deleteForward() -> Outcome {
        let end = after(cursor)
        guard end != cursor else { return .rejected }
        return remove(from: cursor, to: end, kind: .deletingForward)
    }

    private mutating func deleteWordBackward() -> Outcome {
        let start = wordStart(before: cursor)
        guard start != cursor else { return .rejected }
        return remove(from: start, to: cursor, kind: .other)
    }

    /// Removes the text between two positions (`from` before `to`) and puts the caret at `from`.
    private mutating func remove(from: Position, to: Position, kind: EditKind) -> Outcome {
        beginEdit(kind)
        let head = Array(lines[from.line][..<from.column]), tail = Array(lines[to.line][to.column...])
        let (merged, _) = Self.join(head, [], tail)
        lines.replaceSubrange(from.line...to.line, with: [merged])
        wraps.replaceSubrange(from.line...to.line, with: [[0]])
        rewrap(from.line)
        cursor = Position(line: from.line, column: min(from.column, merged.count))
        count = Self.count(lines)
        return finishEdit()
    }

    private mutating func cutLine(appending: Bool) -> Outcome {
        let line = lines[cursor.line]
        if lines.count == 1 && line.isEmpty { return .rejected }
        beginEdit(.other)
        clipboard = appending ? clipboard + [line] : [line]
        if lines.count == 1 {
            lines[0] = []
            wraps[0] = [0]
        } else {
            lines.remove(at: cursor.line)
            wraps.remove(at: cursor.line)
            if cursor.line >= lines.count { cursor.line = lines.count - 1 }
        }
        cursor.column = 0
        count = Self.count(lines)
        cutting = true
        return finishEdit()
    }

    private mutating func paste() -> Outcome {
        guard !clipboard.isEmpty else { return .rejected }
        // Whole lines were cut: they come back as whole lines, above the caret's line.
        let column = cursor.column
        cursor.column = 0
        let outcome = insert(clipboard.map { String($0) }.joined(separator: "\n") + "\n")
        if outcome != .changed { cursor.column = column }
        return outcome
    }

    private mutating func undo() -> Outcome {
        guard let previous = undoStack.popLast() else { return .rejected }
        redoStack.append(Snapshot(lines: lines, cursor: cursor, count: count))
        restore(previous)
        return .changed
    }

    private mutating func redo() -> Outcome {
        guard let next = redoStack.popLast() else { return .rejected }
        undoStack.append(Snapshot(lines: lines, cursor: cursor, count: count))
        restore(next)
        return .changed
    }

    private mutating func restore(_ s: Snapshot) {
        lines = s.lines
        cursor = s.cursor
        count = s.count
        lastEdit = nil
        goalX = nil
        rewrapAll()
        scrollToCursor()
    }

    /// Starts an edit: a new undo step unless it continues the same kind of edit.
    private mutating func beginEdit(_ kind: EditKind) {
        if kind == .other || kind != lastEdit {
            undoStack.append(Snapshot(lines: lines, cursor: cursor, count: count))
            if undoStack.count > Self.undoDepth { undoStack.removeFirst(undoStack.count - Self.undoDepth) }
        }
        redoStack = []
        lastEdit = kind
        goalX = nil
    }

    private mutating func finishEdit() -> Outcome {
        scrollToCursor()
        return .changed
    }

    // MARK: Moving

    private mutating func move(to position: Position) -> Outcome {
        lastEdit = nil
        goalX = nil
        guard position != cursor else { return .rejected }
        cursor = position
        scrollToCursor()
        return .moved
    }

    private func before(_ p: Position) -> Position {
        if p.column > 0 { return Position(line: p.line, column: p.column - 1) }
        if p.line > 0 { return Position(line: p.line - 1, column: lines[p.line - 1].count) }
        return p
    }

    private func after(_ p: Position) -> Position {
        if p.column < lines[p.line].count { return Position(line: p.line, column: p.column + 1) }
        if p.line < lines.count - 1 { return Position(line: p.line + 1, column: 0) }
        return p
    }

    /// The start of the word before `p` (skipping spaces); at a line's start, the end of the line above.
    private func wordStart(before p: Position) -> Position {
        guard p.column > 0 else { return before(p) }
        let line = lines[p.line]
        var i = p.column
        while i > 0, line[i - 1].isWhitespace { i -= 1 }
        while i > 0, !line[i - 1].isWhitespace { i -= 1 }
        return Position(line: p.line, column: i)
    }

    /// The end of the word after `p` (skipping spaces); at a line's end, the start of the line below.
    private func wordEnd(after p: Position) -> Position {
        let line = lines[p.line]
        guard p.column < line.count else { return after(p) }
        var i = p.column
        while i < line.count, line[i].isWhitespace { i += 1 }
        while i < line.count, !line[i].isWhitespace { i += 1 }
        return Position(line: p.line, column: i)
    }

    /// Up or down by screen rows, aiming for the same screen column.
    private mutating func moveRows(_ delta: Int) -> Outcome {
        lastEdit = nil
        let (row, x) = visualPosition(of: cursor)
        let goal = goalX ?? x
        let target = min(max(row + delta, 0), totalRows - 1)
        guard target != row else { return .rejected }
        cursor = position(atRow: target, x: goal)
        goalX = goal
        if delta.magnitude > 1 { top = min(max(0, top + delta), max(0, totalRows - height)) }
        scrollToCursor()
        return .moved
    }

    // MARK: Layout

    /// Sets the view's size in cells and re-wraps when the width changed.
    public mutating func resize(width: Int, height: Int) {
        let w = max(2, width), h = max(1, height)
        guard w != self.width || h != self.height else { return }
        let rewrapNeeded = w != self.width
        self.width = w
        self.height = h
        if rewrapNeeded { rewrapAll() }
        scrollToCursor()
    }

    /// Text fills one cell less than the view, so the caret after a full row's last character
    /// is still on that row, after it (as bubbles' textarea keeps a column for it).
    private var wrapWidth: Int { max(1, width - 1) }

    private mutating func rewrapAll() {
        wraps = lines.map { Self.wrap($0, width: wrapWidth) }
    }

    private mutating func rewrap(_ index: Int) {
        wraps[index] = Self.wrap(lines[index], width: wrapWidth)
    }

    /// Where each screen row of `line` starts when it is `width` cells wide.
    static func wrap(_ line: [Character], width: Int) -> [Int] {
        var starts = [0]
        var x = 0
        var breakAt: Int?      // the start of the last word that began on this row
        var widthAtBreak = 0   // cells of the row before that word
        for (i, c) in line.enumerated() {
            let w = DisplayWidth.of(c)
            if c == " " {
                x += w                     // a space may hang past the edge
                breakAt = i + 1
                widthAtBreak = x
                continue
            }
            if x + w > width, i > starts[starts.count - 1] {
                if let b = breakAt, b > starts[starts.count - 1], b <= i {
                    starts.append(b)
                    x -= widthAtBreak
                } else {
                    starts.append(i)
                    x = 0
                }
                breakAt = nil
            }
            x += w
        }
        return starts
    }

    /// Screen rows of the whole text.
    public var totalRows: Int { wraps.reduce(0) { $0 + $1.count } }

    /// The screen row (from the top of the text) and column of a position.
    public func visualPosition(of p: Position) -> (row: Int, x: Int) {
        var row = 0
        for i in 0..<p.line { row += wraps[i].count }
        let starts = wraps[p.line]
        var segment = starts.count - 1
        while segment > 0, starts[segment] > p.column { segment -= 1 }
        let line = lines[p.line]
        let x = line[starts[segment]..<p.column].reduce(0) { $0 + DisplayWidth.of($1) }
        return (row + segment, x)
    }

    /// The position on screen row `row` nearest to column `x` (never past the row's end).
    private func position(atRow row: Int, x goal: Int) -> Position {
        var remaining = row
        for (index, starts) in wraps.enumerated() {
            guard remaining < starts.count else { remaining -= starts.count; continue }
            let line = lines[index]
            let start = starts[remaining]
            let isLast = remaining == starts.count - 1
            let end = isLast ? line.count : starts[remaining + 1]
            var column = start, x = 0
            while column < end {
                let w = DisplayWidth.of(line[column])
                if x + w > goal { break }
                x += w
                column += 1
            }
            // The end of a wrapped row is the next row's start: stay on this row.
            if !isLast, column == end, end > start { column = end - 1 }
            return Position(line: index, column: column)
        }
        return Position(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    private mutating func scrollToCursor() {
        let row = visualPosition(of: cursor).row
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, max(0, totalRows - height)))
    }

    // MARK: Drawing

    /// Draws the visible rows in `rect` (call `resize` with its size first). Returns the caret.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool, style: Style = .plain) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        buffer.fill(rect)
        var row = 0, y = rect.y
        outer: for (index, starts) in wraps.enumerated() {
            if row + starts.count <= top { row += starts.count; continue }
            let line = lines[index]
            for (segment, start) in starts.enumerated() {
                defer { row += 1 }
                guard row >= top else { continue }
                guard y < rect.maxY else { break outer }
                let end = segment + 1 < starts.count ? starts[segment + 1] : line.count
                buffer.write(String(line[start..<end]), x: rect.x, y: y, width: rect.width, style: style)
                y += 1
            }
        }
        guard focused else { return nil }
        let (caretRow, x) = visualPosition(of: cursor)
        guard caretRow >= top, caretRow < top + rect.height else { return nil }
        return Point(x: rect.x + min(x, rect.width - 1), y: rect.y + caretRow - top)
    }
}
