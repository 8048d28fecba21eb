import Assets
import Domain
import Foundation

/// Installs the demo organisation of DOMAIN.md §7 (assets/data/demo_people.csv and
/// demo_organisation.json) through the same repositories the application uses, so every
/// record passes validation and leaves an audit entry.
public enum DemoOrganisation {
    public static let memberCount = 124

    public static func install(into store: Store) throws {
        guard let peopleText = Assets.text("demo_people.csv"), let orgText = Assets.text("demo_organisation.json") else {
            throw StoreError.database("aset demo tidak ditemukan")
        }
        let spec = try JSONDecoder().decode(DemoSpec.self, from: Data(orgText.utf8))
        var refs: [String: Int64] = [:]
        for record in CSV.records(peopleText) {
            refs[record["ref"]!] = try installPerson(record, into: store)
        }
        func person(_ ref: String) throws -> Int64 {
            guard let id = refs[ref] else { throw StoreError.database("demo: orang \(ref) tidak ada") }
            return id
        }
        func people(_ refs: [String]) throws -> [Int64] { try expand(refs).map(person) }

        var terms: [String: Int64] = [:]
        for t in spec.terms {
            terms[t.key] = try store.board.save(Term(name: t.name, start: t.start, end: t.end, status: t.status, note: t.note))
        }
        for b in spec.boards { try installBoard(b, termId: terms[b.term]!, store: store, person: person) }

        var partners: [String: Int64] = [:]
        for p in spec.partners {
            partners[p.key] = try store.activities.save(Partner(name: p.name, kind: p.kind, note: p.note))
        }
        for m in spec.musdas { try installMusda(m, terms: terms, store: store, person: person, people: people) }

        var programmes: [String: Int64] = [:]
        for p in spec.programmes {
            let termId = terms[p.term]!
            let department = try store.board.departments(termId: termId).first { $0.code == p.department }
            let id = try store.programmes.save(Programme(termId: termId, departmentId: department?.id, title: p.title, status: p.status,
                                                         description: p.description, carriedFromId: p.carriedFrom.flatMap { programmes[$0] }))
            programmes[p.key] = id
            for key in p.partners ?? [] { try store.programmes.setPartner(programmeId: id, partnerId: partners[key]!, linked: true) }
            for t in p.targets {
                let targetId = try store.programmes.save(Target(programmeId: id, description: t.description, kind: t.kind ?? .numeric,
                                                                unit: t.unit, value: t.value))
                for r in t.realisation ?? [] {
                    try store.programmes.add(Realisation(targetId: targetId, date: r.date, value: r.value, note: r.note))
                }
            }
        }
        for a in spec.activities {
            let id = try store.activities.save(Activity(kind: a.kind, title: a.title, year: a.year, date: a.date, place: a.place,
                                                        level: a.level, programmeId: a.programme.flatMap { programmes[$0] },
                                                        participants: a.figure.reported, note: a.note))
            for key in a.partners { try store.activities.setPartner(activityId: id, partnerId: partners[key]!, linked: true) }
            for p in a.participants {
                try store.activities.save(Participation(activityId: id, personId: try person(p.person), category: p.category))
            }
        }
        for f in spec.figures { try store.activities.save(f.reported) }
        for c in spec.census {
            try store.census.save(CensusRecord(batch: c.batch, collectedOn: c.collectedOn, regency: c.regency, name: c.name,
                                               employment: c.employment, source: c.source, outcome: c.outcome, note: c.note))
        }
        for a in spec.alumni {
            try store.census.save(AlumniRecord(name: a.name, institution: a.institution, programme: a.programme,
                                               graduationYear: a.graduationYear, practising: a.practising, tracedOn: a.tracedOn))
        }
        for key in SettingKey.allCases { try store.settings.set(key, to: key.defaultValue) }
    }

