import Domain
import Storage
import TerminalUI

extension MemberDetailScreen {
    /// The form this screen opened saved the person.
    struct Saved {}

    /// Answers of the consent dialogs (issue 16: given and withdrawn from the detail).
    enum ConsentMessage {
        case purposeChosen(String)
        case methodChosen(String, Consent.Purpose)
        case withdrawConfirmed(ConfirmModal.Result, consentId: Int64, Consent.Purpose)
    }

    /// The reason typed to restrict processing, or to lift the restriction (issue 16).
    struct RestrictionReason {
        let reason: String
        let lifting: Bool
    }

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            load(context)
        case .message(let message):
            if message is Saved { load(context) }
            if let message = message as? ConsentMessage { return receive(message, context) }
            if let message = message as? RestrictionReason { restrict(message, context) }
        case .resized(let size):
            setSize(size)
        case .key(let key):
            return handle(key, context: context)
        case .shutdown:
            break
        }
        return .none
    }

    private mutating func handle(_ key: Key, context: AppContext) -> Command {
        let c = context.catalog
        guard let action = keymap(c).action(for: key) else { return .ignored }
        switch action {
        case .edit:
            guard let detail else { return .none }
            if detail.person.isErased { context.fail(c.memberDetail.erasedCannotEdit); return .none }
            // Frozen by a restriction: said at once, not after typing a whole form.
            if detail.restriction != nil { context.refuse(StoreError.restricted(personId)); return .none }
            return .push(MemberFormScreen(personId: personId), then: { _ in Saved() })
        case .restrict:
            guard let detail, !detail.person.isErased else { return .none }
            let lifting = detail.restriction != nil
            return .present(TextPromptModal(title: lifting ? c.memberDetail.liftTitle(detail.person.name) : c.memberDetail.restrictTitle(detail.person.name),
                                            label: c.fieldLabel(.restrictionReason), text: "", catalog: c, maxLength: 300),
                            then: { RestrictionReason(reason: $0, lifting: lifting) })
        case .toggleNIK:
            guard let detail, !detail.person.isErased else { return .none }
            guard toggleNIK(context) else { return .none }
            context.inform(revealNIK ? c.memberDetail.nIKShown : c.memberDetail.nIKMaskedAgain)
        case .consent:
            guard let detail, !detail.person.isErased else { return .none }
            let items = Consent.Purpose.allCases.map { consentItem($0, c) }
            return .present(ChooserModal(title: c.memberDetail.consentTitle, items: items, catalog: c),
                            then: { ConsentMessage.purposeChosen($0) })
        case .scroll:
            guard let move = ListMove(key) else { return .none }
            scroll(move)
        }
        return .none
    }

    private mutating func restrict(_ message: RestrictionReason, _ context: AppContext) {
        let c = context.catalog
        do {
            if message.lifting {
                try context.data.restrictions.liftRestriction(personId: personId, reason: message.reason)
            } else {
                try context.data.restrictions.restrict(personId: personId, reason: message.reason)
            }
            load(context)
            context.succeed(message.lifting ? c.memberDetail.restrictionLifted : c.memberDetail.restricted)
        } catch {
            context.refuse(error)
        }
    }

    /// `Statistik ke DPP — diberikan 2 Juni 2025 (tarik)` or `… — belum diberikan (catat)`.
    private func consentItem(_ purpose: Consent.Purpose, _ c: Catalog) -> String {
        let active = detail?.consents.last { $0.purpose == purpose && $0.isActive }
        return c.memberDetail.consentItem(c.memberDetail.purpose(purpose), given: active.map { c.longDate($0.givenOn) })
    }

    /// Choosing a purpose withdraws its consent when given (after a confirmation), or records it.
    private mutating func receive(_ message: ConsentMessage, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .purposeChosen(let item):
            guard let purpose = Consent.Purpose.allCases.first(where: { consentItem($0, c) == item }) else { break }
            if let active = detail?.consents.last(where: { $0.purpose == purpose && $0.isActive }), let id = active.id {
                let question = c.memberDetail.withdrawQuestion(c.memberDetail.purpose(purpose))
                return .present(ConfirmModal.yesNo(title: c.memberDetail.consentTitle, message: question, catalog: c),
                                then: { ConsentMessage.withdrawConfirmed($0, consentId: id, purpose) })
            }
            return .present(ChooserModal(title: c.memberDetail.consentMethodTitle(c.memberDetail.purpose(purpose)), items: Consent.methods,
                                         catalog: c),
                            then: { ConsentMessage.methodChosen($0, purpose) })
        case .methodChosen(let method, let purpose):
            do {
                let notice = try context.data.settings.current(.privacyNoticeVersion)
                try context.data.people.recordConsent(Consent(personId: personId, purpose: purpose, noticeVersion: notice,
                                                              givenOn: context.data.today, method: method))
                load(context)
                context.succeed(c.memberDetail.consentRecorded(c.memberDetail.purpose(purpose)))
            } catch {
                context.fail(error)
            }
        case .withdrawConfirmed(.chosen(0), let id, let purpose):
            do {
                try context.data.people.withdrawConsent(id: id, on: context.data.today)
                load(context)
                context.succeed(c.memberDetail.consentWithdrawnNow(c.memberDetail.purpose(purpose)))
            } catch {
                context.fail(error)
            }
        case .withdrawConfirmed:
            break
        }
        return .none
    }

    private mutating func scroll(_ move: ListMove) {
        let page = Self.pageHeight(contentHeight: size.height)
        let total = DetailLayout.rows(sections, width: size.width - 2).count
        let last = max(0, total - page)
        let current = min(scroll, last)
        switch move {
        case .up: setScroll(max(0, current - 1))
        case .down: setScroll(min(last, current + 1))
        case .pageUp: setScroll(max(0, current - max(1, page - 1)))
        case .pageDown: setScroll(min(last, current + max(1, page - 1)))
        case .first: setScroll(0)
        case .last: setScroll(last)
        }
    }
}
