/// A whole number typed with digits only, within optional bounds (a count of participants,
/// a year, votes). Other characters are refused at the key, so the value is always a number
/// or empty; a value outside the bounds is reported as a `Problem` for the app to word.
public struct NumberField: Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        case required
        case belowMinimum(Int)
        case aboveMaximum(Int)
    }

    private var field: TextField
    public var minimum: Int?
    public var maximum: Int?
    public var isOptional: Bool

    /// `maxDigits` bounds what can be typed (default 9, well inside `Int`).
    public init(_ value: Int? = nil, minimum: Int? = nil, maximum: Int? = nil, isOptional: Bool = true, maxDigits: Int = 9) {
        field = TextField(value.map(String.init) ?? "", maxLength: maxDigits)
        self.minimum = minimum
        self.maximum = maximum
        self.isOptional = isOptional
    }

    /// How many digits can be typed.
    public var maxDigits: Int { field.maxLength ?? 9 }

    /// The number typed, nil when empty.
    public var value: Int? { field.text.isEmpty ? nil : Int(field.text) }
    public var text: String { field.text }

    public var problem: Problem? {
        guard let value else { return isOptional ? nil : .required }
        if let minimum, value < minimum { return .belowMinimum(minimum) }
        if let maximum, value > maximum { return .aboveMaximum(maximum) }
        return nil
    }

    public mutating func handle(_ key: Key) -> TextField.Outcome {
        if case .char(let c) = key, !(c.isASCII && c.isNumber) { return .rejected }
        return field.handle(key)
    }

    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        field.draw(in: rect, on: &buffer, focused: focused)
    }
}

extension NumberField: FormInputWidget {
    public mutating func handleInput(_ key: Key) -> FormInput.Effect {
        let o = handle(key)
        if o == .rejected, case .char = key { return .refused }
        return FormInput.Effect(changed: o == .changed, ignored: o == .ignored)
    }
    public var isEmpty: Bool { value == nil }
    public func width(in room: Int) -> Int { min(room, (field.maxLength ?? 9) + 1) }
}
