import TerminalUI

/// One line of text to type (a name, a time): Enter or F2 returns it, Esc cancels, asking first
/// when the text was changed (as the form dialogs do). An empty answer (unless `allowsEmpty`),
/// or one `validate` words a problem with, is refused in place.
struct TextPromptModal: ModalScreen {
    typealias Result = String

    let title: String
    let label: String
    var field: TextField
    /// The text the prompt opened with: Esc asks before dropping anything else.
    private let initial: String
    /// The problem with an answer, worded; nil when it is fine.
    let validate: (String) -> String?
    let allowsEmpty: Bool
    private var problem: String?

    init(title: String, label: String, text: String, catalog c: Catalog, maxLength: Int = 100, allowsEmpty: Bool = false,
         validate: @escaping (String) -> String? = { _ in nil }) {
        self.title = title
        self.label = label
        self.validate = validate
        self.allowsEmpty = allowsEmpty
        field = TextField(text, maxLength: maxLength)
        initial = text
    }

    var hasUnsavedChanges: Bool { field.text != initial }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.enter, .function(2)], bar: c.board.save, help: c.board.helpSave, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.board.helpCancel, action: nil)]
            + TextField.bindings(moveCaret: c.helpCaret, deleteText: c.helpTextEdit, action: nil)
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        switch key {
        case .escape:
            return FormModalChrome.cancel(dirty: hasUnsavedChanges, context.catalog)
        case .enter, .function(2), .ctrl("s"):
            let text = field.text.trimmingSpaces
            guard !text.isEmpty || allowsEmpty else { problem = context.catalog.textRequired; return .none }
            if let wrong = validate(text) { problem = wrong; return .none }
            return .dismiss(text)
        default:
            switch field.handle(key) {
            case .changed: problem = nil
            case .rejected:
                // A character past the limit is said, not dropped silently.
                if case .char = key { problem = context.catalog.inputRefusal(.text(field)) }
            default: break
            }
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let width = min(rect.width - 2, 64)
        // A refusal is wrapped over up to three lines, the box growing with it: never cut.
        let problemLines = (problem ?? "").wrapped(toCells: max(1, width - 4), maxLines: 3)
        let box = rect.centered(width: width, height: 6 + max(1, problemLines.count))
        buffer.fill(box)
        buffer.box(box, title: title)
        let body = box.inset(dx: 2, dy: 1)
        buffer.write(label, x: body.x, y: body.y, width: body.width, style: .bold)
        let caret = field.draw(in: Rect(x: body.x, y: body.y + 1, width: body.width, height: 1), on: &buffer, focused: true)
        for (i, line) in problemLines.enumerated() where problem != nil {
            buffer.write(line, x: body.x, y: body.y + 2 + i, width: body.width, style: .error)
        }
        buffer.write(c.board.formHint, x: body.x, y: body.maxY - 1, width: body.width, style: .dim)
        return caret
    }
}
