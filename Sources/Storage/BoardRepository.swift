import Domain
import GRDB

/// An officer of a term: the position and who holds it.
public struct Officer: Sendable, Hashable {
    public let assignmentId: Int64
    public let positionId: Int64
    public let personId: Int64
    /// Empty when the person's data was erased.
    public let personName: String
    public let isErased: Bool
    public let title: String
    public let kind: PositionKind
    public let department: String?
    public let kta: String?
}

/// Terms, bidang, seats and who holds them. History is never lost: a holder who leaves is
/// ended with a date and a reason, never deleted; a seat or bidang with history stays.
/// Every write is audited. Errors: `StoreError.invalid` (nothing written), `.needsOverride`
/// (warnings without a reason), `.notFound`, `.erased`, `.busy`.
public protocol BoardRepository: Sendable {
    /// Terms, newest first.
    func terms() throws -> [Term]
    /// Terms, newest first, with their filled and total seats.
    func termSummaries() throws -> [TermSummary]
    func term(id: Int64) throws -> Term?
    /// The term with status aktif (the latest if several).
    func activeTerm() throws -> Term?
    /// Inserts or updates a term's name, dates, note and SK (not its status: `changeStatus`).
    /// A new term takes the status it is given. Refuses an empty name or an end before the start.
    @discardableResult func save(_ term: Term) throws -> Int64
    /// A new term, with the shipped board template's bidang and seats when `standardSeats`
    /// (all vacant), in one transaction.
    @discardableResult func create(_ term: Term, standardSeats: Bool) throws -> Int64
    /// Moves a term's status forward (persiapan → aktif → demisioner → selesai), audited with
    /// `reason`. Making a term aktif while another is aktif needs `demotingActive`: that one
    /// becomes demisioner in the same transaction; otherwise `StoreError.invalid`.
    func changeStatus(termId: Int64, to status: Term.Status, reason: String, demotingActive: Bool) throws
    /// The whole board of a term, in board order, read at once.
    func board(termId: Int64) throws -> BoardSnapshot
    /// Every holder the seat has had, oldest first, ended ones included.
    func seatHistory(positionId: Int64) throws -> [SeatHolding]
    func departments(termId: Int64) throws -> [Department]
    /// Inserts or renames a bidang. A new one goes after the others.
    @discardableResult func save(_ department: Department) throws -> Int64
    /// Removes a bidang and its empty seats; refused (`.invalid([.hasHistory])`) when any of its
    /// seats has ever had a holder.
    func removeDepartment(id: Int64, reason: String) throws
    func positions(termId: Int64) throws -> [Position]
    /// Inserts or renames a seat. A new one goes after the others of its group.
    @discardableResult func save(_ position: Position) throws -> Int64
    /// Removes a seat that never had a holder; refused (`.invalid([.hasHistory])`) otherwise.
    func removeSeat(positionId: Int64, reason: String) throws
    /// What assigning would find (`BoardRules.check`), errors and warnings, before any write.
    func check(_ assignment: Assignment) throws -> [ValidationIssue]
    /// Puts a person in a seat. Errors refuse it; warnings need `overrideReason` (audited).
    @discardableResult func assign(_ assignment: Assignment, overrideReason: String?) throws -> Int64
    /// Ends a holder's assignment on `date` (the first day they no longer hold it), early, for
    /// `reason`. The seat becomes vacant; the assignment stays in its history.
    func endAssignment(id: Int64, on date: LocalDate, reason: AssignmentEndReason, note: String?) throws
    /// Ends the holder's assignment on `date` for `reason` and starts `personId`'s on the same
    /// day, in one transaction: both holders stay in the seat's history.
    @discardableResult func replace(assignmentId: Int64, on date: LocalDate, reason: AssignmentEndReason,
                                    with personId: Int64, overrideReason: String?) throws -> Int64
    /// Deletes an assignment entered in error (audited with `reason`); not for a holder who left.
    func removeAssignment(id: Int64, reason: String?) throws
    /// Officers in board order: advisers, executive, then each bidang.
    func officers(termId: Int64) throws -> [Officer]
    /// Creates the bidang and positions of the shipped templates for a term; returns the positions.
    @discardableResult func applyTemplate(termId: Int64) throws -> [Position]
}

struct BoardStore: BoardRepository {
    let store: Store

    func terms() throws -> [Term] { try store.read { try Term.fetchAll($0, order: "start_date DESC") } }

    func activeTerm() throws -> Term? {
        try store.read { try Term.fetchAll($0, where: "status = 'aktif'", order: "start_date DESC").first }
    }

    func save(_ term: Term) throws -> Int64 {
        try store.write { db in try save(db, term) }
    }

    func create(_ term: Term, standardSeats: Bool) throws -> Int64 {
        var new = term
        new.id = nil
        return try store.write { db in
            let id = try save(db, new)
            if standardSeats { _ = try applyTemplate(db, termId: id) }
            return id
        }
    }

