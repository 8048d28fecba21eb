import Domain
import Foundation
import GRDB

/// People and their memberships. Every write records an audit entry in the same transaction,
/// and every write that changes a person or their membership moves the person's version on
/// (the lost-update check of `save`).
public protocol PeopleRepository: Sendable {
    func person(id: Int64) throws -> Person?
    func membership(personId: Int64) throws -> Membership?
    /// The person, their membership and their current version, read together, to edit and
    /// save back with `save`. nil when there is no such person; an erased person comes back
    /// as the tombstone (`person.isErased`), which `save` refuses.
    func editable(personId: Int64) throws -> PersonDraft?
    /// Checks a draft (rules, duplicate NIK, likely duplicate by name and birth date, KTA in use).
    func validate(_ draft: PersonDraft) throws -> ValidationReport
    /// Adds (person.id nil) or updates a person and their membership; returns the person's id.
    /// Throws `StoreError.invalid` on errors, `StoreError.needsOverride` when warnings are
    /// pending and no reason is given, `StoreError.conflict(current:)` when `draft.version` is
    /// set and the stored version differs (someone saved in between), `StoreError.erased`
    /// for a tombstone. Nothing is written when it throws. A draft without a version
    /// updates unchecked. The reason goes into the audit entry and silences the same
    /// warnings next time.
    @discardableResult
    func save(_ draft: PersonDraft, overrideReason: String?) throws -> Int64
    /// nonaktif / keluar / meninggal need a date and a reason; recorded in the history.
    func changeStatus(personId: Int64, to status: MembershipStatus, date: LocalDate?, reason: String?,
                      overrideReason: String?) throws
    /// Erasure on request (UU PDP): removes the personal data, keeps a tombstone and the audit
    /// trail (with the personal values in it blanked), and treats every table pointing at the
    /// person as `Erasure.policy` says (membership, drafts, census rows… deleted; seats and
    /// attendance kept on the tombstone), in one transaction. `reason` should cite the
    /// request, not personal data. Throws `StoreError.notFound`, `.erased` (already done),
    /// `.notPermitted` unless the operator is admin. Returns the places in free text (minutes,
    /// decisions, action items, notes) that still name the person, for the admin to review.
    @discardableResult
    func erase(personId: Int64, reason: String) throws -> [FreeTextMention]
    func detail(personId: Int64) throws -> PersonDetail?
    @discardableResult
    func recordConsent(_ consent: Consent) throws -> Int64
    func withdrawConsent(id: Int64, on date: LocalDate) throws
    /// Everything held on one person (right of access and portability, UU PDP): the record,
    /// membership and its history, seats, Musda attended and election roles, tests and
    /// certificates, consents, a restriction, overridden warnings, census and alumni rows (linked
    /// or by NIK), breaches that exposed them, reconciliation decisions, and every audit entry
    /// about them. JSON, or CSV as
    /// `bagian,nilai` rows (one per value, the JSON path as the part). The export itself is
    /// audited as a read. Throws `StoreError.notFound`; `.notPermitted` for a pembaca (it holds
    /// the full NIK).
    func exportPersonalData(personId: Int64, format: ExportFormat) throws -> String
    /// The census and alumni rows that carry this NIK (with or without separators), for someone
    /// who is not in the register (the right of access holds for them too); nil when it is not
    /// a NIK or no row carries it. Audited as a read.
    func exportRecords(nik: String, format: ExportFormat) throws -> String?
    /// Records that someone read a person's full NIK on screen (DOMAIN.md §6: unmasking is
    /// itself audited). Throws when it cannot be recorded (`.notPermitted` for a pembaca): then
    /// the NIK must stay masked.
    func recordNIKShown(personId: Int64) throws
    /// The person a KTA or a NIK names (the NIK with or without separators); nil when none.
    func personId(kta orNIK: String) throws -> Int64?
    /// People (members or not) whose name, NIK, KTA, email or phone start with the words typed,
    /// for pickers; at most `limit`, by name.
    func lookup(_ text: String, limit: Int) throws -> [Person]
    /// The picker's search: people (members or not, never erased) whose words start with the
    /// typed ones (name, NIK, KTA, email, phone), by name, at most `limit`. With a
    /// `cancellation`, a superseded search stops (`ReadInterrupted`). p95 per keystroke on
    /// 100k people: see BENCHMARKS.md (`make bench`).
    func matches(_ text: String, limit: Int, cancellation: ReadCancellation?) throws -> PersonMatches
}

