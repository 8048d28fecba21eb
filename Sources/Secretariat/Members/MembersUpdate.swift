import Domain
import Storage
import TerminalUI

extension MembersScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let wasAwaiting = awaiting != nil
        let command = handle(event, context: context)
        // Read synchronously meanwhile (a sort, Esc, a key that needed the rows): the search in
        // flight is stale, so stop it rather than let it hold a core and a reader.
        guard wasAwaiting, awaiting == nil else { return command }
        return .batch([command, .cancelJob(id: Self.searchJob), .cancelTimer(id: Self.searchingTimer)])
    }

    private mutating func handle(_ event: ScreenEvent, context: AppContext) -> Command {
        do {
            switch event {
            case .opened:
                regions = context.data.regions.regions
                try loadFromTop(context)
            case .resized(let size):
                let height = Self.listHeight(contentHeight: size.height)
                guard height != window.height else { break }
                // Rows of the previous search must not be topped up from the new one.
                try settleSearch(context)
                try window.resize(height: height, source: source(context))
            case .resumed:
                // Back from the detail (which may have saved through its own form): refresh the rows.
                try reloadKeepingSelection(context)
            case .message(let message):
                guard let message = message as? Message else { return .none }
                return try receive(message, context)
            case .key(let key):
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
        case .search, .add, .filter:
            break
        default:
            // Keys that act on the rows shown act on the current query's rows, as if the search
            // typed ahead had already been read (`/wahidin⏎⏎` opens Wahidin).
            try settleSearch(context)
        }
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
                title: c.members.eraseTitle, message: c.members.eraseMessage(row.name),
                // The typed word is the safeguard, so Enter after typing it erases; Esc cancels.
                buttons: [DialogButton(c.members.eraseConfirm), DialogButton(c.cancel)], selected: 0,
                typedConfirmation: .init(word: c.members.eraseWord, prompt: c.members.eraseTypePrompt(c.members.eraseWord), button: 0,
                                         mismatch: c.members.eraseMismatch(c.members.eraseWord)))
            let personId = row.personId
            return .present(ConfirmModal(dialog: dialog), then: { Message.eraseAnswered($0, personId: personId) })
        case .search:
            isSearching = true
        case .nextMatch, .previousMatch:
            guard !query.search.isEmpty else { context.inform(c.members.noSearch); return .none }
            _ = try window.handle(action == .nextMatch ? .down : .up, source: source(context))
        case .sort:
            let all = MemberSort.allCases
            query.sort = all[(all.firstIndex(of: query.sort)! + 1) % all.count]
            try reloadKeepingSelection(context)
            context.inform(c.members.sortedBy(c.members.sortName(query.sort)))
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
            // The results follow when the search job ends; a key that needs them reads them first.
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
            let people = context.data.people, reason = context.catalog.members.eraseReason
            context.inform(context.catalog.members.erasing)
            return .run(id: Self.eraseJob, job: { _ in
                try people.erase(personId: personId, reason: reason)
            }, then: { result in
                switch result {
                case .success(let mentions as [FreeTextMention]): return Message.eraseFinished(.success(mentions))
                case .success: return nil
                case .failure(let error): return Message.eraseFinished(.failure(error))
                }
            })
        case .eraseFinished(.success(let mentions)):
            try showNeighbour(ofRemoved: window.selectedRow, context)
            // Prose that still names the person is listed for review, never edited blindly.
            if mentions.isEmpty { context.succeed(context.catalog.members.erased) }
            else { context.inform(context.catalog.members.erasedButMentioned(mentions)) }
        case .eraseFinished(.failure(let error)):
            context.fail(error)
        case .eraseAnswered:
            break
        case .saved(let personId):
            try show(saved: personId, context)
        case .searchLoaded(let page):
            // Replaced meanwhile (a newer search, a sort, a filter, a reload): not this list's rows.
            guard page.query == query, awaiting == page.query else { return .none }
            let height = window.height
            window = page.window
            countIsExact = page.countIsExact
            markCurrent()
            // The terminal may have been resized while the job read its rows.
            if window.height != height { try window.resize(height: height, source: source(context)) }
            return .cancelTimer(id: Self.searchingTimer)
        case .searchFailed(let failed, let error):
            guard failed == query, awaiting == failed else { return .none }
            markCurrent()
            context.fail(error)
            return .cancelTimer(id: Self.searchingTimer)
        case .searchSlow:
            showsSearching = awaiting != nil
        }
        return .none
    }

    private mutating func setSearch(_ text: String, _ context: AppContext) throws {
        guard text != query.search || searchPending || awaiting != nil else { return }
        query.search = text
        try loadFromTop(context)
    }

    /// Reads the list for the current query now, if a search read is still waiting or in flight
    /// (its result, when it comes, is then dropped).
    private mutating func settleSearch(_ context: AppContext) throws {
        guard searchPending || awaiting != nil else { return }
        try loadFromTop(context)
    }

    /// Once the keys typed are handled, the search runs off the loop: the frame with the
    /// keystroke is drawn now and the rows follow. A newer search supersedes this one.
    mutating func settle(context: AppContext) -> Command {
        guard searchPending else { return .none }
        searchPending = false
        awaiting = query
        return .batch([
            .run(id: Self.searchJob, job: MemberSearchPage.job(context.data.members, query: query, height: window.height),
                 then: MemberSearchPage.message(for: query)),
            // Restarted by each search; a hint already shown stays until the rows arrive.
            .after(milliseconds: Self.searchingHintDelay, id: Self.searchingTimer, message: Message.searchSlow),
        ])
    }

    // MARK: Loading

    /// The list now shows its query: nothing waits to be read, and a search in flight is stale.
    private mutating func markCurrent() {
        searchPending = false
        awaiting = nil
        showsSearching = false
    }

    private mutating func loadFromTop(_ context: AppContext) throws {
        let src = source(context)
        try window.load(from: src)
        countIsExact = src.isExact(total: window.total)
        markCurrent()
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
        markCurrent()
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
        markCurrent()
    }
}
