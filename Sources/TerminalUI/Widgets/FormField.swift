/// What a form asks of an input: any widget can be a field (the form is open), so the Musda
/// minutes' multi-line editor or a person picker can sit in a form without the form knowing it.
///
/// Keys reach the focused input first. An input returns `.ignored` for keys it does not use,
/// and only those are the form's (Tab, Enter, ↑/↓, F2, Esc): a multi-line input that uses
/// Enter and ↑/↓ keeps them.
public protocol FormInputWidget: Sendable {
    mutating func handleInput(_ key: Key) -> FormInput.Effect
    /// Nothing typed or chosen.
    var isEmpty: Bool { get }
    /// Cells the input wants, given `room`.
    func width(in room: Int) -> Int
    /// Rows it takes (1 for a line; more for a text area).
    var height: Int { get }
    func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point?
}

extension FormInputWidget {
    public var height: Int { 1 }
}

/// The input of one form field: any `FormInputWidget`, with shorthands for the toolkit's own.
public struct FormInput: Sendable {
    /// `refused`: a character the input cannot take (a letter in a number, a character past
    /// the length limit), so the app can say why rather than drop it silently.
    public enum Effect: Hashable, Sendable { case ignored, consumed, changed, refused }

    public var widget: any FormInputWidget

    public init(_ widget: any FormInputWidget) { self.widget = widget }

    public static func text(_ f: TextField) -> FormInput { FormInput(f) }
    public static func choice(_ f: ChoiceField) -> FormInput { FormInput(f) }
    public static func date(_ f: DateField) -> FormInput { FormInput(f) }
    public static func number(_ f: NumberField) -> FormInput { FormInput(f) }
    public static func checkbox(_ f: Checkbox) -> FormInput { FormInput(f) }

    /// The widget as a given type, e.g. `input.as(DateField.self)`.
    public func `as`<W: FormInputWidget>(_ type: W.Type) -> W? { widget as? W }

    mutating func handle(_ key: Key) -> Effect { widget.handleInput(key) }
    /// A text of spaces only is empty too: a required name of "   " is not a name.
    public var isEmpty: Bool {
        if let text = widget as? TextField { return text.text.allSatisfy(\.isWhitespace) }
        return widget.isEmpty
    }
    func width(in room: Int) -> Int { widget.width(in: room) }
    var height: Int { max(1, widget.height) }
    func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        widget.draw(in: rect, on: &buffer, focused: focused)
    }
}

/// A labelled field of a `Form`, named by the app's own field type.
public struct FormField<ID: Hashable & Sendable>: Sendable {
    /// The app's name for the field, to read its value back (not shown).
    public var id: ID
    public var label: String
    public var input: FormInput
    /// Marked `*` after the label.
    public var isRequired: Bool
    /// Shown under the field, worded by the app; nil when there is nothing wrong.
    public var error: String?

    public init(_ id: ID, label: String, input: FormInput, required: Bool = false, error: String? = nil) {
        self.id = id
        self.label = label
        self.input = input
        self.isRequired = required
        self.error = error
    }

    /// The label as drawn: "Nama *" for a required field.
    public var shownLabel: String { isRequired ? label + " *" : label }

    public var text: String? { input.as(TextField.self)?.text }
    public var choice: Int? { input.as(ChoiceField.self)?.selected }
    public var date: DateField.Value? { input.as(DateField.self)?.value }
    public var number: Int? { input.as(NumberField.self)?.value }
    public var isChecked: Bool? { input.as(Checkbox.self)?.isChecked }
}

// MARK: The toolkit's inputs as form inputs

extension FormInput.Effect {
    /// Maps a widget's own outcome: a change, a key it took without changing, or not its key.
    init(changed: Bool, ignored: Bool) { self = changed ? .changed : ignored ? .ignored : .consumed }
}

extension TextField: FormInputWidget {
    public mutating func handleInput(_ key: Key) -> FormInput.Effect {
        let o = handle(key)
        if o == .rejected, case .char = key { return .refused }
        return FormInput.Effect(changed: o == .changed, ignored: o == .ignored)
    }
    public func width(in room: Int) -> Int { min(room, maxLength.map { $0 + 1 } ?? room) }
}

extension ChoiceField: FormInputWidget {
    public mutating func handleInput(_ key: Key) -> FormInput.Effect {
        let o = handle(key)
        return FormInput.Effect(changed: o == .changed, ignored: o == .ignored)
    }
    public var isEmpty: Bool { selected == nil }
    public func width(in room: Int) -> Int { min(room, preferredWidth) }
}

extension DateField: FormInputWidget {
    public mutating func handleInput(_ key: Key) -> FormInput.Effect {
        let o = handle(key)
        if o == .rejected, case .char = key { return .refused }
        return FormInput.Effect(changed: o == .changed, ignored: o == .ignored)
    }
    public func width(in room: Int) -> Int { min(room, DateField.width + 1) }
}
