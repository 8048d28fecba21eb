/// Checks a person and membership entry on its own. Duplicate checks need the register and
/// are added by the storage (`ValidationIssue.duplicateNIK`, `.likelyDuplicate`, `.duplicateKTA`).
public enum PersonValidator {
    public static let maxNameLength = 120
    public static let maxTextLength = 500

    /// Validates and normalises: returns the person with phone digits and email domain
    /// normalised, the NIK stripped of separators, and every issue found.
    public static func check(_ input: Person, regions: RegionDirectory, today: LocalDate) -> (Person, [ValidationIssue]) {
        var p = input
        var issues: [ValidationIssue] = []

        p.name = p.name.trimmingSpaces
        if p.name.isEmpty { issues.append(.required(.name)) }
        if p.name.count > maxNameLength { issues.append(.tooLong(.name, max: maxNameLength)) }
        for (field, value) in [(Field.address, p.address), (.birthPlace, p.birthPlace), (.employer, p.employment?.employer)] {
            if let value, value.count > maxTextLength { issues.append(.tooLong(field, max: maxTextLength)) }
        }
        // A NUL would cut the text where SQLite stores it, and other controls are nothing a
        // person types: refused, never stored cut (found by the fuzz suite). A line break or a
        // tab is kept where a pasted address may hold one.
        for (field, value, lines) in [(Field.name, Optional(p.name), false), (.birthPlace, p.birthPlace, false),
                                      (.employer, p.employment?.employer, false), (.address, p.address, true),
                                      (.educationInstitution, p.education?.institution, false),
                                      (.educationMajor, p.education?.major, false), (.source, p.source, false), (.note, p.note, true)] {
            if let value, value.unicodeScalars.contains(where: { $0.isControl && !(lines && ($0 == "\n" || $0 == "\t")) }) {
                issues.append(.controlCharacters(field))
            }
        }

        if let birth = p.birthDate {
            if birth > today {
                issues.append(.dateInFuture(.birthDate))
            } else {
                let age = birth.age(on: today)
                if age < 17 || age > 100 { issues.append(.ageImplausible(age)) }
            }
        }

        if let region = p.domicileRegency, !regions.contains(code: region) {
            issues.append(.unknownRegion(region))
        }

        if let raw = p.nik?.nonBlank {
            switch NIK.parse(raw, today: today) {
            case .failure(let error):
                issues.append(.nik(error))
            case .success(let nik):
                p.nik = nik.digits
                issues += NIKCheck.warnings(for: nik, regions: regions, sex: p.sex, birthDate: p.birthDate,
                                            domicile: p.domicileRegency).map { .nikWarning($0) }
            }
        } else {
            p.nik = nil
        }

        if let raw = p.phone?.nonBlank {
            switch Phone.normalize(raw) {
            case .success(let digits): p.phone = digits
            case .failure(let error): issues.append(.phone(error))
            }
        } else {
            p.phone = nil
        }

        if let raw = p.email?.nonBlank {
            if let email = Email.normalize(raw) { p.email = email } else { issues.append(.emailInvalid) }
        } else {
            p.email = nil
        }

        if let employment = p.employment {
            if employment.status == .nonASN && employment.employerType == nil { issues.append(.employerTypeRequired) }
            if employment.status != .nonASN && employment.employerType != nil { issues.append(.employerTypeForASN) }
        }

        if let year = p.education?.graduationYear, year < 1950 || year > today.year {
            issues.append(.yearOutOfRange(.graduationYear))
        }

        p.birthPlace = p.birthPlace?.nonBlank
        p.address = p.address?.nonBlank
        p.note = p.note?.nonBlank
        p.source = p.source?.nonBlank
        return (p, issues)
    }
}

public enum MembershipValidator {
    /// Checks a membership entry; `person` gives the birth date for the join-date check.
    public static func check(_ input: Membership, person: Person?, today: LocalDate) -> (Membership, [ValidationIssue]) {
        var m = input
        var issues: [ValidationIssue] = []
        m.kta = m.kta?.nonBlank
        m.statusReason = m.statusReason?.nonBlank
        if let join = m.joinDate {
            if join > today { issues.append(.dateInFuture(.joinDate)) }
            if let birth = person?.birthDate, join < birth { issues.append(.dateBefore(.joinDate, reference: .birthDate)) }
        }
        if m.status.needsReason {
            if m.statusDate == nil { issues.append(.required(.statusDate)) }
            if m.statusReason == nil { issues.append(.required(.statusReason)) }
        }
        if let date = m.statusDate {
            if date > today { issues.append(.dateInFuture(.statusDate)) }
            if let join = m.joinDate, date < join { issues.append(.dateBefore(.statusDate, reference: .joinDate)) }
        }
        return (m, issues)
    }

    /// Checks a status change against the current membership.
    public static func checkChange(from current: Membership, to status: MembershipStatus, date: LocalDate?,
                                   reason: String?, today: LocalDate) -> [ValidationIssue] {
        var next = current
        next.status = status
        next.statusDate = date
        next.statusReason = reason
        var issues = check(next, person: nil, today: today).1
        if current.status == .meninggal && status != .meninggal { issues.append(.reactivatingDeceased) }
        return issues
    }
}

public enum TermValidator {
    public static func check(_ term: Term) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if term.name.trimmingSpaces.isEmpty { issues.append(.required(.termName)) }
        if let end = term.end, end <= term.start { issues.append(.dateBefore(.termEnd, reference: .termStart)) }
        return issues
    }
}
