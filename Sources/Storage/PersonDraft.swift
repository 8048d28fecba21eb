import Domain

/// A person with their membership (nil for a non-member), as edited in the form.
public struct PersonDraft: Sendable, Hashable {
    public var person: Person
    public var membership: Membership?
    /// The person's stored version when the draft was loaded (`PeopleRepository.editable`);
    /// nil for a new person, or to save without the lost-update check (imports, CLI). Kept
    /// out of `Person` so audit images never show it.
    public var version: Int64?
    /// Consents given as the person is added (issue 16, UU PDP): the purposes agreed to and how
    /// (`formulir tertulis`…). Recorded with the insert, in its transaction, under the privacy
    /// notice version of the settings; ignored when saving someone already stored (consents
    /// are then given and withdrawn from the detail).
    public var consents: [Consent.Purpose]
    public var consentMethod: String?

    public init(person: Person, membership: Membership? = nil, version: Int64? = nil, consents: [Consent.Purpose] = [],
                consentMethod: String? = nil) {
        self.person = person
        self.membership = membership
        self.version = version
        self.consents = consents
        self.consentMethod = consentMethod
    }
}

/// A warning and, if someone already overrode it for this person, their reason.
public struct WarningStatus: Sendable, Hashable {
    public let issue: ValidationIssue
    public let acknowledgedReason: String?
}

/// Result of validating a draft against the rules and the register.
public struct ValidationReport: Sendable {
    /// The draft as it would be saved (trimmed, NIK without separators, phone digits…).
    public let draft: PersonDraft
    public let errors: [ValidationIssue]
    public let warnings: [WarningStatus]

    /// Warnings nobody has overridden yet: saving needs a reason for these.
    public var pendingWarnings: [ValidationIssue] { warnings.filter { $0.acknowledgedReason == nil }.map(\.issue) }
    public var canSave: Bool { errors.isEmpty }
    public var needsReason: Bool { !pendingWarnings.isEmpty }
}
