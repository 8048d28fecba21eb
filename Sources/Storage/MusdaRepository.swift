import Foundation
import Domain
import GRDB

/// One finalised version of a session's minutes.
public struct MinutesVersion: Sendable, Hashable {
    public let version: Int
    public let text: String
    public let finalisedAt: Date
    public let operatorName: String
    /// Why this version was reopened, once it was.
    public let reopenReason: String?
}

/// Voting delegates present against the quorum rule.
public struct QuorumStatus: Sendable, Hashable {
    public let delegates: Int
    public let observers: Int
    public let required: Int
    public let rule: QuorumRule
    /// Eligible voters the rule was applied to.
    public let eligible: Int
    public var isMet: Bool { delegates >= required }
}

/// Musda, its sessions, attendance, minutes, decisions, elections and documents.
public protocol MusdaRepository: Sendable {
    func musdas() throws -> [Musda]
    func musda(id: Int64) throws -> Musda?
    @discardableResult func save(_ musda: Musda) throws -> Int64
    func sessions(musdaId: Int64) throws -> [MusdaSession]
    /// Adds (after the others) or edits a session; an end not after its start is refused.
    @discardableResult func save(_ session: MusdaSession) throws -> Int64
    func agenda(sessionId: Int64) throws -> [AgendaItem]
    /// Adds (after the others) or edits an agenda item; an end not after its start is refused.
    @discardableResult func save(_ item: AgendaItem) throws -> Int64
    /// Moves an agenda item up (negative) or down within its session, renumbering the order.
    func moveAgendaItem(id: Int64, by offset: Int) throws
    func attendance(musdaId: Int64) throws -> [Attendance]
    @discardableResult func save(_ attendance: Attendance) throws -> Int64
    func minutes(sessionId: Int64) throws -> Minutes?
    /// Saves a session's minutes text (audited as one change) and, in the same transaction,
    /// replaces the open action items drafted from its `TINDAK LANJUT:` lines with `actions`
    /// (owners matched to attendees by name where one matches). Refused when finalised.
    @discardableResult func saveMinutes(sessionId: Int64, text: String, actions: [MinutesLines.ActionDraft]) throws -> Int64
    @discardableResult func save(_ minutes: Minutes) throws -> Int64
    /// Locks the session's minutes as their next version (one audited change, the text kept in
    /// `minutes_version`). Refused for empty or missing minutes, and for final ones.
    @discardableResult func finaliseMinutes(sessionId: Int64) throws -> Int
    /// Unlocks final minutes for changes; `reason` (required) is kept with the version reopened.
    func reopenMinutes(sessionId: Int64, reason: String) throws
    /// The finalised versions, oldest first.
    func minutesVersions(sessionId: Int64) throws -> [MinutesVersion]
    /// Adopted decisions by number, then drafts.
    func decisions(musdaId: Int64) throws -> [Decision]
    /// Gives a decision (a stored draft, or a new one) the Musda's next number, gapless and
    /// unique, adopted on `date`, in one transaction. Returns it as stored.
    @discardableResult func adopt(_ decision: Decision, on date: LocalDate) throws -> Decision
    @discardableResult func save(_ decision: Decision) throws -> Int64
    func elections(musdaId: Int64) throws -> [Election]
    /// Saves an election with its candidates (the candidate list is replaced on update).
    @discardableResult func save(_ election: Election) throws -> Int64
    func formatur(musdaId: Int64) throws -> [FormaturMember]
    func save(_ member: FormaturMember) throws
    func documents(musdaId: Int64) throws -> [MusdaDocument]
    @discardableResult func save(_ document: MusdaDocument) throws -> Int64
    /// The Musda's attendees with their presence in `sessionId`: delegates first, then by name.
    func attendees(musdaId: Int64, sessionId: Int64) throws -> [AttendeeRow]
    /// The quorum of a session now: delegates in the room against the Musda's rule.
    func sessionQuorum(sessionId: Int64) throws -> SessionQuorum
    /// Signs a person into the daftar hadir (members or not; an erased person is refused with
    /// `.erased`) and into `sessionId` at `time`. Someone registered already only arrives.
    @discardableResult func register(personId: Int64, musdaId: Int64, role: Attendance.Role, representing: String?,
                                     sessionId: Int64?, at time: ClockTime) throws -> Int64
    /// Into the session's room at `time` (again, after leaving).
    func arrive(attendanceId: Int64, sessionId: Int64, at time: ClockTime) throws
    /// Out of the session's room at `time`; `.invalid([.timeBefore])` before the arrival.
    func depart(attendanceId: Int64, sessionId: Int64, at time: ClockTime) throws
    /// Writes a presence as it is (the demo organisation's data; not audited).
    func save(_ presence: Presence) throws
    /// The pimpinan sidang chosen from the attendees, in order.
    func chairs(sessionId: Int64) throws -> [Int64]
    /// Replaces a session's pimpinan sidang.
    func setChairs(sessionId: Int64, personIds: [Int64]) throws
    func actionItems(musdaId: Int64) throws -> [ActionItem]
    @discardableResult func save(_ item: ActionItem) throws -> Int64
    /// Delegates present against the rule; `eligible` defaults to the delegates registered.
    func quorum(musdaId: Int64, eligible: Int?) throws -> QuorumStatus

