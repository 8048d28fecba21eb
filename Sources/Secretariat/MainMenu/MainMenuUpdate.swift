import TerminalUI

extension MainMenuScreen {
    mutating func update(_ key: Key, context: AppContext) -> ScreenEffect {
        switch menu.handle(key) {
        case .activated(let index):
            guard let section = Section(rawValue: index + 1) else { return .handled }
            return .push(Self.screen(for: section, context: context))
        case .moved:
            return .handled
        case .ignored:
            return .ignored
        }
    }

    /// The screen behind each section. Sections not built yet say so plainly.
    static func screen(for section: Section, context: AppContext) -> any Screen {
        switch section {
        case .members: return MembersScreen(context: context)
        default: return NotAvailableScreen(section: section)
        }
    }
}
