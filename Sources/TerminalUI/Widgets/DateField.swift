/// A date typed as `DD-MM-YYYY`: digits only, the separators appear by themselves.
///
/// Untyped places show the caller's mask (e.g. "HH-BB-TTTT" in Indonesian), dim. Typing a
/// separator after a single digit pads it ("1-" becomes "01-"), so "1-5-2023" also works.
/// The date is checked against the real calendar (leap years included) without Foundation.
/// What is wrong is reported as a `Problem`; the screen words it from its catalog.
public struct DateField: Hashable, Sendable {
    /// A calendar day, as the field read it. The app converts it to its own date type.
    public struct Value: Hashable, Sendable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public var isValid: Bool {
            (1...9999).contains(year) && (1...12).contains(month) && (1...DateField.daysIn(month: month, year: year)).contains(day)
        }

        public static func < (a: Value, b: Value) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    }

    public enum Problem: Hashable, Sendable {
        /// Empty, and the field is required.
        case required
        /// Some digits typed, not all eight.
        case incomplete
        /// Eight digits that make no calendar date (31-02-2023).
        case invalid
    }

    public enum Outcome: Hashable, Sendable {
        case ignored
        case changed
        /// A key the field takes but cannot apply (a letter, a ninth digit).
        case rejected
    }

    /// Up to eight digits: DDMMYYYY.
    private var digits: [Character]
    /// Whether an empty field is acceptable.
    public var isOptional: Bool
    /// What untyped places show; 10 characters laid out like DD-MM-YYYY.
    public var mask: String

    public init(_ value: Value? = nil, isOptional: Bool = false, mask: String = "__-__-____") {
        self.digits = []
        self.isOptional = isOptional
        self.mask = mask
        if let value { self.value = value }
    }

    /// The typed date when it is complete and real; setting it replaces what was typed.
    public var value: Value? {
        get {
            guard digits.count == 8 else { return nil }
            let n = digits.map { Int(String($0))! }
            let v = Value(year: n[4] * 1000 + n[5] * 100 + n[6] * 10 + n[7], month: n[2] * 10 + n[3], day: n[0] * 10 + n[1])
            return v.isValid ? v : nil
        }
        set {
            guard let v = newValue, v.isValid else { digits = []; return }
            digits = Array(pad(v.day, 2) + pad(v.month, 2) + pad(v.year, 4))
        }
    }

    public var isEmpty: Bool { digits.isEmpty }

    /// What is wrong now, or nil when the field is acceptable.
    public var problem: Problem? {
        if digits.isEmpty { return isOptional ? nil : .required }
        if digits.count < 8 { return .incomplete }
        return value == nil ? .invalid : nil
    }

    /// The text as shown, e.g. "14-05-2023" or "14-05" while typing.
    public var text: String {
        var s = ""
        for (i, d) in digits.enumerated() {
            if i == 2 || i == 4 { s += "-" }
            s.append(d)
        }
        return s
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char(let c) where c.isASCII && c.isNumber:
            guard digits.count < 8 else { return .rejected }
            digits.append(c)
            return .changed
        case .char("-"), .char("/"), .char("."):
            // "1-" means day 01: pad a lone digit of the day or month group.
            guard digits.count == 1 || digits.count == 3 else { return .rejected }
            digits.insert("0", at: digits.count - 1)
            return .changed
        case .backspace, .ctrl("h"):
            guard !digits.isEmpty else { return .rejected }
            digits.removeLast()
            return .changed
        case .ctrl("u"), .delete:
            guard !digits.isEmpty else { return .rejected }
            digits.removeAll()
            return .changed
        case .char:
            return .rejected
        default:
            return .ignored
        }
    }

    public static let width = 10

    /// Draws the date (and the mask for untyped places) on the first row of `rect`;
    /// returns the caret after the last typed digit.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        guard rect.width > 0, rect.height > 0 else { return nil }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let shown = text
        let maskChars = Array(mask.prefix(cells: Self.width).fitted(to: Self.width))
        let rest = String(maskChars.dropFirst(shown.count))
        let used = buffer.write(shown, x: rect.x, y: rect.y, style: .underline, clip: rect)
        buffer.write(rest, x: rect.x + used, y: rect.y, style: Style(.dim).with(.underline), clip: rect)
        // After "14" the caret skips the separator: the next digit goes after "-".
        let caret = shown.count + (digits.count == 2 || digits.count == 4 ? 1 : 0)
        return focused ? Point(x: rect.x + min(caret, rect.width - 1), y: rect.y) : nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
