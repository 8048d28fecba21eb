/// The rules of filling a seat (issue: Pengurus). Pure: the store gathers the facts and
/// refuses (errors) or asks for a reason (warnings), as the member form does.
public enum BoardRules {
    /// Another assignment of the same seat, with its holder's name for the message.
    public struct Holding: Hashable, Sendable {
        public let assignment: Assignment
        public let holderName: String
        public init(_ assignment: Assignment, holderName: String) {
            self.assignment = assignment
            self.holderName = holderName
        }
    }

    /// The person's standing, for the warnings.
    public struct Candidate: Hashable, Sendable {
        /// Nil: no membership at all.
        public let membershipStatus: MembershipStatus?
        /// Titles of the other seats of this term they hold over the same period.
        public let otherSeats: [String]
        public init(membershipStatus: MembershipStatus?, otherSeats: [String]) {
            self.membershipStatus = membershipStatus
            self.otherSeats = otherSeats
        }
    }

    /// Errors: dates outside the term, an end not after the start, another holder of the seat
    /// over part of the period. Warnings: not a member, membership not aktif, another seat.
    /// `seat` holds the seat's other assignments (this one excluded).
    public static func check(_ assignment: Assignment, term: Term, seat: [Holding], candidate: Candidate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let start = assignment.start ?? term.start
        if start < term.start || term.end.map({ start >= $0 }) == true { issues.append(.outsideTerm(.assignmentStart)) }
        if let end = assignment.end {
            if end <= start {
                issues.append(.dateBefore(.assignmentEnd, reference: .assignmentStart))
            } else if end < term.start || term.end.map({ end > $0 }) == true {
                issues.append(.outsideTerm(.assignmentEnd))
            }
        }
        let mine = period(assignment, term)
        for other in seat where overlaps(mine, period(other.assignment, term)) {
            issues.append(.seatTaken(holder: other.holderName, since: other.assignment.start ?? term.start))
            break
        }
        switch candidate.membershipStatus {
        case nil: issues.append(.notAMember)
        case .aktif?: break
        case let status?: issues.append(.memberNotActive(status))
        }
        issues += candidate.otherSeats.map { .holdsAnotherSeat(title: $0) }
        return issues
    }

    /// Half-open `[start, end)` in day numbers; an open end runs forever.
    public static func period(_ a: Assignment, _ term: Term) -> (start: LocalDate, end: LocalDate?) {
        (a.start ?? term.start, a.end)
    }

    public static func overlaps(_ a: (start: LocalDate, end: LocalDate?), _ b: (start: LocalDate, end: LocalDate?)) -> Bool {
        let aBeforeB = a.end.map { $0 <= b.start } ?? false
        let bBeforeA = b.end.map { $0 <= a.start } ?? false
        return !aBeforeB && !bBeforeA
    }
}
