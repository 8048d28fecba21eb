import Domain
import Storage
import TerminalUI

extension WorkScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        let c = context.catalog
        switch event {
        case .opened:
            loadTerms(context)
            reload(context)
        case .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 4)
            cursor.select(cursor.selected, count: rowCount, height: listHeight)
        case .key(let key):
            guard let action = Self.keymap(c, tab: tab).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return received(message, context)
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .move:
            _ = cursor.handle(key, count: rowCount, height: listHeight)
        case .nextTab, .previousTab:
            tab = tab.cycled(forward: action == .nextTab)
            cursor = ListCursor()
            reload(context)
        case .term:
            guard !terms.isEmpty else { return .none }
            let next = termIndex + (key == .char("[") ? -1 : 1)
            guard terms.indices.contains(next) else {
                context.inform(next < 0 ? c.work.firstTerm : c.work.lastTerm)
                return .none
            }
            termIndex = next
            cursor = ListCursor()
            departmentFilter = nil
            reload(context)
        case .filterStatus:
            let items = [c.work.all] + Programme.Status.allCases.map(c.work.statusName) + [c.work.candidateFilter]
            return .present(ChooserModal(title: c.work.chooseStatusTitle, items: items, catalog: c), then: { Message.statusChosen($0) })
        case .filterDepartment:
            let names = Array(Set(programmes.compactMap(\.departmentName))).sorted { a, b in
                (programmes.firstIndex { $0.departmentName == a } ?? 0) < (programmes.firstIndex { $0.departmentName == b } ?? 0)
            }
            return .present(ChooserModal(title: c.work.chooseDepartmentTitle, items: [c.work.all] + names, catalog: c),
                            then: { Message.departmentChosen($0) })
        case .open:
            switch tab {
            case .programmes: return selectedProgramme.map { .push(ProgrammeScreen(programmeId: $0.programme.id!), then: nil) } ?? .none
            case .activities: return selectedActivity.map { .push(ActivityScreen(activityId: $0.activity.id!), then: nil) } ?? .none
            case .partners: return selectedPartner.map { .push(PartnerScreen(partnerId: $0.partner.id!), then: nil) } ?? .none
            }
        case .add, .edit:
            return form(editing: action == .edit, context)
        }
        return .none
    }

    private func form(editing: Bool, _ context: AppContext) -> Command {
        let c = context.catalog
        switch tab {
        case .programmes:
            guard let term else { context.inform(c.work.noTerm); return .none }
            let original = editing ? selectedProgramme?.programme : nil
            if editing && original == nil { return .none }
            return .present(ProgrammeFormModal.make(programme: original, term: term, context: context),
                            then: { Message.programmeSaved($0) })
        case .activities:
            let original = editing ? selectedActivity?.activity : nil
            if editing && original == nil { return .none }
            return .present(ActivityFormModal.make(activity: original, context: context), then: { Message.activitySaved($0) })
        case .partners:
            let original = editing ? selectedPartner?.partner : nil
            if editing && original == nil { return .none }
            return .present(PartnerFormModal(partner: original, catalog: c), then: { Message.partnerSaved($0) })
        }
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .programmeSaved(let id):
            reload(context)
            select { $0 == .programme(id) }
            context.succeed(c.work.saved)
        case .activitySaved(let id):
            reload(context)
            select { $0 == .activity(id) }
            context.succeed(c.work.saved)
        case .partnerSaved(let id):
            reload(context)
            select { $0 == .partner(id) }
            context.succeed(c.work.saved)
        case .statusChosen(let text):
            if text == c.work.candidateFilter {
                statusFilter = .candidates
            } else {
                statusFilter = Programme.Status.allCases.first { c.work.statusName($0) == text }.map(StatusFilter.status) ?? .all
            }
            cursor = ListCursor()
        case .departmentChosen(let text):
            departmentFilter = text == c.work.all ? nil : text
            cursor = ListCursor()
        }
        cursor.select(cursor.selected, count: rowCount, height: listHeight)
        return .none
    }

    /// A row by what it shows, to select a saved one.
    enum RowKey: Equatable { case programme(Int64), activity(Int64), partner(Int64) }

    private mutating func select(_ matches: (RowKey) -> Bool) {
        let keys: [RowKey]
        switch tab {
        case .programmes: keys = shown.map { .programme($0.programme.id!) }
        case .activities: keys = activities.map { .activity($0.activity.id!) }
        case .partners: keys = partners.map { .partner($0.partner.id!) }
        }
        if let index = keys.firstIndex(where: matches) { cursor.select(index, count: rowCount, height: listHeight) }
    }

    /// The terms, oldest first; the active one is shown first, else the newest.
    private mutating func loadTerms(_ context: AppContext) {
        do {
            terms = try context.data.board.terms().sorted { $0.start < $1.start }
            termIndex = terms.firstIndex { $0.status == .aktif } ?? max(0, terms.count - 1)
        } catch {
            context.fail(error)
        }
    }

    private mutating func reload(_ context: AppContext) {
        do {
            switch tab {
            case .programmes: programmes = try term.map { try context.data.programmes.rows(termId: $0.id!) } ?? []
            case .activities: activities = try context.data.activities.activityRows()
            case .partners: partners = try context.data.activities.partnerRows()
            }
        } catch {
            context.fail(error)
        }
        cursor.select(cursor.selected, count: rowCount, height: listHeight)
    }
}
