import Domain

/// Who sat (or sits) in a seat: one assignment with the person's name and KTA.
public struct SeatHolding: Sendable, Hashable {
    public let assignment: Assignment
    /// Empty when the person's data was erased.
    public let name: String
    public let isErased: Bool
    public let kta: String?

    public var personId: Int64 { assignment.personId }
}

/// A seat of a term's board with its current holder.
public struct Seat: Sendable, Hashable {
    public let position: Position
    /// The latest assignment not ended early, nil when the seat is vacant ("kosong").
    public let holder: SeatHolding?
    /// How many assignments the seat has had, the current one included.
    public let holdings: Int
}

/// The groups of a board, in board order (DOMAIN.md §7): advisers, pengurus harian, then
/// each bidang by its order.
public enum BoardGroup: Sendable, Hashable {
    case advisers
    case executive
    case department(Department)
}

/// One term's board as the Pengurus screens show it, read in one transaction.
public struct BoardSnapshot: Sendable, Hashable {
    public let term: Term
    public let departments: [Department]
    /// Every seat, in board order.
    public let seats: [Seat]

    public init(term: Term, departments: [Department], seats: [Seat]) {
        self.term = term
        self.departments = departments
        self.seats = seats
    }

    public var filled: Int { seats.filter { $0.holder != nil }.count }
    public var total: Int { seats.count }

    /// The groups with their seats, empty bidang included (so a new bidang can be filled).
    public var groups: [(group: BoardGroup, seats: [Seat])] {
        var out: [(BoardGroup, [Seat])] = [
            (.advisers, seats.filter { $0.position.kind.category == .adviser }),
            (.executive, seats.filter { $0.position.kind.category == .executive }),
        ]
        for department in departments {
            out.append((.department(department), seats.filter { $0.position.departmentId == department.id }))
        }
        return out
    }
}

/// A term in the list of terms, with how full its board is.
public struct TermSummary: Sendable, Hashable {
    public let term: Term
    public let filledSeats: Int
    public let seats: Int
}
