import Documents
import Domain
import Storage
import TerminalUI

extension BoardScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 1)
            keepSelectionVisible()
        case .key(let key):
            guard let action = Self.keymap(context.catalog).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return receive(message, context)
        case .message(let message as PaperPrintingMessage):
            return PaperPrinting.receive(message, busy: &printing, context).command
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .move:
            if let move = ListMove(key) { select(move.target(from: selected, count: rows.count, page: listHeight)) }
        case .orgChart:
            return .push(OrgChartScreen(termId: termId), then: nil)
        case .decree:
            guard !printing else { context.inform(c.documents.alreadyMaking); return .none }
            let data = context.data, termId = termId
            return PaperPrinting.chooseFormat(PaperJob { format in
                guard let term = try data.board.term(id: termId) else { throw PaperRefusal.noSuchTerm }
                return try PaperIssuer.issue(try BoardDecreePaper.plan(term: term, data: data), format: format, to: nil,
                                             folderSeries: "SK", data: data)
            }, c)
        case .history:
            guard let seat = selectedRow?.seat, let board else { context.inform(c.board.pickASeat); return .none }
            return .present(SeatHistoryModal(seat: seat, term: board.term), then: { (_: Void) in nil })
        case .fill:
            guard let seat = selectedRow?.seat else { context.inform(c.board.pickASeat); return .none }
            let title = seat.holder == nil ? c.board.fillTitle(seat.position.title) : c.board.replaceTitle(seat.position.title)
            return .present(PersonPickerModal(title: title, catalog: c), then: { Message.picked($0, seat: seat) })
        case .end:
            guard let seat = selectedRow?.seat, let board else { context.inform(c.board.pickASeat); return .none }
            guard seat.holder != nil else { context.inform(c.board.nothingToEnd); return .none }
            return .present(AssignModal(mode: .end, seat: seat, person: nil, term: board.term, today: context.data.today, catalog: c),
                            then: { Message.done($0) })
        case .addSeat:
            guard let board, let group = selectedGroup ?? (board.groups.first?.group) else { return .none }
            return .present(SeatFormModal(termId: termId, group: group, catalog: c), then: { Message.seatAdded($0) })
        case .remove:
            guard let row = selectedRow else { return .none }
            let question: [String]
            switch row {
            case .seat(let seat): question = c.board.removeSeatQuestion(seat.position.title)
            case .group(.department(let d)): question = c.board.removeDepartmentQuestion(d.name)
            case .group: context.inform(c.board.pickASeat); return .none
            }
            return .present(ConfirmModal.yesNo(title: c.board.removeTitle, message: question, catalog: c),
                            then: { Message.removeAnswered($0, row) })
        case .addDepartment:
            return .present(TextPromptModal(title: c.board.addDepartmentTitle, label: c.fieldLabel(.departmentName), text: "",
                                            catalog: c),
                            then: { Message.departmentNamed($0, departmentId: nil) })
        case .renameDepartment:
            guard let department = selectedDepartment else { context.inform(c.board.pickADepartment); return .none }
            return .present(TextPromptModal(title: c.board.renameDepartmentTitle, label: c.fieldLabel(.departmentName),
                                            text: department.name, catalog: c),
                            then: { Message.departmentNamed($0, departmentId: department.id) })
        }
        return .none
    }

    private mutating func receive(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .picked(let person, let seat):
            guard let board else { return .none }
            let mode: AssignModal.Mode = seat.holder == nil ? .fill : .replace
            return .present(AssignModal(mode: mode, seat: seat, person: person, term: board.term, today: context.data.today, catalog: c),
                            then: { Message.done($0) })
        case .done(let text):
            reload(context)
            context.succeed(text)
        case .removeAnswered(.chosen(0), let row):
            do {
                switch row {
                case .seat(let seat):
                    try context.data.board.removeSeat(positionId: seat.position.id!, reason: c.board.removeReason)
                    reload(context)
                    context.succeed(c.board.seatRemoved(seat.position.title))
                case .group(.department(let d)):
                    try context.data.board.removeDepartment(id: d.id!, reason: c.board.removeReason)
                    reload(context)
                    context.succeed(c.board.departmentRemoved(d.name))
                case .group:
                    break
                }
            } catch StoreError.invalid(let issues) {
                context.fail(issues.map(c.issueText).joined(separator: " "))
            } catch {
                context.fail(error)
            }
        case .removeAnswered:
            break
        case .departmentNamed(let name, let id):
            do {
                var department = id.flatMap { id in board?.departments.first { $0.id == id } }
                    ?? Department(termId: termId, name: name, order: 0)
                department.name = name.trimmingSpaces
                let saved = try context.data.board.save(department)
                reload(context)
                let index = rows.firstIndex { row in
                    if case .group(.department(let d)) = row { return d.id == saved } else { return false }
                }
                if let index { select(index) }
                context.succeed(c.board.departmentSaved(department.name))
            } catch StoreError.invalid(let issues) {
                context.fail(issues.map(c.issueText).joined(separator: " "))
            } catch {
                context.fail(error)
            }
        case .seatAdded(let position):
            reload(context)
            if let index = rows.firstIndex(where: { $0.seat?.position.id == position.id }) { select(index) }
            context.succeed(c.board.seatAdded(position.title))
        }
        return .none
    }

    /// Reads the board again, keeping the selection on the same seat or group where it can.
    mutating func reload(_ context: AppContext) {
        let previous = selectedRow
        do {
            let fresh = try context.data.board.board(termId: termId)
            board = fresh
            rows = Self.rows(fresh)
        } catch {
            context.fail(error)
            return
        }
        let same = previous.flatMap { old in
            rows.firstIndex { new in
                switch (old, new) {
                case (.seat(let a), .seat(let b)): return a.position.id == b.position.id
                case (.group(let a), .group(let b)): return a == b
                default: return false
                }
            }
        }
        select(same ?? min(selected, max(0, rows.count - 1)))
    }

    mutating func select(_ index: Int) {
        selected = rows.isEmpty ? 0 : min(max(index, 0), rows.count - 1)
        keepSelectionVisible()
    }

    private mutating func keepSelectionVisible() {
        if selected < top { top = selected }
        if selected >= top + listHeight { top = selected - listHeight + 1 }
        top = max(0, min(top, max(0, rows.count - listHeight)))
    }
}
