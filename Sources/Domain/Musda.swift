/// A regional assembly (DOMAIN.md §4).
public struct Musda: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The founding meeting of a DPD.
        case pembentukan
        case musda
        /// Extraordinary assembly.
        case musdalub
    }

    /// Planned, being held (sessions, attendance and minutes happen now), or over.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case rencana, berlangsung, selesai
    }

    public enum LPJVerdict: String, Hashable, Sendable, Codable, CaseIterable {
        case diterima
        case diterimaDenganCatatan = "diterima_dengan_catatan"
        case ditolak
    }

    public var id: Int64?
    public var kind: Kind
    /// Ordinal (Musda I, II…); nil for a formation meeting.
    public var number: Int?
    public var date: LocalDate
    public var place: String
    public var theme: String?
    public var closesTermId: Int64?
    public var opensTermId: Int64?
    public var quorum: QuorumRule
    public var chair: String?
    public var status: Status

    public init(id: Int64? = nil, kind: Kind, number: Int?, date: LocalDate, place: String, theme: String? = nil,
                closesTermId: Int64? = nil, opensTermId: Int64? = nil, quorum: QuorumRule = .halfPlusOne,
                chair: String? = nil, status: Status = .selesai) {
        self.id = id
        self.kind = kind
        self.number = number
        self.date = date
        self.place = place
        self.theme = theme
        self.closesTermId = closesTermId
        self.opensTermId = opensTermId
        self.quorum = quorum
        self.chair = chair
        self.status = status
    }

    /// Series code used in document numbers: `MUSDA-I`, `MUSDALUB-I`, `PEMBENTUKAN`.
    public var series: String {
        switch kind {
        case .pembentukan: return "PEMBENTUKAN"
        case .musda: return number.map { "MUSDA-" + IndonesianFormat.roman($0) } ?? "MUSDA"
        case .musdalub: return number.map { "MUSDALUB-" + IndonesianFormat.roman($0) } ?? "MUSDALUB"
        }
    }

    /// `Musda I`, `Musdalub I`, `Pembentukan`.
    public var title: String {
        switch kind {
        case .pembentukan: return "Pembentukan DPD"
        case .musda: return number.map { "Musda " + IndonesianFormat.roman($0) } ?? "Musda"
        case .musdalub: return number.map { "Musdalub " + IndonesianFormat.roman($0) } ?? "Musdalub"
        }
    }

    public func documentNumber(_ sequence: Int, issuer: String = DocumentNumber.defaultIssuer) -> DocumentNumber {
        DocumentNumber(sequence: sequence, series: series, issuer: issuer, date: date)
    }
}

/// How many voting delegates make a quorum. IPSPI's own rule is unverified (DOMAIN.md §4),
/// so it is chosen per Musda, with a default in Pengaturan.
public enum QuorumRule: Hashable, Sendable {
    /// More than half of the registered delegates: ½ + 1.
    case halfPlusOne
    /// Two thirds of the registered delegates, rounded up.
    case twoThirds
    /// A fixed number of delegates present.
    case fixed(Int)

    /// The stored form: `setengah_plus_satu`, `dua_pertiga`, `tetap:30`.
    public var code: String {
        switch self {
        case .halfPlusOne: return "setengah_plus_satu"
        case .twoThirds: return "dua_pertiga"
        case .fixed(let n): return "tetap:\(n)"
        }
    }

    public init?(code: String) {
        switch code {
        case "setengah_plus_satu": self = .halfPlusOne
        case "dua_pertiga": self = .twoThirds
        default:
            guard code.hasPrefix("tetap:"), let n = Int(code.dropFirst(6)) else { return nil }
            self = .fixed(n)
        }
    }

    /// Delegates present needed when `eligible` delegates are registered.
    public func required(eligible: Int) -> Int {
        switch self {
        case .halfPlusOne: return eligible / 2 + 1
        case .twoThirds: return (2 * eligible + 2) / 3
        case .fixed(let n): return n
        }
    }

    public func isMet(present: Int, eligible: Int) -> Bool { present >= required(eligible: eligible) }

    /// A rule no count of delegates can meet: a fixed number below one, or above the
    /// delegates registered (`eligible`, when known).
    public func cannotHold(eligible: Int?) -> Bool {
        guard case .fixed(let n) = self else { return false }
        return n < 1 || (eligible.map { n > $0 } ?? false)
    }
}

