import Domain
import Storage
import TerminalUI

/// Pengurus › a term: the board grouped as DOMAIN.md §7 (advisers, pengurus harian, each
/// bidang), each seat with its holder, KTA and since-when. The whole board is one read (a term
/// has tens of seats), so the list scrolls in memory.
struct BoardScreen: Screen {
    enum Message {
        case picked(PersonMatch, seat: Seat)
        case done(String)
        case removeAnswered(ConfirmModal.Result, Row)
        case departmentNamed(String, departmentId: Int64?)
        case seatAdded(Position)
    }

    /// One line of the board: a group title or a seat.
    enum Row: Hashable {
        case group(BoardGroup)
        case seat(Seat)

        var seat: Seat? { if case .seat(let s) = self { return s } else { return nil } }
    }

    let termId: Int64
    /// An SK is being made off the loop (issue 15).
    var printing = false
    var board: BoardSnapshot?
    var rows: [Row] = []
    var selected = 0
    var top = 0
    var listHeight = 10

    init(termId: Int64) { self.termId = termId }

    func title(_ catalog: Catalog) -> String { board?.term.name ?? "" }

    func headerStatus(_ catalog: Catalog) -> String? {
        board.map { catalog.board.seatsFilled($0.filled, of: $0.total) }
    }

    var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// The bidang of the selected row: its title, or one of its seats.
    var selectedDepartment: Department? {
        switch selectedRow {
        case .group(.department(let d))?: return d
        case .seat(let s)?: return board?.departments.first { $0.id == s.position.departmentId }
        default: return nil
        }
    }

    /// The group the selected row belongs to (a new seat goes there).
    var selectedGroup: BoardGroup? {
        guard rows.indices.contains(selected) else { return nil }
        for index in stride(from: selected, through: 0, by: -1) {
            if case .group(let g) = rows[index] { return g }
        }
        return nil
    }

    /// Lines of the board, group titles included (empty bidang too, so they can be filled).
    static func rows(_ board: BoardSnapshot) -> [Row] {
        board.groups.flatMap { group in [Row.group(group.group)] + group.seats.map(Row.seat) }
    }

    /// A seat's title without its bidang's name, which the group title above already says:
    /// `Koordinator Bidang Advokasi` under BIDANG ADVOKASI reads `Koordinator Bidang`.
    static func shortTitle(_ seat: Seat, in board: BoardSnapshot) -> String {
        guard let department = board.departments.first(where: { $0.id == seat.position.departmentId }) else {
            return seat.position.title
        }
        let suffix = " " + department.name
        let title = seat.position.title
        return title.hasSuffix(suffix) && title.count > suffix.count ? String(title.dropLast(suffix.count)) : title
    }
}