    private func save(_ db: Database, _ term: Term) throws -> Int64 {
        let issues = TermValidator.check(term)
        guard issues.isEmpty else { throw StoreError.invalid(issues) }
        let clash = try Int.fetchOne(db, sql: "SELECT count(*) FROM term WHERE name = ? AND id IS NOT ?",
                                     arguments: [term.name, term.id]) ?? 0
        if clash > 0 { throw StoreError.invalid([.alreadyUsed(.termName)]) }
        // The status moves only through changeStatus, with its reason.
        var saved = term
        if let id = term.id, let stored = try Term.fetchOne(db, id: id) { saved.status = stored.status }
        return try store.save(db, saved)
    }

    func departments(termId: Int64) throws -> [Department] {
        try store.read { try Department.fetchAll($0, where: "term_id = ?", arguments: [termId], order: "sort_order") }
    }

    func save(_ department: Department) throws -> Int64 {
        guard !department.name.trimmingSpaces.isEmpty else { throw StoreError.invalid([.required(.departmentName)]) }
        return try store.write { db in
            var d = department
            d.name = d.name.trimmingSpaces
            let clash = try Int.fetchOne(db, sql: "SELECT count(*) FROM department WHERE term_id = ? AND name = ? AND id IS NOT ?",
                                         arguments: [d.termId, d.name, d.id]) ?? 0
            if clash > 0 { throw StoreError.invalid([.alreadyUsed(.departmentName)]) }
            if d.id == nil { d.order = try Self.nextOrder(db, table: "department", termId: d.termId) }
            return try store.save(db, d)
        }
    }

    func positions(termId: Int64) throws -> [Position] {
        try store.read { try Position.fetchAll($0, where: "term_id = ?", arguments: [termId], order: "sort_order, id") }
    }

    func save(_ position: Position) throws -> Int64 {
        guard position.kind.needsDepartment == (position.departmentId != nil) else {
            throw StoreError.positionDepartment(position.kind)
        }
        guard !position.title.trimmingSpaces.isEmpty else { throw StoreError.invalid([.required(.positionTitle)]) }
        return try store.write { db in
            var p = position
            if p.id == nil { p.order = try Self.nextOrder(db, table: "position", termId: p.termId) }
            return try store.save(db, p)
        }
    }

    /// Inserts without the board rules: the demo organisation's own data.
    @discardableResult
    func insertAssignment(_ assignment: Assignment) throws -> Int64 {
        try store.write { db in
            guard let person = try PersonSQL.fetchPerson(db, id: assignment.personId) else {
                throw StoreError.notFound(entity: "person", id: assignment.personId)
            }
            if person.isErased { throw StoreError.erased(assignment.personId) }
            return try store.save(db, assignment)
        }
    }

    func removeAssignment(id: Int64, reason: String?) throws {
        try store.write { try store.delete($0, Assignment.self, id: id, reason: reason) }
    }

    func officers(termId: Int64) throws -> [Officer] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id AS assignment_id, p.id AS position_id, a.person_id, pe.name, pe.erased_on, p.title, p.kind,
                       d.name AS department, m.kta
                FROM position p JOIN assignment a ON a.position_id = p.id
                LEFT JOIN person pe ON pe.id = a.person_id
                LEFT JOIN department d ON d.id = p.department_id
                LEFT JOIN membership m ON m.person_id = a.person_id
                WHERE p.term_id = ?
                ORDER BY coalesce(d.sort_order, 0), p.sort_order, a.id
                """, arguments: [termId]).map { row in
                Officer(assignmentId: row["assignment_id"], positionId: row["position_id"], personId: row["person_id"],
                        personName: row["name"] ?? "", isErased: row["erased_on"] != nil || row["name"] == nil,
                        title: row["title"], kind: row["kind"], department: row["department"], kta: row["kta"])
            }
        }
    }

    func applyTemplate(termId: Int64) throws -> [Position] {
        try store.write { db in try applyTemplate(db, termId: termId) }
    }

    /// Positions are numbered `Wakil Ketua I`, `Wakil Ketua II` when a template has several seats,
    /// except pembina, penasehat and anggota bidang, who share one title.
    func applyTemplate(_ db: Database, termId: Int64) throws -> [Position] {
        var out: [Position] = []
        var order = 0
        for template in BoardTemplate.positions() where !template.kind.needsDepartment {
            for seat in 1...template.count {
                order += 1
                let numbered = template.count > 1 && ![.pembina, .penasehat].contains(template.kind)
                var p = Position(termId: termId, kind: template.kind,
                                 title: numbered ? "\(template.title) \(IndonesianFormat.roman(seat))" : template.title, order: order)
                p.id = try store.save(db, p)
                out.append(p)
            }
        }
        for dept in BoardTemplate.departments() {
            var d = Department(termId: termId, name: dept.name, code: dept.code, order: dept.order)
            d.id = try store.save(db, d)
            for template in BoardTemplate.positions() where template.kind.needsDepartment {
                for _ in 1...template.count {
                    order += 1
                    var p = Position(termId: termId, departmentId: d.id, kind: template.kind,
                                     title: "\(template.title) \(dept.name)", order: order)
                    p.id = try store.save(db, p)
                    out.append(p)
                }
            }
        }
        return out
    }
}
