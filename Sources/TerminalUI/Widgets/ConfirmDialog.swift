/// A button of a `ConfirmDialog`: its label and an optional hotkey (e.g. "Ya" with `y`).
public struct DialogButton: Hashable, Sendable {
    public var label: String
    public var hotkey: Character?

    public init(_ label: String, hotkey: Character? = nil) {
        self.label = label
        self.hotkey = hotkey
    }
}

/// A centred question box: title, message, and two or more buttons.
///
/// ←/→ and Tab/Shift-Tab move between buttons, Enter picks the selected one, a button's hotkey
/// picks it directly (case-insensitive), Esc cancels. The dialog is modal: every key is consumed.
///
/// With `typedConfirmation`, the user must first type a given word (e.g. "HAPUS") before the
/// guarded button can be picked — for what cannot be undone, such as erasing a person. Letters
/// then go to the input, so button hotkeys are off and only Tab moves between buttons.
public struct ConfirmDialog: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Consumed; the dialog stays open.
        case pending
        /// The button at this index was picked.
        case chosen(Int)
        /// Esc: close without choosing.
        case cancelled
    }

    public struct TypedConfirmation: Hashable, Sendable {
        /// What the user must type, exactly.
        public var word: String
        /// The line above the input, e.g. "Ketik HAPUS untuk menghapus:".
        public var prompt: String
        /// The button that stays locked until the word is typed.
        public var button: Int
        /// Shown under the input when Enter is pressed before the word is typed exactly, so a
        /// wrong word (`hapus` for `HAPUS`) is answered, not ignored.
        public var mismatch: String?

        public init(word: String, prompt: String, button: Int, mismatch: String? = nil) {
            self.word = word
            self.prompt = prompt
            self.button = button
            self.mismatch = mismatch
        }
    }

    public var title: String
    public var message: [String]
    public var buttons: [DialogButton]
    public private(set) var selected: Int
    public var typedConfirmation: TypedConfirmation?
    /// What the user typed, in typed-confirmation mode.
    public private(set) var input: TextField
    /// Enter was pressed on the locked button; cleared by the next edit.
    public private(set) var showsMismatch = false

    /// `selected` is the button focused at first: make it the safe one.
    public init(title: String, message: [String], buttons: [DialogButton], selected: Int = 0,
                typedConfirmation: TypedConfirmation? = nil) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = buttons.isEmpty ? 0 : min(max(selected, 0), buttons.count - 1)
        self.typedConfirmation = typedConfirmation
        self.input = TextField(maxLength: typedConfirmation.map { $0.word.count + 8 })
    }

    /// Whether the button can be picked now (false only for the guarded button before the word is typed).
    public func isEnabled(_ index: Int) -> Bool {
        guard let typed = typedConfirmation, typed.button == index else { return true }
        return input.text == typed.word
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard !buttons.isEmpty else { return key == .escape ? .cancelled : .pending }
        switch key {
        case .escape: return .cancelled
        case .enter:
            if isEnabled(selected) { return .chosen(selected) }
            showsMismatch = true
            return .pending
        case .tab: selected = (selected + 1) % buttons.count; return .pending
        case .backTab: selected = (selected + buttons.count - 1) % buttons.count; return .pending
        default: break
        }
        if typedConfirmation != nil {
            if input.handle(key) == .changed { showsMismatch = false }
            return .pending
        }
        switch key {
        case .left: selected = max(0, selected - 1)
        case .right: selected = min(buttons.count - 1, selected + 1)
        case .char(let c):
            if let i = buttons.firstIndex(where: { $0.hotkey.map { $0.lowercased() == c.lowercased() } ?? false }) {
                selected = i
                return .chosen(i)
            }
        default: break
        }
        return .pending
    }

    // MARK: Drawing

    private var buttonLabels: [String] { buttons.map { "[ \($0.label) ]" } }
    private var buttonsWidth: Int {
        buttonLabels.map(\.displayWidth).reduce(0, +) + 2 * max(0, buttons.count - 1)
    }

    /// The box for a screen `rect`: as wide as its content, at most the screen less a margin.
    func layout(in rect: Rect) -> (box: Rect, lines: [String]) {
        let maxInner = max(1, rect.width - 4 - 4)   // 2 cells of margin outside, border + padding inside
        var want = max(buttonsWidth, title.displayWidth + 2)
        want = max(want, message.map(\.displayWidth).max() ?? 0)
        if let typed = typedConfirmation {
            want = max(want, typed.prompt.displayWidth, typed.word.displayWidth + 2, typed.mismatch?.displayWidth ?? 0)
        }
        let inner = min(want, maxInner)
        let lines = message.flatMap { $0.wrapped(toCells: inner) }
        let typedRows = typedConfirmation == nil ? 0 : 3   // prompt, input, blank
        let height = 2 + lines.count + 1 + typedRows + 1
        return (rect.centered(width: inner + 4, height: height), lines)
    }

    /// Draws the dialog over the screen; returns the caret (typed mode) or the selected button.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout Buffer, focused: Bool = true) -> Point? {
        let (box, lines) = layout(in: rect)
        guard box.width >= 4, box.height >= 3 else { return nil }
        buffer.fill(box)
        buffer.box(box, title: title)
        let body = box.inset(dx: 2, dy: 1)
        var y = body.y
        for line in lines where y < body.maxY - 1 {
            buffer.write(line, x: body.x, y: y, clip: body)
            y += 1
        }
        y += 1
        var caret: Point?
        if let typed = typedConfirmation, y + 1 < body.maxY {
            buffer.write(typed.prompt, x: body.x, y: y, clip: body)
            let fieldWidth = min(body.width, typed.word.displayWidth + 2)
            caret = input.draw(in: Rect(x: body.x, y: y + 1, width: fieldWidth, height: 1), on: &buffer, focused: focused)
            if showsMismatch, let mismatch = typed.mismatch, y + 2 < body.maxY - 1 {
                buffer.write(mismatch, x: body.x, y: y + 2, width: body.width, style: .error)
            }
            y += 3
        }
        let buttonCursor = drawButtons(y: body.maxY - 1, in: body, on: &buffer, focused: focused)
        return caret ?? buttonCursor
    }

    private func drawButtons(y: Int, in body: Rect, on buffer: inout Buffer, focused: Bool) -> Point? {
        var x = body.x + max(0, (body.width - buttonsWidth) / 2)
        var cursor: Point?
        for (i, label) in buttonLabels.enumerated() {
            var style: Style = isEnabled(i) ? .plain : .dim
            if i == selected { style = style.with(focused ? .reverse : .bold); cursor = Point(x: x + 2, y: y) }
            let start = x
            x += buffer.write(label, x: x, y: y, style: style, clip: body)
            if let hotkey = buttons[i].hotkey, typedConfirmation == nil {
                underline(hotkey, in: buttons[i].label, startingAt: start + 2, y: y, on: &buffer)
            }
            x += 2
        }
        return focused ? cursor : nil
    }

    /// Underlines the hotkey's first occurrence in the label, as mc does, so it shows without colour.
    private func underline(_ hotkey: Character, in label: String, startingAt x: Int, y: Int, on buffer: inout Buffer) {
        var col = x
        for ch in label {
            if ch.lowercased() == hotkey.lowercased() {
                buffer.highlight(Rect(x: col, y: y, width: DisplayWidth.of(ch), height: 1), style: .underline)
                return
            }
            col += DisplayWidth.of(ch)
        }
    }
}
