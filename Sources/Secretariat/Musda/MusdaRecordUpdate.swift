import Domain
import Storage
import TerminalUI

extension MusdaRecordScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            contentHeight = size.height
            select(selected)
        case .key(let key):
            guard let action = Self.keymap(context.catalog, tab: tab).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return receive(message, context)
        case .message(let message as OutcomeMessage):
            return receiveOutcome(message, context)
        case .message(let message as DocumentMessage):
            return receiveDocument(message, context)
        case .message(let message as PaperPrintingMessage):
            return receivePrinting(message, context)
        case .message(let message as DecreeMessage):
            return receiveDecree(message, context)
        default:
            break
        }
        return .none
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .nextTab, .previousTab:
            tab = tab.cycled(forward: action == .nextTab)
            selected = 0
            top = 0
        case .session:
            guard !sessions.isEmpty else { context.inform(c.musda.noSession); return .none }
            sessionIndex = (sessionIndex + (key == .char("[") ? sessions.count - 1 : 1)) % sessions.count
            reloadSession(context)
        case .move:
            if let move = ListMove(key) { select(move.target(from: selected, count: rowCount, page: listHeight)) }
        case .chooseSession:
            let rows = sessionRows
            guard rows.indices.contains(selected) else { return .none }
            sessionIndex = rows[selected].sessionIndex
            reloadSession(context)
            context.inform(c.musda.sessionChosen(sessions[sessionIndex].title))
        case .addSession:
            let session = MusdaSession(musdaId: musdaId, kind: .pleno, number: nil, title: c.musda.sessionTitle(.pleno, number: nil), order: 0)
            return .present(SessionFormModal(.session(session), isNew: true, catalog: c), then: { Message.sessionSaved($0) })
        case .addItem:
            let rows = sessionRows
            guard rows.indices.contains(selected) else { context.inform(c.musda.noSession); return .none }
            let s = sessions[rows[selected].sessionIndex]
            return .present(SessionFormModal(.item(AgendaItem(sessionId: s.id!, order: 0, title: ""), sessionTitle: s.title), isNew: true, catalog: c),
                            then: { Message.sessionSaved($0) })
        case .editRow:
            let rows = sessionRows
            guard rows.indices.contains(selected) else { return .none }
            switch rows[selected] {
            case .session(let i), .chairs(let i, _):
                return .present(SessionFormModal(.session(sessions[i]), isNew: false, catalog: c), then: { Message.sessionSaved($0) })
            case .item(let i, let item):
                return .present(SessionFormModal(.item(item, sessionTitle: sessions[i].title), isNew: false, catalog: c),
                                then: { Message.sessionSaved($0) })
            }
        case .chair:
            let rows = sessionRows
            guard rows.indices.contains(selected) else { return .none }
            let index = rows[selected].sessionIndex
            do {
                let present = try context.data.musda.attendees(musdaId: musdaId, sessionId: sessions[index].id!)
                    .filter { $0.isPresent && !$0.isErased }.map(\.name)
                guard !present.isEmpty else { context.inform(c.musda.nobodyPresent); return .none }
                return .present(ChooserModal(title: c.musda.chairTitle(sessions[index].title), items: present, catalog: c),
                                then: { Message.chairChosen($0, sessionIndex: index) })
            } catch {
                context.fail(error)
            }
        case .moveItemUp, .moveItemDown:
            let rows = sessionRows
            guard rows.indices.contains(selected), case .item(_, let item) = rows[selected] else {
                context.inform(c.musda.pickAnItem)
                return .none
            }
            do {
                try context.data.musda.moveAgendaItem(id: item.id!, by: action == .moveItemUp ? -1 : 1)
                reload(context)
                if let index = sessionRows.firstIndex(where: { if case .item(_, let moved) = $0 { return moved.id == item.id } else { return false } }) {
                    select(index)
                }
            } catch {
                context.fail(error)
            }
        case .register:
            guard session != nil else { context.inform(c.musda.noSession); return .none }
            return .present(PersonPickerModal(title: c.musda.registerTitle, catalog: c, allowsNew: true), then: { Message.personPicked($0) })
        case .arrive:
            return arrive(context)
        case .depart:
            // The time is asked, now by default: the paper list may be typed in later.
            guard session != nil, attendees.indices.contains(selected) else { return .none }
            let row = attendees[selected]
            guard row.isPresent else { context.inform(c.musda.alreadyOut); return .none }
            let arrived = row.presence?.arrivedAt
            return .present(TextPromptModal(title: c.musda.departTitle(row.name), label: c.fieldLabel(.departureTime),
                                            text: context.data.timeOfDay.description, catalog: c, maxLength: 5,
                                            validate: { text in
                                                guard let time = ClockTime(text) else { return c.musda.timeInvalid }
                                                if let arrived, time < arrived {
                                                    return c.issueText(.timeBefore(.departureTime, reference: .arrivalTime))
                                                }
                                                return nil
                                            }),
                            then: { Message.departureTime($0, attendanceId: row.id) })
        case .openMinutes:
            guard let session, let musda else { context.inform(c.musda.noSession); return .none }
            return .push(MinutesEditorScreen(musda: musda, session: session), then: { _ in Message.minutesClosed })
        case .adopt:
            return adopt(context)
        case .addDecision:
            return .present(TextPromptModal(title: c.musda.addDecisionTitle, label: c.musda.columnDecision, text: "", catalog: c,
                                            maxLength: 300),
                            then: { Message.decisionTitled($0) })
        case .finalise:
            guard let session else { context.inform(c.musda.noSession); return .none }
            guard pendingMinutes == nil else { context.inform(c.musda.pendingFirst); return .none }
            do {
                let version = try context.data.musda.finaliseMinutes(sessionId: session.id!)
                reloadSession(context)
                context.succeed(c.musda.finalised(version))
            } catch StoreError.invalid(let issues) {
                context.fail(issues.map(c.issueText).joined(separator: " "))
            } catch {
                context.fail(error)
            }
        case .editReport, .verdict, .addCandidate, .votes, .counts, .method, .office, .declare, .witness, .removeCandidate,
             .addFormatur, .removeFormatur, .deadline, .handover, .undoHandover:
            return performOutcome(action, context)
        case .documents:
            return chooseDocument(context)
        case .decree:
            return editDecree(context)
        case .reopen:
            guard minutes?.finalised == true else { context.inform(c.musda.notFinal); return .none }
            return .present(TextPromptModal(title: c.musda.reopenTitle, label: c.board.labelReason, text: "", catalog: c, maxLength: 300),
                            then: { Message.reopenReason($0) })
        }
        return .none
    }

    private mutating func receive(_ message: Message, _ context: AppContext) -> Command {
        switch message {
        case .personPicked(let person):
            guard let session else { return .none }
            // Someone already registered keeps their role and origin: in the room, that is said
            // (once claimed as a new arrival, with nothing changed); out of it, they come back.
            if let index = attendees.firstIndex(where: { $0.attendance.personId == person.personId }) {
                selected = index
                let row = attendees[index]
                guard row.isPresent else { return arrive(context) }
                let c = context.catalog
                context.inform(c.musda.alreadyRegistered(row.name, role: c.attendanceRoleName(row.attendance.role),
                                                         since: row.presence?.arrivedAt.description ?? ""))
                return .none
            }
            return .present(RegisterAttendeeModal(person: person, musdaId: musdaId, session: session,
                                                  now: context.data.timeOfDay, catalog: context.catalog),
                            then: { Message.registered($0) })
        case .registered(let text):
            reloadSession(context)
            context.succeed(text)
        case .departureTime(let text, let attendanceId):
            guard let session, let time = ClockTime(text), let row = attendees.first(where: { $0.id == attendanceId }) else { break }
            do {
                try context.data.musda.depart(attendanceId: attendanceId, sessionId: session.id!, at: time)
                context.succeed(context.catalog.musda.departed(row.name, time.description))
            } catch StoreError.invalid(let issues) {
                context.fail(issues.map(context.catalog.issueText).joined(separator: " "))
            } catch {
                context.fail(error)
            }
            reloadSession(context)
        case .minutesClosed:
            reload(context)
        case .adoptWithoutQuorum(.chosen(0)):
            return adopt(context, confirmed: true)
        case .adoptWithoutQuorum:
            context.inform(context.catalog.musda.notAdopted)
        case .decisionTitled(let title):
            do {
                try context.data.musda.save(Decision(musdaId: musdaId, sessionId: session?.id, number: nil, title: title))
                reload(context)
                if let index = decisions.firstIndex(where: { $0.decision.title == title && $0.decision.isDraft }) { select(index) }
                context.succeed(context.catalog.musda.decisionDrafted)
            } catch {
                context.fail(error)
            }
        case .sessionSaved(let text):
            reload(context)
            context.succeed(text)
        case .chairChosen(let name, let index):
            guard sessions.indices.contains(index) else { break }
            let sessionId = sessions[index].id!
            do {
                let people = try context.data.musda.attendees(musdaId: musdaId, sessionId: sessionId)
                guard let person = people.first(where: { $0.name == name })?.attendance.personId else { break }
                var chairs = try context.data.musda.chairs(sessionId: sessionId)
                let removing = chairs.contains(person)
                if removing { chairs.removeAll { $0 == person } } else { chairs.append(person) }
                try context.data.musda.setChairs(sessionId: sessionId, personIds: chairs)
                reload(context)
                let title = sessions[index].title
                context.succeed(removing ? context.catalog.musda.chairRemoved(name, session: title)
                                         : context.catalog.musda.chairAdded(name, session: title))
            } catch {
                context.fail(error)
            }
        case .reopenReason(let reason):
            guard let session else { break }
            do {
                try context.data.musda.reopenMinutes(sessionId: session.id!, reason: reason)
                reloadSession(context)
                context.succeed(context.catalog.musda.reopened)
            } catch {
                context.fail(error)
            }
        }
        return .none
    }

    /// Back into the session (or into it for the first time), now.
    private mutating func arrive(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let session, attendees.indices.contains(selected) else { return .none }
        let row = attendees[selected]
        guard !row.isPresent else { context.inform(c.musda.alreadyIn); return .none }
        let now = context.data.timeOfDay
        do {
            try context.data.musda.arrive(attendanceId: row.id, sessionId: session.id!, at: now)
            context.succeed(c.musda.arrived(row.name, now.description))
        } catch {
            context.fail(error)
        }
        reloadSession(context)
        return .none
    }

    /// The quorum of `sessionId` when it is not met (DOMAIN.md §4: without quorum a session is
    /// adjourned); nil when it is met, unknown, or the decision names no session.
    func lostQuorum(sessionId: Int64?, _ context: AppContext) -> SessionQuorum? {
        guard let sessionId, let q = try? context.data.musda.sessionQuorum(sessionId: sessionId), !q.isMet else { return nil }
        return q
    }

    private mutating func adopt(_ context: AppContext, confirmed: Bool = false) -> Command {
        let c = context.catalog
        guard decisions.indices.contains(selected), let musda else { return .none }
        let row = decisions[selected]
        guard row.decision.isDraft else { context.inform(c.musda.alreadyAdopted); return .none }
        if !confirmed, let q = lostQuorum(sessionId: row.decision.sessionId, context) {
            return .present(ConfirmModal.yesNo(title: c.musda.adoptTitle, message: [c.musda.noQuorumWarning(q), c.musda.adoptAnyway],
                                               catalog: c),
                            then: { Message.adoptWithoutQuorum($0) })
        }
        do {
            let session = row.decision.sessionId.flatMap { id in sessions.first { $0.id == id } }
            let date = session?.date ?? musda.date
            let adopted = try context.data.musda.adopt(row.decision, on: date)
            reload(context)
            context.succeed(c.musda.adopted(adopted.documentNumber(in: musda)?.formatted(numberPattern) ?? ""))
        } catch {
            context.fail(error)
        }
        return .none
    }

    // MARK: Loading

    mutating func reload(_ context: AppContext) {
        do {
            let data = context.data
            musda = try data.musda.musda(id: musdaId)
            sessions = try data.musda.sessions(musdaId: musdaId)
            if sessionIndex >= sessions.count { sessionIndex = 0 }
            agenda = [:]
            chairNames = [:]
            for s in sessions {
                agenda[s.id!] = try data.musda.agenda(sessionId: s.id!)
                chairNames[s.id!] = try data.musda.chairs(sessionId: s.id!).compactMap { try data.people.person(id: $0)?.name }
            }
            let all = try data.musda.attendance(musdaId: musdaId)
            counts = (all.filter { $0.role == .delegate }.count, all.filter { $0.role == .observer }.count,
                      all.filter { $0.role == .guest }.count)
            numberPattern = try data.settings.value(.decisionNumberPattern) ?? DocumentNumber.defaultPattern
            termNames = Dictionary(try data.board.terms().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
            try loadDecisions(context)
            try loadOutcome(context)
            documents = try data.musda.documents(musdaId: musdaId)
        } catch {
            context.fail(error)
        }
        reloadSession(context)
    }

    /// What depends on the current session: its quorum, attendance and minutes.
    mutating func reloadSession(_ context: AppContext) {
        guard let session else {
            quorum = nil
            attendees = []
            minutes = nil
            pendingMinutes = nil
            versions = []
            do { try loadDelegatesPresent(context) } catch { context.fail(error) }
            return
        }
        do {
            quorum = try context.data.musda.sessionQuorum(sessionId: session.id!)
            attendees = try context.data.musda.attendees(musdaId: musdaId, sessionId: session.id!)
            minutes = try context.data.musda.minutes(sessionId: session.id!)
            versions = try context.data.musda.minutesVersions(sessionId: session.id!)
            // A draft that only claimed the minutes (nothing typed) is nothing to recover.
            pendingMinutes = try context.data.drafts.find(kind: MinutesEditorScreen.draftKind, recordKey: String(session.id!))
                .flatMap { $0.payload == (minutes?.text ?? "") ? nil : $0 }
            try loadDelegatesPresent(context)
        } catch {
            context.fail(error)
        }
        select(selected)
    }

    /// Stored decisions, then drafts the minutes' `KEPUTUSAN:` lines make that are not stored
    /// yet: from the text being typed when there is unsaved typing, else from the saved text.
    mutating func loadDecisions(_ context: AppContext) throws {
        let stored = try context.data.musda.decisions(musdaId: musdaId)
        var rows = stored.map { DecisionRow(decision: $0, sessionTitle: title(ofSession: $0.sessionId), stored: true) }
        for s in sessions {
            let draft = try context.data.drafts.find(kind: MinutesEditorScreen.draftKind, recordKey: String(s.id!))
            let savedText = try context.data.musda.minutes(sessionId: s.id!)?.text
            guard let text = draft?.payload ?? savedText else { continue }
            for line in MinutesLines.decisions(in: text)
            where !stored.contains(where: { $0.sessionId == s.id && $0.title == line }) {
                rows.append(DecisionRow(decision: Decision(musdaId: musdaId, sessionId: s.id, number: nil, title: line, fromMinutes: true),
                                        sessionTitle: s.title, stored: false))
            }
        }
        decisions = rows
    }

    private func title(ofSession id: Int64?) -> String? { id.flatMap { id in sessions.first { $0.id == id }?.title } }

    mutating func select(_ index: Int) {
        selected = rowCount == 0 ? 0 : min(max(index, 0), rowCount - 1)
        if selected < top { top = selected }
        if selected >= top + listHeight { top = selected - listHeight + 1 }
        // Grown taller (a resize): rows above come back into view rather than blank rows below.
        top = min(top, max(0, rowCount - listHeight))
    }
}
