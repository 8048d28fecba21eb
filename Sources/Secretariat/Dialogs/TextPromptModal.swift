import TerminalUI

/// One line of text to type (a name): Enter or F2 returns it, Esc cancels. An empty answer is
/// refused in place.
struct TextPromptModal: ModalScreen {
    typealias Result = String

    let title: String
    let label: String
    var field: TextField
    private var showsMissing = false

    init(title: String, label: String, text: String, catalog c: Catalog, maxLength: Int = 100) {
        self.title = title
        self.label = label
        field = TextField(text, maxLength: maxLength)
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.enter, .function(2)], bar: c.board.save, help: c.board.helpSave, action: ()),
         KeyHelp([.escape], bar: c.cancel, help: c.board.helpCancel, action: ())]
            + TextField.bindings(moveCaret: c.helpCaret, deleteText: c.helpTextEdit, action: ())
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        guard case .key(let key) = event else { return .none }
        switch key {
        case .escape:
            return .close(result: nil)
        case .enter, .function(2), .ctrl("s"):
            let text = field.text.trimmingSpaces
            guard !text.isEmpty else { showsMissing = true; return .none }
            return .dismiss(text)
        default:
            if field.handle(key) == .changed { showsMissing = false }
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let box = rect.centered(width: min(rect.width - 2, 64), height: 7)
        buffer.fill(box)
        buffer.box(box, title: title)
        let body = box.inset(dx: 2, dy: 1)
        buffer.write(label, x: body.x, y: body.y, width: body.width, style: .bold)
        let caret = field.draw(in: Rect(x: body.x, y: body.y + 1, width: body.width, height: 1), on: &buffer, focused: true)
        if showsMissing { buffer.write(c.textRequired, x: body.x, y: body.y + 2, width: body.width, style: .error) }
        buffer.write(c.board.formHint, x: body.x, y: body.maxY - 1, width: body.width, style: .dim)
        return caret
    }
}
