import Domain
import GRDB

/// The second half of a Musda (issue 12): the LPJ and its verdict, the election of the chair,
/// the formatur. The handover is in MusdaStore+Handover. Each decision-making write adopts
/// its numbered Keputusan in the same transaction, so a verdict never exists without its number.
extension MusdaStore {
    func lpj(musdaId: Int64) throws -> LPJ? {
        try store.read { db in try Self.lpj(db, musdaId: musdaId) }
    }

    static func lpj(_ db: Database, musdaId: Int64) throws -> LPJ? {
        try Row.fetchOne(db, sql: "SELECT * FROM lpj WHERE musda_id = ?", arguments: [musdaId]).map {
            LPJ(musdaId: $0["musda_id"], termId: $0["term_id"], presentedSessionId: $0["presented_session_id"], summary: $0["summary"],
                verdict: $0["verdict"], verdictNote: $0["verdict_note"], verdictSessionId: $0["verdict_session_id"],
                decisionId: $0["decision_id"])
        }
    }

    func saveReport(_ lpj: LPJ) throws {
        try checkText(lpj.summary, .lpjSummary)
        try store.write { db in
            guard try Musda.fetchOne(db, id: lpj.musdaId) != nil else { throw StoreError.notFound(entity: "musda", id: lpj.musdaId) }
            let before = try Self.lpj(db, musdaId: lpj.musdaId)
            // The verdict was reached on one term's report: that term stays.
            if before?.verdict != nil && before?.termId != lpj.termId { throw StoreError.invalid([.verdictAlreadyRecorded]) }
            var after = before ?? LPJ(musdaId: lpj.musdaId)
            after.termId = lpj.termId
            after.presentedSessionId = lpj.presentedSessionId
            after.summary = lpj.summary?.nonBlank
            guard after != before else { return }
            try write(db, after)
            try store.auditor.record(db, entity: "lpj", id: lpj.musdaId, action: before == nil ? .insert : .update,
                                     before: before, after: after)
        }
    }

    func recordVerdict(musdaId: Int64, verdict: LPJ.Verdict, note: String?, sessionId: Int64?, decision: Decision) throws -> Decision {
        try checkText(note, .verdictNote)
        return try store.write { db in
            guard let musda = try Musda.fetchOne(db, id: musdaId) else { throw StoreError.notFound(entity: "musda", id: musdaId) }
            let before = try Self.lpj(db, musdaId: musdaId)
            if before?.verdict != nil { throw StoreError.invalid([.verdictAlreadyRecorded]) }
            var after = before ?? LPJ(musdaId: musdaId, termId: musda.closesTermId)
            let day = try sessionDay(db, sessionId, musda)
            let adopted = try adopt(db, decision, on: day)
            after.verdict = verdict
            after.verdictNote = note?.nonBlank
            after.verdictSessionId = sessionId
            after.decisionId = adopted.id
            try write(db, after)
            try store.auditor.record(db, entity: "lpj", id: musdaId, action: before == nil ? .insert : .update,
                                     before: before, after: after, reason: verdict.rawValue)
            // The board whose report was judged is outgoing from now on.
            if let termId = after.termId, var term = try Term.fetchOne(db, id: termId), term.status < .demisioner {
                term.status = .demisioner
                try store.save(db, term, reason: "LPJ \(verdict.rawValue)")
            }
            return adopted
        }
    }

    func addCandidate(musdaId: Int64, office: String, personId: Int64, ineligibleReason: String?) throws -> Int64 {
        try checkText(ineligibleReason, .ineligibleReason)
        return try store.write { db in
            guard let person = try PersonSQL.fetchPerson(db, id: personId) else { throw StoreError.notFound(entity: "person", id: personId) }
            if person.isErased { throw StoreError.erased(personId) }
            let status = try String.fetchOne(db, sql: "SELECT status FROM membership WHERE person_id = ?", arguments: [personId])
                .flatMap(MembershipStatus.init(rawValue:))
            let warnings = Election.eligibility(membershipStatus: status)
            let reason = ineligibleReason?.nonBlank
            if !warnings.isEmpty && reason == nil { throw StoreError.needsOverride(warnings) }
            let existing = try Row.fetchOne(db, sql: "SELECT * FROM election WHERE musda_id = ? ORDER BY id LIMIT 1", arguments: [musdaId])
            var election = try existing.map { try Self.election(db, row: $0) }
                ?? Election(musdaId: musdaId, office: office, method: .vote, candidates: [])
            if election.isDecided { throw StoreError.invalid([.electionDecided]) }
            if election.candidates.contains(where: { $0.personId == personId }) { return election.id! }
            election.candidates.append(Election.Candidate(personId: personId, ineligibleReason: warnings.isEmpty ? nil : reason))
            return try save(db, election)
        }
    }

