import TerminalUI

extension MemberDetailScreen {
    mutating func update(_ key: Key, context: AppContext) -> ScreenEffect {
        let c = context.catalog
        if let action = keymap(c).action(for: key) {
            guard let detail else { return .handled }
            switch action {
            case .edit:
                if detail.person.isErased { context.fail(c.detailErasedCannotEdit); return .handled }
                return .push(MemberFormScreen(personId: personId, context: context))
            case .toggleNIK:
                guard !detail.person.isErased else { return .handled }
                toggleNIK(context)
                context.inform(revealNIK ? c.detailNIKShown : c.detailNIKMaskedAgain)
                return .handled
            }
        }
        guard let move = ListMove(key) else { return .ignored }
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
        return .handled
    }

    mutating func resume(context: AppContext) {
        load(context)
    }

    mutating func resize(_ size: Size, context: AppContext) {
        setSize(size)
    }
}
