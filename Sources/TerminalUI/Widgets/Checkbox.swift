/// A yes/no field drawn `[x]` or `[ ]`: Space toggles it, so meaning never rides on colour.
public struct Checkbox: Hashable, Sendable {
    public private(set) var isChecked: Bool

    public init(_ checked: Bool = false) { isChecked = checked }

    public mutating func toggle() { isChecked.toggle() }

    /// Space toggles; other keys are not the checkbox's.
    public mutating func handle(_ key: Key) -> Bool {
        guard key == .char(" ") else { return false }
        isChecked.toggle()
        return true
    }

    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        buffer.write(isChecked ? "[x]" : "[ ]", x: rect.x, y: rect.y, clip: rect)
        return focused ? Point(x: rect.x + min(1, rect.width - 1), y: rect.y) : nil
    }
}

extension Checkbox: FormInputWidget {
    public mutating func handleInput(_ key: Key) -> FormInput.Effect { handle(key) ? .changed : .ignored }
    /// A checkbox always holds an answer.
    public var isEmpty: Bool { false }
    public func width(in room: Int) -> Int { min(room, 3) }
}
