import Domain
import Storage
import TerminalUI

/// The form's fields, in layout (and Tab) order. Raw values are the `Form` field ids and, where
/// the domain has the same field, its `Field` raw value, so a validation issue finds its field.
enum MemberField: String, CaseIterable, Sendable {
    case name, nik, sex, birthPlace, birthDate, phone, email, address, domicileRegency
    case employmentStatus, employerType, employer
    case educationLevel, educationInstitution, educationMajor, graduationYear
    case kta, status, statusDate, statusReason, channel, joinDate
    case source, note
    /// Consent as a new person is added (UU PDP, issue 16): one box per purpose, and how it was
    /// given. Only in the add form; consents of someone stored are kept in the detail.
    case consentMembership, consentReferral, consentStatistics, consentMethod

    init?(_ field: Field) { self.init(rawValue: field.rawValue) }

    /// The purpose a consent box stands for.
    var consentPurpose: Consent.Purpose? {
        switch self {
        case .consentMembership: return .membership
        case .consentReferral: return .certificationReferral
        case .consentStatistics: return .statisticsToDPP
        default: return nil
        }
    }

    enum Part: Sendable { case identity, employment, education, membership, other, consent }

    var part: Part {
        switch self {
        case .name, .nik, .sex, .birthPlace, .birthDate, .phone, .email, .address, .domicileRegency: return .identity
        case .employmentStatus, .employerType, .employer: return .employment
        case .educationLevel, .educationInstitution, .educationMajor, .graduationYear: return .education
        case .kta, .status, .statusDate, .statusReason, .channel, .joinDate: return .membership
        case .source, .note: return .other
        case .consentMembership, .consentReferral, .consentStatistics, .consentMethod: return .consent
        }
    }
}

/// Builds the `Form` from a draft and reads a draft back, with the problems only the form can
/// see (a half-typed date, a year that is not a number). Everything else is the domain's to judge.
struct MemberFormFields {
    let catalog: Catalog
    /// The regencies in the order the choice shows them (by short name, so a letter jumps well).
    let regencies: [Region]

    init(catalog: Catalog, regions: RegionDirectory) {
        self.init(catalog: catalog, regencies: regions.regions)
    }

    init(catalog: Catalog, regencies: [Region]) {
        self.catalog = catalog
        self.regencies = regencies.sorted { $0.shortName.lowercased() < $1.shortName.lowercased() }
    }

    /// Before the form opens (no regions read yet).
    static let placeholder = MemberFormFields(catalog: Catalog(.indonesian), regencies: [])

    private var c: Catalog { catalog }

    func label(_ f: MemberField) -> String {
        switch f {
        case .educationLevel: return c.memberForm.labelEducationLevel
        case .educationInstitution: return c.labelInstitution
        case .educationMajor: return c.labelMajor
        case .status: return c.memberForm.labelStatus
        case .statusReason: return c.labelStatusReason
        case .source: return c.labelSource
        case .note: return c.labelNote
        case .consentMembership, .consentReferral, .consentStatistics:
            return c.memberDetail.purpose(f.consentPurpose!)
        case .consentMethod: return c.memberForm.labelConsentMethod
        default: return Field(rawValue: f.rawValue).map(c.fieldLabel) ?? f.rawValue
        }
    }

    static func maxLength(_ f: MemberField) -> Int {
        switch f {
        case .name: return PersonValidator.maxNameLength
        case .nik: return 24          // 16 digits with the dots or spaces people type
        case .phone: return 20
        case .email: return 254
        case .graduationYear: return 4
        case .kta: return 30
        case .birthPlace, .educationInstitution, .educationMajor, .source: return 200
        default: return PersonValidator.maxTextLength
        }
    }

    // MARK: Draft → form

    func form(_ draft: PersonDraft) -> Form<MemberField> {
        let p = draft.person
        let m = draft.membership ?? Membership()
        func text(_ f: MemberField, _ value: String?) -> FormField<MemberField> {
            FormField(f, label: label(f), input: .text(TextField(value ?? "", maxLength: Self.maxLength(f))))
        }
        func date(_ f: MemberField, _ value: LocalDate?) -> FormField<MemberField> {
            let v = value.map { DateField.Value(year: $0.year, month: $0.month, day: $0.day) }
            return FormField(f, label: label(f), input: .date(DateField(v, isOptional: true, mask: c.dateMask)))
        }
        func choice(_ f: MemberField, _ options: [String], _ selected: Int) -> FormField<MemberField> {
            FormField(f, label: label(f), input: .choice(ChoiceField(options, selected: selected)))
        }
        func optional<T: Equatable>(_ value: T?, in all: [T]) -> Int { value.flatMap { all.firstIndex(of: $0) }.map { $0 + 1 } ?? 0 }
        let none = [c.memberForm.noValue]
        var fields = [
            FormField(MemberField.name, label: label(.name),
                      input: .text(TextField(p.name, maxLength: Self.maxLength(.name))), required: true),
            text(.nik, p.nik),
            choice(.sex, none + Sex.allCases.map(c.personSexName), optional(p.sex, in: Sex.allCases)),
            text(.birthPlace, p.birthPlace),
            date(.birthDate, p.birthDate),
            text(.phone, p.phone),
            text(.email, p.email),
            text(.address, p.address),
            choice(.domicileRegency, none + regencies.map(\.shortName), optional(p.domicileRegency, in: regencies.map(\.code))),
            choice(.employmentStatus, none + EmploymentStatus.allCases.map(c.personEmploymentName),
                   optional(p.employment?.status, in: EmploymentStatus.allCases)),
            choice(.employerType, none + EmployerType.allCases.map(c.personEmployerTypeName),
                   optional(p.employment?.employerType, in: EmployerType.allCases)),
            text(.employer, p.employment?.employer),
            choice(.educationLevel, none + EducationLevel.allCases.map(c.personEducationName),
                   optional(p.education?.level, in: EducationLevel.allCases)),
            text(.educationInstitution, p.education?.institution),
            text(.educationMajor, p.education?.major),
            text(.graduationYear, p.education?.graduationYear.map(String.init)),
            text(.kta, m.kta),
            choice(.status, MembershipStatus.allCases.map(c.membershipStatusName), MembershipStatus.allCases.firstIndex(of: m.status)!),
            date(.statusDate, m.statusDate),
            text(.statusReason, m.statusReason),
            choice(.channel, RegistrationChannel.allCases.map(c.membershipChannelName), RegistrationChannel.allCases.firstIndex(of: m.channel)!),
            date(.joinDate, m.joinDate),
            text(.source, p.source),
            text(.note, p.note),
        ]
        if p.id == nil {
            // Opt-in: every box starts empty, as consent is given, not assumed.
            for f in [MemberField.consentMembership, .consentReferral, .consentStatistics] {
                fields.append(FormField(f, label: label(f), input: .checkbox(Checkbox(draft.consents.contains(f.consentPurpose!)))))
            }
            fields.append(choice(.consentMethod, Consent.methods, Consent.methods.firstIndex(of: draft.consentMethod ?? "") ?? 0))
        }
        fields[MemberField.allCases.firstIndex(of: .status)!].isRequired = true
        fields[MemberField.allCases.firstIndex(of: .channel)!].isRequired = true
        var form = Form<MemberField>(fields)
        Self.markConditionalRequired(&form)
        return form
    }