    // MARK: Outcomes (issue 12): MusdaStore+Outcome

    /// The Musda's LPJ; nil before it is recorded.
    func lpj(musdaId: Int64) throws -> LPJ?
    /// Records or edits the report: its term, the session it was presented in, its summary.
    /// The verdict is not touched (`recordVerdict`).
    func saveReport(_ lpj: LPJ) throws
    /// Records the verdict once, in one transaction: the verdict and its note and session, the
    /// covered term made demisioner (when it is not yet), and `decision` adopted with the
    /// Musda's next number on the session's day. A second verdict: `.invalid([.verdictAlreadyRecorded])`.
    @discardableResult func recordVerdict(musdaId: Int64, verdict: LPJ.Verdict, note: String?, sessionId: Int64?,
                                          decision: Decision) throws -> Decision
    /// Adds a candidate to an election (created for `office` when the Musda has none). An erased
    /// person: `.erased`. Not an active member: `.needsOverride` unless `ineligibleReason`.
    /// A decided election: `.invalid([.electionDecided])`.
    @discardableResult func addCandidate(musdaId: Int64, office: String, personId: Int64, ineligibleReason: String?) throws -> Int64
    /// Declares `personId` elected at `time` in `sessionId`, adopting `decision` with the next
    /// number, in one transaction. Refused: no candidates, an acclamation without its reason or
    /// with several candidates, counts that cannot be true, an election decided already.
    @discardableResult func declare(electionId: Int64, personId: Int64, sessionId: Int64?, at time: ClockTime,
                                    decision: Decision) throws -> Decision
    /// Replaces the formatur: `personIds` in order, the chair-elect marked, one deadline.
    func setFormatur(musdaId: Int64, personIds: [Int64], chairElect: Int64?, deadline: LocalDate?) throws
    /// The recorded handover; nil before it.
    func handover(musdaId: Int64) throws -> Handover?
    /// Applies the plan in one audited transaction: the new term (persiapan) and its seats, the
    /// Ketua seated, each unfinished programme carried over (with its targets, linked both
    /// ways), dropped or finished, and the Musda linked to the term it opens. Refused: no
    /// elected chair, a dropped programme without a reason, a second handover, a taken name.
    @discardableResult func handOver(_ plan: HandoverPlan) throws -> Handover
    /// Undoes a handover while the new term holds nothing entered since; otherwise
    /// `.invalid([.newTermHasData])`.
    func undoHandover(musdaId: Int64) throws
}

extension MusdaStore {
    func chairs(sessionId: Int64) throws -> [Int64] {
        try store.read {
            try Int64.fetchAll($0, sql: "SELECT person_id FROM session_chair WHERE session_id = ? ORDER BY sort_order",
                               arguments: [sessionId])
        }
    }

