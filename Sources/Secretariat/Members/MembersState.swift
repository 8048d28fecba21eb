import Domain
import Storage
import TerminalUI

/// Anggota: the member register as a list that fetches only its visible rows.
struct MembersScreen: Screen {
    enum Mode {
        case browsing
        /// `/` typed: keys go to the search field and the list follows each keystroke.
        case searching
        case filtering(Form)
        case confirmingErase(ConfirmDialog, personId: Int64)
    }

    var query = MemberQuery()
    var window = ScrollWindow<MemberRow>(height: 10)
    var search = TextField()
    var mode = Mode.browsing
    /// False while a broad search was counted only up to the limit.
    var countIsExact = true
    /// The search text changed but the list was not read yet: that waits until the keys
    /// already typed are handled (`settle`), so fast typing costs one query, not one a key.
    var searchPending = false
    let regions: [Region]

    init(context: AppContext) {
        regions = context.store.regions.regions
        reload(context: context)
    }

    func source(_ context: AppContext, exact: Bool = false) -> MemberListSource {
        MemberListSource(directory: context.store.members, query: query, exactCount: exact)
    }

    func title(_ catalog: Catalog) -> String { catalog.sectionMembers }

    func headerStatus(_ catalog: Catalog) -> String? {
        window.total == 0 ? "0/0" : "\(window.position)/\(window.total)\(countIsExact ? "" : "+")"
    }

    var capturesText: Bool {
        switch mode {
        case .browsing: return false
        case .searching, .filtering, .confirmingErase: return true
        }
    }

    /// Rows the list can show in a content area of this height (a prompt line and a header row).
    static func listHeight(contentHeight: Int) -> Int { max(1, contentHeight - 2) }
}
