/// Form fields that validation can point at, so the form shows the message inline. Their
/// labels are worded by `Catalog.fieldLabel`.
public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
    case name, nik, sex, birthPlace, birthDate, phone, email, address, domicileRegency
    case employmentStatus, employerType, employer, educationLevel, graduationYear
    case kta, status, statusDate, statusReason, channel, joinDate
    case termName, termStart, termEnd, termStatus, decreeNumber, decreeDate
    /// The board: an assignment's holder, dates and end reason; a seat's title; a bidang's name.
    case holder, assignmentStart, assignmentEnd, endReason, positionTitle, departmentName
    /// The Musda: times of arrival and departure, of sessions and agenda items; the quorum
    /// rule; the minutes' text.
    case arrivalTime, departureTime, startTime, endTime, quorumRule, minutesText
    /// Program Kerja: a programme, its targets and realisation; activities, reported figures,
    /// certificates and partners.
    case programmeTitle, programmeStart, programmeEnd, targetDescription, targetValue, realisationDate, realisationValue
    case activityTitle, activityYear, figureTotal, figurePart, figureAsOf, certificateNumber, certificateExpiry, partnerName
    /// Pengaturan: a user's OS account name.
    case accountName
    /// A person's education institution and study programme, the data's source, the note.
    case educationInstitution, educationMajor, source, note
    /// Musda outcomes: the LPJ, the election's counts and reasons, the formatur, the handover.
    case lpjSummary, verdictNote, votes, acclamationReason, ineligibleReason, formaturDeadline, dropReason
    /// A Musda's ordinal and date, a session's number.
    case musdaNumber, musdaDate, sessionNumber
    /// Why a person's processing is restricted, or the restriction lifted (UU PDP).
    case restrictionReason
}

public enum Severity: String, Hashable, Sendable, Codable {
    /// Blocks saving.
    case error
    /// Allows saving with a reason, which goes into the audit entry.
    case warning
}

/// One finding about an entry: a typed value, so the UI can place it (`field`) and word it;
/// the words live in the catalog (`Catalog.issueText`), not here. `code` is stable and is
/// what the audit log records.
public enum ValidationIssue: Hashable, Sendable {
    // Errors.
    case required(Field)
    case tooLong(Field, max: Int)
    case nik(NIKError)
    case phone(PhoneError)
    case emailInvalid
    case dateInFuture(Field)
    /// `field` lies before `reference` (e.g. status date before the join date).
    case dateBefore(Field, reference: Field)
    case employerTypeRequired
    case employerTypeForASN
    case yearOutOfRange(Field)
    /// A regency code that is not in the region table.
    case unknownRegion(String)
    /// A date of an assignment outside its term's dates (`field`: start or end).
    case outsideTerm(Field)
    /// The seat has another holder over part of the same period (one person per seat).
    case seatTaken(holder: String, since: LocalDate?)
    /// A time of day before another it must follow (a departure before the arrival).
    case timeBefore(Field, reference: Field)
    /// A quorum rule no number of delegates can meet (a fixed number above those registered).
    case quorumCannotHold(required: Int, registered: Int)
    /// The minutes are final: reopen them (with a reason) to change them.
    case minutesFinal
    /// The value must be unique and another record has it (a term's or a bidang's name).
    case alreadyUsed(Field)
    /// A seat or bidang with holders, past or present, cannot be removed: its history would go.
    case hasHistory(Field)
    /// A term's status only moves forward (persiapan → aktif → demisioner → selesai).
    case statusBackward(from: Term.Status, to: Term.Status)
    /// Another term (named) is aktif: one at a time.
    case anotherTermActive(String)
    // Warnings.
    case nikWarning(NIKWarning)
    case ageImplausible(Int)
    case duplicateNIK(personId: Int64, name: String)
    case likelyDuplicate(personId: Int64, name: String)
    case duplicateKTA(personId: Int64, name: String)
    case reactivatingDeceased
    /// A board seat for someone with no membership at all.
    case notAMember
    /// A board seat for someone whose membership is not aktif.
    case memberNotActive(MembershipStatus)
    /// The person already holds another seat of the same term over the same period.
    case holdsAnotherSeat(title: String)
    /// A count below 0.
    case negative(Field)
    /// A number that must be above 0 (a target).
    case notPositive(Field)
    /// Parts of a figure entered without its total.
    case partsWithoutTotal
    /// A milestone is reached (1) or not (0).
    case milestoneValue
    /// A carried-over programme's origin is not in an earlier term.
    case originNotEarlier
    /// An activity's date is not in its year.
    case dateNotInYear
    /// A date after the end of a period: realisation after its programme ends.
    case dateAfter(Field, reference: Field)
    /// A programme's new period leaves realisation entries outside it.
    case realisationOutsidePeriod(count: Int)
    /// A certificate recorded for a result other than kompeten.
    case certificateWithoutCompetence
    /// Not a name an OS account can have (`AccountName.parse`).
    case accountNameInvalid
    /// A control character (NUL, ESC…) in text a person types.
    case controlCharacters(Field)
    /// More ballots counted (votes, abstain, invalid) than were cast.
    case votesExceedBallots(counted: Int, ballots: Int)
    /// An election with no candidate cannot be decided.
    case noCandidates
    /// Acclamation elects the one candidate standing.
    case acclamationNeedsOneCandidate(Int)
    /// The handover needs the elected chair.
    case noElectedChair
    /// An LPJ gets one verdict; a second is refused.
    case verdictAlreadyRecorded
    /// The election's result was declared already.
    case electionDecided
    /// The Musda handed over already.
    case alreadyHandedOver
    /// The handover cannot be undone: the new term holds data entered since (`what` counts it).
    case newTermHasData(String)
    /// A number outside what it can be: a Musda's ordinal 1…99, a session's 1…20.
    case numberOutOfRange(Field, lower: Int, upper: Int)

