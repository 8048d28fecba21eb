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
    public var lpjVerdict: LPJVerdict?
    public var lpjNote: String?
    public var chair: String?
    public var status: Status

    public init(id: Int64? = nil, kind: Kind, number: Int?, date: LocalDate, place: String, theme: String? = nil,
                closesTermId: Int64? = nil, opensTermId: Int64? = nil, quorum: QuorumRule = .halfPlusOne,
                lpjVerdict: LPJVerdict? = nil, lpjNote: String? = nil, chair: String? = nil, status: Status = .selesai) {
        self.id = id
        self.kind = kind
        self.number = number
        self.date = date
        self.place = place
        self.theme = theme
        self.closesTermId = closesTermId
        self.opensTermId = opensTermId
        self.quorum = quorum
        self.lpjVerdict = lpjVerdict
        self.lpjNote = lpjNote
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

    public init(id: Int64? = nil, musdaId: Int64, sessionId: Int64? = nil, number: Int?, title: String, text: String? = nil,
                fromMinutes: Bool = false, adoptedOn: LocalDate? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.sessionId = sessionId
        self.number = number
        self.title = title
        self.text = text
        self.fromMinutes = fromMinutes
        self.adoptedOn = adoptedOn
    }

    public var isDraft: Bool { number == nil }

    /// Its number in `musda`'s series, with the Roman month of the day it was adopted (the
    /// session's date); nil for a draft.
    public func documentNumber(in musda: Musda) -> DocumentNumber? {
        number.map { DocumentNumber(sequence: $0, series: musda.series, date: adoptedOn ?? musda.date) }
    }
}

public struct Election: Hashable, Sendable, Codable {
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        case vote = "pemungutan_suara"
        case acclamation = "aklamasi"
    }

    public struct Candidate: Hashable, Sendable, Codable {
        public var personId: Int64
        /// Nil for an acclamation.
        public var votes: Int?
        public var elected: Bool

        public init(personId: Int64, votes: Int? = nil, elected: Bool = false) {
            self.personId = personId
            self.votes = votes
            self.elected = elected
        }
    }

    public var id: Int64?
    public var musdaId: Int64
    public var sessionId: Int64?
    /// `Ketua DPD 2023–2028`.
    public var office: String
    public var method: Method
    public var validBallots: Int?
    public var invalidBallots: Int?
    public var candidates: [Candidate]

    public init(id: Int64? = nil, musdaId: Int64, sessionId: Int64? = nil, office: String, method: Method,
                validBallots: Int? = nil, invalidBallots: Int? = nil, candidates: [Candidate]) {
        self.id = id
        self.musdaId = musdaId
        self.sessionId = sessionId
        self.office = office
        self.method = method
        self.validBallots = validBallots
        self.invalidBallots = invalidBallots
        self.candidates = candidates
    }

    /// What does not add up: votes vs valid ballots, ballots vs voting delegates, winners.
    public func problems(votingDelegates: Int?) -> [ElectionProblem] {
        var out: [ElectionProblem] = []
        let winners = candidates.filter(\.elected).count
        if winners != 1 { out.append(.electedCount(winners)) }
        switch method {
        case .acclamation:
            if candidates.count != 1 { out.append(.acclamationWithCandidates(candidates.count)) }
        case .vote:
            let votes = candidates.compactMap(\.votes)
            if votes.count != candidates.count { out.append(.missingVotes) }
            let sum = votes.reduce(0, +)
            if let validBallots, sum != validBallots { out.append(.votesNotValidBallots(votes: sum, valid: validBallots)) }
            if let validBallots, let invalidBallots, let votingDelegates, validBallots + invalidBallots > votingDelegates {
                out.append(.moreBallotsThanVoters(ballots: validBallots + invalidBallots, voters: votingDelegates))
            }
            if let top = candidates.max(by: { ($0.votes ?? 0) < ($1.votes ?? 0) }), !top.elected, winners == 1 {
                out.append(.electedIsNotTopVoted)
            }
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
    case votesNotValidBallots(votes: Int, valid: Int)
    case moreBallotsThanVoters(ballots: Int, voters: Int)
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
        case beritaAcara = "berita_acara", sk, lpj, laporan
    }

    public var id: Int64?
    public var musdaId: Int64
    public var kind: Kind
    public var number: String?
    public var title: String
    public var date: LocalDate?

    public init(id: Int64? = nil, musdaId: Int64, kind: Kind, number: String? = nil, title: String, date: LocalDate? = nil) {
        self.id = id
        self.musdaId = musdaId
        self.kind = kind
        self.number = number
        self.title = title
        self.date = date
    }
}
