import TerminalUI

extension MemberDetailScreen {
    /// The form this screen opened saved the person.
    struct Saved {}

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened, .resumed:
            load(context)
        case .message(let message):
            if message is Saved { load(context) }
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
            return .push(MemberFormScreen(personId: personId), then: { _ in Saved() })
        case .toggleNIK:
            guard let detail, !detail.person.isErased else { return .none }
            guard toggleNIK(context) else { return .none }
            context.inform(revealNIK ? c.memberDetail.nIKShown : c.memberDetail.nIKMaskedAgain)
        case .scroll:
            guard let move = ListMove(key) else { return .none }
            scroll(move)
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
