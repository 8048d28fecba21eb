/// Who is in the room for one session of a Musda: arrived, and left (or not yet).
public struct Presence: Hashable, Sendable, Codable {
    public var sessionId: Int64
    public var attendanceId: Int64
    public var arrivedAt: ClockTime
    public var leftAt: ClockTime?

    public init(sessionId: Int64, attendanceId: Int64, arrivedAt: ClockTime, leftAt: ClockTime? = nil) {
        self.sessionId = sessionId
        self.attendanceId = attendanceId
        self.arrivedAt = arrivedAt
        self.leftAt = leftAt
    }

    public var isPresent: Bool { leftAt == nil }
}

/// A tindak lanjut (action item, as in 4minitz): what, who, by when.
public struct ActionItem: Hashable, Sendable, Codable {
    public var id: Int64?
    public var musdaId: Int64
    public var sessionId: Int64?
    public var text: String
    /// The `@name` as written in the minutes.
    public var owner: String?
    /// The attendee the name was matched to, when one was.
    public var ownerPersonId: Int64?
    public var due: LocalDate?
    public var done: Bool
    public var fromMinutes: Bool

    public init(id: Int64? = nil, musdaId: Int64, sessionId: Int64? = nil, text: String, owner: String? = nil,
                ownerPersonId: Int64? = nil, due: LocalDate? = nil, done: Bool = false, fromMinutes: Bool = false) {
        self.id = id
        self.musdaId = musdaId
        self.sessionId = sessionId
        self.text = text
        self.owner = owner
        self.ownerPersonId = ownerPersonId
        self.due = due
        self.done = done
        self.fromMinutes = fromMinutes
    }
}

/// The quorum of one session, as every Musda screen shows it:
/// `Kuorum: 30 hadir dari 38 peserta, syarat ≥ 20 — tercapai`.
public struct SessionQuorum: Hashable, Sendable {
    public let rule: QuorumRule
    /// Voting delegates registered for the Musda.
    public let registered: Int
    /// Voting delegates in the room now.
    public let present: Int

    public init(rule: QuorumRule, registered: Int, present: Int) {
        self.rule = rule
        self.registered = registered
        self.present = present
    }

    public var required: Int { rule.required(eligible: registered) }
    public var isMet: Bool { present >= required && !rule.cannotHold(eligible: registered) }
    /// The rule asks for more delegates than are registered (or fewer than one).
    public var cannotHold: Bool { rule.cannotHold(eligible: registered) }
}
