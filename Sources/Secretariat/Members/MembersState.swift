import Domain
import Storage
import TerminalUI

/// Anggota: the member register as a list that fetches only its visible rows.
struct MembersScreen: Screen {
    /// What comes back to the list: dialog answers and results of the screens it opened.
    enum Message {
        case filterChosen(MemberFilter)
        case eraseAnswered(ConfirmModal.Result, personId: Int64)
        /// The erasure, run off the loop (it also compacts the search index), has finished.
        /// The places in free text that still name the erased person.
        case eraseFinished(Result<[FreeTextMention], Error>)
        case saved(personId: Int64)
        /// A search's first screen, read off the loop (`MemberSearchPage.job`).
        case searchLoaded(MemberSearchPage)
        case searchFailed(MemberQuery, Error)
        /// The search in flight has taken long enough to say so.
        case searchSlow
    }

    /// The id of the search job: a newer search supersedes (and interrupts) the one in flight.
    static let searchJob = "search"
    static let searchingTimer = "searching"
    /// Erasure runs off the loop: compacting the search index takes seconds at a million people.
    static let eraseJob = "erase"
    /// A hint for a result about to arrive would only flicker (and cost bytes on a slow link):
    /// it appears once a wait could be noticed, about two frames at 60 Hz. bench/ relies on it
    /// appearing within its 50 ms quiet window to tell the echo from the results.
    static let searchingHintDelay: Int64 = 30

    var query = MemberQuery()
    var window = ScrollWindow<MemberRow>(height: 10)
    var search = TextField()
    /// `/` typed: keys go to the search field and the list follows each keystroke.
    var isSearching = false
    /// False while a broad search was counted only up to the limit.
    var countIsExact = true
    /// The search text changed but the list was not read yet: that waits until the keys
    /// already typed are handled (`settle`), so fast typing costs one query, not one a key.
    var searchPending = false
    /// The query a search job is reading for, while the list still shows the previous rows;
    /// nil once the list shows its query. Only a result for this query, still the current one,
    /// is applied: a sort, a filter or a reload meanwhile makes it stale.
    var awaiting: MemberQuery?
    /// The search in flight is slow: the prompt line says "mencari…" until its rows arrive.
    var showsSearching = false
    /// The regencies, for the filter and its summary; read when the screen opens.
    var regions: [Region] = []

    func source(_ context: AppContext, exact: Bool = false) -> MemberListSource {
        MemberListSource(directory: context.data.members, query: query, exactCount: exact)
    }

    func title(_ catalog: Catalog) -> String { catalog.sectionMembers }

    func headerStatus(_ catalog: Catalog) -> String? {
        window.total == 0 ? "0/0" : "\(window.position)/\(window.total)\(countIsExact ? "" : "+")"
    }

    var capturesText: Bool { isSearching }

    /// Rows the list can show in a content area of this height (a prompt line and a header row).
    static func listHeight(contentHeight: Int) -> Int { max(1, contentHeight - 2) }
}
