/// A failure of personal data protection (kegagalan pelindungan data pribadi, UU 27/2022
/// Art. 46, DOMAIN.md §6): what happened and which data, when it was discovered, the people it
/// touches, what was done about it, and when they and the authority were told. The law gives
/// 3 × 24 hours from discovery to notify.
public struct Breach: Hashable, Sendable {
    public var id: Int64?
    /// What happened and which personal data were exposed: the letter quotes it.
    public var description: String
    /// When the secretariat learnt of it, local date and time: the deadline runs from here.
    public var discoveredOn: LocalDate
    public var discoveredAt: ClockTime
    /// How it happened, when known.
    public var cause: String?
    /// What was done to handle it and recover (the letter's last part).
    public var measures: String?
    /// The people whose data it touched, register ids.
    public var personIds: [Int64]
    /// When the notification went out; nil while due.
    public var notifiedOn: LocalDate?

    public init(id: Int64? = nil, description: String, discoveredOn: LocalDate, discoveredAt: ClockTime, cause: String? = nil,
                measures: String? = nil, personIds: [Int64] = [], notifiedOn: LocalDate? = nil) {
        self.id = id
        self.description = description
        self.discoveredOn = discoveredOn
        self.discoveredAt = discoveredAt
        self.cause = cause
        self.measures = measures
        self.personIds = personIds
        self.notifiedOn = notifiedOn
    }

    /// Hours from discovery to the notification deadline (UU 27/2022 Art. 46(1): 3 × 24 hours).
    public static let notificationHours = 72
    /// Longest description, cause or measures text kept.
    public static let maxTextLength = 2000

    /// The deadline: the same time of day, three days after discovery.
    public var deadline: (day: LocalDate, time: ClockTime) { (discoveredOn.adding(days: Self.notificationHours / 24), discoveredAt) }

    /// Minutes left to the deadline at `day` `time` (local), negative once it has passed.
    public func minutesLeft(on day: LocalDate, at time: ClockTime) -> Int {
        let end = deadline
        return (end.day.dayNumber - day.dayNumber) * 24 * 60 + end.time.minutes - time.minutes
    }

    /// What is wrong with the record before it is kept: the description is required, the
    /// discovery cannot lie in the future.
    public func problems(today: LocalDate, now: ClockTime) -> [BreachProblem] {
        var out: [BreachProblem] = []
        if description.trimmingSpaces.isEmpty { out.append(.descriptionRequired) }
        for text in [description, cause ?? "", measures ?? ""] where text.count > Self.maxTextLength {
            out.append(.tooLong(max: Self.maxTextLength))
            break
        }
        if discoveredOn > today || (discoveredOn == today && discoveredAt > now) { out.append(.discoveredInFuture) }
        if let notifiedOn, notifiedOn < discoveredOn { out.append(.notifiedBeforeDiscovery) }
        return out
    }
}

/// Why a breach record cannot be kept as typed. Worded by the catalog.
public enum BreachProblem: Error, Hashable, Sendable {
    case descriptionRequired
    case tooLong(max: Int)
    case discoveredInFuture
    case notifiedBeforeDiscovery
}
