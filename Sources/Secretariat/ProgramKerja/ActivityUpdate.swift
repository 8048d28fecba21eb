import Domain
import Storage
import TerminalUI

extension ActivityScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            reload(context)
        case .resized(let size):
            listHeight = max(1, size.height - 12)
            cursor.select(cursor.selected, count: participants.count, height: listHeight)
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
            _ = cursor.handle(key, count: participants.count, height: listHeight)
        case .figures:
            return .present(FigureFormModal(activity: record.activity, catalog: c), then: { Message.figuresSaved($0) })
        case .addParticipant:
            return .present(PersonPickerModal(title: c.work.pickParticipantTitle, catalog: c, allowsNew: true),
                            then: { Message.personPicked($0) })
        case .editParticipant:
            guard let row = selectedParticipant else { return .none }
            return editor(row.participation, name: row.name, context)
        case .removeParticipant:
            guard let row = selectedParticipant else { return .none }
            return .present(ConfirmModal.yesNo(title: c.work.removeParticipantTitle, message: c.work.removeParticipantQuestion(row.name), catalog: c),
                            then: { Message.removeParticipant($0 == .chosen(0)) })
        case .edit:
            return .present(ActivityFormModal.make(activity: record.activity, context: context), then: { _ in Message.saved })
        case .partners:
            let links = PartnerLinks(context: context, linked: record.partners)
            guard !links.all.isEmpty else { context.inform(c.work.noPartners); return .none }
            return .present(ChooserModal(title: c.work.choosePartnerTitle, items: links.items(c), catalog: c),
                            then: { Message.partnerChosen($0) })
        }
        return .none
    }

    private func editor(_ participation: Participation, name: String, _ context: AppContext) -> Command {
        let partners = (try? context.data.activities.partners()) ?? []
        return .present(ParticipantFormModal(participation: participation, name: name, partners: partners, catalog: context.catalog),
                        then: { _ in Message.participantSaved })
    }

    private mutating func received(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .saved, .participantSaved:
            reload(context)
            context.succeed(c.work.saved)
        case .figuresSaved(let figure):
            reload(context)
            if let d = figure.discrepancy { context.inform(c.work.savedWithWarning(d)) } else { context.succeed(c.work.saved) }
        case .personPicked(let person):
            reload(context)
            if let index = participants.firstIndex(where: { $0.participation.personId == person.personId }) {
                cursor.select(index, count: participants.count, height: listHeight)
                context.inform(c.work.alreadyParticipant(person.name))
                return .none
            }
            // A member is most likely a Peksos; anyone else a TKS. The form lets it be changed.
            let category: Participation.Category = person.status == nil ? .tks : .peksos
            return editor(Participation(activityId: activityId, personId: person.personId, category: category), name: person.name, context)
        case .removeParticipant(let yes):
            guard yes, let row = selectedParticipant else { return .none }
            do {
                try context.data.activities.removeParticipation(activityId: activityId, personId: row.participation.personId)
                context.succeed(c.work.participantRemoved)
            } catch {
                context.fail(error)
            }
            reload(context)
        case .partnerChosen(let text):
            PartnerLinks.toggle(text, linked: record?.partners ?? [], context: context) { id, link in
                try context.data.activities.setPartner(activityId: activityId, partnerId: id, linked: link)
            }
            reload(context)
        }
        return .none
    }

    private mutating func reload(_ context: AppContext) {
        do { record = try context.data.activities.record(activityId: activityId) } catch { context.fail(error) }
        cursor.select(cursor.selected, count: participants.count, height: listHeight)
    }
}
