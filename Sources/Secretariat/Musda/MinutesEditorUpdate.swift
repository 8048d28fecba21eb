import Domain
import Foundation
import Storage
import TerminalUI

extension MinutesEditorScreen {
    enum Action: Sendable { case save, back, time, speaker, edit }

    static func keymap(_ c: Catalog) -> Keymap<Action> {
        Keymap([
            KeyBinding([.function(2), .ctrl("s")], bar: c.musda.saveAndClose, help: c.musda.helpSave, action: .save),
            KeyBinding([.ctrl("t")], bar: c.musda.time, help: c.musda.helpTime, action: .time),
            KeyBinding([.ctrl("p")], bar: c.musda.speaker, help: c.musda.helpSpeaker, action: .speaker),
            KeyBinding([.escape], bar: c.back, help: c.musda.helpBack, action: .back),
            KeyBinding([], help: c.musda.helpKeywords, label: "KEPUTUSAN:", action: .edit),
            KeyBinding([.ctrl("k"), .ctrl("u"), .ctrl("z"), .ctrl("y")], help: c.musda.helpEditing, label: "Ctrl-K/U/Z/Y", action: .edit),
        ])
    }

    func bindings(_ catalog: Catalog) -> [KeyHelp] { Self.keymap(catalog).help }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            load(context)
            if typist != nil { return .after(milliseconds: Self.refreshDelay, id: "refresh", message: Message.refresh) }
        case .resized(let size):
            area.resize(width: size.width, height: max(1, size.height - 2))
        case .key(let key):
            return handle(key, context)
        case .message(let message as Message):
            return receive(message, context)
        case .shutdown:
            // The link dropped or the process is told to end: what is typed is written now.
            guard !isReadOnly else { break }
            if dirty || area.text != saved {
                writeDraftNow(context)
            } else {
                try? context.data.drafts.discard(kind: Self.draftKind, recordKey: recordKey)
            }
        default:
            break
        }
        return .none
    }

    private mutating func load(_ context: AppContext) {
        let c = context.catalog
        do {
            let stored = try context.data.musda.minutes(sessionId: session.id!)
            saved = stored?.text ?? ""
            finalised = stored?.finalised ?? false
            var draft = try context.data.drafts.find(kind: Self.draftKind, recordKey: recordKey)
            if let d = draft, d.payload == saved {
                // Written just as the minutes were saved: nothing to recover.
                try context.data.drafts.discard(kind: Self.draftKind, recordKey: recordKey)
                draft = nil
            }
            if !finalised, let other = try context.data.drafts.typedElsewhere(kind: Self.draftKind, recordKey: recordKey) {
                // Someone is typing these minutes now: watch, never overwrite.
                typist = other.operatorName
                area.text = other.payload
                context.inform(c.musda.typedBy(other.operatorName))
            } else if !finalised, let draft {
                area.text = draft.payload
                recoveredAt = draft.updatedAt
                context.inform(c.musda.recovered(c.timeWithSeconds(draft.updatedAt)))
            } else {
                area.text = saved
                if finalised { context.inform(c.musda.minutesLocked) }
            }
            if !isReadOnly {
                // Claims the minutes (a recovered draft is taken over), so a second person
                // opening them sees who types.
                try context.data.drafts.save(Draft(kind: Self.draftKind, recordKey: recordKey, payload: area.text))
            }
            quorum = try context.data.musda.sessionQuorum(sessionId: session.id!)
            speakers = try context.data.musda.attendees(musdaId: musda.id!, sessionId: session.id!)
                .filter { $0.isPresent && !$0.isErased }.map(\.name)
        } catch {
            context.fail(error)
        }
        loaded = true
    }

    private mutating func handle(_ key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch Self.keymap(c).action(for: key) {
        case .save?:
            _ = commit(context)
            return .cancelJob(id: Self.autosaveJob)
        case .back?:
            guard commit(context) else { return .none }
            return .batch([.cancelJob(id: Self.autosaveJob), .close(result: nil)])
        case .time?:
            guard !isReadOnly else { return .none }
            return edited(area.insert("[\(context.data.timeOfDay)] "))
        case .speaker?:
            guard !isReadOnly else { return .none }
            guard !speakers.isEmpty else { context.inform(c.musda.nobodyPresent); return .none }
            return .present(ChooserModal(title: c.musda.speakerTitle, items: speakers, catalog: c),
                            then: { Message.speakerChosen($0) })
        case .edit?, nil:
            if isReadOnly {
                // Read-only: moving around is fine, changing is not.
                var probe = area
                if probe.handle(key) == .changed {
                    context.inform(typist.map(c.musda.typedBy) ?? c.musda.minutesLocked)
                    return .none
                }
                area = probe
                return .none
            }
            let outcome = area.handle(key)
            return outcome == .ignored ? .ignored : edited(outcome)
        }
    }

    /// After a change: the autosave follows a second after the first unsaved key.
    private mutating func edited(_ outcome: TextArea.Outcome) -> Command {
        guard outcome == .changed else { return .none }
        dirty = true
        guard !autosaveScheduled else { return .none }
        autosaveScheduled = true
        return .after(milliseconds: Self.autosaveDelay, id: "autosave", message: Message.autosaveDue)
    }

    private mutating func receive(_ message: Message, _ context: AppContext) -> Command {
        switch message {
        case .refresh:
            return refresh(context)
        case .autosaveDue:
            autosaveScheduled = false
            guard dirty else { return .none }
            dirty = false
            return autosave(context)
        case .autosaved(let at):
            autosavedAt = at
        case .autosaveFailed(let error):
            // Kept in memory and tried again at the next key: the typing is not lost.
            dirty = true
            context.fail(error)
        case .speakerChosen(let name):
            return edited(area.insert("\(name): "))
        }
        return .none
    }

    /// The read-only view looks again: the other person's latest typing, or, once they have
    /// saved and left, the saved minutes, now editable here.
    private mutating func refresh(_ context: AppContext) -> Command {
        let c = context.catalog
        do {
            if let other = try context.data.drafts.typedElsewhere(kind: Self.draftKind, recordKey: recordKey) {
                typist = other.operatorName
                if other.payload != area.text { area.text = other.payload }
                return .after(milliseconds: Self.refreshDelay, id: "refresh", message: Message.refresh)
            }
            let stored = try context.data.musda.minutes(sessionId: session.id!)
            saved = stored?.text ?? ""
            finalised = stored?.finalised ?? false
            area.text = saved
            typist = nil
            if !finalised {
                try context.data.drafts.save(Draft(kind: Self.draftKind, recordKey: recordKey, payload: saved))
                context.inform(c.musda.freeToEdit)
            }
        } catch {
            context.fail(error)
            return .after(milliseconds: Self.refreshDelay, id: "refresh", message: Message.refresh)
        }
        return .none
    }

    /// Writes the draft off the loop, so a slow disk or another writer never stalls typing.
    private func autosave(_ context: AppContext) -> Command {
        let drafts = context.data.drafts
        let draft = Draft(kind: Self.draftKind, recordKey: recordKey, payload: area.text)
        return .run(id: Self.autosaveJob, job: { token in
            // Saved and closed meanwhile: the draft must not come back.
            guard !token.isCancelled else { return () }
            try drafts.save(draft)
            return Date()
        }, then: { result in
            switch result {
            case .success(let at as Date): return Message.autosaved(at)
            case .success: return nil
            case .failure(let error): return Message.autosaveFailed(error)
            }
        })
    }

    private mutating func writeDraftNow(_ context: AppContext) {
        do {
            try context.data.drafts.save(Draft(kind: Self.draftKind, recordKey: recordKey, payload: area.text))
            dirty = false
        } catch {
            context.fail(error)
        }
    }

    /// Saves the minutes (one audited change, action items from `TINDAK LANJUT:` lines) and
    /// drops the draft. False when it could not: then nothing is lost, the draft stays.
    private mutating func commit(_ context: AppContext) -> Bool {
        let c = context.catalog
        guard !isReadOnly else { return true }
        let text = area.text
        do {
            if text != saved {
                try context.data.musda.saveMinutes(sessionId: session.id!, text: text, actions: MinutesLines.actions(in: text))
                saved = text
                context.succeed(c.musda.minutesSaved(session.title))
            }
            try context.data.drafts.discard(kind: Self.draftKind, recordKey: recordKey)
            dirty = false
            recoveredAt = nil
            return true
        } catch StoreError.invalid(let issues) {
            context.fail(issues.map(c.issueText).joined(separator: " "))
        } catch {
            context.fail(error)
        }
        writeDraftNow(context)
        return false
    }
}

/// What each action needs: the shell hides and refuses the rest (issue 16).
extension MinutesEditorScreen.Action: GuardedAction {
    var permission: Permission? {
        switch self {
        case .save, .time, .speaker, .edit: return .edit
        default: return nil
        }
    }
}
