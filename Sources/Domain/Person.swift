/// Laki-laki / Perempuan, stored as the letters used on the KTP. Named by `Catalog.personSexName`.
public enum Sex: String, Hashable, Sendable, Codable, CaseIterable {
    case male = "L"
    case female = "P"
}

/// ASN (PNS or PPPK, UU 20/2023) or not.
public enum EmploymentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case pns
    case pppk
    case nonASN = "non_asn"

    public var employmentClass: EmploymentClass { self == .nonASN ? .nonASN : .asn }
}

/// The two-way split shown in the member list.
public enum EmploymentClass: String, Hashable, Sendable, Codable, CaseIterable {
    case asn
    case nonASN = "non_asn"
}

/// Who employs a non-ASN social worker.
public enum EmployerType: String, Hashable, Sendable, Codable, CaseIterable {
    /// Contract worker or programme pendamping (e.g. PKH), often at a government office.
    case contract = "kontrak"
    /// Lembaga Kesejahteraan Sosial / NGO.
    case lks
    case company = "perusahaan"
    case privateLecturer = "dosen_swasta"
    case other = "lainnya"
}

public struct Employment: Hashable, Sendable, Codable {
    public var status: EmploymentStatus
    /// Required for non-ASN, absent for ASN.
    public var employerType: EmployerType?
    /// Office, institution or company name.
    public var employer: String?

    public init(status: EmploymentStatus, employerType: EmployerType? = nil, employer: String? = nil) {
        self.status = status
        self.employerType = employerType
        self.employer = employer
    }
}

public enum EducationLevel: String, Hashable, Sendable, Codable, CaseIterable {
    case sma, d3, d4, s1, s2, s3
}

/// Highest education: level, institution, study programme (`Ilmu Kesejahteraan Sosial`), year.
public struct Education: Hashable, Sendable, Codable {
    public var level: EducationLevel
    public var institution: String?
    public var major: String?
    public var graduationYear: Int?

    public init(level: EducationLevel, institution: String? = nil, major: String? = nil, graduationYear: Int? = nil) {
        self.level = level
        self.institution = institution
        self.major = major
        self.graduationYear = graduationYear
    }
}

/// Anyone the secretariat knows: member, officer, delegate, test participant, alumnus.
/// Roles live in their own records and point here (DESIGN.md "people first").
public struct Person: Hashable, Sendable, Codable {
    public var id: Int64?
    public var name: String
    /// 16 digits when present. Unique in intent; a duplicate is a warning, not a block (§3).
    public var nik: String?
    public var sex: Sex?
    public var birthPlace: String?
    public var birthDate: LocalDate?
    /// Digits only, national form starting with 0 (see `Phone.normalize`).
    public var phone: String?
    public var email: String?
    /// Street, village, district as one text.
    public var address: String?
    /// Kemendagri code of the regency of domicile.
    public var domicileRegency: String?
    public var employment: Employment?
    public var education: Education?
    /// Where the record came from: `formulir DPD`, `situs DPP`, `pendataan 2019`…
    public var source: String?
    public var note: String?
    /// Set once the personal data has been erased (UU PDP); the row stays as a tombstone.
    public var erasedOn: LocalDate?

    public init(id: Int64? = nil, name: String, nik: String? = nil, sex: Sex? = nil, birthPlace: String? = nil,
                birthDate: LocalDate? = nil, phone: String? = nil, email: String? = nil, address: String? = nil,
                domicileRegency: String? = nil, employment: Employment? = nil, education: Education? = nil,
                source: String? = nil, note: String? = nil, erasedOn: LocalDate? = nil) {
        self.id = id
        self.name = name
        self.nik = nik
        self.sex = sex
        self.birthPlace = birthPlace
        self.birthDate = birthDate
        self.phone = phone
        self.email = email
        self.address = address
        self.domicileRegency = domicileRegency
        self.employment = employment
        self.education = education
        self.source = source
        self.note = note
        self.erasedOn = erasedOn
    }

    public var isErased: Bool { erasedOn != nil }
}
