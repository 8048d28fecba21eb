import TerminalUI

/// The sections of the application, in menu order (number keys 1–7).
enum Section: Int, CaseIterable {
    case members = 1, board, musda, programmes, census, reports, settings

    func title(_ c: Catalog) -> String {
        switch self {
        case .members: return c.sectionMembers
        case .board: return c.sectionBoard
        case .musda: return c.sectionMusda
        case .programmes: return c.sectionProgrammes
        case .census: return c.sectionCensus
        case .reports: return c.sectionReports
        case .settings: return c.sectionSettings
        }
    }
}

struct MainMenuScreen: Screen {
    enum Message { case openDraft(personId: Int64?) }

    var menu: Menu
    /// Where the data lives, shown in the footer; read when the menu opens.
    var databasePath = ""
    /// Who works here and with what role, also read when the menu opens.
    var account = ""

    init(catalog: Catalog) {
        menu = Menu(Section.allCases.map { MenuItem($0.title(catalog), hotkey: Character(String($0.rawValue))) })
    }

    func title(_ catalog: Catalog) -> String { catalog.menu }
}
