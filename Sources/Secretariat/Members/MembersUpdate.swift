import Domain
import Storage
import TerminalUI

extension MembersScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        do {
            switch event {
            case .opened:
                regions = context.data.regions.regions
                try loadFromTop(context)
            case .resized(let size):
                try window.resize(height: Self.listHeight(contentHeight: size.height), source: source(context))
            case .resumed:
                // Back from the detail (which may have saved through its own form): refresh the rows.
                try reloadKeepingSelection(context)
            case .message(let message):
                guard let message = message as? Message else { return .none }
                return try receive(message, context)
            case .key(let key):
                if !isSearching { try settleSearch(context) }
                return try isSearching ? typeSearch(key, context) : browse(key, context)
            case .shutdown:
                break
            }
        } catch {
            context.fail(error)
        }
        return .none
    }

    private mutating func browse(_ key: Key, _ context: AppContext) throws -> Command {
        if key == .escape, !query.search.isEmpty {
            // Esc clears an active search before it goes back.
            search = TextField()
            try setSearch("", context)
            return .none
        }
        guard let action = Self.keymap(context.catalog).action(for: key) else { return .ignored }
        return try perform(action, key: key, context)
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) throws -> Command {
        let c = context.catalog
        switch action {
        case .move:
            if (key == .char("G") || key == .end), !countIsExact {
                // The end of a search counted only in part: count it all once, then show the last rows.
                try jumpToEndExactly(context)
            } else {
                _ = try window.handle(key, source: source(context))
            }
        case .open:
            guard let row = window.selectedRow else { return .none }
            return .push(MemberDetailScreen(personId: row.personId), then: nil)
        case .add:
            return .push(MemberFormScreen(personId: nil), then: { ($0 as? Int64).map { Message.saved(personId: $0) } })
        case .edit:
            guard let row = window.selectedRow else { return .none }
            return .push(MemberFormScreen(personId: row.personId), then: { ($0 as? Int64).map { Message.saved(personId: $0) } })
        case .erase:
            guard let row = window.selectedRow else { return .none }
            let dialog = ConfirmDialog(
                title: c.membersEraseTitle, message: c.membersEraseMessage(row.name),
                // The typed word is the safeguard, so Enter after typing it erases; Esc cancels.
                buttons: [DialogButton(c.membersEraseConfirm), DialogButton(c.cancel)], selected: 0,
                typedConfirmation: .init(word: c.membersEraseWord, prompt: c.membersEraseTypePrompt(c.membersEraseWord), button: 0))
            let personId = row.personId
            return .present(ConfirmModal(dialog: dialog), then: { Message.eraseAnswered($0, personId: personId) })
        case .search:
            isSearching = true
        case .nextMatch, .previousMatch:
            guard !query.search.isEmpty else { context.inform(c.membersNoSearch); return .none }
            _ = try window.handle(action == .nextMatch ? .down : .up, source: source(context))
        case .sort:
            let all = MemberSort.allCases
            query.sort = all[(all.firstIndex(of: query.sort)! + 1) % all.count]
            try reloadKeepingSelection(context)
            context.inform(c.membersSortedBy(c.sortName(query.sort)))
        case .filter:
            return .present(MemberFilterModal(filter: query.filter, regions: regions, catalog: c),
                            then: { Message.filterChosen($0) })
        case .clearFilters:
            query.filter = MemberFilter()
            try reloadKeepingSelection(context)
        case .searchDone, .searchClear:
            break
        }
        return .none
    }

    private mutating func typeSearch(_ key: Key, _ context: AppContext) throws -> Command {
        switch Self.searchKeymap(context.catalog).action(for: key) {
        case .searchClear?:
            search = TextField()
            isSearching = false
            try setSearch("", context)
        case .searchDone?:
            try settleSearch(context)
            isSearching = false
        case .move?:
            try settleSearch(context)
            _ = try window.handle(key, source: source(context))
        default:
            if search.handle(key) == .changed, search.text != query.search {
                query.search = search.text
                searchPending = true
            }
        }
        return .none
    }

    private mutating func receive(_ message: Message, _ context: AppContext) throws -> Command {
        switch message {
        case .filterChosen(let filter):
            query.filter = filter
            try loadFromTop(context)
        case .eraseAnswered(.chosen(0), let personId):
            try context.data.people.erase(personId: personId, reason: context.catalog.membersEraseReason)
            try showNeighbour(ofRemoved: window.selectedRow, context)
            context.succeed(context.catalog.membersErased)
        case .eraseAnswered:
            break
        case .saved(let personId):
            try show(saved: personId, context)
        }
        return .none
    }

    private mutating func setSearch(_ text: String, _ context: AppContext) throws {
        searchPending = false
        guard text != query.search else { return }
        query.search = text
        try loadFromTop(context)
    }

    /// Reads the list for the search text typed so far, if that has not happened yet.
    private mutating func settleSearch(_ context: AppContext) throws {
        guard searchPending else { return }
        searchPending = false
        try loadFromTop(context)
    }

    mutating func settle(context: AppContext) -> Command {
        do { try settleSearch(context) } catch { context.fail(error) }
        return .none
    }

    // MARK: Loading

    private mutating func loadFromTop(_ context: AppContext) throws {
        let src = source(context)
        try window.load(from: src)
        countIsExact = src.isExact(total: window.total)
    }

    private mutating func reloadKeepingSelection(_ context: AppContext) throws {
        guard let row = window.selectedRow,
              let again = try context.data.members.row(personId: row.personId, in: query) else {
            return try loadFromTop(context)
        }
        try show(again, context)
    }

    /// Selects `row` where the selection was on screen, with its true position.
    private mutating func show(_ row: MemberRow, _ context: AppContext) throws {
        let src = source(context)
        try window.anchor(at: row, source: src)
        countIsExact = src.isExact(total: window.total)
    }

    /// After a save: select the saved person. Someone who no longer matches the search or the
    /// filters is shown in the full list rather than lost from sight.
    private mutating func show(saved personId: Int64, _ context: AppContext) throws {
        if try context.data.members.row(personId: personId, in: query) == nil {
            query.search = ""
            query.filter = MemberFilter()
            search = TextField()
        }
        guard let row = try context.data.members.row(personId: personId, in: query) else { return try loadFromTop(context) }
        try show(row, context)
    }

    /// The erased person has left the list: select the next row (or the previous one at the end).
    /// Their old cursor still orders correctly, so it finds the neighbours without them.
    private mutating func showNeighbour(ofRemoved removed: MemberRow?, _ context: AppContext) throws {
        let src = source(context)
        guard let removed,
              let neighbour = try src.after(removed, limit: 1).first ?? src.before(removed, limit: 1).last else {
            return try loadFromTop(context)
        }
        try show(neighbour, context)
    }

    /// Counts once, exactly, then shows the last page. Re-anchoring would also rank the last
    /// row, a second pass over every match; the last row's position is the count itself.
    private mutating func jumpToEndExactly(_ context: AppContext) throws {
        let src = source(context, exact: true)
        try window.load(from: src)
        _ = try window.handle(.char("G"), source: src)
        countIsExact = true
    }
}
