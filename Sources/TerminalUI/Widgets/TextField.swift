/// A single-line text input with the editing keys of a shell prompt.
///
/// The text is kept as grapheme clusters (`Character`s), so the caret never lands inside an
/// emoji or between a letter and its combining accent, and a wide character is one step of the
/// caret but two cells on screen. When the text is wider than the field, the view scrolls so
/// the caret stays visible.
public struct TextField: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Not an editing key; the form or screen may use it (Tab, Enter, F2…).
        case ignored
        /// The caret moved; the text is the same.
        case moved
        /// The text changed.
        case changed
        /// An editing key that could not apply (the field is full, nothing to delete).
        case rejected
    }

    private var characters: [Character]
    /// The caret, as an index into the text's characters (0 = before the first).
    public private(set) var cursor: Int
    /// The most characters (grapheme clusters) the field accepts; nil for no limit.
    public var maxLength: Int?
    /// Shown dim when the field is empty and not focused (e.g. a hint "DD-MM-YYYY").
    public var placeholder: String

    public init(_ text: String = "", maxLength: Int? = nil, placeholder: String = "") {
        var chars = Array(text)
        if let maxLength, chars.count > maxLength { chars = Array(chars.prefix(maxLength)) }
        self.characters = chars
        self.cursor = chars.count
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    /// The text. Setting it puts the caret at the end.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            if let maxLength, characters.count > maxLength { characters = Array(characters.prefix(maxLength)) }
            cursor = characters.count
        }
    }

    public var isEmpty: Bool { characters.isEmpty }

    public mutating func moveCursor(to index: Int) {
        cursor = min(max(index, 0), characters.count)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: characters.count)
        case .backspace, .ctrl("h"): return remove(cursor - 1..<cursor)
        case .delete, .ctrl("d"): return remove(cursor..<cursor + 1)
        case .ctrl("u"): return remove(0..<cursor)
        case .ctrl("k"): return remove(cursor..<characters.count)
        case .ctrl("w"): return remove(wordStart(before: cursor)..<cursor)
        case .char(let c): return insert(c)
        default: return .ignored
        }
    }

    private mutating func move(to index: Int) -> Outcome {
        cursor = min(max(index, 0), characters.count)
        return .moved
    }

    private mutating func remove(_ range: Range<Int>) -> Outcome {
        let r = max(0, range.lowerBound)..<min(characters.count, range.upperBound)
        guard !r.isEmpty else { return .rejected }
        characters.removeSubrange(r)
        cursor = r.lowerBound
        return .changed
    }

    private mutating func insert(_ c: Character) -> Outcome {
        guard !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return .ignored }
        // Re-segment around the caret: a combining mark typed on its own joins the letter before it.
        let before = String(characters[..<cursor]) + String(c)
        let after = characters[cursor...]
        let merged = Array(before + String(after))
        if let maxLength, merged.count > maxLength { return .rejected }
        let newCursor = Array(before).count
        characters = merged
        cursor = min(newCursor, merged.count)
        return .changed
    }

    /// Ctrl-W deletes back to the start of the word, skipping the spaces just before the caret.
    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// The first visible character when the field is `width` cells wide: the smallest scroll
    /// that keeps the caret (and one cell for it at the end of the text) on screen. Computed
    /// from the caret alone so drawing stays pure.
    func scrollStart(width: Int) -> Int {
        guard width > 0 else { return cursor }
        // If the whole text fits (with the caret's cell when it is at the end), show it all.
        if DisplayWidth.of(String(characters)) + (cursor == characters.count ? 1 : 0) <= width { return 0 }
        var start = cursor
        var used = 1   // the caret's own cell
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// Draws the field on the first row of `rect`, underlined so its extent shows without colour.
    /// Returns where the caret is.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: .underline)
        if characters.isEmpty, !focused, !placeholder.isEmpty {
            buffer.write(placeholder, x: rect.x, y: rect.y, style: Style(.dim).with(.underline), clip: row)
            return nil
        }
        // Unfocused, a long text reads from its beginning; focused, it follows the caret.
        let start = focused ? scrollStart(width: rect.width) : 0
        var x = rect.x
        var caret = Point(x: rect.x, y: rect.y)
        for i in start..<characters.count {
            if i == cursor { caret.x = x }
            let w = DisplayWidth.of(characters[i])
            if x + max(w, 1) > row.maxX { break }
            x += buffer.write(String(characters[i]), x: x, y: rect.y, style: .underline, clip: row)
        }
        if cursor == characters.count { caret.x = min(x, row.maxX - 1) }
        return focused ? caret : nil
    }
}
