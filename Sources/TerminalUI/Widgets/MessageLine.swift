/// One line of feedback: "Tersimpan", or what went wrong.
///
/// An error is bold (and red where colour exists), so it stands out on NO_COLOR terminals too.
public struct MessageLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, error }

    public var text: String
    public var kind: Kind

    public init(_ text: String = "", kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    public static func info(_ text: String) -> MessageLine { MessageLine(text, kind: .info) }
    public static func success(_ text: String) -> MessageLine { MessageLine(text, kind: .success) }
    public static func error(_ text: String) -> MessageLine { MessageLine(text, kind: .error) }

    public var isEmpty: Bool { text.isEmpty }

    public var style: Style {
        switch kind {
        case .info: return .plain
        case .success: return Style(.bold, foreground: .green)
        case .error: return .error
        }
    }

    /// Draws on the first row of `rect`, clearing it; text too long ends in "…".
    public func draw(in rect: Rect, on buffer: inout Buffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        let shown = text.displayWidth > rect.width ? text.fitted(to: rect.width) : text
        buffer.write(shown, x: rect.x, y: rect.y, style: style, clip: rect)
    }
}
