import Domain
import Foundation
import GRDB

extension ReconcileStore {
    func decide(_ decision: ReconcileDecision, on row: ReconcileRow, in r: Reconciliation) throws -> ReconcileRow {
        let typed = try decision.choice == .typed ? validated(decision) : decision.value
        return try store.write { db in try decide(db, decision, typed: typed, on: row, in: r) }
    }

    func apply(_ rule: ReconcileRule, to rows: [ReconcileRow], in r: Reconciliation) throws -> ReconcileRuleResult {
        try store.write { db in
            var out: [ReconcileRow] = [], decided = 0, skipped = 0
            for row in rows {
                var current = row
                guard row.kind == .differing else { out.append(row); continue }
                for difference in row.differences where rule.decides(difference) {
                    do {
                        // Each person in a savepoint: one refused (restricted, a key held by another)
                        // leaves the others decided.
                        try db.inSavepoint {
                            current = try decide(db, ReconcileDecision(choice: rule.choice, field: difference.field), typed: nil,
                                                 on: current, in: r)
                            return .commit
                        }
                        decided += 1
                    } catch is ReconcileRefusal {
                        skipped += 1
                    } catch StoreError.restricted {
                        skipped += 1
                    }
                }
                out.append(current)
            }
            return ReconcileRuleResult(rows: out, decided: decided, skipped: skipped)
        }
    }

    /// A typed value read as an export cell of that field would be: canonical, or refused.
    func validated(_ decision: ReconcileDecision) throws -> String {
        guard let field = decision.field, let text = decision.value?.collapsingSpaces.nonBlank else {
            throw ReconcileRefusal.invalidValue(decision.field ?? .name, .choiceUnknown)
        }
        switch ImportRowReader.canonical(text, field: field, regions: store.regions, today: store.today) {
        case .success(let value): return value
        case .failure(let error): throw ReconcileRefusal.invalidValue(field, error)
        }
    }

