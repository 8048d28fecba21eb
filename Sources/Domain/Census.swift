/// One raw record of a pendataan (registration drive), kept with its source before or after
/// it is matched to a person.
public struct CensusRecord: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        case pending = "belum_diproses"
        case matched = "cocok"
        case created = "dibuat_baru"
        case rejected = "ditolak"
    }

    public var id: Int64?
    /// `Pendataan 2023 Kab. Lahat`.
    public var batch: String
    public var collectedOn: LocalDate?
    public var regency: String?
    public var name: String
    public var nik: String?
    public var employment: EmploymentStatus?
    public var source: String
    public var personId: Int64?
    public var outcome: Outcome
    public var note: String?

    public init(id: Int64? = nil, batch: String, collectedOn: LocalDate? = nil, regency: String? = nil, name: String,
                nik: String? = nil, employment: EmploymentStatus? = nil, source: String, personId: Int64? = nil,
                outcome: Outcome = .pending, note: String? = nil) {
        self.id = id
        self.batch = batch
        self.collectedOn = collectedOn
        self.regency = regency
        self.name = name
        self.nik = nik
        self.employment = employment
        self.source = source
        self.personId = personId
        self.outcome = outcome
        self.note = note
    }
}

/// A graduate of a social-welfare programme, traced for outreach (programme 4).
public struct AlumniRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var personId: Int64?
    public var name: String
    public var institution: String
    public var programme: String
    public var graduationYear: Int?
    /// Works as a social worker, as far as known.
    public var practising: Bool?
    public var tracedOn: LocalDate?

    public init(id: Int64? = nil, personId: Int64? = nil, name: String, institution: String, programme: String,
                graduationYear: Int? = nil, practising: Bool? = nil, tracedOn: LocalDate? = nil) {
        self.id = id
        self.personId = personId
        self.name = name
        self.institution = institution
        self.programme = programme
        self.graduationYear = graduationYear
        self.practising = practising
        self.tracedOn = tracedOn
    }
}
