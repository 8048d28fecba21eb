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
    public var sex: Sex?
    public var birthDate: LocalDate?
    public var phone: String?
    public var email: String?
    public var sector: CensusSector?
    /// Office, institution or company.
    public var workplace: String?
    public var profession: CensusProfession?
    /// The import batch that wrote the record, nil when entered by hand.
    public var importBatchId: Int64?

    public init(id: Int64? = nil, batch: String, collectedOn: LocalDate? = nil, regency: String? = nil, name: String,
                nik: String? = nil, employment: EmploymentStatus? = nil, source: String, personId: Int64? = nil,
                outcome: Outcome = .pending, note: String? = nil, sex: Sex? = nil, birthDate: LocalDate? = nil,
                phone: String? = nil, email: String? = nil, sector: CensusSector? = nil, workplace: String? = nil,
                profession: CensusProfession? = nil, importBatchId: Int64? = nil) {
        self.sex = sex
        self.birthDate = birthDate
        self.phone = phone
        self.email = email
        self.sector = sector
        self.workplace = workplace
        self.profession = profession
        self.importBatchId = importBatchId
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
    public var nik: String?
    public var birthDate: LocalDate?
    public var phone: String?
    public var email: String?
    /// Where they work, as far as known.
    public var workplace: String?
    public var note: String?
    /// The import batch that wrote the record, nil when entered by hand.
    public var importBatchId: Int64?

    public init(id: Int64? = nil, personId: Int64? = nil, name: String, institution: String, programme: String,
                graduationYear: Int? = nil, practising: Bool? = nil, tracedOn: LocalDate? = nil, nik: String? = nil,
                birthDate: LocalDate? = nil, phone: String? = nil, email: String? = nil, workplace: String? = nil,
                note: String? = nil, importBatchId: Int64? = nil) {
        self.nik = nik
        self.birthDate = birthDate
        self.phone = phone
        self.email = email
        self.workplace = workplace
        self.note = note
        self.importBatchId = importBatchId
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

/// Where a social worker found by the census works (issue 13).
public enum CensusSector: String, Hashable, Sendable, Codable, CaseIterable {
    case government = "pemerintah"
    case business = "bumn_swasta"
    case welfareInstitution = "lks_yayasan"
    case hospital = "rumah_sakit"
    case university = "perguruan_tinggi"
    case other = "lainnya"
}

/// Peksos (a professional social worker, UU 14/2019), TKS (a welfare worker: TKSK, PKH
/// pendamping), or another profession.
public enum CensusProfession: String, Hashable, Sendable, Codable, CaseIterable {
    case socialWorker = "peksos"
    case welfareWorker = "tks"
    case other = "lainnya"
}