    /// `["M001..M003", "G001"]` → `["M001", "M002", "M003", "G001"]`.
    static func expand(_ refs: [String]) -> [String] {
        refs.flatMap { ref -> [String] in
            let parts = ref.components(separatedBy: "..")
            guard parts.count == 2, let prefix = parts[0].first, let a = Int(parts[0].dropFirst()), let b = Int(parts[1].dropFirst()) else {
                return [ref]
            }
            let width = parts[0].count - 1
            return (a...b).map { n in String(prefix) + String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        }
    }

    // MARK: People

    private static func installPerson(_ r: [String: String], into store: Store) throws -> Int64 {
        func v(_ key: String) -> String? { r[key].flatMap { $0.isEmpty ? nil : $0 } }
        let employment = v("employment").flatMap(EmploymentStatus.init(rawValue:)).map {
            Employment(status: $0, employerType: v("employer_type").flatMap(EmployerType.init(rawValue:)), employer: v("employer"))
        }
        let education = v("education_level").flatMap(EducationLevel.init(rawValue:)).map {
            Education(level: $0, institution: v("institution"), major: v("major"), graduationYear: v("grad_year").flatMap { Int($0) })
        }
        var person = Person(name: r["name"]!, nik: v("nik"), sex: v("sex").flatMap(Sex.init(rawValue:)),
                            birthPlace: v("birth_place"), birthDate: v("birth_date").flatMap(LocalDate.init(iso:)),
                            phone: v("phone"), email: v("email"), address: v("address"), domicileRegency: v("regency"),
                            employment: employment, education: education, source: v("source"), note: v("note"))
        let isMember = r["member"] == "1"
        let membership = isMember ? Membership(kta: v("kta"), status: .aktif, channel: v("channel").flatMap(RegistrationChannel.init(rawValue:)) ?? .dpd,
                                               joinDate: v("join_date").flatMap(LocalDate.init(iso:))) : nil
        var draft = PersonDraft(person: person, membership: membership)
        let id: Int64
        do {
            id = try store.people.save(draft, overrideReason: v("override_reason"))
        } catch StoreError.invalid(let issues) where issues.allSatisfy({ if case .nik = $0 { return true } else { return false } }) {
            // A NIK that fails the hard rules is not stored; the member is kept and the note says why.
            person.nik = nil
            draft.person = person
            id = try store.people.save(draft, overrideReason: v("override_reason"))
        }
        if let status = v("status").flatMap(MembershipStatus.init(rawValue:)), status != .aktif {
            try store.people.changeStatus(personId: id, to: status, date: v("status_date").flatMap(LocalDate.init(iso:)),
                                          reason: v("status_reason"), overrideReason: nil)
        }
        if isMember, let joined = membership?.joinDate {
            let method = membership?.channel == .dppWebsite ? "situs DPP" : "formulir tertulis"
            try store.people.recordConsent(Consent(personId: id, purpose: .membership, noticeVersion: "demo-1",
                                                   givenOn: joined, method: method))
            let statistics = try store.people.recordConsent(Consent(personId: id, purpose: .statisticsToDPP, noticeVersion: "demo-1",
                                                                    givenOn: joined, method: method))
            if let withdrawn = v("consent_withdrawn").flatMap(LocalDate.init(iso:)) {
                try store.people.withdrawConsent(id: statistics, on: withdrawn)
            }
        }
        return id
    }

    // MARK: Board

    private static func installBoard(_ b: DemoSpec.BoardSpec, termId: Int64, store: Store,
                                     person: (String) throws -> Int64) throws {
        let term = try store.board.terms().first { $0.id == termId }!
        func assign(_ position: Position, _ ref: String) throws {
            try BoardStore(store: store).insertAssignment(Assignment(positionId: position.id!, personId: try person(ref), start: term.start,
                                              end: term.end, decree: b.decree))
        }
        if b.template == true {
            let positions = try store.board.applyTemplate(termId: termId)
            let advisers = positions.filter { $0.kind.category == .adviser }
            let executive = positions.filter { $0.kind.category == .executive }
            for (p, ref) in zip(advisers, b.advisers ?? []) { try assign(p, ref) }
            for (p, ref) in zip(executive, b.executive ?? []) { try assign(p, ref) }
            let departments = try store.board.departments(termId: termId)
            for (code, refs) in b.departments ?? [:] {
                guard let dept = departments.first(where: { $0.code == code }) else { continue }
                for (p, ref) in zip(positions.filter({ $0.departmentId == dept.id }), refs) { try assign(p, ref) }
            }
        }
        for (i, spec) in (b.positions ?? []).enumerated() {
            var p = Position(termId: termId, kind: spec.kind, title: spec.title, order: i + 1)
            p.id = try store.board.save(p)
            try assign(p, spec.person)
        }
    }

    // MARK: Musda

    private static func installMusda(_ m: DemoSpec.MusdaSpec, terms: [String: Int64], store: Store,
                                     person: (String) throws -> Int64, people: ([String]) throws -> [Int64]) throws {
        let musdaId = try store.musda.save(Musda(kind: m.kind, number: m.number, date: m.date, place: m.place, theme: m.theme,
                                                 closesTermId: m.closes.flatMap { terms[$0] }, opensTermId: m.opens.flatMap { terms[$0] },
                                                 quorum: m.quorum))
        let musda = try store.musda.musda(id: musdaId)!
        var sessions: [Int64] = []
        for (i, s) in m.sessions.enumerated() {
            let sessionId = try store.musda.save(MusdaSession(musdaId: musdaId, kind: s.kind, number: s.number, title: s.title,
                                                              order: i + 1, chairs: s.chairs, startsAt: s.starts, endsAt: s.ends))
            sessions.append(sessionId)
            for (j, item) in s.agenda.enumerated() {
                try store.musda.save(AgendaItem(sessionId: sessionId, order: j + 1, title: item))
            }
            if let text = s.minutes { try store.musda.save(Minutes(sessionId: sessionId, text: text, secretary: "Sekretaris sidang")) }
        }
        func session(_ n: Int?) -> Int64? { n.flatMap { $0 >= 1 && $0 <= sessions.count ? sessions[$0 - 1] : nil } }
        // Everyone signs the daftar hadir in the half hour before the opening, a minute apart.
        let opening = m.sessions.first?.starts ?? ClockTime(hour: 8, minute: 0)!
        var registered: [(attendance: Int64, role: Attendance.Role, index: Int)] = []
        for (role, refs) in [(Attendance.Role.delegate, m.delegates), (.observer, m.observers)] {
            for id in try people(refs) {
                let regency = try store.people.person(id: id)?.domicileRegency.flatMap { store.regions.region(code: $0)?.shortName }
                let minute = max(0, opening.minutes - 30 + registered.count % 30)
                let attendanceId = try store.musda.save(Attendance(musdaId: musdaId, personId: id, role: role, representing: regency,
                                                                   arrivedAt: ClockTime(hour: minute / 60, minute: minute % 60)))
                registered.append((attendanceId, role, registered.count))
            }
        }
        // In the room: everyone at the plenary sessions; the delegates split over the three komisi.
        for (i, s) in m.sessions.enumerated() {
            let start = s.starts ?? opening
            for a in registered {
                if s.kind == .komisi && (a.role != .delegate || a.index % 3 != (s.number ?? 1) - 1) { continue }
                try store.musda.save(Presence(sessionId: sessions[i], attendanceId: a.attendance, arrivedAt: start))
            }
        }
        var decisions: [Int: Int64] = [:]
        for d in m.decisions {
            let number = musda.documentNumber(d.number).description
            decisions[d.number] = try store.musda.save(Decision(musdaId: musdaId, sessionId: session(d.session), number: d.number,
                                                                title: d.title, text: d.text.map { "\(number). \($0)" } ?? number,
                                                                adoptedOn: m.date))
        }
        if m.lpj != nil || m.lpjSummary != nil {
            try store.write { db in
                try db.execute(sql: """
                    INSERT INTO lpj (musda_id, term_id, presented_session_id, summary, verdict, verdict_note, verdict_session_id, decision_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [musdaId, m.closes.flatMap { terms[$0] }, session(m.lpjSession), m.lpjSummary, m.lpj, m.lpjNote,
                                     session(m.lpjSession), m.lpjDecision.flatMap { decisions[$0] }])
            }
        }
        for e in m.elections {
            try store.musda.save(Election(musdaId: musdaId, sessionId: session(e.session), office: e.office, method: e.method,
                                          ballots: e.ballots, invalidBallots: e.invalid, decidedAt: e.decidedAt,
                                          acclamationReason: e.reason, decisionId: e.decision.flatMap { decisions[$0] },
                                          witnesses: try (e.witnesses ?? []).map(person),
                                          candidates: try e.candidates.map {
                                              Election.Candidate(personId: try person($0.person), votes: $0.votes, elected: $0.elected)
                                          }))
        }
        if let f = m.formatur {
            for ref in f.members {
                try store.musda.save(FormaturMember(musdaId: musdaId, personId: try person(ref), isChairElect: ref == f.chairElect,
                                                    deadline: f.deadline))
            }
        }
        for d in m.documents {
            // `pemilihan` and `periode` name the Musda's election and the term it opened, as the
            // document generator names its subjects, so a paper made again keeps the demo's number.
            var subject = d.subject ?? ""
            var termId: Int64?
            if subject == "pemilihan", let election = try store.musda.elections(musdaId: musdaId).first?.id {
                subject = "pemilihan:\(election)"
            }
            if subject == "periode", let opens = m.opens.flatMap({ terms[$0] }) {
                subject = "periode:\(opens)"
                termId = opens
            }
            try store.musda.save(MusdaDocument(musdaId: musdaId, termId: termId, kind: d.kind, subject: subject, series: d.series,
                                               sequence: d.sequence, number: d.number, title: d.title, date: d.date))
        }
    }
}

/// The shape of demo_organisation.json.
struct DemoSpec: Decodable {
    struct TermSpec: Decodable { let key: String; let name: String; let start: LocalDate; let end: LocalDate?; let status: Term.Status; let note: String? }
    struct PositionSpec: Decodable { let kind: PositionKind; let title: String; let person: String }
    struct BoardSpec: Decodable {
        let term: String
        let template: Bool?
        let decree: String?
        let advisers: [String]?
        let executive: [String]?
        let departments: [String: [String]]?
        let positions: [PositionSpec]?
    }
    struct SessionSpec: Decodable {
        let kind: MusdaSession.Kind
        let number: Int?
        let title: String
        let chairs: String?
        let agenda: [String]
        let minutes: String?
        let starts: ClockTime?
        let ends: ClockTime?
    }
    struct DecisionSpec: Decodable { let number: Int; let session: Int?; let title: String; let text: String? }
    struct CandidateSpec: Decodable { let person: String; let votes: Int?; let elected: Bool }
    struct ElectionSpec: Decodable {
        let office: String
        let method: Election.Method
        let session: Int?
        let decidedAt: ClockTime?
        /// Acclamation: why no vote was held.
        let reason: String?
        /// The number of the decision that adopted the result.
        let decision: Int?
        let ballots: Int?
        let invalid: Int?
        let witnesses: [String]?
        let candidates: [CandidateSpec]
    }
    struct FormaturSpec: Decodable { let members: [String]; let chairElect: String; let deadline: LocalDate? }
    struct DocumentSpec: Decodable {
        let kind: MusdaDocument.Kind
        let number: String?
        let title: String
        let date: LocalDate?
        let subject: String?
        let series: String?
        let sequence: Int?
    }
    struct MusdaSpec: Decodable {
        let kind: Musda.Kind
        let number: Int?
        let date: LocalDate
        let place: String
        let theme: String?
        let closes: String?
        let opens: String?
        let quorum: QuorumRule
        let lpj: Musda.LPJVerdict?
        let lpjNote: String?
        /// The session (1-based) the LPJ was presented and judged in, and its decision's number.
        let lpjSession: Int?
        let lpjDecision: Int?
        let lpjSummary: String?
        let sessions: [SessionSpec]
        let delegates: [String]
        let observers: [String]
        let decisions: [DecisionSpec]
        let elections: [ElectionSpec]
        let formatur: FormaturSpec?
        let documents: [DocumentSpec]
    }
    struct PartnerSpec: Decodable { let key: String; let name: String; let kind: Partner.Kind; let note: String? }
    struct RealisationSpec: Decodable { let date: LocalDate; let value: Int; let note: String? }
    struct TargetSpec: Decodable {
        let description: String
        let kind: Target.Kind?
        let unit: String?
        let value: Int?
        let realisation: [RealisationSpec]?
    }
    struct ProgrammeSpec: Decodable {
        let key: String
        let term: String
        let department: String?
        let title: String
        let status: Programme.Status
        let description: String?
        let carriedFrom: String?
        let partners: [String]?
        let targets: [TargetSpec]
    }
    struct PartSpec: Decodable { let label: String; let value: Int? }
    struct FigureSpec: Decodable {
        let subject: String
        let total: Int?
        let parts: [PartSpec]
        let estimate: Bool
        let asOf: LocalDate?
        let source: String?
        let note: String?

        var reported: ReportedFigure {
            ReportedFigure(subject: subject, total: total, parts: parts.map { .init(label: $0.label, value: $0.value) },
                           isEstimate: estimate, asOf: asOf, source: source, note: note)
        }
    }
    struct ParticipantSpec: Decodable { let person: String; let category: Participation.Category }
    struct ActivitySpec: Decodable {
        let kind: Activity.Kind
        let title: String
        let year: Int
        let date: LocalDate?
        let place: String?
        let level: CompetencyLevel?
        let programme: String?
        let partners: [String]
        let figure: FigureSpec
        let participants: [ParticipantSpec]
        let note: String?
    }
    struct CensusSpec: Decodable {
        let batch: String
        let collectedOn: LocalDate?
        let regency: String?
        let name: String
        let employment: EmploymentStatus?
        let source: String
        let outcome: CensusRecord.Outcome
        let note: String?
    }
    struct AlumniSpec: Decodable {
        let name: String
        let institution: String
        let programme: String
        let graduationYear: Int?
        let practising: Bool?
        let tracedOn: LocalDate?
    }

    let terms: [TermSpec]
    let boards: [BoardSpec]
    let musdas: [MusdaSpec]
    let partners: [PartnerSpec]
    let programmes: [ProgrammeSpec]
    let activities: [ActivitySpec]
    let figures: [FigureSpec]
    let census: [CensusSpec]
    let alumni: [AlumniSpec]
}