struct PeopleStore: PeopleRepository {
    let store: Store

    func person(id: Int64) throws -> Person? {
        try store.read { try PersonSQL.fetchPerson($0, id: id) }
    }

    func membership(personId: Int64) throws -> Membership? {
        try store.read { try PersonSQL.fetchMembership($0, personId: personId) }
    }

    func editable(personId: Int64) throws -> PersonDraft? {
        try store.read { try PersonSQL.fetchEditable($0, personId: personId) }
    }

    func validate(_ draft: PersonDraft) throws -> ValidationReport {
        try store.read { try validate($0, draft) }
    }

    func validate(_ db: Database, _ draft: PersonDraft) throws -> ValidationReport {
        let today = store.today
        let (person, personIssues) = PersonValidator.check(draft.person, regions: store.regions, today: today)
        var issues = personIssues
        let id = draft.person.id ?? -1
        if let existing = draft.person.id {
            guard let current = try PersonSQL.fetchPerson(db, id: existing) else { throw StoreError.notFound(entity: "person", id: existing) }
            if current.isErased { throw StoreError.erased(existing) }
        }
        if let nik = person.nik, !issues.contains(where: { if case .nik = $0 { return true } else { return false } }) {
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM person WHERE nik = ? AND id <> ? ORDER BY id LIMIT 3",
                                        arguments: [nik, id]) {
                issues.append(.duplicateNIK(personId: row["id"], name: row["name"]))
            }
        }
        if let birth = person.birthDate, !person.name.isEmpty {
            for row in try Row.fetchAll(db, sql: """
                SELECT id, name FROM person WHERE name_key = ? AND birth_date = ? AND id <> ? ORDER BY id LIMIT 3
                """, arguments: [TextKey.nameKey(person.name), birth, id]) {
                let other: Int64 = row["id"]
                if !issues.contains(.duplicateNIK(personId: other, name: row["name"])) {
                    issues.append(.likelyDuplicate(personId: other, name: row["name"]))
                }
            }
        }
        var membership = draft.membership
        if let m = draft.membership {
            let (clean, memberIssues) = MembershipValidator.check(m, person: person, today: today)
            membership = clean
            issues += memberIssues
            if let kta = clean.kta, let holder = try PersonSQL.ktaHolder(db, kta: kta, except: id) {
                issues.append(.duplicateKTA(personId: holder.id, name: holder.name))
            }
            if let existing = draft.person.id, let current = try PersonSQL.fetchMembership(db, personId: existing),
               current.status == .meninggal, clean.status != .meninggal {
                issues.append(.reactivatingDeceased)
            }
        }
        let acks = try acknowledgements(db, personId: draft.person.id)
        var normalized = draft
        normalized.person = person
        normalized.membership = membership
        return ValidationReport(draft: normalized, errors: issues.errors,
                                warnings: issues.warnings.map { WarningStatus(issue: $0, acknowledgedReason: acks[$0.ackKey]) })
    }

    private func acknowledgements(_ db: Database, personId: Int64?) throws -> [String: String] {
        guard let personId else { return [:] }
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, reason FROM warning_ack WHERE person_id = ?", arguments: [personId]) {
            out[row["key"]] = row["reason"]
        }
        return out
    }

    @discardableResult
    func save(_ draft: PersonDraft, overrideReason: String?) throws -> Int64 {
        try store.write { db in try save(db, draft, overrideReason: overrideReason) }
    }

    func save(_ db: Database, _ draft: PersonDraft, overrideReason: String?) throws -> Int64 {
        if let id = draft.person.id, let loaded = draft.version {
            guard let current = try PersonSQL.fetchEditable(db, personId: id) else {
                throw StoreError.notFound(entity: "person", id: id)
            }
            if current.person.isErased { throw StoreError.erased(id) }
            try Store.refuseIfRestricted(db, personId: id)
            if current.version != loaded { throw StoreError.conflict(current: current) }
        }
        let report = try validate(db, draft)
        guard report.errors.isEmpty else { throw StoreError.invalid(report.errors) }
        let pending = report.pendingWarnings
        let reason = overrideReason.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if !pending.isEmpty && reason == nil { throw StoreError.needsOverride(pending) }
        let auditReason = pending.isEmpty ? nil : reason
        let warningCodes = pending.map(\.code)
        let now = store.timestamp
        let auditor = store.auditor
        var person = report.draft.person
        let membership = report.draft.membership
        let personId: Int64

        if let id = person.id {
            let before = try PersonSQL.fetchPerson(db, id: id)!
            let beforeMembership = try PersonSQL.fetchMembership(db, personId: id)
            let kta = membership?.kta ?? beforeMembership?.kta
            if before != person || kta != beforeMembership?.kta {
                try PersonSQL.update(db, person, id: id, kta: kta, now: now) // refreshes the search text
            }
            var changed = before != person
            if changed {
                try auditor.record(db, entity: "person", id: id, personId: id, action: .update, before: before,
                                   after: person, reason: auditReason, warnings: warningCodes)
            }
            if var m = membership {
                m.personId = id
                if m != beforeMembership {
                    changed = true
                    try PersonSQL.upsertMembership(db, m, person: person, personId: id)
                    if beforeMembership?.status != m.status {
                        try insertStatusChange(db, personId: id, from: beforeMembership?.status, to: m.status,
                                               date: m.statusDate ?? m.joinDate, reason: m.statusReason, now: now)
                    }
                    try auditor.record(db, entity: "membership", id: id, personId: id,
                                       action: beforeMembership == nil ? .insert : .update,
                                       before: beforeMembership, after: m, reason: auditReason,
                                       warnings: before == person ? warningCodes : [])
                }
            }
            if changed { try PersonSQL.bumpVersion(db, id: id) }
            personId = id
        } else {
            personId = try PersonSQL.insert(db, person, kta: membership?.kta, now: now)
            person.id = personId
            try auditor.record(db, entity: "person", id: personId, personId: personId, action: .insert,
                               before: Person?.none, after: person, reason: auditReason, warnings: warningCodes)
            if var m = membership {
                m.personId = personId
                try PersonSQL.upsertMembership(db, m, person: person, personId: personId)
                try insertStatusChange(db, personId: personId, from: nil, to: m.status,
                                       date: m.status == .aktif ? m.joinDate : m.statusDate, reason: m.statusReason, now: now)
                try auditor.record(db, entity: "membership", id: personId, personId: personId, action: .insert,
                                   before: Membership?.none, after: m)
            }
            if !draft.consents.isEmpty {
                let notice = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?",
                                                 arguments: [SettingKey.privacyNoticeVersion.rawValue])
                    ?? SettingKey.privacyNoticeVersion.defaultValue
                let method = draft.consentMethod?.nonBlank ?? Consent.defaultMethod
                for purpose in Consent.Purpose.allCases where draft.consents.contains(purpose) {
                    _ = try recordConsent(db, Consent(personId: personId, purpose: purpose, noticeVersion: notice,
                                                      givenOn: LocalDate(store.clock(), timeZone: .current), method: method))
                }
            }
        }
        if let reason, !pending.isEmpty {
            for issue in pending {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO warning_ack (person_id, key, code, reason, at, operator) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [personId, issue.ackKey, issue.code, reason, now, store.operatorName])
            }
        }
        return personId
    }

    private func insertStatusChange(_ db: Database, personId: Int64, from: MembershipStatus?, to: MembershipStatus,
                                    date: LocalDate?, reason: String?, now: String) throws {
        try db.execute(sql: """
            INSERT INTO status_change (person_id, from_status, to_status, date, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [personId, from, to, date, reason, now])
    }

    func changeStatus(personId: Int64, to status: MembershipStatus, date: LocalDate?, reason: String?,
                      overrideReason: String?) throws {
        try store.write { db in
            guard let before = try PersonSQL.fetchMembership(db, personId: personId) else {
                throw StoreError.notFound(entity: "membership", id: personId)
            }
            try Store.refuseIfRestricted(db, personId: personId)
            let cleanReason = reason.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            let issues = MembershipValidator.checkChange(from: before, to: status, date: date, reason: cleanReason,
                                                         today: store.today)
            guard issues.errors.isEmpty else { throw StoreError.invalid(issues.errors) }
            let override = overrideReason.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            if !issues.warnings.isEmpty && override == nil { throw StoreError.needsOverride(issues.warnings) }
            var after = before
            after.status = status
            after.statusDate = date
            after.statusReason = cleanReason
            try db.execute(sql: "UPDATE membership SET status = ?, status_date = ?, status_reason = ? WHERE person_id = ?",
                           arguments: [status, date, cleanReason, personId])
            try PersonSQL.bumpVersion(db, id: personId)
            try insertStatusChange(db, personId: personId, from: before.status, to: status, date: date,
                                   reason: cleanReason, now: store.timestamp)
            try store.auditor.record(db, entity: "membership", id: personId, personId: personId, action: .statusChange,
                                     before: before, after: after, reason: override ?? cleanReason,
                                     warnings: issues.warnings.map(\.code))
        }
    }

    @discardableResult
    func erase(personId: Int64, reason: String) throws -> [FreeTextMention] {
        let mentions = try store.write(requiring: .administer) { db -> [FreeTextMention] in
            guard let before = try PersonSQL.fetchPerson(db, id: personId) else {
                throw StoreError.notFound(entity: "person", id: personId)
            }
            if before.isErased { throw StoreError.erased(personId) }
            let mentions = try FreeTextMentions.find(before.name, in: db)
            let today = store.today
            let hadMembership = try PersonSQL.fetchMembership(db, personId: personId) != nil
            // Driven by `Erasure.policy`, so the rule a test checks is the rule applied.
            // Census and alumni rows name people by NIK before anyone links them to a person:
            // the person's NIK finds those too. What imports recorded of them goes first,
            // while the rows still say whose they are.
            for table in Erasure.recordsByNIK {
                try db.execute(sql: """
                    DELETE FROM import_change WHERE entity = ? AND entity_id IN
                        (SELECT id FROM \(table) WHERE person_id = ? OR (nik IS NOT NULL AND nik = ?))
                    """, arguments: [table, personId, before.nik])
                if let nik = before.nik { try db.execute(sql: "DELETE FROM \(table) WHERE nik = ?", arguments: [nik]) }
            }
            for table in Erasure.deletedTables {
                try db.execute(sql: "DELETE FROM \(table) WHERE person_id = ?", arguments: [personId])
            }
            try db.execute(sql: "UPDATE consent SET withdrawn_on = ? WHERE person_id = ? AND withdrawn_on IS NULL",
                           arguments: [today, personId])
            // A kept row may also hold personal values: the action item's `@name`, a certificate number.
            for (table, column) in Erasure.freeTextNames {
                try db.execute(sql: "UPDATE \(table) SET \(column) = NULL WHERE person_id = ?", arguments: [personId])
            }
            let tombstone = Person(id: personId, name: "", source: before.source, erasedOn: today)
            try PersonSQL.update(db, tombstone, id: personId, kta: nil, now: store.timestamp)
            try PersonSQL.bumpVersion(db, id: personId)
            for (table, policy) in Erasure.policy where policy == .redacted {
                // Only the audit log is redacted; a new redacted table needs its own rule here.
                guard table == "audit" else { throw StoreError.database("tidak ada aturan penyamaran untuk tabel \(table)") }
                try store.auditor.redact(db, personId: personId)
            }
            var fields = Self.filledFields(before)
            if hadMembership { fields.append("membership") }
            try store.auditor.record(db, entity: "person", id: personId, personId: personId, action: .erase,
                                     before: ErasedFields(fields: fields), after: ErasedFields(fields: [], erasedOn: today),
                                     reason: reason)
            return mentions
        }
        // The search index keeps a deleted row's words in its older segments until they are
        // merged: merge them all now, so the words go (secure_delete zeroes the freed pages;
        // SQLite here predates FTS5's own secure-delete). Then push everything out of the WAL,
        // so the old pages do not linger there either. Both after the commit: the erasure
        // stands even if another reader makes the checkpoint wait.
        _ = try? store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO person_fts(person_fts) VALUES ('optimize')")
            try db.checkpoint(.truncate)
        }
        return mentions
    }

    private struct ErasedFields: Encodable {
        var fields: [String]
        var erasedOn: LocalDate? = nil
    }

    /// Names of the personal fields that held data, for the erasure audit entry (names only).
    static func filledFields(_ p: Person) -> [String] {
        var out = ["name"]
        let optional: [(String, Any?)] = [("nik", p.nik), ("sex", p.sex), ("birthPlace", p.birthPlace), ("birthDate", p.birthDate),
                                         ("phone", p.phone), ("email", p.email), ("address", p.address),
                                         ("domicileRegency", p.domicileRegency), ("employment", p.employment),
                                         ("education", p.education), ("note", p.note)]
        for (name, value) in optional where value != nil { out.append(name) }
        return out
    }

    func detail(personId: Int64) throws -> PersonDetail? {
        try store.read { db -> PersonDetail? in
            guard let person = try PersonSQL.fetchPerson(db, id: personId) else { return nil }
            let history = try Row.fetchAll(db, sql: "SELECT * FROM status_change WHERE person_id = ? ORDER BY id",
                                           arguments: [personId]).map { row in
                StatusChange(id: row["id"], personId: row["person_id"], from: row["from_status"], to: row["to_status"],
                             date: row["date"], reason: row["reason"], recordedAt: row["recorded_at"])
            }
            let positions = try Row.fetchAll(db, sql: """
                SELECT t.id AS term_id, t.name AS term_name, t.start_date, p.title, p.kind, d.name AS department,
                       coalesce(a.start_date, t.start_date) AS a_start, a.end_date AS a_end, a.end_reason
                FROM assignment a JOIN position p ON p.id = a.position_id JOIN term t ON t.id = p.term_id
                LEFT JOIN department d ON d.id = p.department_id
                WHERE a.person_id = ? ORDER BY t.start_date DESC, coalesce(a.start_date, t.start_date) DESC, p.sort_order
                """, arguments: [personId]).map { row in
                HeldPosition(termId: row["term_id"], termName: row["term_name"], title: row["title"], kind: row["kind"],
                             department: row["department"], start: row["a_start"], end: row["a_end"], endReason: row["end_reason"])
            }
            let musdas = try Row.fetchAll(db, sql: """
                SELECT m.*, a.role FROM attendance a JOIN musda m ON m.id = a.musda_id
                WHERE a.person_id = ? ORDER BY m.date DESC
                """, arguments: [personId]).map { row in
                let musda = Musda(row: row)
                return MusdaAttended(musdaId: row["id"], title: musda.title, date: musda.date, place: musda.place,
                                     role: row["role"])
            }
            let activities = try Row.fetchAll(db, sql: """
                SELECT a.id, a.kind, a.title, a.year, a.date, p.category, p.result, p.certificate_no, p.expires_on, i.name AS issuer
                FROM participation p JOIN activity a ON a.id = p.activity_id LEFT JOIN partner i ON i.id = p.issuer_id
                WHERE p.person_id = ? ORDER BY a.year DESC, a.id DESC
                """, arguments: [personId]).map { row in
                ActivityTaken(activityId: row["id"], kind: row["kind"], title: row["title"], year: row["year"],
                              date: row["date"], category: row["category"], result: row["result"],
                              certificateNumber: row["certificate_no"], issuerName: row["issuer"], expiresOn: row["expires_on"])
            }
            let consents = try Row.fetchAll(db, sql: "SELECT * FROM consent WHERE person_id = ? ORDER BY id",
                                            arguments: [personId]).map(Self.consent)
            let acks = try Row.fetchAll(db, sql: "SELECT * FROM warning_ack WHERE person_id = ? ORDER BY at",
                                        arguments: [personId]).map { row in
                AcknowledgedWarning(code: row["code"], reason: row["reason"], at: row["at"], operatorName: row["operator"])
            }
            let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE person_id = ? ORDER BY id DESC LIMIT 200",
                                         arguments: [personId]).map(AuditLogStore.entry)
            return PersonDetail(person: person, membership: try PersonSQL.fetchMembership(db, personId: personId),
                                statusHistory: history, positions: positions, musdas: musdas, activities: activities,
                                consents: consents, acknowledgedWarnings: acks, audit: audit,
                                restriction: try Store.restriction(db, personId: personId))
        }
    }

    static func consent(_ row: Row) -> Consent {
        Consent(id: row["id"], personId: row["person_id"], purpose: row["purpose"], noticeVersion: row["notice_version"],
                givenOn: row["given_on"], method: row["method"], withdrawnOn: row["withdrawn_on"])
    }

    @discardableResult
    func recordConsent(_ consent: Consent) throws -> Int64 {
        try store.write { db in try recordConsent(db, consent) }
    }

    func recordConsent(_ db: Database, _ consent: Consent) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO consent (person_id, purpose, notice_version, given_on, method, withdrawn_on) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [consent.personId, consent.purpose, consent.noticeVersion, consent.givenOn, consent.method,
                             consent.withdrawnOn])
        var saved = consent
        saved.id = db.lastInsertedRowID
        try store.auditor.record(db, entity: "consent", id: saved.id, personId: consent.personId, action: .insert,
                                 before: Consent?.none, after: saved)
        return saved.id!
    }

    func withdrawConsent(id: Int64, on date: LocalDate) throws {
        try store.write { db in try withdrawConsent(db, id: id, on: date) }
    }

    func withdrawConsent(_ db: Database, id: Int64, on date: LocalDate) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM consent WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound(entity: "consent", id: id)
        }
        let before = Self.consent(row)
        var after = before
        after.withdrawnOn = date
        try db.execute(sql: "UPDATE consent SET withdrawn_on = ? WHERE id = ?", arguments: [date, id])
        try store.auditor.record(db, entity: "consent", id: id, personId: before.personId, action: .update,
                                 before: before, after: after)
    }

    func exportPersonalData(personId: Int64, format: ExportFormat) throws -> String {
        guard let d = try detail(personId: personId) else { throw StoreError.notFound(entity: "person", id: personId) }
        struct Entry: Encodable {
            let at: String, operatorName: String, entity: String, entityId: Int64?, action: String
            let before: JSONValue?, after: JSONValue?, reason: String?
        }
        struct Export: Encodable {
            let person: Person
            let membership: Membership?
            let statusHistory: [StatusChange]
            let positions: [HeldPosition]
            let musdas: [MusdaAttended]
            /// Candidacies, witnessing and formatur seats at Musda elections (issue 12).
            let musdaRoles: [MusdaRole]
            let activities: [ActivityTaken]
            let consents: [Consent]
            let acknowledgedWarnings: [AcknowledgedWarning]
            /// Processing frozen at their request (UU PDP Art. 11), nil when not.
            let restriction: Restriction?
            /// Census and alumni rows about them: linked, or carrying their NIK (issue 13).
            let censusRecords: [CensusRecord]
            let alumniRecords: [AlumniRecord]
            /// Incidents that exposed their data, and whether those were notified (issue 16).
            let breaches: [BreachEntry]
            /// What was decided about their fields against the DPP's list (issue 14).
            let reconciliationDecisions: [ReconcileEntry]
            let audit: [Entry]
        }
        struct BreachEntry: Encodable { let description: String, discoveredOn: String, notifiedOn: String? }
        struct ReconcileEntry: Encodable {
            let fileName: String, field: String?, choice: String, value: String?, reason: String?, decidedAt: String
        }
        let audit = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE person_id = ? ORDER BY id", arguments: [personId]).map { row in
                Entry(at: row["at"], operatorName: row["operator"], entity: row["entity"], entityId: row["entity_id"],
                      action: row["action"], before: JSONValue.parse(row["before"]), after: JSONValue.parse(row["after"]),
                      reason: row["reason"])
            }
        }
        struct MusdaRole: Encodable {
            let musdaDate: String, role: String, office: String?, votes: Int?, elected: Bool?, reason: String?
        }
        let roles = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.date, 'calon' AS role, e.office, c.votes, c.elected, c.ineligible_reason AS reason
                    FROM election_candidate c JOIN election e ON e.id = c.election_id JOIN musda m ON m.id = e.musda_id WHERE c.person_id = ?1
                UNION ALL SELECT m.date, 'saksi', e.office, NULL, NULL, NULL
                    FROM election_witness w JOIN election e ON e.id = w.election_id JOIN musda m ON m.id = e.musda_id WHERE w.person_id = ?1
                UNION ALL SELECT m.date, CASE f.is_chair_elect WHEN 1 THEN 'formatur (ketua terpilih)' ELSE 'formatur' END, NULL, NULL, NULL, NULL
                    FROM formatur_member f JOIN musda m ON m.id = f.musda_id WHERE f.person_id = ?1
                ORDER BY 1, 2
                """, arguments: [personId]).map {
                MusdaRole(musdaDate: $0["date"], role: $0["role"], office: $0["office"], votes: $0["votes"],
                          elected: ($0["elected"] as Int64?).map { $0 != 0 }, reason: $0["reason"])
            }
        }
        let nik = d.person.nik
        let (census, alumni, breaches, decisions) = try store.read { db in
            (try CensusRecord.fetchAll(db, where: "person_id = ? OR (nik IS NOT NULL AND nik = ?)", arguments: [personId, nik]),
             try AlumniRecord.fetchAll(db, where: "person_id = ? OR (nik IS NOT NULL AND nik = ?)", arguments: [personId, nik]),
             try Row.fetchAll(db, sql: """
                SELECT b.description, b.discovered_on, b.notified_on FROM breach_person p JOIN breach b ON b.id = p.breach_id
                WHERE p.person_id = ? ORDER BY b.discovered_on, b.id
                """, arguments: [personId]).map { BreachEntry(description: $0[0], discoveredOn: $0[1], notifiedOn: $0[2]) },
             try Row.fetchAll(db, sql: """
                SELECT file_name, field, choice, value, reason, decided_at FROM reconcile_decision WHERE person_id = ? ORDER BY id
                """, arguments: [personId]).map {
                ReconcileEntry(fileName: $0[0], field: $0[1], choice: $0[2], value: $0[3], reason: $0[4], decidedAt: $0[5])
             })
        }
        let export = Export(person: d.person, membership: d.membership, statusHistory: d.statusHistory,
                            positions: d.positions, musdas: d.musdas, musdaRoles: roles, activities: d.activities,
                            consents: d.consents, acknowledgedWarnings: d.acknowledgedWarnings,
                            restriction: d.restriction, censusRecords: census, alumniRecords: alumni,
                            breaches: breaches, reconciliationDecisions: decisions, audit: audit)
        try store.write(requiring: .unmask) { db in
            try store.auditor.record(db, entity: "person", id: personId, personId: personId, action: .read,
                                     before: [String: String]?.none, after: ["format": format.rawValue],
                                     reason: "ekspor data pribadi (hak akses UU PDP)")
        }
        return try Self.rendered(export, format)
    }

    /// Pretty JSON with sorted keys, or CSV rows of `bagian,nilai` (each leaf by its path).
    static func rendered(_ value: some Encodable, _ format: ExportFormat) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        switch format {
        case .json: return json + "\n"
        case .csv:
            var lines = [CSV.line(["bagian", "nilai"])]
            JSONValue.parse(json)?.flatten(path: "") { path, value in lines.append(CSV.line([path, value])) }
            return lines.joined()
        }
    }

    func exportRecords(nik text: String, format: ExportFormat) throws -> String? {
        guard let nik = Self.nikDigits(text) else { return nil }
        struct Export: Encodable {
            let nik: String
            let member: Bool
            let censusRecords: [CensusRecord]
            let alumniRecords: [AlumniRecord]
        }
        let (census, alumni) = try store.read { db in
            (try CensusRecord.fetchAll(db, where: "nik = ?", arguments: [nik]), try AlumniRecord.fetchAll(db, where: "nik = ?", arguments: [nik]))
        }
        guard !census.isEmpty || !alumni.isEmpty else { return nil }
        try store.write(requiring: .unmask) { db in
            let (entity, id) = census.first.map { ("census_record", $0.id) } ?? ("alumni_record", alumni.first?.id)
            try store.auditor.record(db, entity: entity, id: id, action: .read, before: [String: String]?.none,
                                     after: ["format": format.rawValue, "records": String(census.count + alumni.count)],
                                     reason: "ekspor data pribadi (hak akses UU PDP), bukan anggota")
        }
        return try Self.rendered(Export(nik: nik, member: false, censusRecords: census, alumniRecords: alumni), format)
    }

    /// The 16 digits of a NIK typed with or without separators; nil when it is not one.
    static func nikDigits(_ text: String) -> String? {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        return digits.count == 16 ? digits : nil
    }

    func recordNIKShown(personId: Int64) throws {
        try store.write(requiring: .unmask) { db in
            try store.auditor.record(db, entity: "person", id: personId, personId: personId, action: .read,
                                     before: [String: String]?.none, after: ["field": "nik"], reason: "NIK dibuka di layar")
        }
    }

    func personId(kta orNIK: String) throws -> Int64? {
        let text = orNIK.trimmingSpaces
        let nik = Self.nikDigits(text)
        return try store.read { db in
            try Int64.fetchOne(db, sql: "SELECT person_id FROM membership WHERE kta = ?", arguments: [text])
                ?? (nik == nil ? nil : try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE nik = ? AND erased_on IS NULL",
                                                          arguments: [nik]))
        }
    }

    func lookup(_ text: String, limit: Int) throws -> [Person] {
        let tokens = TextKey.queryTokens(text)
        guard !tokens.isEmpty else { return [] }
        return try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM person WHERE id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT 5000)
                ORDER BY name_key, id LIMIT ?
                """, arguments: [TextKey.ftsQuery(tokens), limit]).map(Person.init(row:))
        }
    }
}

extension ValidationIssue {
    /// Identifies an overridden warning, payload included: a new, different finding asks again.
    var ackKey: String { code + "|" + String(describing: self) }
}
