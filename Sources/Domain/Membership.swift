public enum MembershipStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case aktif
    case nonaktif
    case keluar
    case meninggal

    /// Leaving `aktif` needs a date and a reason.
    public var needsReason: Bool { self != .aktif }
}

/// How the member registered. Since the DPP website opened, members can join without the DPD.
public enum RegistrationChannel: String, Hashable, Sendable, Codable, CaseIterable {
    case dpd
    case dppWebsite = "dpp_website"
}

/// A person's membership of IPSPI through this DPD; at most one per person, keyed by the person.
public struct Membership: Hashable, Sendable, Codable {
    public var personId: Int64?
    /// KTA number; may come from the DPP.
    public var kta: String?
    public var status: MembershipStatus
    /// Since when the current status holds.
    public var statusDate: LocalDate?
    public var statusReason: String?
    public var channel: RegistrationChannel
    public var joinDate: LocalDate?

    public init(personId: Int64? = nil, kta: String? = nil, status: MembershipStatus = .aktif,
                statusDate: LocalDate? = nil, statusReason: String? = nil, channel: RegistrationChannel = .dpd,
                joinDate: LocalDate? = nil) {
        self.personId = personId
        self.kta = kta
        self.status = status
        self.statusDate = statusDate
        self.statusReason = statusReason
        self.channel = channel
        self.joinDate = joinDate
    }
}

/// One step in a membership's history.
public struct StatusChange: Hashable, Sendable, Codable {
    public var id: Int64?
    public var personId: Int64
    /// Nil for the first status, set when the membership began.
    public var from: MembershipStatus?
    public var to: MembershipStatus
    public var date: LocalDate?
    public var reason: String?
    /// When the change was recorded (ISO 8601 timestamp).
    public var recordedAt: String

    public init(id: Int64? = nil, personId: Int64, from: MembershipStatus?, to: MembershipStatus,
                date: LocalDate?, reason: String?, recordedAt: String) {
        self.id = id
        self.personId = personId
        self.from = from
        self.to = to
        self.date = date
        self.reason = reason
        self.recordedAt = recordedAt
    }
}

/// Consent per purpose (UU PDP Pasal 20): notice version, when, how; withdrawal keeps the record.
public struct Consent: Hashable, Sendable, Codable {
    public enum Purpose: String, Hashable, Sendable, Codable, CaseIterable {
        case membership = "keanggotaan"
        case certificationReferral = "rekomendasi_sertifikasi"
        case statisticsToDPP = "statistik_dpp"
    }

    public var id: Int64?
    public var personId: Int64
    public var purpose: Purpose
    public var noticeVersion: String
    public var givenOn: LocalDate
    /// `formulir tertulis`, `situs DPP`, `lisan tercatat`…
    public var method: String
    public var withdrawnOn: LocalDate?

    public init(id: Int64? = nil, personId: Int64, purpose: Purpose, noticeVersion: String, givenOn: LocalDate,
                method: String, withdrawnOn: LocalDate? = nil) {
        self.id = id
        self.personId = personId
        self.purpose = purpose
        self.noticeVersion = noticeVersion
        self.givenOn = givenOn
        self.method = method
        self.withdrawnOn = withdrawnOn
    }

    public var isActive: Bool { withdrawnOn == nil }

    /// How consent is given in the add form, in the order its choice lists them.
    public static let methods = ["formulir tertulis", "formulir daring", "lisan tercatat", "situs DPP"]
    public static var defaultMethod: String { methods[0] }
}
