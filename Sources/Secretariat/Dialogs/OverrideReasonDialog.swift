import TerminalUI

/// Lists the warnings a save ran into and asks for the reason to save anyway.
///
/// The toolkit's `ConfirmDialog` only takes a fixed word; an override needs free text, so this
/// composes a box, the wrapped warnings and a `TextField`. An empty reason is refused in place.
struct OverrideReasonDialog: Hashable, Sendable {
    enum Outcome: Hashable, Sendable {
        case pending
        /// Enter (or F2) with a reason.
        case confirmed(String)
        case cancelled
    }

    var title: String
    var intro: String
    /// One line of text per warning, already worded.
    var warnings: [String]
    var reasonLabel: String
    var missingText: String
    var keysText: String
    private(set) var reason = TextField(maxLength: 500)
    private(set) var showMissing = false

    init(title: String, intro: String, warnings: [String], reasonLabel: String, missingText: String, keysText: String) {
        self.title = title
        self.intro = intro
        self.warnings = warnings
        self.reasonLabel = reasonLabel
        self.missingText = missingText
        self.keysText = keysText
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape:
            return .cancelled
        case .enter, .function(2), .ctrl("s"):
            let text = reason.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { showMissing = true; return .pending }
            return .confirmed(text)
        default:
            if reason.handle(key) == .changed { showMissing = false }
            return .pending
        }
    }

    /// Draws centred in `rect`; returns the caret in the reason field.
    @discardableResult
    func draw(in rect: Rect, on buffer: inout Buffer) -> Point? {
        let width = min(rect.width - 2, 76)
        let inner = width - 4
        guard inner > 8 else { return nil }
        var lines: [(String, Style)] = intro.wrapped(toCells: inner).map { ($0, .plain) } + [("", .plain)]
        for warning in warnings {
            for (i, line) in warning.wrapped(toCells: inner - 2).enumerated() {
                lines.append(((i == 0 ? "• " : "  ") + line, .bold))
            }
        }
        // Fixed part below the warnings: blank, label, input, problem, blank, keys.
        let fixed = 6
        let room = max(1, rect.height - 2 - fixed)
        if lines.count > room { lines = Array(lines.prefix(room - 1)) + [("…", .plain)] }
        let box = rect.centered(width: width, height: min(rect.height, lines.count + fixed + 2))
        buffer.fill(box)
        buffer.box(box, title: title)
        let x = box.x + 2
        var y = box.y + 1
        for (line, style) in lines where y < box.maxY - 1 {
            buffer.write(line, x: x, y: y, width: inner, style: style)
            y += 1
        }
        y += 1
        buffer.write(reasonLabel, x: x, y: y, width: inner, style: .bold)
        let caret = reason.draw(in: Rect(x: x, y: y + 1, width: inner, height: 1), on: &buffer, focused: true)
        if showMissing { buffer.write(missingText, x: x, y: y + 2, width: inner, style: .error) }
        buffer.write(keysText, x: x, y: min(y + 4, box.maxY - 2), width: inner, style: .dim)
        return caret
    }
}
