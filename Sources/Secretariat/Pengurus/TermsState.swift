import Domain
import Storage
import TerminalUI

/// Pengurus: the terms (periode) with their dates, status, SK and how full each board is.
/// Enter opens a term's board.
struct TermsScreen: Screen {
    enum Message {
        case saved(Int64, String)
        case statusChanged(String)
    }

    var terms: [TermSummary] = []
    var selected = 0
    var top = 0
    var listHeight = 10

    func title(_ catalog: Catalog) -> String { catalog.sectionBoard }

    var selectedTerm: TermSummary? { terms.indices.contains(selected) ? terms[selected] : nil }
}
