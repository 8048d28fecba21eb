import Domain

/// What screens reach storage through: the repositories and the few facts about the store
/// they show. Screens depend on this, never on `Store`, so another backend (PostgreSQL for a
/// national deployment) or a test double can stand in.
public protocol Repositories: AnyObject, Sendable {
    var people: any PeopleRepository { get }
    var members: any MemberDirectory { get }
    var board: any BoardRepository { get }
    var musda: any MusdaRepository { get }
    var programmes: any ProgrammeRepository { get }
    var activities: any ActivityRepository { get }
    var census: any CensusRepository { get }
    var imports: any ImportRepository { get }
    /// The register against a DPP website export (issue 14).
    var reconciliations: any ReconcileRepository { get }
    /// Personal data breaches and their notification (UU 27/2022 Art. 46, issue 16).
    var breaches: any BreachRepository { get }
    var settings: any SettingsRepository { get }
    var documents: any DocumentRepository { get }
    var reports: any ReportRepository { get }
    /// Restriction of processing (UU PDP, issue 16).
    var restrictions: any RestrictionRepository { get }
    var users: any UserRepository { get }
    var audit: any AuditLog { get }
    var drafts: any DraftRepository { get }
    /// The regencies and cities, read once at open.
    var regions: RegionDirectory { get }
    /// Today in the local time zone: the date validation and forms use.
    var today: LocalDate { get }
    /// The time of day in the local time zone, to the minute (arrivals, the minutes' `[10.32]`).
    var timeOfDay: ClockTime { get }
    /// Who writes: recorded in every audit entry and owning the drafts.
    var operatorName: String { get }
    /// The operator's role now (issue 16): screens hide and refuse what it does not allow;
    /// the repositories refuse it again.
    var role: Role { get }
    /// Opened read-only (the file or its folder cannot be written): nothing can be changed.
    var isReadOnly: Bool { get }
    /// Where the data lives (a file path here), shown in the menu footer.
    var path: String { get }
}

extension Store: Repositories {
    public var people: any PeopleRepository { PeopleStore(store: self) }
    public var members: any MemberDirectory { MemberDirectoryStore(store: self) }
    public var board: any BoardRepository { BoardStore(store: self) }
    public var musda: any MusdaRepository { MusdaStore(store: self) }
    public var programmes: any ProgrammeRepository { ProgrammeStore(store: self) }
    public var activities: any ActivityRepository { ActivityStore(store: self) }
    public var census: any CensusRepository { CensusStore(store: self) }
    public var imports: any ImportRepository { ImportStore(store: self) }
    public var reconciliations: any ReconcileRepository { ReconcileStore(store: self) }
    public var breaches: any BreachRepository { BreachStore(store: self) }
    public var settings: any SettingsRepository { SettingsStore(store: self) }
    public var documents: any DocumentRepository { DocumentStore(store: self) }
    public var reports: any ReportRepository { ReportStore(store: self) }
    public var restrictions: any RestrictionRepository { self }
    public var users: any UserRepository { UserStore(store: self) }
    public var audit: any AuditLog { AuditLogStore(store: self) }
    public var drafts: any DraftRepository { DraftStore(store: self) }
}

extension Repositories {
    /// Whether the operator may do `permission` here: the role allows it and the file is writable.
    public func may(_ permission: Permission) -> Bool { !isReadOnly && role.allows(permission) }
}