    func declare(electionId: Int64, personId: Int64, sessionId: Int64?, at time: ClockTime, decision: Decision) throws -> Decision {
        try store.write { db in
            guard var election = try Self.election(db, id: electionId) else { throw StoreError.notFound(entity: "election", id: electionId) }
            guard let musda = try Musda.fetchOne(db, id: election.musdaId) else {
                throw StoreError.notFound(entity: "musda", id: election.musdaId)
            }
            if election.isDecided { throw StoreError.invalid([.electionDecided]) }
            let refusals = election.declarationRefusals(electing: personId)
            guard refusals.isEmpty else { throw StoreError.invalid(refusals) }
            let adopted = try adopt(db, decision, on: try sessionDay(db, sessionId, musda))
            for i in election.candidates.indices { election.candidates[i].elected = election.candidates[i].personId == personId }
            election.sessionId = sessionId
            election.decidedAt = time
            election.decisionId = adopted.id
            _ = try save(db, election)
            return adopted
        }
    }

    func setFormatur(musdaId: Int64, personIds: [Int64], chairElect: Int64?, deadline: LocalDate?) throws {
        try store.write { db in
            guard let musda = try Musda.fetchOne(db, id: musdaId) else { throw StoreError.notFound(entity: "musda", id: musdaId) }
            if let deadline, deadline < musda.date { throw StoreError.invalid([.dateBefore(.formaturDeadline, reference: .musdaDate)]) }
            let before = try Row.fetchAll(db, sql: "SELECT * FROM formatur_member WHERE musda_id = ?", arguments: [musdaId])
                .map { FormaturMember(musdaId: $0["musda_id"], personId: $0["person_id"], isChairElect: $0["is_chair_elect"],
                                      deadline: $0["deadline"]) }
            let after = personIds.map { FormaturMember(musdaId: musdaId, personId: $0, isChairElect: $0 == chairElect, deadline: deadline) }
            guard Set(before) != Set(after) else { return }
            for id in personIds where try PersonSQL.fetchPerson(db, id: id)?.isErased ?? true { throw StoreError.erased(id) }
            try db.execute(sql: "DELETE FROM formatur_member WHERE musda_id = ?", arguments: [musdaId])
            for member in after {
                try db.execute(sql: "INSERT INTO formatur_member (musda_id, person_id, is_chair_elect, deadline) VALUES (?, ?, ?, ?)",
                               arguments: [member.musdaId, member.personId, member.isChairElect, member.deadline])
            }
            try store.auditor.record(db, entity: "formatur", id: musdaId, action: before.isEmpty ? .insert : .update,
                                     before: ["anggota": before], after: ["anggota": after])
        }
    }

    // MARK: Helpers

    /// The day a session sat (its own date, else the Musda's): the day its decisions are adopted.
    func sessionDay(_ db: Database, _ sessionId: Int64?, _ musda: Musda) throws -> LocalDate {
        try sessionId.flatMap { try MusdaSession.fetchOne(db, id: $0)?.date } ?? musda.date
    }

    private func write(_ db: Database, _ lpj: LPJ) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO lpj (musda_id, term_id, presented_session_id, summary, verdict, verdict_note, verdict_session_id,
                decision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [lpj.musdaId, lpj.termId, lpj.presentedSessionId, lpj.summary, lpj.verdict, lpj.verdictNote,
                             lpj.verdictSessionId, lpj.decisionId])
    }

    /// Free text typed into an outcome: control characters are refused, as in every form.
    private func checkText(_ text: String?, _ field: Field) throws {
        if text?.hasControlCharacters == true { throw StoreError.invalid([.controlCharacters(field)]) }
    }
}
