import Domain
import Storage
import TerminalUI

extension ProgrammeScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            targetRows = max(1, (size.height - 8) / 2)
            cursor.select(cursor.selected, count: targets.count, height: targetRows)
        case .key(let key):
            guard let action = Self.keymap(context.catalog).action(for: key) else { return .ignored }
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
        guard let record else { return .none }
        switch action {
        case .move:
            _ = cursor.handle(key, count: targets.count, height: targetRows)
        case .realise:
            guard let target = selectedTarget else { context.inform(c.work.noTargets); return .none }
            return .present(RealisationFormModal(progress: target, today: context.data.today, catalog: c), then: { _ in Message.realised })
        case .addTarget:
            return .present(TargetFormModal(target: nil, programmeId: programmeId, catalog: c), then: { Message.targetSaved($0) })
        case .editTarget:
            guard let target = selectedTarget?.target else { return .none }
            return .present(TargetFormModal(target: target, programmeId: programmeId, catalog: c), then: { Message.targetSaved($0) })
        case .removeTarget:
            guard let selected = selectedTarget else { return .none }
            let target = selected.target
            // Refused anyway: say so at once rather than after a confirmation.
            guard selected.entries.isEmpty else { context.fail(c.issueText(.hasHistory(.targetDescription))); return .none }
            return .present(ConfirmModal.yesNo(title: c.work.removeTargetTitle, message: c.work.removeTargetQuestion(target.description), catalog: c),
                            then: { Message.removeTarget($0 == .chosen(0)) })
        case .undoEntry:
            guard let target = selectedTarget, let last = target.entries.last else { context.inform(c.work.noEntries); return .none }
            let value = target.target.kind == .numeric ? String(last.value) : c.work.milestoneValue(last.value)
            return .present(TextPromptModal(title: c.work.undoEntryTitle(value, c.shortDate(last.date)), label: c.work.reasonLabel,
                                            text: "", catalog: c, maxLength: 200), then: { Message.removeEntry(reason: $0) })
        case .edit:
            return .present(ProgrammeFormModal.make(programme: record.row.programme, term: record.term, context: context),
                            then: { _ in Message.saved })
        case .partners:
            let links = PartnerLinks(context: context, linked: record.partners)
            guard !links.all.isEmpty else { context.inform(c.work.noPartners); return .none }
            return .present(ChooserModal(title: c.work.choosePartnerTitle, items: links.items(c), catalog: c),
                            then: { Message.partnerChosen($0) })
        case .links:
            guard !links.isEmpty else { context.inform(c.work.noLinks); return .none }
            if links.count == 1 { return .push(ProgrammeScreen(programmeId: links[0].id), then: nil) }
            return .present(ChooserModal(title: c.work.chooseLinkTitle, items: links.map(Self.linkText), catalog: c),
                            then: { Message.linkChosen($0) })
        }
        return .none
    }

    static func linkText(_ l: ProgrammeLink) -> String { "\(l.title) (\(l.termName))" }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .saved:
            reload(context)
            context.succeed(c.work.saved)
        case .targetSaved(let id):
            reload(context)
            if let index = targets.firstIndex(where: { $0.target.id == id }) { cursor.select(index, count: targets.count, height: targetRows) }
            context.succeed(c.work.saved)
        case .realised:
            reload(context)
            if let target = selectedTarget { context.succeed(c.work.realised(c.work.progressLabel(target))) }
        case .removeTarget(let yes):
            guard yes, let id = selectedTarget?.target.id else { return .none }
            do {
                try context.data.programmes.removeTarget(id: id)
                context.succeed(c.work.targetRemoved)
            } catch StoreError.invalid(let issues) {
                context.fail(issues.map(c.issueText).joined(separator: " "))
            } catch {
                context.fail(error)
            }
            reload(context)
        case .removeEntry(let reason):
            guard let entry = selectedTarget?.entries.last?.id else { return .none }
            do {
                try context.data.programmes.removeRealisation(id: entry, reason: reason)
                context.succeed(c.work.entryRemoved)
            } catch {
                context.fail(error)
            }
            reload(context)
        case .partnerChosen(let text):
            PartnerLinks.toggle(text, linked: record?.partners ?? [], context: context) { id, link in
                try context.data.programmes.setPartner(programmeId: programmeId, partnerId: id, linked: link)
            }
            reload(context)
        case .linkChosen(let text):
            guard let link = links.first(where: { Self.linkText($0) == text }) else { return .none }
            return .push(ProgrammeScreen(programmeId: link.id), then: nil)
        }
        return .none
    }

    private mutating func reload(_ context: AppContext) {
        do { record = try context.data.programmes.record(id: programmeId) } catch { context.fail(error) }
        cursor.select(cursor.selected, count: targets.count, height: targetRows)
    }
}
