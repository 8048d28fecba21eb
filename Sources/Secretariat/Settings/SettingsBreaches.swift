import Documents
import Domain
import Storage
import TerminalUI

/// The breach register's tab (UU 27/2022 Art. 46, issue 16): record an incident, add the people
/// it touches, print the notification letter, mark it sent; each row counts down to its
/// 3 × 24 h deadline.
extension SettingsScreen {
    static let tickTimer = "insiden-tick"
    /// The countdown is to the minute: a redraw every half minute keeps it so.
    static let tickMilliseconds: Int64 = 30_000

    func tick() -> Command { .after(milliseconds: Self.tickMilliseconds, id: Self.tickTimer, message: Message.tick) }

    mutating func breachAction(_ action: Action, _ context: AppContext) -> Command {
        let c = context.catalog, b = c.breach
        if action == .addBreach {
            return .present(BreachFormModal(nil, catalog: c, today: context.data.today, now: context.data.timeOfDay),
                            then: { Message.breachSaved($0) })
        }
        guard let breach = selectedBreach, let id = breach.id else { context.inform(b.noneSelected); return .none }
        switch action {
        case .addPerson:
            return .present(PersonPickerModal(title: b.personTitle, catalog: c), then: { Message.personPicked($0, breachId: id) })
        case .notified:
            guard breach.notifiedOn == nil else { context.inform(b.alreadyNotified(c.shortDate(breach.notifiedOn!))); return .none }
            return .present(ConfirmModal.yesNo(title: b.notifiedTitle, message: [b.notifiedQuestion(c.longDate(context.data.today))], catalog: c),
                            then: { Message.notifiedAnswered($0, breachId: id) })
        case .letter:
            guard !printing else { context.inform(c.documents.alreadyMaking); return .none }
            let data = context.data
            return PaperPrinting.chooseFormat(PaperJob { format in
                try PaperIssuer.issue(try BreachNoticePaper.plan(breach, data: data), format: format, to: nil, folderSeries: "PDP", data: data)
            }, c)
        default:
            return .none
        }
    }

    mutating func receivedBreach(_ message: Message, _ context: AppContext) -> Command {
        let b = context.catalog.breach
        do {
            switch message {
            case .tick:
                now = (context.data.today, context.data.timeOfDay)
                return tab == .breaches ? tick() : .none
            case .breachSaved(let id):
                reload(context)
                if let i = breaches.firstIndex(where: { $0.id == id }) { cursor.select(i, count: rowCount, height: listHeight) }
                context.succeed(b.saved)
                return .none
            case .personPicked(let match, let id):
                guard var breach = breaches.first(where: { $0.id == id }) else { return .none }
                guard !breach.personIds.contains(match.personId) else { context.inform(b.alreadyListed(match.name)); return .none }
                breach.personIds.append(match.personId)
                try context.data.breaches.save(breach)
                context.succeed(b.personAdded(match.name, count: breach.personIds.count))
            case .notifiedAnswered(.chosen(0), let id):
                guard var breach = breaches.first(where: { $0.id == id }) else { return .none }
                breach.notifiedOn = context.data.today
                try context.data.breaches.save(breach)
                context.succeed(b.notifiedSaved)
            default:
                return .none
            }
        } catch let problem as BreachProblem {
            context.fail(b.problemText(problem))
        } catch {
            context.fail(error)
        }
        reload(context)
        return .none
    }

    /// The register, a countdown per incident; under it, the selected one's people.
    func drawBreaches(info: Rect, list: Rect, footer: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let b = c.breach
        let due = breaches.filter { $0.notifiedOn == nil }.count
        buffer.write(b.summary(breaches.count, due: due), x: info.x, y: info.y, width: info.width, style: .bold)
        let table = Table([
            TableColumn(b.columnDiscovered, minWidth: 16, idealWidth: 17, priority: 90),
            TableColumn(b.columnWhat, minWidth: 14, idealWidth: 34, priority: 100, expands: true),
            TableColumn(b.columnPeople, minWidth: 5, idealWidth: 6, alignment: .right, priority: 80),
            TableColumn(b.columnDeadline, minWidth: 19, idealWidth: 19, priority: 95),
        ])
        let cells = breaches.dropFirst(cursor.top).map { breach -> [String] in
            [c.shortDate(breach.discoveredOn) + " " + breach.discoveredAt.description, breach.description, String(breach.personIds.count),
             countdown(breach, c)]
        }
        let caret = table.draw(rows: cells, selected: cursor.selected - cursor.top, in: list, on: &buffer, focused: true, emptyText: b.empty)
        // A deadline passed or near, unsent, is drawn bold in reverse: it reads without colour.
        for (i, breach) in breaches.dropFirst(cursor.top).prefix(max(0, list.height - 1)).enumerated()
        where breach.notifiedOn == nil && breach.minutesLeft(on: now.day, at: now.time) < 12 * 60 && cursor.top + i != cursor.selected {
            if let column = table.column(3, width: list.width) {
                buffer.highlight(Rect(x: list.x + column.x, y: list.y + 1 + i, width: column.width, height: 1), style: Style([.bold, .reverse]))
            }
        }
        if let breach = selectedBreach {
            let people = breach.personIds.map { names[$0] ?? "#\($0)" }
            let lines = (b.whatFull(breach.description) + " " + b.peopleLine(people)).wrapped(toCells: footer.width)
            for (i, line) in lines.prefix(footer.height).enumerated() {
                buffer.write(line, x: footer.x, y: footer.y + i, width: footer.width, style: .dim)
            }
        }
        return caret
    }

    /// `sisa 2 h 23 j` / `LEWAT 5 j 10 m` / `terkirim 2 Des 2026`.
    func countdown(_ breach: Breach, _ c: Catalog) -> String {
        if let notified = breach.notifiedOn { return c.breach.notified(c.shortDate(notified)) }
        return c.breach.remaining(breach.minutesLeft(on: now.day, at: now.time))
    }
}
