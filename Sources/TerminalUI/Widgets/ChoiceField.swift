/// One of N options, shown as `‹ Aktif ›`.
///
/// ←/→ step through the options (wrapping), Space steps forward, and a letter jumps to the
/// next option starting with it (case-insensitive), as in a `<select>`. The selection may be
/// empty (nil) until the user picks, so a required choice is not silently defaulted.
public struct ChoiceField: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Not a choice key (Tab, Enter, ↑↓…).
        case ignored
        /// The selection changed.
        case changed
        /// A choice key that found nothing to change to.
        case rejected
    }

    public var options: [String]
    /// Index of the chosen option; nil when none is chosen yet.
    public private(set) var selected: Int?
    /// Shown when nothing is chosen (e.g. "pilih" or "—").
    public var placeholder: String

    public init(_ options: [String], selected: Int? = nil, placeholder: String = "") {
        self.options = options
        self.selected = selected.flatMap { options.indices.contains($0) ? $0 : nil }
        self.placeholder = placeholder
    }

    public var selectedOption: String? { selected.map { options[$0] } }

    public mutating func select(_ index: Int?) {
        selected = index.flatMap { options.indices.contains($0) ? $0 : nil }
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard !options.isEmpty else { return .ignored }
        let n = options.count
        switch key {
        case .right, .char(" "): selected = selected.map { ($0 + 1) % n } ?? 0
        case .left: selected = selected.map { ($0 + n - 1) % n } ?? n - 1
        case .char(let c) where c.isLetter || c.isNumber:
            // The next option with this initial, after the current one, so repeats cycle.
            let start = (selected ?? -1) + 1
            let order = (0..<n).map { (start + $0) % n }
            guard let hit = order.first(where: { options[$0].first.map { $0.lowercased() == c.lowercased() } ?? false })
            else { return .rejected }
            if hit == selected { return .rejected }
            selected = hit
        default: return .ignored
        }
        return .changed
    }

    /// The cells the field wants: the widest option with its arrows.
    public var preferredWidth: Int {
        (options + [placeholder]).map(\.displayWidth).max().map { $0 + 4 } ?? 4
    }

    /// Draws `‹ option ›` on the first row of `rect`; returns the caret on the option.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row)
        let text = selectedOption ?? placeholder
        let style: Style = selectedOption == nil ? Style(.dim).with(.underline) : .underline
        guard rect.width >= 5 else {
            buffer.write(text, x: rect.x, y: rect.y, width: rect.width, style: style)
            return focused ? Point(x: rect.x, y: rect.y) : nil
        }
        let inner = min(rect.width - 4, (options + [placeholder]).map(\.displayWidth).max() ?? 0)
        buffer.write("‹", x: rect.x, y: rect.y)
        buffer.write(text, x: rect.x + 2, y: rect.y, width: inner, style: style)
        buffer.write("›", x: rect.x + 3 + inner, y: rect.y)
        return focused ? Point(x: rect.x + 2, y: rect.y) : nil
    }
}