    private func decide(_ db: Database, _ decision: ReconcileDecision, typed: String?, on row: ReconcileRow,
                        in r: Reconciliation) throws -> ReconcileRow {
        var d = decision
        d.decidedAt = store.timestamp
        d.operatorName = store.operatorName
        var out = row
        let reason = "Rekonsiliasi DPP: \(r.file.name) (sha256 \(r.file.checksum.prefix(12)))"
        switch d.choice {
        case .keptOurs, .tookTheirs, .typed:
            guard let field = d.field, let personId = row.personId, row.kind == .differing || row.kind == .same,
                  let i = row.differences.firstIndex(where: { $0.field == field }) else { throw ReconcileRefusal.notApplicable }
            d.personId = personId
            // What the field is to hold: the export's, the typed, or the register's own as it
            // was when compared (a keep after a take puts it back). Checked against what the
            // register holds now, which this row last saw.
            let value: String?
            switch d.choice {
            case .tookTheirs: value = row.differences[i].theirs
            case .typed: value = typed
            default: value = row.differences[i].ours
            }
            if value != row.ours[field] {
                try write(db, field: field, value: value, personId: personId, expected: row.ours[field], reason: reason)
                out.ours[field] = value
            }
            d.value = d.choice == .keptOurs ? nil : value
            out.differences[i].decision = d
        case .added:
            // An ignored row may still be added: the later decision is the one in force.
            guard row.kind == .onlyDPP, row.number != nil else { throw ReconcileRefusal.notApplicable }
            let id = try addMember(db, row, reason: reason)
            d.personId = id
            let matcher = ReconcileMatcher(register: try ReconcileRegister.read(db, personId: id), decisions: [:])
            out = matcher.added(ImportRow(number: row.number ?? 0, values: row.theirs), personId: id, decision: d)
        case .ignored:
            guard row.kind == .onlyDPP || row.kind == .onlyDPD else { throw ReconcileRefusal.notApplicable }
            guard d.reason?.trimmingSpaces.nonBlank != nil else { throw ReconcileRefusal.reasonRequired }
            d.personId = row.number == nil ? row.personId : nil
            out.decision = d
        case .notInDPP:
            guard row.kind == .onlyDPD else { throw ReconcileRefusal.notApplicable }
            d.personId = row.personId
            out.decision = d
        case .candidate:
            let register = try d.personId.map { try ReconcileRegister.read(db, personId: $0) }
            guard row.kind == .doubtful, let chosen = d.personId, row.candidates.contains(where: { $0.personId == chosen }),
                  let register, register.entries[chosen] != nil else { throw ReconcileRefusal.notApplicable }
            out = ReconcileMatcher(register: register, decisions: [:]).matched(ImportRow(number: row.number ?? 0, values: row.theirs),
                                                                               personId: chosen, decision: d)
            out.candidates = row.candidates
            out.problems = row.problems
        case .noneOfThem:
            guard row.kind == .doubtful else { throw ReconcileRefusal.notApplicable }
            out.kind = .onlyDPP
            out.decision = nil
        }
        try db.execute(sql: """
            INSERT INTO reconcile_decision (checksum, file_name, row_number, person_id, field, choice, value, reason, decided_at, operator)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.file.checksum, r.file.name, row.number, d.personId, d.field?.rawValue, d.choice.rawValue, d.value,
                             d.reason?.trimmingSpaces, d.decidedAt, d.operatorName])
        try store.auditor.record(db, entity: "reconcile_decision", id: db.lastInsertedRowID, personId: d.personId, action: .insert,
                                 before: DecisionAudit?.none, after: DecisionAudit(file: r.file, row: row.number, decision: d))
        return out
    }

    /// The audit image of a decision: the file by name and checksum, the row, what was chosen.
    struct DecisionAudit: Encodable {
        let file: String, checksum: String, row: Int?, field: String?, choice: String, reason: String?
        init(file: ReconcileFile, row: Int?, decision d: ReconcileDecision) {
            (self.file, checksum, self.row) = (file.name, file.checksum, row)
            (field, choice, reason) = (d.field?.rawValue, d.choice.rawValue, d.reason)
        }
    }

    /// One field of a register person set to `value`, if it still holds what the file was
    /// compared with.
    private func write(_ db: Database, field: ImportField, value: String?, personId: Int64, expected: String?, reason: String) throws {
        try Store.refuseIfRestricted(db, personId: personId)
        guard let now = try ReconcileRegister.read(db, personId: personId).entries[personId] else {
            throw StoreError.notFound(entity: "person", id: personId)
        }
        guard now.values[field] == expected else { throw ReconcileRefusal.changedSince }
        if field == .nik, let value, let holder = try String.fetchOne(db, sql: "SELECT name FROM person WHERE nik = ? AND id <> ? AND erased_on IS NULL",
                                                          arguments: [value, personId]) {
            throw ReconcileRefusal.heldByAnother(.nik, name: holder)
        }
        if field == .kta, let value, let holder = try PersonSQL.ktaHolder(db, kta: value, except: personId) {
            throw ReconcileRefusal.heldByAnother(.kta, name: holder.name)
        }
        if field == .employer && value != nil && now.values[.employmentStatus] == nil { throw ReconcileRefusal.needsEmploymentStatus }
        // A name is never cleared: a keep that would empty it has nothing to put back.
        if field == .name && value == nil { throw ReconcileRefusal.notApplicable }
        guard var person = try PersonSQL.fetchPerson(db, id: personId) else { throw StoreError.notFound(entity: "person", id: personId) }
        let before = try PersonSQL.fetchMembership(db, personId: personId)
        var membership = before
        MemberImportSubject.apply([field: value], to: &person, membership: &membership)
        let stamp = store.timestamp
        try PersonSQL.update(db, person, id: personId, kta: membership?.kta, now: stamp)
        if let m = membership, m != before { try PersonSQL.upsertMembership(db, m, person: person, personId: personId) }
        try PersonSQL.bumpVersion(db, id: personId)
        try store.auditor.record(db, entity: "person", id: personId, personId: personId, action: .update,
                                 before: [field.rawValue: expected], after: [field.rawValue: value], reason: reason)
    }

    /// The `hanya DPP` person as a member, channel `situs DPP`: a new person from the row, or
    /// the non-member the row named (their empty fields filled, none overwritten).
    private func addMember(_ db: Database, _ row: ReconcileRow, reason: String) throws -> Int64 {
        var values = row.theirs
        values[.province] = nil
        // What the NIK says of sex and birth date (DOMAIN.md §3) fills those the export leaves out,
        // as the member form would ask for them; a value the export gives is kept as given.
        if let text = values[.nik], case .success(let nik) = NIK.parse(text, today: store.today) {
            if values[.sex] == nil { values[.sex] = nik.sex.rawValue }
            if values[.birthDate] == nil { values[.birthDate] = nik.birthDate.iso }
        }
        // A workplace is kept with an employment status; without one it goes in the note, not lost.
        if let employer = values[.employer], values[.employmentStatus] == nil {
            values[.employer] = nil
            values[.note] = [values[.note], "Instansi menurut DPP: \(employer)"].compactMap { $0 }.joined(separator: "; ")
        }
        if let kta = values[.kta], let holder = try PersonSQL.ktaHolder(db, kta: kta) {
            throw ReconcileRefusal.heldByAnother(.kta, name: holder.name)
        }
        let now = store.timestamp
        if let existing = row.personId {
            try Store.refuseIfRestricted(db, personId: existing)
            guard var person = try PersonSQL.fetchPerson(db, id: existing), !person.isErased else {
                throw StoreError.notFound(entity: "person", id: existing)
            }
            guard try PersonSQL.fetchMembership(db, personId: existing) == nil else { throw ReconcileRefusal.changedSince }
            var membership: Membership? = Membership(status: .aktif, channel: .dppWebsite)
            let stored = MemberImportSubject.canonical(person, nil)
            let empty = values.filter { stored[$0.key] == nil }
            for (field, value) in MemberImportSubject.ordered(empty) { MemberImportSubject.apply([field: value], to: &person, membership: &membership) }
            try PersonSQL.update(db, person, id: existing, kta: membership?.kta, now: now)
            if var m = membership {
                m.personId = existing
                try PersonSQL.upsertMembership(db, m, person: person, personId: existing)
                try db.execute(sql: "INSERT INTO status_change (person_id, from_status, to_status, date, reason, recorded_at) VALUES (?, NULL, ?, ?, ?, ?)",
                               arguments: [existing, m.status, m.joinDate ?? store.today, reason, now])
            }
            try PersonSQL.bumpVersion(db, id: existing)
            try store.auditor.record(db, entity: "person", id: existing, personId: existing, action: .update,
                                     before: [String: String](), after: empty.reduce(into: [String: String]()) { $0[$1.key.rawValue] = $1.value },
                                     reason: reason)
            return existing
        }
        guard values[.name] != nil else { throw ReconcileRefusal.nameRequired }
        let id = try MemberImportSubject.insertMember(db, values, channel: .dppWebsite, source: "Situs DPP", reason: reason, now: now,
                                                      today: store.today)
        try store.auditor.record(db, entity: "person", id: id, personId: id, action: .insert, before: [String: String]?.none,
                                 after: values.reduce(into: [String: String]()) { $0[$1.key.rawValue] = $1.value }, reason: reason)
        return id
    }
}
