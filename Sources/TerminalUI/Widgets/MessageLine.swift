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

    /// Rows the text needs at `width`, at most `limit`: a long message borrows rows above the
    /// message line rather than losing its end.
    public func rows(width: Int, limit: Int = 3) -> Int {
        guard width > 0, !text.isEmpty else { return 1 }
        return min(limit, max(1, text.wrapped(toCells: width).count))
    }

    /// Draws in `rect`, clearing it: one row as is, or wrapped over several rows; text that
    /// still does not fit ends in "…".
    public func draw(in rect: Rect, on buffer: inout Buffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(rect)
        var lines = rect.height == 1 ? [text] : text.wrapped(toCells: rect.width)
        if lines.count > rect.height {
            lines = Array(lines.prefix(rect.height - 1)) + [lines[(rect.height - 1)...].joined(separator: " ")]
        }
        for (i, line) in lines.enumerated() {
            let shown = line.displayWidth > rect.width ? line.fitted(to: rect.width) : line
            buffer.write(shown, x: rect.x, y: rect.y + i, style: style, clip: rect)
        }
    }
}
