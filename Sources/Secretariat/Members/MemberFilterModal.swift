import Domain
import Storage
import TerminalUI

/// The filter panel (`f`) as a dialog: regency, employment, status and registration channel.
/// F2 returns the chosen `MemberFilter`; Esc closes without one (the filters stay).
struct MemberFilterModal: ModalScreen {
    typealias Result = MemberFilter

    var form: Form<MemberFilterForm.Field>
    let regions: [Region]

    init(filter: MemberFilter, regions: [Region], catalog: Catalog) {
        self.regions = regions
        form = MemberFilterForm.make(filter, regions: regions, catalog: catalog)
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.function(2), .ctrl("s")], bar: c.members.filterApply, help: c.members.filterHelpApply, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.members.filterHelpCancel, action: nil),
         KeyHelp([.tab, .backTab], help: c.memberForm.helpNext, action: nil),
         KeyHelp([.left, .right, .char(" ")], help: c.memberForm.helpChoice, label: c.memberForm.helpChoiceKeys, action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        guard case .key(let key) = event else { return .none }
        switch form.handle(key, explainingRefusals: context.catalog) {
        case .submit: return .dismiss(MemberFilterForm.filter(from: form, regions: regions))
        case .cancel: return .close(result: nil)
        default: return .none
        }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let box = rect.centered(width: min(rect.width - 4, 60), height: 8)
        buffer.fill(box)
        buffer.box(box, title: c.members.filterTitle)
        let cursor = form.draw(in: box.inset(dx: 2, dy: 1), on: &buffer, focused: true)
        buffer.write(c.members.filterHint, x: box.x + 2, y: box.maxY - 2, width: box.width - 4, style: .dim)
        return cursor
    }
}