    public var severity: Severity {
        switch self {
        case .nikWarning, .ageImplausible, .duplicateNIK, .likelyDuplicate, .reactivatingDeceased,
             .notAMember, .memberNotActive, .holdsAnotherSeat: return .warning
        default: return .error
        }
    }

    public var isError: Bool { severity == .error }

    public var field: Field {
        switch self {
        case .required(let f), .tooLong(let f, _), .dateInFuture(let f), .dateBefore(let f, _), .yearOutOfRange(let f): return f
        case .nik, .nikWarning, .duplicateNIK: return .nik
        case .phone: return .phone
        case .emailInvalid: return .email
        case .employerTypeRequired, .employerTypeForASN: return .employerType
        case .ageImplausible, .likelyDuplicate: return .birthDate
        case .duplicateKTA: return .kta
        case .reactivatingDeceased: return .status
        case .unknownRegion: return .domicileRegency
        case .outsideTerm(let f), .hasHistory(let f), .alreadyUsed(let f): return f
        case .seatTaken: return .assignmentStart
        case .statusBackward, .anotherTermActive: return .termStatus
        case .timeBefore(let f, _): return f
        case .quorumCannotHold: return .quorumRule
        case .minutesFinal: return .minutesText
        case .notAMember, .memberNotActive, .holdsAnotherSeat: return .holder
        case .negative(let f), .notPositive(let f): return f
        case .partsWithoutTotal: return .figureTotal
        case .milestoneValue: return .realisationValue
        case .originNotEarlier: return .programmeTitle
        case .dateNotInYear: return .activityYear
        case .dateAfter(let f, _): return f
        case .realisationOutsidePeriod: return .programmeStart
        case .certificateWithoutCompetence: return .certificateNumber
        case .accountNameInvalid: return .accountName
        case .controlCharacters(let f): return f
        case .votesExceedBallots, .electionDecided: return .votes
        case .noCandidates, .acclamationNeedsOneCandidate, .noElectedChair: return .holder
        case .verdictAlreadyRecorded: return .verdictNote
        case .alreadyHandedOver, .newTermHasData: return .termName
        case .numberOutOfRange(let f, _, _): return f
        }
    }

