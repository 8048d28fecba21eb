import Domain
import GRDB

/// Work programmes per term, their targets and dated realisation, their partners
/// (issue: Program Kerja). Every write is validated by `ProgrammeRules` and audited.
public protocol ProgrammeRepository: Sendable {
    /// Programmes of a term (all terms when nil), in entry order.
    func programmes(termId: Int64?) throws -> [Programme]
    /// A term's programme list, by bidang order then entry order, with targets and links.
    /// A term holds tens of programmes, so the list is read whole.
    func rows(termId: Int64) throws -> [ProgrammeRow]
    /// One programme's page; nil when it is gone.
    func record(id: Int64) throws -> ProgrammeRecord?
    /// Adds or edits a programme (not its targets). Throws `StoreError.invalid` on a rule's error.
    @discardableResult func save(_ programme: Programme) throws -> Int64
    /// Adds (at the end) or edits a target. Throws `StoreError.invalid`.
    @discardableResult func save(_ target: Target) throws -> Int64
    /// Removes a target; refused (`hasHistory`) once it has realisation.
    func removeTarget(id: Int64) throws
    /// Enters realisation; `enteredBy` is set to the operator. Throws `StoreError.invalid`.
    @discardableResult func add(_ realisation: Realisation) throws -> Int64
    /// Removes a mistaken entry, with the reason in the audit.
    func removeRealisation(id: Int64, reason: String) throws
    /// Links or unlinks a partner.
    func setPartner(programmeId: Int64, partnerId: Int64, linked: Bool) throws
    /// Unfinished programmes of a term not yet carried on: the handover's candidates.
    func carryOverCandidates(termId: Int64) throws -> [ProgrammeRow]
    /// Every programme of the terms that start before `date` (all terms when nil), newest
    /// term first, each term's in list order: the choices for an origin or an activity's programme.
    func links(termsStartingBefore date: LocalDate?) throws -> [ProgrammeLink]
}

struct ProgrammeStore: ProgrammeRepository {
    let store: Store

    func programmes(termId: Int64?) throws -> [Programme] {
        try store.read { db in
            termId == nil ? try Programme.fetchAll(db, order: "term_id, id")
                          : try Programme.fetchAll(db, where: "term_id = ?", arguments: [termId], order: "id")
        }
    }

    func rows(termId: Int64) throws -> [ProgrammeRow] {
        try store.read { db in try Self.rows(db, where: "p.term_id = ?", arguments: [termId]) }
    }

    func carryOverCandidates(termId: Int64) throws -> [ProgrammeRow] { try rows(termId: termId).filter(\.isCarryOverCandidate) }

