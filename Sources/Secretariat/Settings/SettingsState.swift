import Domain
import Storage
import TerminalUI

/// Pengaturan (menu 7): the DPD's settings (organisation and letterhead, term length, quorum,
/// decision numbers, retention, language) and the users with their roles. Everyone may read
/// it; only an admin changes anything, and every change is audited (issue 16).
struct SettingsScreen: Screen {
    enum Tab: Int, CaseIterable { case general, users }

    enum Message {
        case valueTyped(SettingKey, String)
        case accountTyped(String)
        case roleChosen(String, Role)
    }

    var tab: Tab = .general
    /// Every setting with its current value (stored, or the default), in `SettingKey` order.
    var values: [(key: SettingKey, value: String)] = []
    var accounts: [UserAccount] = []
    /// The operator, shown on the users tab even without a recorded role.
    var me = ""
    var myRole = Role.pembaca
    var cursor = ListCursor()
    var listHeight = 10

    func title(_ catalog: Catalog) -> String { catalog.sectionSettings }

    var rowCount: Int { tab == .general ? values.count : accounts.count }

    func headerStatus(_ catalog: Catalog) -> String? { rowCount == 0 ? nil : "\(cursor.selected + 1)/\(rowCount)" }

    var selectedKey: SettingKey? { tab == .general && values.indices.contains(cursor.selected) ? values[cursor.selected].key : nil }
    var selectedAccount: UserAccount? {
        tab == .users && accounts.indices.contains(cursor.selected) ? accounts[cursor.selected] : nil
    }
}
