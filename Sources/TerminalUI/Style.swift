/// A small palette. Meaning never rides on colour alone: selection uses reverse video,
/// so everything still reads on NO_COLOR and monochrome terminals.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
}

public struct Style: Hashable, Sendable {
    public var attributes: Attributes
    public var foreground: Color?
    public var background: Color?

    public init(_ attributes: Attributes = [], foreground: Color? = nil, background: Color? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let reverse = Style(.reverse)
    public static let underline = Style(.underline)
    public static let dim = Style(.dim)
    /// The selected row or focused item.
    public static let selected = Style(.reverse)
    public static let error = Style(.bold, foreground: .red)
    public static let title = Style(.bold, foreground: .cyan)

    public func with(_ extra: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }
}
