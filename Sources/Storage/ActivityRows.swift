import Domain

/// One line of the activity list: the activity and its partners' names.
public struct ActivityRow: Hashable, Sendable {
    public let activity: Activity
    public let partnerNames: [String]
}

/// A participant as the activity's page lists them: the participation, with the person's
/// name (or erased), KTA and membership, and the certificate issuer's name.
public struct ParticipantRow: Hashable, Sendable {
    public let participation: Participation
    public let name: String
    public let kta: String?
    public let isMember: Bool
    public let isErased: Bool
    public let issuerName: String?
}

/// An activity's page.
public struct ActivityRecord: Hashable, Sendable {
    public let activity: Activity
    public let partners: [Partner]
    public let programme: ProgrammeLink?
    public let participants: [ParticipantRow]
}

/// One line of the partner list: how many activities and programmes name the partner.
public struct PartnerRow: Hashable, Sendable {
    public let partner: Partner
    public let activityCount: Int
    public let programmeCount: Int
}

/// A partner's page: what it was part of.
public struct PartnerRecord: Hashable, Sendable {
    public let partner: Partner
    public let activities: [Activity]
    public let programmes: [ProgrammeLink]
}
