/// The input of one form field.
public enum FormInput: Hashable, Sendable {
    case text(TextField)
    case choice(ChoiceField)
    case date(DateField)

    public enum Effect: Hashable, Sendable { case ignored, consumed, changed }

    mutating func handle(_ key: Key) -> Effect {
        switch self {
        case .text(var f):
            let o = f.handle(key); self = .text(f)
            return o == .changed ? .changed : o == .ignored ? .ignored : .consumed
        case .choice(var f):
            let o = f.handle(key); self = .choice(f)
            return o == .changed ? .changed : o == .ignored ? .ignored : .consumed
        case .date(var f):
            let o = f.handle(key); self = .date(f)
            return o == .changed ? .changed : o == .ignored ? .ignored : .consumed
        }
    }

    /// Nothing typed or chosen.
    public var isEmpty: Bool {
        switch self {
        case .text(let f): return f.text.allSatisfy(\.isWhitespace)
        case .choice(let f): return f.selected == nil
        case .date(let f): return f.isEmpty
        }
    }

    /// Cells the input wants, given `room`.
    func width(in room: Int) -> Int {
        switch self {
        case .text(let f): return min(room, f.maxLength.map { $0 + 1 } ?? room)
        case .choice(let f): return min(room, f.preferredWidth)
        case .date: return min(room, DateField.width + 1)
        }
    }

    func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        switch self {
        case .text(let f): return f.draw(in: rect, on: &buffer, focused: focused)
        case .choice(let f): return f.draw(in: rect, on: &buffer, focused: focused)
        case .date(let f): return f.draw(in: rect, on: &buffer, focused: focused)
        }
    }
}

/// A labelled field of a `Form`.
public struct FormField: Hashable, Sendable {
    /// The app's name for the field, to read its value back (not shown).
    public var id: String
    public var label: String
    public var input: FormInput
    /// Marked `*` after the label.
    public var isRequired: Bool
    /// Shown under the field, worded by the app; nil when there is nothing wrong.
    public var error: String?

    public init(_ id: String, label: String, input: FormInput, required: Bool = false, error: String? = nil) {
        self.id = id
        self.label = label
        self.input = input
        self.isRequired = required
        self.error = error
    }

    /// The label as drawn: "Nama *" for a required field.
    public var shownLabel: String { isRequired ? label + " *" : label }

    public var text: String? { if case .text(let f) = input { return f.text } else { return nil } }
    public var choice: Int? { if case .choice(let f) = input { return f.selected } else { return nil } }
    public var date: DateField.Value? { if case .date(let f) = input { return f.value } else { return nil } }
}
