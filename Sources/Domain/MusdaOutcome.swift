/// The outgoing board's accountability report (LPJ) heard at a Musda, and its verdict
/// (DOMAIN.md §4, Pleno II). One per Musda; the verdict is recorded once.
public struct LPJ: Hashable, Sendable, Codable {
    public typealias Verdict = Musda.LPJVerdict

    public var musdaId: Int64
    /// The term the report covers: the outgoing board's.
    public var termId: Int64?
    /// The session it was presented in.
    public var presentedSessionId: Int64?
    public var summary: String?
    public var verdict: Verdict?
    public var verdictNote: String?
    /// The session the verdict was reached in.
    public var verdictSessionId: Int64?
    /// The numbered Keputusan that records the verdict.
    public var decisionId: Int64?

    public init(musdaId: Int64, termId: Int64? = nil, presentedSessionId: Int64? = nil, summary: String? = nil,
                verdict: Verdict? = nil, verdictNote: String? = nil, verdictSessionId: Int64? = nil, decisionId: Int64? = nil) {
        self.musdaId = musdaId
        self.termId = termId
        self.presentedSessionId = presentedSessionId
        self.summary = summary
        self.verdict = verdict
        self.verdictNote = verdictNote
        self.verdictSessionId = verdictSessionId
        self.decisionId = decisionId
    }
}

/// Where the formatur stands against its deadline to compose the new board (DOMAIN.md §4:
/// "by a deadline", two weeks seen).
public enum FormaturProgress: Hashable, Sendable {
    /// The board is composed: the term the Musda opened is aktif (or later).
    case composed
    /// Days left until the deadline, 0 on the day itself.
    case due(daysLeft: Int, deadline: LocalDate)
    /// Days past the deadline.
    case overdue(days: Int, deadline: LocalDate)
    /// No deadline set.
    case noDeadline

    public static func of(deadline: LocalDate?, today: LocalDate, composed: Bool) -> FormaturProgress {
        if composed { return .composed }
        guard let deadline else { return .noDeadline }
        let left = deadline.dayNumber - today.dayNumber
        return left >= 0 ? .due(daysLeft: left, deadline: deadline) : .overdue(days: -left, deadline: deadline)
    }
}

/// What becomes of one unfinished programme of the outgoing term at the handover.
public enum ProgrammeHandover: Hashable, Sendable {
    /// A new programme in the new term, linked to its origin; the origin becomes `dilanjutkan`.
    case carryOver
    /// Dropped (`dibatalkan`), with the reason.
    case drop(reason: String)
    /// It was done after all (`selesai`).
    case finished

    /// The outgoing programme's status afterwards.
    public var statusAfter: Programme.Status {
        switch self {
        case .carryOver: return .dilanjutkan
        case .drop: return .dibatalkan
        case .finished: return .selesai
        }
    }
}

/// Where the new term's seats come from.
public enum SeatSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// The shipped board template (all seats vacant but the Ketua).
    case template
    /// The outgoing term's bidang and seats, renamed as they were, all vacant but the Ketua.
    case previousTerm = "periode_lalu"
}

/// The handover a Musda decides: the new term, its Ketua (the elected chair), its seats, and
/// the fate of each unfinished programme. Applied in one transaction (`MusdaRepository.handOver`).
public struct HandoverPlan: Hashable, Sendable {
    public var musdaId: Int64
    public var outgoingTermId: Int64
    public var newTerm: Term
    public var chairPersonId: Int64
    public var seats: SeatSource
    /// By the outgoing programme's id; every unfinished programme has one.
    public var programmes: [Int64: ProgrammeHandover]

    public init(musdaId: Int64, outgoingTermId: Int64, newTerm: Term, chairPersonId: Int64, seats: SeatSource,
                programmes: [Int64: ProgrammeHandover]) {
        self.musdaId = musdaId
        self.outgoingTermId = outgoingTermId
        self.newTerm = newTerm
        self.chairPersonId = chairPersonId
        self.seats = seats
        self.programmes = programmes
    }

    /// The new term a Musda opens: from the Musda's day, for `years` (the term length
    /// setting), named `2028–2033`, being formed (persiapan) until it is made aktif.
    public static func newTerm(from date: LocalDate, years: Int) -> Term {
        let end = date.adding(years: years)
        return Term(name: "\(date.year)–\(end.year)", start: date, end: end, status: .persiapan)
    }

    /// What the plan lacks: a reason for each programme dropped.
    public func issues() -> [ValidationIssue] {
        programmes.values.contains { if case .drop(let r) = $0 { return r.trimmingSpaces.isEmpty } else { return false } }
            ? [.required(.dropReason)] : []
    }
}

/// A handover as recorded: what it created and changed, so it can be shown and undone.
public struct Handover: Hashable, Sendable {
    public struct ProgrammeOutcome: Hashable, Sendable {
        public let programmeId: Int64
        public let title: String
        public let outcome: Programme.Status
        public let reason: String?
        public let previousStatus: Programme.Status
        /// The programme created in the new term, for a carry-over.
        public let newProgrammeId: Int64?

        public init(programmeId: Int64, title: String, outcome: Programme.Status, reason: String?, previousStatus: Programme.Status,
                    newProgrammeId: Int64?) {
            self.programmeId = programmeId
            self.title = title
            self.outcome = outcome
            self.reason = reason
            self.previousStatus = previousStatus
            self.newProgrammeId = newProgrammeId
        }
    }

    public let musdaId: Int64
    public let outgoingTermId: Int64
    public let newTermId: Int64
    public let newTermName: String
    /// When, and who.
    public let doneAt: String
    public let operatorName: String
    public let programmes: [ProgrammeOutcome]

    public init(musdaId: Int64, outgoingTermId: Int64, newTermId: Int64, newTermName: String, doneAt: String, operatorName: String,
                programmes: [ProgrammeOutcome]) {
        self.musdaId = musdaId
        self.outgoingTermId = outgoingTermId
        self.newTermId = newTermId
        self.newTermName = newTermName
        self.doneAt = doneAt
        self.operatorName = operatorName
        self.programmes = programmes
    }
}

extension Election {
    /// Who may stand for chair without a reason: an active member (issue 12). Warnings: not a
    /// member, or a membership that is not aktif; the candidate then stands with a typed reason.
    /// An erased person cannot stand at all (the store refuses them).
    public static func eligibility(membershipStatus: MembershipStatus?) -> [ValidationIssue] {
        switch membershipStatus {
        case nil: return [.notAMember]
        case .aktif?: return []
        case let status?: return [.memberNotActive(status)]
        }
    }
}