    /// Employer type is required for non-ASN; status date and reason when the status is not aktif.
    static func markConditionalRequired(_ form: inout Form<MemberField>) {
        let nonASN = form[MemberField.employmentStatus]?.choice == EmploymentStatus.allCases.firstIndex(of: .nonASN)! + 1
        form[MemberField.employerType]?.isRequired = nonASN
        let status = MembershipStatus.allCases[form[MemberField.status]?.choice ?? 0]
        form[MemberField.statusDate]?.isRequired = status.needsReason
        form[MemberField.statusReason]?.isRequired = status.needsReason
    }

    // MARK: Form → draft

    /// The draft the form describes, on top of `base` (which keeps the id and anything the form
    /// does not show), and the problems found in the typing itself.
    func draft(from form: Form<MemberField>, base: PersonDraft, alwaysMember: Bool) -> (PersonDraft, [(MemberField, String)]) {
        var problems: [(MemberField, String)] = []
        func text(_ f: MemberField) -> String { form[f]?.text ?? "" }
        func optionalText(_ f: MemberField) -> String? {
            let t = text(f).trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }
        func optionalChoice<T>(_ f: MemberField, _ all: [T]) -> T? {
            guard let i = form[f]?.choice, i > 0 else { return nil }
            return all[i - 1]
        }
        func date(_ f: MemberField) -> LocalDate? {
            switch FormDates.read(form[f]?.input.as(DateField.self), catalog: c) {
            case .failure(let problem): problems.append((f, problem.text)); return nil
            case .success(let date): return date
            }
        }

        var p = base.person
        p.name = text(.name)
        p.nik = optionalText(.nik)
        p.sex = optionalChoice(.sex, Sex.allCases)
        p.birthPlace = optionalText(.birthPlace)
        p.birthDate = date(.birthDate)
        p.phone = optionalText(.phone)
        p.email = optionalText(.email)
        p.address = optionalText(.address)
        p.domicileRegency = optionalChoice(.domicileRegency, regencies)?.code

        let employerType = optionalChoice(.employerType, EmployerType.allCases)
        let employer = optionalText(.employer)
        if let status = optionalChoice(.employmentStatus, EmploymentStatus.allCases) {
            p.employment = Employment(status: status, employerType: employerType, employer: employer)
        } else {
            if employerType != nil || employer != nil { problems.append((.employmentStatus, c.memberForm.employmentNeeded)) }
            p.employment = nil
        }

        var year: Int?
        if let typed = optionalText(.graduationYear) {
            if typed.count == 4, typed.allSatisfy(\.isASCII), let n = Int(typed) { year = n } else { problems.append((.graduationYear, c.memberForm.yearDigits)) }
        }
        let institution = optionalText(.educationInstitution), major = optionalText(.educationMajor)
        if let level = optionalChoice(.educationLevel, EducationLevel.allCases) {
            p.education = Education(level: level, institution: institution, major: major, graduationYear: year)
        } else {
            if institution != nil || major != nil || optionalText(.graduationYear) != nil {
                problems.append((.educationLevel, c.memberForm.educationLevelNeeded))
            }
            p.education = nil
        }
        p.source = optionalText(.source)
        p.note = optionalText(.note)

        let m = Membership(personId: base.person.id, kta: optionalText(.kta),
                           status: MembershipStatus.allCases[form[MemberField.status]?.choice ?? 0],
                           statusDate: date(.statusDate), statusReason: optionalText(.statusReason),
                           channel: RegistrationChannel.allCases[form[MemberField.channel]?.choice ?? 0],
                           joinDate: date(.joinDate))
        // A non-member edited without touching the membership part stays a non-member.
        let untouched = m == Membership(personId: base.person.id)
        let membership = alwaysMember || base.membership != nil || !untouched ? m : nil
        let consents = [MemberField.consentMembership, .consentReferral, .consentStatistics]
            .filter { form[$0]?.isChecked == true }.compactMap(\.consentPurpose)
        let method = form[MemberField.consentMethod]?.choice.map { Consent.methods[$0] }
        return (PersonDraft(person: p, membership: membership, version: base.version, consents: consents,
                            consentMethod: consents.isEmpty ? nil : method), problems)
    }
}
