/// A work programme of a term, owned by a bidang.
public struct Programme: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case direncanakan
        case berjalan
        case selesai
        /// Carried over from the previous term.
        case dilanjutkan
        case dibatalkan
    }

    /// A measurable target; `realisation` nil means not yet reported.
    public struct Target: Hashable, Sendable, Codable {
        public var description: String
        public var unit: String?
        public var target: Int?
        public var realisation: Int?

        public init(description: String, unit: String? = nil, target: Int? = nil, realisation: Int? = nil) {
            self.description = description
            self.unit = unit
            self.target = target
            self.realisation = realisation
        }
    }

    public var id: Int64?
    public var termId: Int64
    public var departmentId: Int64?
    public var title: String
    public var status: Status
    public var description: String?
    public var targets: [Target]

    public init(id: Int64? = nil, termId: Int64, departmentId: Int64? = nil, title: String, status: Status,
                description: String? = nil, targets: [Target] = []) {
        self.id = id
        self.termId = termId
        self.departmentId = departmentId
        self.title = title
        self.status = status
        self.description = description
        self.targets = targets
    }
}

/// Something the DPD held or took part in: a competency test, a training, an outreach.
public struct Activity: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case competencyTest = "uji_kompetensi"
        case training = "pelatihan"
        case outreach = "sosialisasi"
        case meeting = "pertemuan"
        case other = "lainnya"
    }

    public var id: Int64?
    public var kind: Kind
    public var title: String
    public var year: Int
    public var date: LocalDate?
    public var place: String?
    public var partnerId: Int64?
    public var programmeId: Int64?
    /// Participants as reported; nil when the source gives none.
    public var participants: ReportedFigure?
    public var note: String?

    public init(id: Int64? = nil, kind: Kind, title: String, year: Int, date: LocalDate? = nil, place: String? = nil,
                partnerId: Int64? = nil, programmeId: Int64? = nil, participants: ReportedFigure? = nil, note: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.year = year
        self.date = date
        self.place = place
        self.partnerId = partnerId
        self.programmeId = programmeId
        self.participants = participants
        self.note = note
    }
}

/// A known person taking part in an activity (e.g. a test candidate).
public struct Participation: Hashable, Sendable, Codable {
    public enum Category: String, Hashable, Sendable, Codable, CaseIterable {
        case peksos
        case tks
        case other = "lainnya"
    }

    public enum Result: String, Hashable, Sendable, Codable, CaseIterable {
        case kompeten
        case belumKompeten = "belum_kompeten"
    }

    public var activityId: Int64
    public var personId: Int64
    public var category: Category
    /// Nil until the LSP decree is known.
    public var result: Result?

    public init(activityId: Int64, personId: Int64, category: Category, result: Result? = nil) {
        self.activityId = activityId
        self.personId = personId
        self.category = category
        self.result = result
    }
}

public struct Partner: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case government = "pemerintah"
        case university = "perguruan_tinggi"
        case certificationBody = "lembaga_sertifikasi"
        case company = "swasta"
        case ngo = "lks"
        case other = "lainnya"
    }

    public var id: Int64?
    public var name: String
    public var kind: Kind
    public var contact: String?
    public var note: String?

    public init(id: Int64? = nil, name: String, kind: Kind, contact: String? = nil, note: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.contact = contact
        self.note = note
    }
}

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