extension QuorumRule: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rule = QuorumRule(code: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "quorum rule \(text)"))
        }
        self = rule
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

public struct MusdaSession: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case pembukaan, pleno, komisi, penutupan
    }

    public var id: Int64?
    public var musdaId: Int64
    public var kind: Kind
    /// Pleno I…IV; komisi A, B, C are numbered 1, 2, 3.
    public var number: Int?
    /// `Sidang Pleno I`, `Komisi B: Program Kerja`.
    public var title: String
    public var order: Int
    /// Pimpinan sidang as the record had them in text (the demo, older files); the chosen
    /// attendees are kept apart (`session_chair`).
    public var chairs: String?
    /// Nil: the Musda's own date.
    public var date: LocalDate?
    public var startsAt: ClockTime?
    public var endsAt: ClockTime?

    public init(id: Int64? = nil, musdaId: Int64, kind: Kind, number: Int? = nil, title: String, order: Int, chairs: String? = nil,
                date: LocalDate? = nil, startsAt: ClockTime? = nil, endsAt: ClockTime? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.kind = kind
        self.number = number
        self.title = title
        self.order = order
        self.chairs = chairs
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

public struct AgendaItem: Hashable, Sendable, Codable {
    public var id: Int64?
    public var sessionId: Int64
    public var order: Int
    public var title: String
    public var outcome: String?
    public var startsAt: ClockTime?
    public var endsAt: ClockTime?

    public init(id: Int64? = nil, sessionId: Int64, order: Int, title: String, outcome: String? = nil,
                startsAt: ClockTime? = nil, endsAt: ClockTime? = nil) {
        self.id = id
        self.sessionId = sessionId
        self.order = order
        self.title = title
        self.outcome = outcome
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

public struct Attendance: Hashable, Sendable, Codable {
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// Peserta: has a vote.
        case delegate = "peserta"
        /// Peninjau: no vote.
        case observer = "peninjau"
        /// Undangan: an invited guest, member or not; no vote.
        case guest = "undangan"

        public var hasVote: Bool { self == .delegate }
    }

    public var id: Int64?
    public var musdaId: Int64
    public var personId: Int64
    public var role: Role
    /// Regency or body the attendee represents.
    public var representing: String?
    /// When they registered at the Musda (signed the daftar hadir).
    public var arrivedAt: ClockTime?

    public init(id: Int64? = nil, musdaId: Int64, personId: Int64, role: Role, representing: String? = nil,
                arrivedAt: ClockTime? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.personId = personId
        self.arrivedAt = arrivedAt
        self.role = role
        self.representing = representing
    }
}

/// Notulen of one session.
public struct Minutes: Hashable, Sendable, Codable {
    public var id: Int64?
    public var sessionId: Int64
    public var text: String
    public var secretary: String?
    /// Locked: finalised as `version`; reopening needs a typed reason.
    public var finalised: Bool
    /// Finalised versions so far (0: never finalised).
    public var version: Int

    public init(id: Int64? = nil, sessionId: Int64, text: String, secretary: String? = nil, finalised: Bool = false, version: Int = 0) {
        self.id = id
        self.sessionId = sessionId
        self.text = text
        self.secretary = secretary
        self.finalised = finalised
        self.version = version
    }
}

/// Keputusan Musda, numbered within the Musda.
public struct Decision: Hashable, Sendable, Codable {
    public var id: Int64?
    public var musdaId: Int64
    public var sessionId: Int64?
    /// Given when the decision is adopted: gapless and unique per Musda. Nil for a draft.
    public var number: Int?
    public var title: String
    public var text: String?
    /// Drafted from a `KEPUTUSAN:` line of the minutes.
    public var fromMinutes: Bool
    public var adoptedOn: LocalDate?
    /// The decree's Menimbang and Mengingat points, separated by `;`; nil for the defaults
    /// (Menimbang from the decision itself, Mengingat from the `decree_legal_basis` setting).
    public var considering: String?
    public var legalBasis: String?

    public init(id: Int64? = nil, musdaId: Int64, sessionId: Int64? = nil, number: Int?, title: String, text: String? = nil,
                fromMinutes: Bool = false, adoptedOn: LocalDate? = nil, considering: String? = nil, legalBasis: String? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.sessionId = sessionId
        self.number = number
        self.title = title
        self.text = text
        self.fromMinutes = fromMinutes
        self.adoptedOn = adoptedOn
        self.considering = considering
        self.legalBasis = legalBasis
    }

    public var isDraft: Bool { number == nil }

    /// Its number in `musda`'s series, with the Roman month of the day it was adopted (the
    /// session's date); nil for a draft.
    public func documentNumber(in musda: Musda) -> DocumentNumber? {
        number.map { DocumentNumber(sequence: $0, series: musda.series, date: adoptedOn ?? musda.date) }
    }
}

/// The election of an office at a Musda (Pleno IV): candidates, the method, and for a vote
/// the counts exactly as the tellers read them out. Counts are never corrected; what does not
/// add up is a warning (`problems`), and only what cannot be true is refused (`refusals`).
public struct Election: Hashable, Sendable, Codable {
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        case vote = "pemungutan_suara"
        case acclamation = "aklamasi"
    }

    public struct Candidate: Hashable, Sendable, Codable {
        public var personId: Int64
        /// Nil for an acclamation, or before the count.
        public var votes: Int?
        public var elected: Bool
        /// Why an ineligible candidate (not an active member) stands anyway; nil when eligible.
        public var ineligibleReason: String?

        public init(personId: Int64, votes: Int? = nil, elected: Bool = false, ineligibleReason: String? = nil) {
            self.personId = personId
            self.votes = votes
            self.elected = elected
            self.ineligibleReason = ineligibleReason
        }
    }

    public var id: Int64?
    public var musdaId: Int64
    /// The session the result was declared in.
    public var sessionId: Int64?
    /// `Ketua DPD IPSPI Sumatera Selatan 2023–2028`.
    public var office: String
    public var method: Method
    /// Ballot papers cast (surat suara), as entered; nil when not given.
    public var ballots: Int?
    /// Abstain (blank ballots counted apart), as entered.
    public var abstentions: Int?
    /// Invalid ballots (tidak sah), as entered.
    public var invalidBallots: Int?
    /// When the result was declared, on the session's day.
    public var decidedAt: ClockTime?
    /// Acclamation: why no vote was held.
    public var acclamationReason: String?
    /// The numbered Keputusan that adopted the result.
    public var decisionId: Int64?
    /// Saksi, chosen from the attendees, in order.
    public var witnesses: [Int64]
    public var candidates: [Candidate]

    public init(id: Int64? = nil, musdaId: Int64, sessionId: Int64? = nil, office: String, method: Method,
                ballots: Int? = nil, abstentions: Int? = nil, invalidBallots: Int? = nil, decidedAt: ClockTime? = nil,
                acclamationReason: String? = nil, decisionId: Int64? = nil, witnesses: [Int64] = [], candidates: [Candidate]) {
        self.id = id
        self.musdaId = musdaId
        self.sessionId = sessionId
        self.office = office
        self.method = method
        self.ballots = ballots
        self.abstentions = abstentions
        self.invalidBallots = invalidBallots
        self.decidedAt = decidedAt
        self.acclamationReason = acclamationReason
        self.decisionId = decisionId
        self.witnesses = witnesses
        self.candidates = candidates
    }

    /// Votes for the candidates, plus abstain and invalid ballots: every ballot counted.
    public var counted: Int { candidates.compactMap(\.votes).reduce(0, +) + (abstentions ?? 0) + (invalidBallots ?? 0) }

    public var elected: Candidate? { candidates.first(where: \.elected) }

    /// The result has been declared.
    public var isDecided: Bool { elected != nil }

    /// What cannot be stored: a negative count, or more counted than ballots cast.
    public func refusals() -> [ValidationIssue] {
        var out: [ValidationIssue] = []
        let counts = candidates.compactMap(\.votes) + [ballots, abstentions, invalidBallots].compactMap { $0 }
        if counts.contains(where: { $0 < 0 }) { out.append(.negative(.votes)) }
        if method == .vote, let ballots, counted > ballots { out.append(.votesExceedBallots(counted: counted, ballots: ballots)) }
        return out
    }

    /// What cannot be declared: no candidate, a candidate not among them, or an acclamation
    /// without its reason or with more than one candidate.
    public func declarationRefusals(electing personId: Int64) -> [ValidationIssue] {
        guard !candidates.isEmpty else { return [.noCandidates] }
        var out = refusals()
        if !candidates.contains(where: { $0.personId == personId }) { out.append(.noCandidates) }
        if method == .acclamation {
            if candidates.count != 1 { out.append(.acclamationNeedsOneCandidate(candidates.count)) }
            if (acclamationReason ?? "").trimmingSpaces.isEmpty { out.append(.required(.acclamationReason)) }
        }
        return out
    }

    /// What does not add up, kept as entered and shown as a warning: the count against the
    /// ballots and against the voting delegates present (`votingDelegates`), missing votes,
    /// several elected, or an elected candidate who did not have the most votes.
    public func problems(votingDelegates: Int?) -> [ElectionProblem] {
        var out: [ElectionProblem] = []
        let winners = candidates.filter(\.elected).count
        if winners > 1 { out.append(.electedCount(winners)) }
        switch method {
        case .acclamation:
            if candidates.count > 1 { out.append(.acclamationWithCandidates(candidates.count)) }
        case .vote:
            let votes = candidates.compactMap(\.votes)
            guard !votes.isEmpty || ballots != nil else { return out }
            if votes.count != candidates.count { out.append(.missingVotes) }
            if let ballots, counted < ballots { out.append(.countedBelowBallots(counted: counted, ballots: ballots)) }
            let total = ballots ?? counted
            if let votingDelegates, total != votingDelegates { out.append(.ballotsNotDelegates(ballots: total, delegates: votingDelegates)) }
            if let top = votes.max(), let winner = elected, (winner.votes ?? 0) < top { out.append(.electedIsNotTopVoted) }
        }
        return out
    }
}

/// One way an election's figures do not add up, with the numbers involved. Worded by
/// `Catalog.electionProblemText`.
public enum ElectionProblem: Hashable, Sendable {
    case electedCount(Int)
    case acclamationWithCandidates(Int)
    case missingVotes
    /// Fewer ballots counted (votes, abstain, invalid) than were cast.
    case countedBelowBallots(counted: Int, ballots: Int)
    /// Ballots cast (or counted, when not given) other than the voting delegates present.
    case ballotsNotDelegates(ballots: Int, delegates: Int)
    case electedIsNotTopVoted
}

/// Member of the formatur that composes the new board.
public struct FormaturMember: Hashable, Sendable, Codable {
    public var musdaId: Int64
    public var personId: Int64
    public var isChairElect: Bool
    public var deadline: LocalDate?

    public init(musdaId: Int64, personId: Int64, isChairElect: Bool, deadline: LocalDate?) {
        self.musdaId = musdaId
        self.personId = personId
        self.isChairElect = isChairElect
        self.deadline = deadline
    }
}

/// Other Musda papers: berita acara, SK, LPJ, undangan, tatib…
public struct MusdaDocument: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case undangan, daftarHadir = "daftar_hadir", tatib, jadwal, notulen
        case beritaAcara = "berita_acara", sk, lpj, laporan, keputusan
        /// The notification of a personal data breach (UU 27/2022 Art. 46): no Musda's.
        case pemberitahuan
    }

    public var id: Int64?
    /// The Musda it belongs to; nil for an SK of a term no Musda opened.
    public var musdaId: Int64?
    /// The term an SK kepengurusan is for.
    public var termId: Int64?
    public var kind: Kind
    /// Which one of its kind: `sesi:12`, `pemilihan:3`, `lpj`, `musda`, `periode:2`; empty for
    /// a paper recorded by hand. A generated paper made again keeps its number.
    public var subject: String
    /// The number's series (`BA/MUSDA-I`, `UND`) and sequence within the series and year; nil
    /// for a number typed by hand or taken from elsewhere (an SK number from the DPP).
    public var series: String?
    public var sequence: Int?
    public var number: String?
    public var title: String
    public var date: LocalDate?
    /// The last generated file: where, in which format, when (ISO 8601 UTC) and by whom.
    public var filePath: String?
    public var fileFormat: String?
    public var generatedAt: String?
    public var generatedBy: String?

    public init(id: Int64? = nil, musdaId: Int64?, termId: Int64? = nil, kind: Kind, subject: String = "", series: String? = nil,
                sequence: Int? = nil, number: String? = nil, title: String, date: LocalDate? = nil, filePath: String? = nil,
                fileFormat: String? = nil, generatedAt: String? = nil, generatedBy: String? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.termId = termId
        self.kind = kind
        self.subject = subject
        self.series = series
        self.sequence = sequence
        self.number = number
        self.title = title
        self.date = date
        self.filePath = filePath
        self.fileFormat = fileFormat
        self.generatedAt = generatedAt
        self.generatedBy = generatedBy
    }
}
