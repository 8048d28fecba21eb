import Domain
import Storage
import TerminalUI

/// Adds a seat to a group of the board: its kind (only those of the group) and its title as
/// the SK prints it, prefilled from the kind. Dismissed with the saved position.
struct SeatFormModal: ModalScreen {
    typealias Result = Position
    enum Field: Hashable, Sendable { case kind, title }

    let termId: Int64
    let group: BoardGroup
    let kinds: [PositionKind]
    var form: Form<Field>
    /// The title as prefilled; typing over it stops the prefill.
    private var prefilled: String
    var problem: String?

    init(termId: Int64, group: BoardGroup, catalog c: Catalog) {
        self.termId = termId
        self.group = group
        switch group {
        case .advisers: kinds = PositionKind.allCases.filter { $0.category == .adviser }
        case .executive: kinds = PositionKind.allCases.filter { $0.category == .executive }
        case .department: kinds = PositionKind.allCases.filter { $0.category == .department }
        }
        prefilled = Self.title(kinds[0], group: group, c)
        form = Form([
            FormField(.kind, label: c.board.labelSeatKind, input: .choice(ChoiceField(kinds.map(c.board.positionKindName), selected: 0)),
                      required: true),
            FormField(.title, label: c.fieldLabel(.positionTitle), input: .text(TextField(prefilled, maxLength: 120)), required: true),
        ])
    }

    /// `Koordinator Bidang Advokasi`, as the shipped template names department seats.
    static func title(_ kind: PositionKind, group: BoardGroup, _ c: Catalog) -> String {
        let name = c.board.positionKindName(kind)
        if case .department(let d) = group { return "\(name) Bidang \(d.name)" }
        return name
    }

    func bindings(_ c: Catalog) -> [KeyHelp] { FormModalChrome.bindings(c) }


    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        if let answer = FormModalChrome.discardAnswer(event) { return answer }
        guard case .key(let key) = event else { return .none }
        let c = context.catalog
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .cancel:
            return FormModalChrome.cancel(dirty: form.isDirty, context.catalog)
        case .changed(.kind):
            let kind = kinds[form[.kind]?.choice ?? 0]
            if form[.title]?.text == prefilled {
                prefilled = Self.title(kind, group: group, c)
                form[.title]?.input = .text(TextField(prefilled, maxLength: 120))
            }
        case .changed:
            problem = nil
        case .submit:
            let kind = kinds[form[.kind]?.choice ?? 0]
            var departmentId: Int64?
            if case .department(let d) = group { departmentId = d.id }
            var position = Position(termId: termId, departmentId: departmentId, kind: kind,
                                    title: (form[.title]?.text ?? "").trimmingSpaces, order: 0)
            do {
                position.id = try context.data.board.save(position)
                return .dismiss(position)
            } catch StoreError.invalid(let issues) {
                problem = issues.map(c.issueText).joined(separator: " ")
            } catch {
                context.fail(error)
            }
        default:
            break
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: c.board.addSeatTitle + ": " + BoardScreen.groupTitle(group, c), problem: problem,
                             in: rect, on: &buffer, catalog: c)
    }

}
