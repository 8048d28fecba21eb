import Domain
import TerminalUI

/// What the small form dialogs (term, status, seat, assignment, Musda, session, arrival) share:
/// their keys and their box, so each states only its fields and what saving does.
enum FormModalChrome {
    /// The answer to "Buang perubahan?" asked on Esc, delivered to the form that asked.
    struct DiscardAnswer { let discard: Bool }

    /// Esc: closes at once when nothing was typed, else asks first (as the member form does).
    static func cancel(dirty: Bool, _ c: Catalog) -> Command {
        guard dirty else { return .close(result: nil) }
        return .present(ConfirmModal.yesNo(title: c.memberForm.discardTitle, message: [c.memberForm.discardMessage], catalog: c),
                        then: { DiscardAnswer(discard: $0 == .chosen(0)) })
    }

    /// The form's reply to the answer: close when discarding, stay otherwise; nil for any
    /// other event.
    static func discardAnswer(_ event: ScreenEvent) -> Command? {
        guard case .message(let answer as DiscardAnswer) = event else { return nil }
        return answer.discard ? .close(result: nil) : Command.none
    }

    /// F2 saves, Esc cancels, Tab moves, ←/→ change a choice.
    static func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.function(2), .ctrl("s")], bar: c.board.save, help: c.board.helpSave, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.board.helpCancel, action: nil),
         KeyHelp([.tab, .backTab], help: c.board.helpNextField, action: nil),
         KeyHelp([.left, .right, .char(" ")], help: c.board.helpChoice, label: "←/→", action: nil)]
    }

    /// A centred box titled `title`: `intro` lines, the form, a refusal that belongs to no one
    /// field wrapped in full (never cut) below it, and the keys hint. Returns the caret.
    static func draw<ID>(_ form: Form<ID>, title: String, intro: [(String, Style)] = [], problem: String?, width: Int = 72,
                         in rect: Rect, on buffer: inout Buffer, catalog c: Catalog) -> Point? {
        let boxWidth = min(rect.width - 2, width)
        let inner = max(1, boxWidth - 4)
        let problemLines = problem.map { $0.wrapped(toCells: inner, maxLines: 3) } ?? []
        let introLines = intro.flatMap { line in line.0.wrapped(toCells: inner).map { ($0, line.1) } }
        let formHeight = form.height(width: inner)
        let height = min(rect.height, introLines.count + (introLines.isEmpty ? 0 : 1) + formHeight + problemLines.count + 4)
        let box = rect.centered(width: boxWidth, height: height)
        buffer.fill(box)
        buffer.box(box, title: title)
        let body = box.inset(dx: 2, dy: 1)
        var y = body.y
        for (line, style) in introLines where y < body.maxY {
            buffer.write(line, x: body.x, y: y, width: body.width, style: style)
            y += 1
        }
        if !introLines.isEmpty { y += 1 }
        let formArea = Rect(x: body.x, y: y, width: body.width, height: max(1, body.maxY - y - 1 - problemLines.count))
        let cursor = form.draw(in: formArea, on: &buffer, focused: true)
        for (i, line) in problemLines.enumerated() {
            buffer.write(line, x: body.x, y: body.maxY - 1 - problemLines.count + i, width: body.width, style: .error)
        }
        buffer.write(c.board.formHint, x: body.x, y: body.maxY - 1, width: body.width, style: .dim)
        return cursor
    }
}

extension Form {
    /// `handle(_:)`, saying under the field why a typed character was refused (a letter or a
    /// minus in a number, a character past the limit, a letter in a date) instead of dropping
    /// it silently. The refusal then reads as a move: nothing changed.
    mutating func handle(_ key: Key, explainingRefusals c: Catalog) -> Outcome {
        let outcome = handle(key)
        guard case .refused(let id) = outcome else { return outcome }
        setError(c.inputRefusal(self[id]?.input, key: key), for: id)
        return .moved
    }
}

extension Catalog {
    /// Why an input refused a character: `Hanya angka 0–9; tanpa tanda minus, titik atau huruf.`
    func inputRefusal(_ input: FormInput?, key: Key? = nil) -> String {
        if let number = input?.as(NumberField.self) {
            if case .char(let c)? = key, c.isASCII, c.isNumber {
                return pick("Paling banyak \(number.maxDigits) angka.", "At most \(number.maxDigits) digits.")
            }
            return pick("Hanya angka 0–9 (tanpa minus, titik atau huruf).", "Digits 0–9 only (no minus, point or letters).")
        }
        if input?.as(DateField.self) != nil {
            return pick("Tanggal diketik dengan angka: \(dateMask).", "Type the date in digits: \(dateMask).")
        }
        if let max = input?.as(TextField.self)?.maxLength {
            return pick("Paling banyak \(max) karakter.", "At most \(max) characters.")
        }
        return pick("Karakter ini tidak dapat diketik di sini.", "This character cannot be typed here.")
    }
}

extension Form {
    /// Puts each issue under the field it names (`fields` maps the rule's field to the
    /// form's, when the form has it); returns the others as one sentence for below the form, nil when none is left.
    mutating func show(_ issues: [ValidationIssue], fields: [Domain.Field: ID], catalog c: Catalog) -> String? {
        var rest: [String] = []
        for issue in issues {
            if let id = fields[issue.field], self[id] != nil { setError(c.issueText(issue), for: id) } else { rest.append(c.issueText(issue)) }
        }
        return rest.isEmpty ? nil : rest.joined(separator: " ")
    }

    /// The date typed in `id`: `.some(nil)` when empty; nil (with the error shown under the
    /// field) when typed but not a date.
    mutating func date(_ id: ID, catalog c: Catalog) -> LocalDate?? {
        switch FormDates.read(self[id]?.input.as(DateField.self), catalog: c) {
        case .success(let d): return .some(d)
        case .failure(let p): setError(p.text, for: id); return nil
        }
    }

    /// The text typed in `id`, trimmed; nil when blank.
    func trimmedText(_ id: ID) -> String? { (self[id]?.text ?? "").nonBlank }
}

/// A form dialog: F2 submits, Esc cancels, a change clears its field's error and the problem
/// below the form, a refused character is explained. Each states its fields and `submit`.
protocol FormDialog: ModalScreen {
    associatedtype FieldID: Hashable & Sendable
    var form: Form<FieldID> { get set }
    var problem: String? { get set }
    /// Validates and saves; `.dismiss` with the result, or `.none` with the errors shown.
    mutating func submit(_ context: AppContext) -> Command
}

extension FormDialog {
    var hasUnsavedChanges: Bool { form.isDirty }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .cancel: return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
        case .changed(let f): form.setError(nil, for: f); problem = nil
        case .submit:
            form.clearErrors()
            problem = nil
            return submit(context)
        default: break
        }
        return .none
    }
}
