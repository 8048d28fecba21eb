import TerminalUI

extension MainMenuScreen {
    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            databasePath = context.data.path
            account = context.catalog.mainMenu.account(context.data.operatorName, context.catalog.roleName(context.role),
                                                       readOnly: context.data.isReadOnly)
            return DraftOffer.atStart(context)
        case .resumed:
            // Back from Pengaturan, where an admin may have changed a role (their own included).
            account = context.catalog.mainMenu.account(context.data.operatorName, context.catalog.roleName(context.role),
                                                       readOnly: context.data.isReadOnly)
        case .message(MainMenuScreen.Message.openDraft(let personId)):
            menu.select(Section.members.rawValue - 1)
            return DraftOffer.open(personId: personId)
        case .key(let key):
            guard Self.keymap(context.catalog).action(for: key) != nil else { return .ignored }
            if case .activated(let index) = menu.handle(key), let section = Section(rawValue: index + 1) {
                return .push(Self.screen(for: section), then: nil)
            }
        default:
            break
        }
        return .none
    }

    /// The screen behind each section.
    static func screen(for section: Section) -> any Screen {
        switch section {
        case .members: return MembersScreen()
        case .board: return TermsScreen()
        case .musda: return MusdaListScreen()
        case .programmes: return WorkScreen()
        case .census: return CensusScreen()
        case .reports: return ReportListScreen()
        case .settings: return SettingsScreen()
        }
    }
}
