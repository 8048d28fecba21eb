import TerminalUI

/// Choose one of a short list of texts, narrowed by typing (the speaker for the minutes).
/// Enter chooses the highlighted one; Esc cancels.
struct ChooserModal: ModalScreen {
    typealias Result = String

    let items: [String]
    var picker: SearchPicker<String>
    private var listHeight = 8

    /// `selected`: the item the list opens on (the current value), the first when nil.
    init(title: String, items: [String], selected: String? = nil, catalog c: Catalog) {
        self.items = items
        picker = SearchPicker(title: title, placeholder: "")
        picker.show(items, hasMore: false, for: "")
        if let selected { picker.select(selected) }
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        [KeyHelp([.enter], bar: c.picker.choose, help: c.picker.helpChooseItem, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.picker.helpCancel, action: nil),
         KeyHelp([.up, .down, .pageUp, .pageDown], help: c.picker.helpMove, label: "↑/↓ PgUp/PgDn", action: nil)]
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .resized(let size):
            listHeight = max(1, Self.box(in: Rect(size: size), items: items).height - 6)
        case .key(let key):
            switch picker.handle(key, page: listHeight) {
            case .queryChanged(let text):
                // A short list in memory: narrowed at once, word starts first.
                let words = text.lowercased().split(separator: " ")
                let found = items.filter { item in
                    let lower = item.lowercased()
                    return words.allSatisfy { lower.contains($0) }
                }
                picker.show(found, hasMore: false, for: text)
            case .chosen(let item): return .dismiss(item)
            case .chooseWhenCurrent: return picker.selectedItem.map { .dismiss($0) } ?? .none
            case .cancelled: return .close(result: nil)
            case .none: break
            case .ignored: return .ignored
            }
        default:
            break
        }
        return .none
    }

    /// As wide as the longest item needs (a duplicate's candidate with its reasons), up to the screen.
    static func box(in rect: Rect, items: [String]) -> Rect {
        let widest = items.map(\.displayWidth).max() ?? 0
        return SearchPicker<String>.frame(in: rect, width: min(rect.width - 2, max(60, widest + 6)), rows: min(12, max(3, items.count)))
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let table = Table([TableColumn(c.picker.columnChoice, minWidth: 10, idealWidth: 50, priority: 100, expands: true)])
        return picker.draw(in: Self.box(in: rect, items: items), on: &buffer, label: c.picker.label, table: table,
                           cells: { [$0] }, status: c.picker.count(picker.items.count, more: false), emptyText: c.picker.noMatch)
    }
}
