import Foundation
import Domain
import GRDB

/// The handover a Musda decides (issue 12 ★): the new term with the elected chair as Ketua,
/// and the outgoing term's unfinished programmes carried over, dropped or finished. One
/// transaction, audited row by row, and undoable while the new term is untouched.
extension MusdaStore {
    func handover(musdaId: Int64) throws -> Handover? {
        try store.read { db in try Self.handover(db, musdaId: musdaId) }
    }

    static func handover(_ db: Database, musdaId: Int64) throws -> Handover? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT h.*, t.name AS new_term_name FROM handover h JOIN term t ON t.id = h.new_term_id WHERE h.musda_id = ?
            """, arguments: [musdaId]) else { return nil }
        let programmes = try Row.fetchAll(db, sql: """
            SELECT hp.*, p.title FROM handover_programme hp JOIN programme p ON p.id = hp.programme_id
            WHERE hp.musda_id = ? ORDER BY p.id
            """, arguments: [musdaId]).map {
            Handover.ProgrammeOutcome(programmeId: $0["programme_id"], title: $0["title"],
                                      outcome: Programme.Status(rawValue: $0["outcome"]) ?? .dilanjutkan, reason: $0["reason"],
                                      previousStatus: Programme.Status(rawValue: $0["previous_status"]) ?? .rencana,
                                      newProgrammeId: $0["new_programme_id"])
        }
        return Handover(musdaId: musdaId, outgoingTermId: row["outgoing_term_id"], newTermId: row["new_term_id"],
                        newTermName: row["new_term_name"], doneAt: row["done_at"], operatorName: row["operator"], programmes: programmes)
    }

    func handOver(_ plan: HandoverPlan) throws -> Handover {
        let issues = plan.issues() + TermValidator.check(plan.newTerm)
        guard issues.isEmpty else { throw StoreError.invalid(issues) }
        return try store.write { db in
            guard var musda = try Musda.fetchOne(db, id: plan.musdaId) else { throw StoreError.notFound(entity: "musda", id: plan.musdaId) }
            if try Self.handover(db, musdaId: plan.musdaId) != nil { throw StoreError.invalid([.alreadyHandedOver]) }
            let elected = try Row.fetchAll(db, sql: "SELECT * FROM election WHERE musda_id = ? ORDER BY id", arguments: [plan.musdaId])
                .compactMap { try Self.election(db, row: $0).elected?.personId }
            guard elected.contains(plan.chairPersonId) else { throw StoreError.invalid([.noElectedChair]) }
            guard var outgoing = try Term.fetchOne(db, id: plan.outgoingTermId) else {
                throw StoreError.notFound(entity: "term", id: plan.outgoingTermId)
            }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM term WHERE name = ?", arguments: [plan.newTerm.name]) ?? 0 > 0 {
                throw StoreError.invalid([.alreadyUsed(.termName)])
            }
            var term = plan.newTerm
            term.id = nil
            term.status = .persiapan
            let termId = try store.save(db, term, reason: "Serah terima \(musda.title)")
            let departments = try seat(db, termId: termId, from: plan.seats, outgoingTermId: outgoing.id!)
            guard let ketua = try Position.fetchAll(db, where: "term_id = ? AND kind = 'ketua'", arguments: [termId], order: "sort_order, id").first else {
                throw StoreError.invalid([.required(.positionTitle)])
            }
            try store.save(db, Assignment(positionId: ketua.id!, personId: plan.chairPersonId, start: term.start),
                           reason: "Ketua terpilih \(musda.title)")
            let seats = try Int.fetchOne(db, sql: "SELECT count(*) FROM position WHERE term_id = ?", arguments: [termId]) ?? 0
            let outgoingStatus = outgoing.status
            if outgoing.status < .demisioner {
                outgoing.status = .demisioner
                try store.save(db, outgoing, reason: "Serah terima \(musda.title)")
            }
            let setOpens = musda.opensTermId == nil
            if setOpens || musda.closesTermId == nil {
                musda.opensTermId = musda.opensTermId ?? termId
                musda.closesTermId = musda.closesTermId ?? outgoing.id
                try store.save(db, musda)
            }
            try db.execute(sql: """
                INSERT INTO handover (musda_id, outgoing_term_id, outgoing_status, new_term_id, seats, set_opens_term, done_at, operator)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [plan.musdaId, outgoing.id, outgoingStatus, termId, seats, setOpens, store.timestamp, store.operatorName])
            // The handover's candidates, as `ProgrammeRow.isCarryOverCandidate` has them: unfinished, not carried on yet.
            let unfinished = try Programme.fetchAll(db, where: """
                term_id = ? AND id NOT IN (SELECT carried_from_id FROM programme WHERE carried_from_id IS NOT NULL)
                """, arguments: [outgoing.id], order: "id").filter(\.status.isUnfinished)
            for var programme in unfinished {
                let fate = plan.programmes[programme.id!] ?? .carryOver
                let previous = programme.status
                var newId: Int64?
                if fate == .carryOver { newId = try carryOver(db, programme, into: term, termId: termId, departments: departments) }
                var reason: String?
                if case .drop(let why) = fate { reason = why.trimmingSpaces }
                programme.status = fate.statusAfter
                try store.save(db, programme, reason: reason ?? "Serah terima \(musda.title)")
                try db.execute(sql: """
                    INSERT INTO handover_programme (musda_id, programme_id, outcome, reason, previous_status, new_programme_id)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [plan.musdaId, programme.id, fate.statusAfter, reason, previous, newId])
            }
            let done = try Self.handover(db, musdaId: plan.musdaId)!
            try store.auditor.record(db, entity: "handover", id: plan.musdaId, action: .insert, before: HandoverAudit?.none,
                                     after: HandoverAudit(done))
            return done
        }
    }

    func undoHandover(musdaId: Int64) throws {
        try store.write { db in
            guard let done = try Self.handover(db, musdaId: musdaId),
                  let row = try Row.fetchOne(db, sql: "SELECT * FROM handover WHERE musda_id = ?", arguments: [musdaId]) else {
                throw StoreError.notFound(entity: "handover", id: musdaId)
            }
            let termId = done.newTermId
            let created = done.programmes.compactMap(\.newProgrammeId)
            if let what = try dataSince(db, musdaId: musdaId, termId: termId, seats: row["seats"], programmes: created) {
                throw StoreError.invalid([.newTermHasData(what)])
            }
            let reason = "Serah terima dibatalkan"
            // The record goes first: its rows point at the programmes and the term removed below.
            try db.execute(sql: "DELETE FROM handover WHERE musda_id = ?", arguments: [musdaId])
            let list = created.map(String.init).joined(separator: ",")
            if !list.isEmpty {
                for target in try Target.fetchAll(db, where: "programme_id IN (\(list))") { try store.delete(db, Target.self, id: target.id!, reason: reason) }
                for id in created { try store.delete(db, Programme.self, id: id, reason: reason) }
            }
            for outcome in done.programmes {
                guard var programme = try Programme.fetchOne(db, id: outcome.programmeId) else { continue }
                programme.status = outcome.previousStatus
                try store.save(db, programme, reason: reason)
            }
            for a in try Assignment.fetchAll(db, where: "position_id IN (SELECT id FROM position WHERE term_id = ?)", arguments: [termId]) {
                try store.delete(db, Assignment.self, id: a.id!, reason: reason)
            }
            for p in try Position.fetchAll(db, where: "term_id = ?", arguments: [termId]) { try store.delete(db, Position.self, id: p.id!, reason: reason) }
            for d in try Department.fetchAll(db, where: "term_id = ?", arguments: [termId]) { try store.delete(db, Department.self, id: d.id!, reason: reason) }
            if var musda = try Musda.fetchOne(db, id: musdaId), (row["set_opens_term"] as Bool), musda.opensTermId == termId {
                musda.opensTermId = nil
                try store.save(db, musda, reason: reason)
            }
            if var outgoing = try Term.fetchOne(db, id: done.outgoingTermId),
               let status = Term.Status(rawValue: row["outgoing_status"]), outgoing.status != status {
                outgoing.status = status
                try store.save(db, outgoing, reason: reason)
            }
            try store.delete(db, Term.self, id: termId, reason: reason)
            try store.auditor.record(db, entity: "handover", id: musdaId, action: .delete, before: HandoverAudit(done),
                                     after: HandoverAudit?.none, reason: reason)
        }
    }

    // MARK: Steps

    /// Bidang and seats for the new term; returns the new bidang by the old one's code or name.
    private func seat(_ db: Database, termId: Int64, from source: SeatSource, outgoingTermId: Int64) throws -> [String: Int64] {
        switch source {
        case .template:
            _ = try BoardStore(store: store).applyTemplate(db, termId: termId)
        case .previousTerm:
            var mapped: [Int64: Int64] = [:]
            for var d in try Department.fetchAll(db, where: "term_id = ?", arguments: [outgoingTermId], order: "sort_order, id") {
                let old = d.id!
                d.id = nil
                d.termId = termId
                mapped[old] = try store.save(db, d)
            }
            for var p in try Position.fetchAll(db, where: "term_id = ?", arguments: [outgoingTermId], order: "sort_order, id") {
                p.id = nil
                p.termId = termId
                p.departmentId = p.departmentId.flatMap { mapped[$0] }
                try store.save(db, p)
            }
        }
        var keys: [String: Int64] = [:]
        for d in try Department.fetchAll(db, where: "term_id = ?", arguments: [termId]) {
            keys[d.name] = d.id
            if let code = d.code { keys["code:" + code] = d.id }
        }
        return keys
    }

    /// A copy of `programme` in the new term, linked to it, with its targets (no realisation:
    /// the new board starts counting afresh). The bidang follows by code, else by name.
    private func carryOver(_ db: Database, _ programme: Programme, into term: Term, termId: Int64, departments: [String: Int64]) throws -> Int64 {
        let old = try programme.departmentId.flatMap { try Department.fetchOne(db, id: $0) }
        let department = old.flatMap { d in d.code.flatMap { departments["code:" + $0] } ?? departments[d.name] }
        let copy = Programme(termId: termId, departmentId: department, title: programme.title, status: .rencana,
                             description: programme.description, carriedFromId: programme.id)
        let id = try store.save(db, copy, reason: "Dilanjutkan dari periode sebelumnya")
        for (i, var target) in try Target.fetchAll(db, where: "programme_id = ?", arguments: [programme.id], order: "sort_order, id").enumerated() {
            target.id = nil
            target.programmeId = id
            let targetId = try store.save(db, target)
            try db.execute(sql: "UPDATE target SET sort_order = ? WHERE id = ?", arguments: [i + 1, targetId])
        }
        return id
    }

    /// What was entered in the new term since the handover, worded for the refusal; nil when
    /// nothing was. Seats added, holders beyond the Ketua, programmes beyond those carried,
    /// realisation, partners or activities on the carried ones, a status moved, or any audited
    /// edit of what the handover made (a renamed programme, a changed target).
    private func dataSince(_ db: Database, musdaId: Int64, termId: Int64, seats: Int, programmes: [Int64]) throws -> String? {
        func count(_ sql: String, _ args: StatementArguments = []) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: args) ?? 0 }
        if try Term.fetchOne(db, id: termId)?.status != .persiapan { return "status" }
        if try count("SELECT count(*) FROM position WHERE term_id = ?", [termId]) != seats { return "kursi" }
        if try count("SELECT count(*) FROM assignment WHERE position_id IN (SELECT id FROM position WHERE term_id = ?)", [termId]) > 1 {
            return "pengurus"
        }
        if try count("SELECT count(*) FROM programme WHERE term_id = ?", [termId]) != programmes.count { return "program" }
        let list = programmes.map(String.init).joined(separator: ",")
        guard !list.isEmpty else { return nil }
        if try count("SELECT count(*) FROM realisation WHERE target_id IN (SELECT id FROM target WHERE programme_id IN (\(list)))") > 0 {
            return "realisasi"
        }
        if try count("SELECT count(*) FROM activity WHERE programme_id IN (\(list))") > 0 { return "kegiatan" }
        if try count("SELECT count(*) FROM programme_partner WHERE programme_id IN (\(list))") > 0 { return "mitra" }
        // Edits leave no count behind: any audited change to what the handover made, after it.
        let done = try count("SELECT coalesce(max(id), 0) FROM audit WHERE entity = 'handover' AND entity_id = ? AND action = ?",
                             [musdaId, AuditAction.insert.rawValue])
        if try count("""
            SELECT count(*) FROM audit WHERE id > ? AND (
                (entity = 'term' AND entity_id = ?)
                OR (entity = 'programme' AND entity_id IN (\(list)))
                OR (entity = 'target' AND entity_id IN (SELECT id FROM target WHERE programme_id IN (\(list))))
                OR (entity = 'department' AND entity_id IN (SELECT id FROM department WHERE term_id = ?))
                OR (entity = 'position' AND entity_id IN (SELECT id FROM position WHERE term_id = ?))
                OR (entity = 'assignment' AND entity_id IN (SELECT a.id FROM assignment a JOIN position p ON p.id = a.position_id
                                                            WHERE p.term_id = ?)))
            """, [done, termId, termId, termId, termId]) > 0 {
            return "perubahan"
        }
        return nil
    }
}

/// The audit image of a handover: what it created and each programme's fate.
private struct HandoverAudit: Encodable {
    let newTermId: Int64
    let newTerm: String
    let outgoingTermId: Int64
    let programmes: [[String: String]]

    init(_ h: Handover) {
        newTermId = h.newTermId
        newTerm = h.newTermName
        outgoingTermId = h.outgoingTermId
        programmes = h.programmes.map {
            ["id": "\($0.programmeId)", "hasil": $0.outcome.rawValue, "sebelumnya": $0.previousStatus.rawValue]
                .merging($0.reason.map { ["alasan": $0] } ?? [:]) { a, _ in a }
        }
    }
}

extension Handover {
    /// When it was done, read from the stored timestamp.
    public var doneDate: Date? { Timestamp.parse(doneAt) }
}