    func links(termsStartingBefore date: LocalDate?) throws -> [ProgrammeLink] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(ProgrammeLink.columns) FROM programme p JOIN term t ON t.id = p.term_id
                LEFT JOIN department d ON d.id = p.department_id
                WHERE ? IS NULL OR t.start_date < ?
                ORDER BY t.start_date DESC, d.sort_order IS NULL, d.sort_order, p.id
                """, arguments: [date, date]).map(ProgrammeLink.init(row:))
        }
    }

    func record(id: Int64) throws -> ProgrammeRecord? {
        try store.read { db in
            guard let row = try Self.rows(db, where: "p.id = ?", arguments: [id]).first,
                  let term = try Term.fetchOne(db, id: row.programme.termId) else { return nil }
            let partners = try Partner.fetchAll(db, where: "id IN (SELECT partner_id FROM programme_partner WHERE programme_id = ?)",
                                                arguments: [id], order: "name")
            let activities = try Row.fetchAll(db, sql: "SELECT * FROM activity WHERE programme_id = ? ORDER BY year, date, id",
                                              arguments: [id]).map { try ActivityStore.activity(db, row: $0) }
            return ProgrammeRecord(row: row, term: term, partners: partners, activities: activities)
        }
    }

    /// Programmes matching `condition` (on alias `p`), with bidang, targets, entries and links,
    /// in four queries whatever their number.
    static func rows(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [ProgrammeRow] {
        let found = try Row.fetchAll(db, sql: """
            SELECT p.*, d.name AS department_name FROM programme p LEFT JOIN department d ON d.id = p.department_id
            WHERE \(condition) ORDER BY d.sort_order IS NULL, d.sort_order, p.id
            """, arguments: arguments)
        guard !found.isEmpty else { return [] }
        let programmes = found.map(Programme.init(row:))
        let ids = programmes.compactMap(\.id)
        let list = ids.map(String.init).joined(separator: ",")
        let targets = try Target.fetchAll(db, where: "programme_id IN (\(list))", order: "programme_id, sort_order, id")
        let targetIds = targets.compactMap(\.id).map(String.init).joined(separator: ",")
        let entries = targetIds.isEmpty ? [] : try Row.fetchAll(db, sql: """
            SELECT * FROM realisation WHERE target_id IN (\(targetIds)) ORDER BY date, id
            """).map(Realisation.init(row:))
        let entriesByTarget = Dictionary(grouping: entries, by: \.targetId)
        let progress = Dictionary(grouping: targets.map { TargetProgress(target: $0, entries: entriesByTarget[$0.id!] ?? []) },
                                  by: \.target.programmeId)
        let origins = Set(programmes.compactMap(\.carriedFromId)).map(String.init).joined(separator: ",")
        let links = try Row.fetchAll(db, sql: """
            SELECT \(ProgrammeLink.columns) FROM programme p JOIN term t ON t.id = p.term_id
            WHERE p.carried_from_id IN (\(list))\(origins.isEmpty ? "" : " OR p.id IN (\(origins))") ORDER BY t.start_date, p.id
            """)
        return zip(programmes, found).map { p, r in
            ProgrammeRow(programme: p, departmentName: r["department_name"], targets: progress[p.id!] ?? [],
                         origin: p.carriedFromId.flatMap { origin in links.first { ($0["id"] as Int64) == origin }.map(ProgrammeLink.init(row:)) },
                         successors: links.filter { ($0["carried_from_id"] as Int64?) == p.id }.map(ProgrammeLink.init(row:)))
        }
    }

    func save(_ programme: Programme) throws -> Int64 {
        try store.write { db in
            guard let term = try Term.fetchOne(db, id: programme.termId) else {
                throw StoreError.notFound(entity: "term", id: programme.termId)
            }
            let originTerm = try programme.carriedFromId.flatMap { originId -> Term? in
                guard let origin = try Programme.fetchOne(db, id: originId) else { throw StoreError.notFound(entity: "programme", id: originId) }
                return try Term.fetchOne(db, id: origin.termId)
            }
            var p = programme
            p.title = p.title.collapsingSpaces
            p.description = p.description?.nonBlank
            var issues = ProgrammeRules.check(p, term: term, originTerm: originTerm)
            let others = try String.fetchAll(db, sql: "SELECT title FROM programme WHERE term_id = ? AND id IS NOT ?",
                                             arguments: [p.termId, p.id])
            if others.contains(where: { TextKey.nameKey($0) == TextKey.nameKey(p.title) }) { issues.append(.alreadyUsed(.programmeTitle)) }
            if let id = p.id {
                // A new period may not leave realisation behind it.
                let outside = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM realisation r JOIN target t ON t.id = r.target_id
                    WHERE t.programme_id = ? AND (r.date < ? OR r.date > ?)
                    """, arguments: [id, p.startsOn ?? term.start, p.endsOn ?? term.end ?? LocalDate(year: 9999, month: 12, day: 31)]) ?? 0
                if outside > 0 { issues.append(.realisationOutsidePeriod(count: outside)) }
            }
            if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
            return try store.save(db, p)
        }
    }

    func save(_ target: Target) throws -> Int64 {
        try store.write { db in
            var t = target
            t.description = t.description.trimmingSpaces
            t.unit = t.kind == .numeric ? t.unit?.nonBlank : nil
            if t.kind == .milestone { t.value = nil }
            let issues = ProgrammeRules.check(t)
            if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
            if t.id == nil {
                guard try Programme.fetchOne(db, id: t.programmeId) != nil else { throw StoreError.notFound(entity: "programme", id: t.programmeId) }
            } else if try Row.fetchOne(db, sql: "SELECT 1 FROM realisation WHERE target_id = ?", arguments: [t.id]) != nil,
                      let before = try Target.fetchOne(db, id: t.id!), before.kind != t.kind {
                // Entries were counted as one kind; switching would change what they mean.
                throw StoreError.invalid([.hasHistory(.targetValue)])
            }
            let id = try store.save(db, t)
            if target.id == nil {
                try db.execute(sql: "UPDATE target SET sort_order = (SELECT coalesce(max(sort_order), 0) + 1 FROM target WHERE programme_id = ?) WHERE id = ?",
                               arguments: [t.programmeId, id])
            }
            return id
        }
    }

    func removeTarget(id: Int64) throws {
        try store.write { db in
            if try Row.fetchOne(db, sql: "SELECT 1 FROM realisation WHERE target_id = ?", arguments: [id]) != nil {
                throw StoreError.invalid([.hasHistory(.targetDescription)])
            }
            try store.delete(db, Target.self, id: id)
        }
    }

    func add(_ realisation: Realisation) throws -> Int64 {
        try store.write { db in
            guard let target = try Target.fetchOne(db, id: realisation.targetId) else {
                throw StoreError.notFound(entity: "target", id: realisation.targetId)
            }
            let row = try Row.fetchOne(db, sql: """
                SELECT coalesce(p.starts_on, t.start_date) AS start, coalesce(p.ends_on, t.end_date) AS end
                FROM programme p JOIN term t ON t.id = p.term_id WHERE p.id = ?
                """, arguments: [target.programmeId])
            let start: LocalDate = row?["start"] ?? realisation.date
            let end: LocalDate? = row?["end"]
            var r = realisation
            r.note = r.note?.nonBlank
            r.enteredBy = store.operatorName
            let issues = ProgrammeRules.check(r, target: target, programmeStart: start, programmeEnd: end, today: store.today)
            if !issues.errors.isEmpty { throw StoreError.invalid(issues.errors) }
            try db.execute(sql: """
                INSERT INTO realisation (target_id, date, value, note, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [r.targetId, r.date, r.value, r.note, r.enteredBy, store.timestamp])
            r.id = db.lastInsertedRowID
            try store.auditor.record(db, entity: "realisation", id: r.id, action: .insert, before: Realisation?.none, after: r)
            return r.id!
        }
    }

    func removeRealisation(id: Int64, reason: String) throws {
        try store.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM realisation WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(entity: "realisation", id: id)
            }
            try db.execute(sql: "DELETE FROM realisation WHERE id = ?", arguments: [id])
            try store.auditor.record(db, entity: "realisation", id: id, action: .delete, before: Realisation(row: row),
                                     after: Realisation?.none, reason: reason)
        }
    }

    func setPartner(programmeId: Int64, partnerId: Int64, linked: Bool) throws {
        try store.write { db in
            try Links.set(db, store: store, table: "programme_partner", owner: ("programme_id", programmeId),
                          partnerId: partnerId, linked: linked)
        }
    }
}

/// Partner links of programmes and activities: one audited row each.
enum Links {
    static func set(_ db: Database, store: Store, table: String, owner: (column: String, id: Int64), partnerId: Int64,
                    linked: Bool) throws {
        struct Link: Encodable { let ownerId: Int64; let partnerId: Int64 }
        let exists = try Row.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE \(owner.column) = ? AND partner_id = ?",
                                      arguments: [owner.id, partnerId]) != nil
        guard exists != linked else { return }
        if linked {
            try db.execute(sql: "INSERT INTO \(table) (\(owner.column), partner_id) VALUES (?, ?)", arguments: [owner.id, partnerId])
        } else {
            try db.execute(sql: "DELETE FROM \(table) WHERE \(owner.column) = ? AND partner_id = ?", arguments: [owner.id, partnerId])
        }
        let link = Link(ownerId: owner.id, partnerId: partnerId)
        try store.auditor.record(db, entity: table, id: owner.id, action: linked ? .insert : .delete,
                                 before: linked ? nil : link, after: linked ? link : nil)
    }
}
