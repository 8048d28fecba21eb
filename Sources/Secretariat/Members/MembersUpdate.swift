import Domain
import Storage
import TerminalUI

extension MembersScreen {
    mutating func update(_ key: Key, context: AppContext) -> ScreenEffect {
        do {
            if case .searching = mode {} else { try settleSearch(context) }
            switch mode {
            case .browsing: return try browse(key, context)
            case .searching: return try typeSearch(key, context)
            case .filtering(var form): return try editFilters(key, form: &form, context)
            case .confirmingErase(var dialog, let personId): return try confirmErase(key, dialog: &dialog, personId, context)
            }
        } catch {
            context.fail(error)
            return .handled
        }
    }

    private mutating func browse(_ key: Key, _ context: AppContext) throws -> ScreenEffect {
        if let action = Self.keymap(context.catalog).action(for: key) { return try perform(action, context) }
        if key == .escape, !query.search.isEmpty {
            // Esc clears an active search before it goes back.
            search = TextField()
            try setSearch("", context)
            return .handled
        }
        if key == .char("G") || key == .end, !countIsExact {
            // The end of a search counted only in part: count it all once, then show the last rows.
            try jumpToEndExactly(context)
            return .handled
        }
        switch try window.handle(key, source: source(context)) {
        case .ignored: return .ignored
        case .moved: return .handled
        case .activated: return try perform(.open, context)
        }
    }

    private mutating func perform(_ action: Action, _ context: AppContext) throws -> ScreenEffect {
        let c = context.catalog
        switch action {
        case .open:
            guard let row = window.selectedRow else { return .handled }
            return .push(MemberScreens.detail(personId: row.personId, context: context))
        case .add:
            return .push(MemberScreens.form(personId: nil, context: context))
        case .edit:
            guard let row = window.selectedRow else { return .handled }
            return .push(MemberScreens.form(personId: row.personId, context: context))
        case .erase:
            guard let row = window.selectedRow else { return .handled }
            let dialog = ConfirmDialog(
                title: c.membersEraseTitle, message: c.membersEraseMessage(row.name),
                // The typed word is the safeguard, so Enter after typing it erases; Esc cancels.
                buttons: [DialogButton(c.membersEraseConfirm), DialogButton(c.cancel)], selected: 0,
                typedConfirmation: .init(word: c.membersEraseWord, prompt: c.membersEraseTypePrompt(c.membersEraseWord), button: 0))
            mode = .confirmingErase(dialog, personId: row.personId)
        case .search:
            mode = .searching
        case .nextMatch, .previousMatch:
            guard !query.search.isEmpty else { context.inform(c.membersNoSearch); return .handled }
            _ = try window.handle(action == .nextMatch ? .down : .up, source: source(context))
        case .sort:
            let all = MemberSort.allCases
            query.sort = all[(all.firstIndex(of: query.sort)! + 1) % all.count]
            try reloadKeepingSelection(context)
            context.inform(c.membersSortedBy(c.sortName(query.sort)))
        case .filter:
            mode = .filtering(MemberFilterForm.make(query.filter, regions: regions, catalog: c))
        case .clearFilters:
            query.filter = MemberFilter()
            try reloadKeepingSelection(context)
        }
        return .handled
    }

    private mutating func typeSearch(_ key: Key, _ context: AppContext) throws -> ScreenEffect {
        switch key {
        case .escape:
            search = TextField()
            mode = .browsing
            try setSearch("", context)
        case .enter:
            try settleSearch(context)
            mode = .browsing
        case .up, .down, .pageUp, .pageDown:
            try settleSearch(context)
            _ = try window.handle(key, source: source(context))
        default:
            if search.handle(key) == .changed, search.text != query.search {
                query.search = search.text
                searchPending = true
            }
        }
        return .handled
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

    mutating func settle(context: AppContext) {
        do { try settleSearch(context) } catch { context.fail(error) }
    }

    private mutating func editFilters(_ key: Key, form: inout Form, _ context: AppContext) throws -> ScreenEffect {
        switch form.handle(key) {
        case .submit:
            query.filter = MemberFilterForm.filter(from: form, regions: regions)
            mode = .browsing
            try loadFromTop(context)
        case .cancel:
            mode = .browsing
        default:
            mode = .filtering(form)
        }
        return .handled
    }

    private mutating func confirmErase(_ key: Key, dialog: inout ConfirmDialog, _ personId: Int64,
                                       _ context: AppContext) throws -> ScreenEffect {
        switch dialog.handle(key) {
        case .chosen(0):
            mode = .browsing
            try context.store.people.erase(personId: personId, reason: context.catalog.membersEraseReason)
            try showNeighbour(ofRemoved: window.selectedRow, context)
            context.succeed(context.catalog.membersErased)
        case .chosen, .cancelled:
            mode = .browsing
        case .pending:
            mode = .confirmingErase(dialog, personId: personId)
        }
        return .handled
    }

    // MARK: Loading

    mutating func reload(context: AppContext) {
        do { try loadFromTop(context) } catch { context.fail(error) }
    }

    private mutating func loadFromTop(_ context: AppContext) throws {
        let src = source(context)
        try window.load(from: src)
        countIsExact = src.isExact(total: window.total)
    }

    private mutating func reloadKeepingSelection(_ context: AppContext) throws {
        guard let row = window.selectedRow,
              let again = try context.store.members.row(personId: row.personId, in: query) else {
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

    /// Back from the form or the detail: show the saved person, or refresh what is on screen.
    mutating func resume(context: AppContext) {
        do {
            // Nothing saved above us (the detail only reads): the rows on screen are still right.
            guard let saved = context.lastSavedPersonId else { return }
            context.lastSavedPersonId = nil
            if try context.store.members.row(personId: saved, in: query) == nil {
                // The saved person no longer matches the search or filters: show them in the full list.
                query.search = ""
                query.filter = MemberFilter()
                search = TextField()
            }
            guard let row = try context.store.members.row(personId: saved, in: query) else {
                return try loadFromTop(context)
            }
            try show(row, context)
        } catch {
            context.fail(error)
        }
    }

    mutating func resize(_ size: Size, context: AppContext) {
        do {
            try window.resize(height: Self.listHeight(contentHeight: size.height), source: source(context))
        } catch {
            context.fail(error)
        }
    }
}
