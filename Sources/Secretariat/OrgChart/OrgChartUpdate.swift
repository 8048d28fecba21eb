import TerminalUI

extension OrgChartScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            load(context)
        case .resized(let size):
            setSize(size)
        case .key(let key):
            return handle(key, context: context)
        case .resumed, .message, .shutdown:
            break
        }
        return .none
    }

    private mutating func handle(_ key: Key, context: AppContext) -> Command {
        guard Self.keymap(context.catalog).action(for: key) != nil else { return .ignored }
        // A page keeps one line (or column) of what was in view, as the lists do.
        let pageDown = max(1, viewport.height - 1), pageAcross = max(1, viewport.width - 1)
        switch key {
        case .left, .char("h"): pan(x: offset.x - 1)
        case .right, .char("l"): pan(x: offset.x + 1)
        case .up, .char("k"): pan(y: offset.y - 1)
        case .down, .char("j"): pan(y: offset.y + 1)
        case .pageUp: pan(y: offset.y - pageDown)
        case .pageDown: pan(y: offset.y + pageDown)
        case .shift(.left), .char("H"): pan(x: offset.x - pageAcross)
        case .shift(.right), .char("L"): pan(x: offset.x + pageAcross)
        case .home, .char("g"): pan(y: 0)
        case .end, .char("G"): pan(y: maxOffset.y)
        case .char("0"): pan(x: 0)
        case .char("$"): pan(x: maxOffset.x)
        default: break
        }
        return .none
    }
}
