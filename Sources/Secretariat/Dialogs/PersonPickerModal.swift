import Domain
import Storage
import TerminalUI

/// Choose a person from the register by typing part of a name, NIK or KTA: members and
/// non-members alike (never an erased person). Each keystroke shows at once; the matches
/// follow from a search off the loop, and a newer keystroke interrupts the older search.
struct PersonPickerModal: ModalScreen {
    typealias Result = PersonMatch

    enum Message {
        case found(PersonMatches)
        case failed(String, Error)
        case slow
    }

    static let searchJob = "cari-orang"
    static let slowTimer = "mencari"
    /// Matches fetched per keystroke; the list scrolls within them.
    static let limit = 40

    var picker: SearchPicker<PersonMatch>
    private var listHeight = 10
    private var showsSearching = false
    /// Ctrl-N records someone not in the register yet (a guest at a Musda) under the typed name.
    let allowsNew: Bool

    init(title: String, catalog c: Catalog, allowsNew: Bool = false) {
        picker = SearchPicker(title: title, placeholder: c.picker.placeholder)
        self.allowsNew = allowsNew
    }

    func bindings(_ c: Catalog) -> [KeyHelp] {
        (allowsNew ? [KeyHelp([.ctrl("n")], bar: c.picker.newPerson, help: c.picker.helpNewPerson, action: nil)] : [])
        + [KeyHelp([.enter], bar: c.picker.choose, help: c.picker.helpChoose, action: nil),
         KeyHelp([.escape], bar: c.cancel, help: c.picker.helpCancel, action: nil),
         KeyHelp([.up, .down, .pageUp, .pageDown], help: c.picker.helpMove, label: "↑/↓ PgUp/PgDn", action: nil),
         KeyHelp([], help: c.picker.helpType, label: "a–z 0–9", action: nil)]
    }

    var capturesText: Bool { true }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .resized(let size):
            listHeight = max(1, Self.box(in: Rect(size: size)).height - 6)
        case .key(.ctrl("n")) where allowsNew:
            return addNew(context)
        case .key(let key):
            switch picker.handle(key, page: listHeight) {
            case .queryChanged(let text):
                return search(text, context)
            case .chosen(let person):
                return .dismiss(person)
            case .chooseWhenCurrent:
                // Enter typed before the matches arrived: read them now and take the first.
                do {
                    let found = try context.data.people.matches(picker.query.text, limit: Self.limit, cancellation: nil)
                    show(found)
                    if let first = picker.selectedItem { return .batch([.cancelJob(id: Self.searchJob), .dismiss(first)]) }
                } catch {
                    context.fail(error)
                }
                return .cancelJob(id: Self.searchJob)
            case .cancelled:
                return .close(result: nil)
            case .none:
                break
            case .ignored:
                return .ignored
            }
        case .message(let message as Message):
            switch message {
            case .found(let found):
                show(found)
                return picker.isStale ? .none : .cancelTimer(id: Self.slowTimer)
            case .failed(let text, let error):
                if text == picker.query.text { context.fail(error) }
            case .slow:
                showsSearching = picker.isStale
            }
        default:
            break
        }
        return .none
    }

    /// A person with just the typed name and no membership, chosen at once.
    private func addNew(_ context: AppContext) -> Command {
        let name = picker.query.text.trimmingSpaces
        guard !name.isEmpty else { context.inform(context.catalog.picker.typeNameFirst); return .none }
        // The same name among the matches is most likely the same person: choose them instead.
        if let same = picker.items.first(where: { Self.folded($0.name) == Self.folded(name) }) {
            context.fail(context.catalog.picker.alreadyInRegister(same.name))
            return .none
        }
        do {
            let id = try context.data.people.save(PersonDraft(person: Person(name: name, source: context.catalog.picker.newPersonSource),
                                                              membership: nil),
                                                  overrideReason: context.catalog.picker.newPersonSource)
            return .batch([.cancelJob(id: Self.searchJob),
                           .dismiss(PersonMatch(personId: id, name: name, kta: nil, status: nil, regencyName: nil, birthDate: nil))])
        } catch {
            context.fail(error)
            return .none
        }
    }

    /// `  Séno  WIBISONO` → `seno wibisono`.
    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).collapsingSpaces
    }

    private mutating func show(_ found: PersonMatches) {
        picker.show(found.matches, hasMore: found.hasMore, for: found.text)
        if !picker.isStale { showsSearching = false }
    }

    private func search(_ text: String, _ context: AppContext) -> Command {
        let people = context.data.people
        let limit = Self.limit
        return .batch([
            .run(id: Self.searchJob, job: { token in
                try people.matches(text, limit: limit, cancellation: ReadCancellation { handler in token.onCancel(handler) })
            }, then: { result in
                switch result {
                case .success(let found as PersonMatches): return Message.found(found)
                case .success, .failure(is ReadInterrupted): return nil
                case .failure(let error): return Message.failed(text, error)
                }
            }),
            .after(milliseconds: MembersScreen.searchingHintDelay, id: Self.slowTimer, message: Message.slow),
        ])
    }

    static func box(in rect: Rect) -> Rect {
        SearchPicker<PersonMatch>.frame(in: rect, width: min(rect.width - 2, 100), rows: min(12, max(3, rect.height - 8)))
    }

    static func table(_ c: Catalog) -> Table {
        Table([
            TableColumn(c.picker.columnName, minWidth: 16, idealWidth: 30, priority: 100, expands: true),
            TableColumn(c.picker.columnKTA, minWidth: 12, idealWidth: 13, priority: 80),
            TableColumn(c.picker.columnStatus, minWidth: 9, idealWidth: 13, priority: 60),
            TableColumn(c.picker.columnRegency, minWidth: 10, idealWidth: 14, priority: 40),
        ])
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let status: String
        if picker.query.text.trimmingSpaces.isEmpty {
            status = c.picker.typeToSearch
        } else if showsSearching {
            status = c.picker.searching
        } else if picker.isStale || picker.items.isEmpty {
            status = ""
        } else {
            status = c.picker.count(picker.items.count, more: picker.hasMore)
        }
        let empty = picker.query.text.trimmingSpaces.isEmpty || picker.isStale ? ""
            : allowsNew ? c.picker.noMatchAddNew : c.picker.noMatch
        return picker.draw(in: Self.box(in: rect), on: &buffer, label: c.picker.label, table: Self.table(c), cells: { person in
            [person.name, person.kta ?? "–", person.status.map(c.membershipStatusName) ?? c.picker.notAMember, person.regencyName ?? "–"]
        }, status: status, emptyText: empty)
    }
}
