import Domain

public struct HeldPosition: Sendable, Hashable, Codable {
    public let termId: Int64
    public let termName: String
    public let title: String
    public let kind: PositionKind
    public let department: String?
    public let start: LocalDate?
    public let end: LocalDate?
    /// Why they left before the term ended; nil for a full term (or still holding).
    public let endReason: AssignmentEndReason?
}

public struct MusdaAttended: Sendable, Hashable, Codable {
    public let musdaId: Int64
    public let title: String
    public let date: LocalDate
    public let place: String
    public let role: Attendance.Role
}

public struct ActivityTaken: Sendable, Hashable, Codable {
    public let activityId: Int64
    public let kind: Activity.Kind
    public let title: String
    public let year: Int
    public let date: LocalDate?
    public let category: Participation.Category
    public let result: Participation.Result?
    public let certificateNumber: String?
    public let issuerName: String?
    public let expiresOn: LocalDate?
}

public struct AcknowledgedWarning: Sendable, Hashable, Codable {
    public let code: String
    public let reason: String
    public let at: String
    public let operatorName: String
}

/// Everything about one person, for the detail screen.
public struct PersonDetail: Sendable {
    public let person: Person
    public let membership: Membership?
    public let statusHistory: [StatusChange]
    public let positions: [HeldPosition]
    public let musdas: [MusdaAttended]
    public let activities: [ActivityTaken]
    public let consents: [Consent]
    public let acknowledgedWarnings: [AcknowledgedWarning]
    /// Newest first.
    public let audit: [AuditEntry]
    /// Processing restricted (UU PDP): the record is frozen; nil when it is not.
    public let restriction: Restriction?
}
