/// Labelled fields in a column: Tab/Shift-Tab (and ↓/↑, Enter) move between them, F2 or
/// Ctrl-S submits, Esc cancels. Required fields are marked `*`; an error the app sets on a
/// field shows under it. `isDirty` turns true at the first change, so the app knows whether
/// to ask "Buang perubahan?" on Esc.
///
/// Fields are named by the app's own type (`ID`), so a misspelt field name is a compile error.
/// The focused input gets the first refusal of every key: a multi-line input keeps Enter and
/// ↑/↓; only the keys it ignores move the focus or submit.
///
/// The form does not validate: what is valid is domain knowledge. It reports `.changed(id)`
/// so the app can check a field as it is edited, and `.submit` so it can check them all.
public struct Form<ID: Hashable & Sendable>: Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Not a form key.
        case ignored
        /// Focus or caret moved, or an input took the key without changing.
        case moved
        /// The field with this id changed.
        case changed(ID)
        /// The field with this id refused a typed character (see `FormInput.Effect.refused`).
        case refused(ID)
        /// F2 or Ctrl-S.
        case submit
        /// Esc.
        case cancel
    }

    public var fields: [FormField<ID>]
    /// Index of the focused field.
    public private(set) var focus: Int
    /// True once anything was changed since the form was made or `markSaved()` was called.
    public private(set) var isDirty = false

    public init(_ fields: [FormField<ID>], focus: Int = 0) {
        self.fields = fields
        self.focus = fields.isEmpty ? 0 : min(max(focus, 0), fields.count - 1)
    }

    // MARK: Reading and setting by id

    public subscript(id: ID) -> FormField<ID>? {
        get { fields.first { $0.id == id } }
        set {
            guard let i = fields.firstIndex(where: { $0.id == id }), let newValue else { return }
            fields[i] = newValue
        }
    }

    public var focusedField: FormField<ID>? { fields.indices.contains(focus) ? fields[focus] : nil }

    public mutating func focus(on id: ID) {
        if let i = fields.firstIndex(where: { $0.id == id }) { focus = i }
    }

    public mutating func setError(_ message: String?, for id: ID) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].error = message }
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    /// Ids of required fields left empty, in order (for the app to word the errors).
    public var emptyRequiredFields: [ID] {
        fields.filter { $0.isRequired && $0.input.isEmpty }.map(\.id)
    }

    /// After a successful save.
    public mutating func markSaved() { isDirty = false }

    /// After restoring a draft: what is shown is not what is stored.
    public mutating func markDirty() { isDirty = true }

    // MARK: Keys

    public mutating func handle(_ key: Key) -> Outcome {
        guard !fields.isEmpty else {
            switch key {
            case .function(2), .ctrl("s"): return .submit
            case .escape: return .cancel
            default: return .ignored
            }
        }
        // The focused input first: whatever it takes is not a form key.
        switch fields[focus].input.handle(key) {
        case .consumed: return .moved
        case .changed:
            isDirty = true
            return .changed(fields[focus].id)
        case .refused: return .refused(fields[focus].id)
        case .ignored: break
        }
        switch key {
        case .function(2), .ctrl("s"): return .submit
        case .escape: return .cancel
        case .tab: focus = (focus + 1) % fields.count; return .moved
        case .backTab: focus = (focus + fields.count - 1) % fields.count; return .moved
        case .down: focus = min(focus + 1, fields.count - 1); return .moved
        case .up: focus = max(focus - 1, 0); return .moved
        case .enter:
            // Enter goes on to the next field; on the last one it is the app's to use.
            guard focus < fields.count - 1 else { return .ignored }
            focus += 1
            return .moved
        default:
            return .ignored
        }
    }

    // MARK: Drawing

    /// Draws one field per row (more for a tall input), label left, input right, its error
    /// (if any) on the row below. Scrolls so the focused field and its error are visible.
    /// Returns the focused input's caret.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0, !fields.isEmpty else { return nil }
        buffer.fill(rect)
        let labelWidth = min(fields.map(\.shownLabel.displayWidth).max() ?? 0, max(1, rect.width / 3))
        let inputX = rect.x + labelWidth + 2
        let room = rect.maxX - inputX
        var y = rect.y
        var cursor: Point?
        for index in firstShown(height: rect.height, room: room)..<fields.count {
            let field = fields[index]
            guard y < rect.maxY else { break }
            let isFocus = index == focus
            buffer.write(field.shownLabel, x: rect.x, y: y, width: labelWidth, style: isFocus && focused ? .bold : .plain)
            let height = min(field.input.height, rect.maxY - y)
            if room > 0 {
                let area = Rect(x: inputX, y: y, width: field.input.width(in: room), height: height)
                let caret = field.input.draw(in: area, on: &buffer, focused: focused && isFocus)
                if isFocus { cursor = caret }
            }
            y += height
            // An error is wrapped, never cut: it says what is wrong.
            for line in Self.errorLines(field.error, room: room) where y < rect.maxY {
                buffer.write(line, x: inputX, y: y, width: max(0, rect.maxX - inputX), style: .error)
                y += 1
            }
        }
        return cursor
    }

    /// Where the inputs start in a form `width` cells wide, and the room left for them.
    private func inputRoom(width: Int) -> Int {
        let labelWidth = min(fields.map(\.shownLabel.displayWidth).max() ?? 0, max(1, width / 3))
        return width - labelWidth - 2
    }

    /// An error wrapped to `room` cells, at most three lines (past that the third ends in "…").
    private static func errorLines(_ error: String?, room: Int) -> [String] {
        guard let error, room > 0 else { return [] }
        return error.wrapped(toCells: room, maxLines: 3)
    }

    /// Rows the form takes `width` cells wide with every field and error shown.
    public func height(width: Int) -> Int {
        let room = inputRoom(width: width)
        return fields.reduce(0) { $0 + $1.input.height + Self.errorLines($1.error, room: room).count }
    }

    /// The first field to draw: the fewest scrolled off so the focused field (and its error) fits.
    func firstShown(height: Int, room: Int = Int.max) -> Int {
        func rows(_ f: FormField<ID>) -> Int { f.input.height + Self.errorLines(f.error, room: room).count }
        var top = 0
        while top < focus, fields[top...focus].map(rows).reduce(0, +) > height { top += 1 }
        return top
    }
}