    func setChairs(sessionId: Int64, personIds: [Int64]) throws {
        try store.write { db in
            let before = try Int64.fetchAll(db, sql: "SELECT person_id FROM session_chair WHERE session_id = ? ORDER BY sort_order",
                                             arguments: [sessionId])
            guard before != personIds else { return }
            try db.execute(sql: "DELETE FROM session_chair WHERE session_id = ?", arguments: [sessionId])
            for (i, id) in personIds.enumerated() {
                try db.execute(sql: "INSERT INTO session_chair (session_id, person_id, sort_order) VALUES (?, ?, ?)",
                               arguments: [sessionId, id, i])
            }
            try store.auditor.record(db, entity: "session_chair", id: sessionId, action: .update,
                                     before: ["pimpinan": before], after: ["pimpinan": personIds])
        }
    }

    func actionItems(musdaId: Int64) throws -> [ActionItem] {
        try store.read { try ActionItem.fetchAll($0, where: "musda_id = ?", arguments: [musdaId], order: "id") }
    }

    func save(_ item: ActionItem) throws -> Int64 { try store.write { try store.save($0, item) } }
}

struct MusdaStore: MusdaRepository {
    let store: Store

    func musdas() throws -> [Musda] { try store.read { try Musda.fetchAll($0, order: "date DESC") } }
    func musda(id: Int64) throws -> Musda? { try store.read { try Musda.fetchOne($0, id: id) } }
    func save(_ musda: Musda) throws -> Int64 {
        if let n = musda.number, !(1...99).contains(n) { throw StoreError.invalid([.numberOutOfRange(.musdaNumber, lower: 1, upper: 99)]) }
        return try store.write { db in
            var registered: Int?
            if let id = musda.id {
                registered = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                              arguments: [id])
            }
            // Before any delegate is registered only a fixed number below one cannot hold.
            if musda.quorum.cannotHold(eligible: registered.flatMap { $0 > 0 ? $0 : nil }) {
                throw StoreError.invalid([.quorumCannotHold(required: musda.quorum.required(eligible: registered ?? 0),
                                                            registered: registered ?? 0)])
            }
            return try store.save(db, musda)
        }
    }

    func sessions(musdaId: Int64) throws -> [MusdaSession] {
        try store.read { try MusdaSession.fetchAll($0, where: "musda_id = ?", arguments: [musdaId], order: "sort_order") }
    }
    func save(_ session: MusdaSession) throws -> Int64 {
        if let start = session.startsAt, let end = session.endsAt, end <= start {
            throw StoreError.invalid([.timeBefore(.endTime, reference: .startTime)])
        }
        guard !session.title.trimmingSpaces.isEmpty else { throw StoreError.invalid([.required(.name)]) }
        if let n = session.number, !(1...20).contains(n) { throw StoreError.invalid([.numberOutOfRange(.sessionNumber, lower: 1, upper: 20)]) }
        return try store.write { db in
            var s = session
            if s.id == nil {
                s.order = (try Int.fetchOne(db, sql: "SELECT max(sort_order) FROM musda_session WHERE musda_id = ?",
                                            arguments: [s.musdaId]) ?? 0) + 1
            }
            return try store.save(db, s)
        }
    }

    func agenda(sessionId: Int64) throws -> [AgendaItem] {
        try store.read { try AgendaItem.fetchAll($0, where: "session_id = ?", arguments: [sessionId], order: "sort_order") }
    }
    func save(_ item: AgendaItem) throws -> Int64 {
        if let start = item.startsAt, let end = item.endsAt, end <= start {
            throw StoreError.invalid([.timeBefore(.endTime, reference: .startTime)])
        }
        guard !item.title.trimmingSpaces.isEmpty else { throw StoreError.invalid([.required(.name)]) }
        return try store.write { db in
            var i = item
            if i.id == nil {
                i.order = (try Int.fetchOne(db, sql: "SELECT max(sort_order) FROM agenda_item WHERE session_id = ?",
                                            arguments: [i.sessionId]) ?? 0) + 1
            }
            return try store.save(db, i)
        }
    }

    func moveAgendaItem(id: Int64, by offset: Int) throws {
        try store.write { db in
            guard let item = try AgendaItem.fetchOne(db, id: id) else { throw StoreError.notFound(entity: "agenda_item", id: id) }
            var items = try AgendaItem.fetchAll(db, where: "session_id = ?", arguments: [item.sessionId], order: "sort_order, id")
            guard let from = items.firstIndex(where: { $0.id == id }) else { return }
            let to = min(max(from + offset, 0), items.count - 1)
            guard to != from else { return }
            items.insert(items.remove(at: from), at: to)
            // Renumbered 1…n in the new order; each changed row is audited.
            for (index, var moved) in items.enumerated() where moved.order != index + 1 {
                moved.order = index + 1
                try store.save(db, moved)
            }
        }
    }

    func attendance(musdaId: Int64) throws -> [Attendance] {
        try store.read { try Attendance.fetchAll($0, where: "musda_id = ?", arguments: [musdaId]) }
    }
    func save(_ attendance: Attendance) throws -> Int64 { try store.write { try store.save($0, attendance) } }

    func minutes(sessionId: Int64) throws -> Minutes? {
        try store.read { try Minutes.fetchAll($0, where: "session_id = ?", arguments: [sessionId]).first }
    }
    func save(_ minutes: Minutes) throws -> Int64 { try store.write { try store.save($0, minutes) } }

    func finaliseMinutes(sessionId: Int64) throws -> Int {
        try store.write { db in
            guard var minutes = try Minutes.fetchAll(db, where: "session_id = ?", arguments: [sessionId]).first,
                  !minutes.text.trimmingSpaces.isEmpty else {
                throw StoreError.invalid([.required(.minutesText)])
            }
            if minutes.finalised { throw StoreError.invalid([.minutesFinal]) }
            minutes.finalised = true
            minutes.version += 1
            try store.save(db, minutes, reason: "final v\(minutes.version)")
            try db.execute(sql: """
                INSERT INTO minutes_version (minutes_id, version, text, finalised_at, operator) VALUES (?, ?, ?, ?, ?)
                """, arguments: [minutes.id, minutes.version, minutes.text, store.timestamp, store.operatorName])
            return minutes.version
        }
    }

    func reopenMinutes(sessionId: Int64, reason: String) throws {
        let why = reason.trimmingSpaces
        guard !why.isEmpty else { throw StoreError.invalid([.required(.statusReason)]) }
        try store.write { db in
            guard var minutes = try Minutes.fetchAll(db, where: "session_id = ?", arguments: [sessionId]).first, minutes.finalised else {
                return
            }
            minutes.finalised = false
            try store.save(db, minutes, reason: why)
            try db.execute(sql: "UPDATE minutes_version SET reopen_reason = ? WHERE minutes_id = ? AND version = ?",
                           arguments: [why, minutes.id, minutes.version])
        }
    }

    func minutesVersions(sessionId: Int64) throws -> [MinutesVersion] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.* FROM minutes_version v JOIN minutes m ON m.id = v.minutes_id WHERE m.session_id = ? ORDER BY v.version
                """, arguments: [sessionId]).map { row in
                let at: String = row["finalised_at"]
                return MinutesVersion(version: row["version"], text: row["text"], finalisedAt: Timestamp.parse(at) ?? .distantPast,
                                      operatorName: row["operator"], reopenReason: row["reopen_reason"])
            }
        }
    }

    func saveMinutes(sessionId: Int64, text: String, actions: [MinutesLines.ActionDraft]) throws -> Int64 {
        try store.write { db in
            guard let session = try MusdaSession.fetchOne(db, id: sessionId) else {
                throw StoreError.notFound(entity: "musda_session", id: sessionId)
            }
            var minutes = try Minutes.fetchAll(db, where: "session_id = ?", arguments: [sessionId]).first
                ?? Minutes(sessionId: sessionId, text: "")
            if minutes.finalised { throw StoreError.invalid([.minutesFinal]) }
            minutes.text = text
            let id = try store.save(db, minutes)
            try db.execute(sql: "DELETE FROM action_item WHERE session_id = ? AND from_minutes = 1 AND done = 0",
                           arguments: [sessionId])
            for action in actions {
                let owner = try action.owner.flatMap { name in
                    try Int64.fetchOne(db, sql: """
                        SELECT a.person_id FROM attendance a JOIN person p ON p.id = a.person_id
                        WHERE a.musda_id = ? AND p.erased_on IS NULL AND (p.name = ? COLLATE NOCASE OR p.name LIKE ? || ' %' COLLATE NOCASE)
                        ORDER BY p.name = ? COLLATE NOCASE DESC LIMIT 1
                        """, arguments: [session.musdaId, name, name, name])
                }
                try store.save(db, ActionItem(musdaId: session.musdaId, sessionId: sessionId, text: action.text, owner: action.owner,
                                              ownerPersonId: owner, due: action.due, fromMinutes: true))
            }
            return id
        }
    }

    func decisions(musdaId: Int64) throws -> [Decision] {
        try store.read { try Decision.fetchAll($0, where: "musda_id = ?", arguments: [musdaId], order: "number IS NULL, number, id") }
    }

    func adopt(_ decision: Decision, on date: LocalDate) throws -> Decision {
        try store.write { db in try adopt(db, decision, on: date) }
    }

    /// `adopt` inside the caller's transaction (a verdict or an election adopts its decision
    /// together with the change it records).
    func adopt(_ db: Database, _ decision: Decision, on date: LocalDate) throws -> Decision {
        if let id = decision.id, let stored = try Decision.fetchOne(db, id: id), !stored.isDraft { return stored }
        let next = (try Int.fetchOne(db, sql: "SELECT max(number) FROM decision WHERE musda_id = ?",
                                     arguments: [decision.musdaId]) ?? 0) + 1
        var adopted = decision
        adopted.number = next
        adopted.adoptedOn = date
        adopted.id = try store.save(db, adopted)
        return adopted
    }
    func save(_ decision: Decision) throws -> Int64 { try store.write { try store.save($0, decision) } }

    func elections(musdaId: Int64) throws -> [Election] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM election WHERE musda_id = ? ORDER BY id", arguments: [musdaId])
                .map { try Self.election(db, row: $0) }
        }
    }

    static func election(_ db: Database, row: Row) throws -> Election {
        let id: Int64 = row["id"]
        let candidates = try Row.fetchAll(db, sql: """
            SELECT * FROM election_candidate WHERE election_id = ? ORDER BY sort_order, votes IS NULL, votes DESC, person_id
            """, arguments: [id]).map {
            Election.Candidate(personId: $0["person_id"], votes: $0["votes"], elected: $0["elected"],
                               ineligibleReason: $0["ineligible_reason"])
        }
        let witnesses = try Int64.fetchAll(db, sql: "SELECT person_id FROM election_witness WHERE election_id = ? ORDER BY sort_order",
                                           arguments: [id])
        return Election(id: id, musdaId: row["musda_id"], sessionId: row["session_id"], office: row["office"],
                        method: row["method"], ballots: row["ballots"], abstentions: row["abstentions"],
                        invalidBallots: row["invalid_ballots"], decidedAt: row["decided_at"],
                        acclamationReason: row["acclamation_reason"], decisionId: row["decision_id"], witnesses: witnesses,
                        candidates: candidates)
    }

    static func election(_ db: Database, id: Int64) throws -> Election? {
        try Row.fetchOne(db, sql: "SELECT * FROM election WHERE id = ?", arguments: [id]).map { try election(db, row: $0) }
    }

    /// Saves an election, its candidates and saksi (replaced on update), audited as one change.
    /// Refused (`.invalid`): a negative count, more counted than ballots cast, or a change
    /// other than its saksi once the result is declared.
    func save(_ election: Election) throws -> Int64 { try store.write { db in try save(db, election) } }

    func save(_ db: Database, _ election: Election) throws -> Int64 {
        let refusals = election.refusals()
        guard refusals.isEmpty else { throw StoreError.invalid(refusals) }
        let before = try election.id.flatMap { try Self.election(db, id: $0) }
        // A declared result carries a numbered decision: what it rests on no longer changes
        // (only its saksi, who sign the berita acara afterwards).
        if let before, before.isDecided {
            var unchanged = election
            unchanged.witnesses = before.witnesses
            if unchanged != before { throw StoreError.invalid([.electionDecided]) }
        }
        let values: [DatabaseValueConvertible?] = [election.musdaId, election.sessionId, election.office, election.method,
                                                   election.ballots, election.abstentions, election.invalidBallots,
                                                   election.decidedAt, election.acclamationReason?.nonBlank, election.decisionId]
        if let id = election.id {
            guard before != nil else { throw StoreError.notFound(entity: "election", id: id) }
            try db.execute(sql: """
                UPDATE election SET musda_id = ?, session_id = ?, office = ?, method = ?, ballots = ?, abstentions = ?,
                    invalid_ballots = ?, decided_at = ?, acclamation_reason = ?, decision_id = ?
                WHERE id = ?
                """, arguments: StatementArguments(values + [id]))
            try db.execute(sql: "DELETE FROM election_candidate WHERE election_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM election_witness WHERE election_id = ?", arguments: [id])
        } else {
            try db.execute(sql: """
                INSERT INTO election (musda_id, session_id, office, method, ballots, abstentions, invalid_ballots, decided_at,
                    acclamation_reason, decision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(values))
        }
        var saved = election
        saved.id = election.id ?? db.lastInsertedRowID
        for (i, c) in election.candidates.enumerated() {
            try db.execute(sql: """
                INSERT INTO election_candidate (election_id, person_id, votes, elected, ineligible_reason, sort_order)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [saved.id, c.personId, c.votes, c.elected, c.ineligibleReason?.nonBlank, i + 1])
        }
        for (i, person) in election.witnesses.enumerated() {
            try db.execute(sql: "INSERT INTO election_witness (election_id, person_id, sort_order) VALUES (?, ?, ?)",
                           arguments: [saved.id, person, i])
        }
        try store.auditor.record(db, entity: "election", id: saved.id, action: before == nil ? .insert : .update,
                                 before: before, after: saved)
        return saved.id!
    }

    func formatur(musdaId: Int64) throws -> [FormaturMember] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM formatur_member WHERE musda_id = ? ORDER BY is_chair_elect DESC, person_id",
                             arguments: [musdaId]).map {
                FormaturMember(musdaId: $0["musda_id"], personId: $0["person_id"], isChairElect: $0["is_chair_elect"],
                               deadline: $0["deadline"])
            }
        }
    }

    func save(_ member: FormaturMember) throws { try store.write { db in try save(db, member) } }

    func save(_ db: Database, _ member: FormaturMember) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO formatur_member (musda_id, person_id, is_chair_elect, deadline) VALUES (?, ?, ?, ?)
            """, arguments: [member.musdaId, member.personId, member.isChairElect, member.deadline])
        try store.auditor.record(db, entity: "formatur_member", id: member.musdaId, personId: member.personId,
                                 action: .insert, before: FormaturMember?.none, after: member)
    }

    func documents(musdaId: Int64) throws -> [MusdaDocument] {
        // Undated papers (an SK awaiting its number) after the dated ones.
        try store.read { try MusdaDocument.fetchAll($0, where: "musda_id = ?", arguments: [musdaId], order: "date IS NULL, date, id") }
    }
    func save(_ document: MusdaDocument) throws -> Int64 { try store.write { try store.save($0, document) } }

    func quorum(musdaId: Int64, eligible: Int?) throws -> QuorumStatus {
        try store.read { db in
            guard let musda = try Musda.fetchOne(db, id: musdaId) else { throw StoreError.notFound(entity: "musda", id: musdaId) }
            let counts = try Row.fetchOne(db, sql: """
                SELECT count(*) FILTER (WHERE role = 'peserta') AS delegates, count(*) FILTER (WHERE role = 'peninjau') AS observers
                FROM attendance WHERE musda_id = ?
                """, arguments: [musdaId])!
            let delegates: Int = counts["delegates"]
            let base = eligible ?? delegates
            return QuorumStatus(delegates: delegates, observers: counts["observers"], required: musda.quorum.required(eligible: base),
                                rule: musda.quorum, eligible: base)
        }
    }
}
