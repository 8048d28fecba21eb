/// Something the DPD held or took part in: a competency test, an outreach, a training, a
/// meeting (issue: Program Kerja).
public struct Activity: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case competencyTest = "uji_kompetensi"
        case outreach = "sosialisasi"
        case training = "pelatihan"
        case meeting = "rapat"
        case other = "lainnya"
    }

    public var id: Int64?
    public var kind: Kind
    public var title: String
    /// The year as reported: the article gives no exact date for the 2020 and 2021 tests.
    public var year: Int
    public var date: LocalDate?
    public var place: String?
    /// The certification level tested, where it applies (DOMAIN.md §5).
    public var level: CompetencyLevel?
    public var programmeId: Int64?
    /// Participants as reported; nil when the source gives none.
    public var participants: ReportedFigure?
    public var note: String?

    public init(id: Int64? = nil, kind: Kind, title: String, year: Int, date: LocalDate? = nil, place: String? = nil,
                level: CompetencyLevel? = nil, programmeId: Int64? = nil, participants: ReportedFigure? = nil, note: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.year = year
        self.date = date
        self.place = place
        self.level = level
        self.programmeId = programmeId
        self.participants = participants
        self.note = note
    }
}

/// Jenjang sertifikasi pekerja sosial (DOMAIN.md §5).
public enum CompetencyLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case assistant = "asisten"
    case generalist = "generalis"
    case specialist = "spesialis"
}

/// A known person taking part in an activity (a test candidate), member or not: TKS often are
/// not. The result and certificate come from the LSP's decree; until then they are nil.
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
    /// Nil: belum ada hasil.
    public var result: Result?
    public var certificateNumber: String?
    /// The LSP that issued the certificate (a partner).
    public var issuerId: Int64?
    /// Nil: no expiry known; validity of Peksos certificates is unverified (DOMAIN.md §5).
    public var expiresOn: LocalDate?

    public init(activityId: Int64, personId: Int64, category: Category, result: Result? = nil, certificateNumber: String? = nil,
                issuerId: Int64? = nil, expiresOn: LocalDate? = nil) {
        self.activityId = activityId
        self.personId = personId
        self.category = category
        self.result = result
        self.certificateNumber = certificateNumber
        self.issuerId = issuerId
        self.expiresOn = expiresOn
    }
}

/// A body the DPD works with: government, an LSP, a university, a company, an LKS.
public struct Partner: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case government = "pemerintah"
        case certificationBody = "lembaga_sertifikasi"
        case university = "perguruan_tinggi"
        case company = "swasta"
        case ngo = "lks"
        case other = "lainnya"
    }

    public var id: Int64?
    public var name: String
    public var kind: Kind
    /// A person, phone or address, as the secretariat keeps it.
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