    /// Stable identifier, e.g. `nik.invalid_date`, `nik.regency_mismatch`.
    public var code: String {
        switch self {
        case .required(let f): return "required.\(f.rawValue)"
        case .tooLong(let f, _): return "too_long.\(f.rawValue)"
        case .nik(let e):
            switch e {
            case .notDigits: return "nik.not_digits"
            case .wrongLength: return "nik.length"
            case .invalidDate: return "nik.invalid_date"
            case .zeroSerial: return "nik.zero_serial"
            }
        case .phone(let e): return e == .length ? "phone.length" : (e == .characters ? "phone.characters" : "phone.prefix")
        case .emailInvalid: return "email.invalid"
        case .dateInFuture(let f): return "date.future.\(f.rawValue)"
        case .dateBefore(let f, let r): return "date.before.\(f.rawValue).\(r.rawValue)"
        case .employerTypeRequired: return "employment.employer_type_required"
        case .employerTypeForASN: return "employment.employer_type_for_asn"
        case .yearOutOfRange(let f): return "year.range.\(f.rawValue)"
        case .unknownRegion: return "region.unknown"
        case .nikWarning(let w):
            switch w {
            case .otherProvince: return "nik.other_province"
            case .unknownProvince: return "nik.unknown_province"
            case .unknownRegency: return "nik.unknown_regency"
            case .districtZero: return "nik.district_zero"
            case .birthDateMismatch: return "nik.birth_date_mismatch"
            case .sexMismatch: return "nik.sex_mismatch"
            case .regencyMismatch: return "nik.regency_mismatch"
            }
        case .ageImplausible: return "birth_date.age"
        case .duplicateNIK: return "nik.duplicate"
        case .likelyDuplicate: return "person.likely_duplicate"
        case .duplicateKTA: return "kta.duplicate"
        case .reactivatingDeceased: return "status.reactivating_deceased"
        case .outsideTerm(let f): return "board.outside_term.\(f.rawValue)"
        case .seatTaken: return "board.seat_taken"
        case .alreadyUsed(let f): return "already_used.\(f.rawValue)"
        case .timeBefore(let f, let r): return "time.before.\(f.rawValue).\(r.rawValue)"
        case .quorumCannotHold: return "musda.quorum_cannot_hold"
        case .minutesFinal: return "minutes.final"
        case .statusBackward: return "term.status_backward"
        case .anotherTermActive: return "term.another_active"
        case .hasHistory(let f): return "board.has_history.\(f.rawValue)"
        case .notAMember: return "board.not_a_member"
        case .memberNotActive: return "board.member_not_active"
        case .holdsAnotherSeat: return "board.holds_another_seat"
        case .negative(let f): return "negative.\(f.rawValue)"
        case .notPositive(let f): return "not_positive.\(f.rawValue)"
        case .partsWithoutTotal: return "figure.parts_without_total"
        case .milestoneValue: return "programme.milestone_value"
        case .originNotEarlier: return "programme.origin_not_earlier"
        case .dateNotInYear: return "activity.date_not_in_year"
        case .dateAfter(let f, let r): return "date.after.\(f.rawValue).\(r.rawValue)"
        case .realisationOutsidePeriod: return "programme.realisation_outside_period"
        case .certificateWithoutCompetence: return "participation.certificate_without_competence"
        case .accountNameInvalid: return "user.account_name"
        case .controlCharacters(let f): return "control_characters.\(f.rawValue)"
        case .votesExceedBallots: return "election.votes_exceed_ballots"
        case .noCandidates: return "election.no_candidates"
        case .acclamationNeedsOneCandidate: return "election.acclamation_one_candidate"
        case .noElectedChair: return "handover.no_elected_chair"
        case .verdictAlreadyRecorded: return "lpj.verdict_recorded"
        case .electionDecided: return "election.decided"
        case .alreadyHandedOver: return "handover.done"
        case .newTermHasData: return "handover.new_term_has_data"
        case .numberOutOfRange(let f, _, _): return "number.range.\(f.rawValue)"
        }
    }
}

extension Array where Element == ValidationIssue {
    public var errors: [ValidationIssue] { filter(\.isError) }
    public var warnings: [ValidationIssue] { filter { !$0.isError } }
}

// MARK: - Phone and email

public enum PhoneError: Error, Hashable, Sendable {
    case characters
    case length
    case prefix
}

public enum Phone {
    /// Normalises `+62 812-3456-7890`, `62812…`, `(0711) 354 123` to national digits `081234567890`.
    /// Accepts mobile numbers (08…, 10–13 digits) and landlines (0 + area code, 9–11 digits).
    public static func normalize(_ text: String) -> Result<String, PhoneError> {
        // The common cell (`0812-3456-7890`, `+62 812…`) is ASCII: filtered byte by byte, since
        // Character's whitespace test was a tenth of reading a 100k-row file (issue 13).
        var s = text.utf8.allSatisfy({ $0 < 0x80 })
            ? String(decoding: text.utf8.filter { !($0 == 0x20 || (0x09...0x0D).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
                                                    || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")")) }, as: UTF8.self)
            : text.filter { !($0.isWhitespace || $0 == "-" || $0 == "." || $0 == "(" || $0 == ")") }
        if s.hasPrefix("+") { s.removeFirst() }
        guard !s.isEmpty, s.allSatisfy(\.isASCIIDigit) else { return .failure(.characters) }
        if s.hasPrefix("62") { s = "0" + s.dropFirst(2) }
        guard s.hasPrefix("0"), !s.hasPrefix("00"), !s.hasPrefix("01") else { return .failure(.prefix) }
        let range = s.hasPrefix("08") ? 10...13 : 9...11
        guard range.contains(s.count) else { return .failure(.length) }
        return .success(s)
    }
}

public enum Email {
    /// A pragmatic check: one `@`, a non-empty local part, a dotted domain, no spaces.
    /// Returns the address with the domain lower-cased.
    public static func normalize(_ text: String) -> String? {
        let s = text.trimmingSpaces
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !s.contains(where: \.isWhitespace), s.count <= 254,
              !s.unicodeScalars.contains(where: \.isControl) else { return nil }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              labels.last!.count >= 2, labels.last!.allSatisfy(\.isLetter) else { return nil }
        return parts[0] + "@" + parts[1].lowercased()
    }
}
