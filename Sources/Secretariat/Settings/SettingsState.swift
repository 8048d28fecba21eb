import Domain
import Storage
import TerminalUI

/// Pengaturan (menu 7): the DPD's settings (organisation and letterhead, term length, quorum,
/// decision numbers, retention, language), the users with their roles, and the register of
/// personal data breaches with the 3 × 24 h countdown to notify. Everyone may read it; only an
/// admin changes anything, and every change is audited (issue 16).
struct SettingsScreen: Screen {
    enum Tab: Int, CaseIterable { case general, users, breaches }

    enum Message {
        case valueTyped(SettingKey, String)
        case accountTyped(String)
        case roleChosen(String, Role)
        case breachSaved(Int64)
        case personPicked(PersonMatch, breachId: Int64)
        case notifiedAnswered(ConfirmModal.Result, breachId: Int64)
        case tick
    }

    var tab: Tab = .general
    /// Every setting with its current value (stored, or the default), in `SettingKey` order.
    var values: [(key: SettingKey, value: String)] = []
    var accounts: [UserAccount] = []
    /// The breach register, newest discovery first, and the names of the people it touches.
    var breaches: [Breach] = []
    var names: [Int64: String] = [:]
    /// Now, local: the countdowns are drawn against it (refreshed every half minute).
    var now = (day: LocalDate(year: 2000, month: 1, day: 1)!, time: ClockTime(hour: 0, minute: 0)!)
    /// A notification letter being made off the loop.
    var printing = false
    /// The operator, shown on the users tab even without a recorded role.
    var me = ""
    var myRole = Role.pembaca
    var cursor = ListCursor()
    var listHeight = 10

    func title(_ catalog: Catalog) -> String { catalog.sectionSettings }

    var rowCount: Int {
        switch tab {
        case .general: return values.count
        case .users: return accounts.count
        case .breaches: return breaches.count
        }
    }

    var selectedBreach: Breach? { tab == .breaches && breaches.indices.contains(cursor.selected) ? breaches[cursor.selected] : nil }

    func headerStatus(_ catalog: Catalog) -> String? { rowCount == 0 ? nil : "\(cursor.selected + 1)/\(rowCount)" }

    var selectedKey: SettingKey? { tab == .general && values.indices.contains(cursor.selected) ? values[cursor.selected].key : nil }
    var selectedAccount: UserAccount? {
        tab == .users && accounts.indices.contains(cursor.selected) ? accounts[cursor.selected] : nil
    }
}
