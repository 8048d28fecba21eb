import Domain
import GRDB

// Terms' statuses, the board as one read, and filling seats under `BoardRules`.
extension BoardStore {
    func termSummaries() throws -> [TermSummary] {
        try store.read { db in
            let counts = try Row.fetchAll(db, sql: """
                SELECT p.term_id, count(*) AS seats,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.position_id = p.id
                                                      AND a.end_reason IS NULL)) AS filled
                FROM position p GROUP BY p.term_id
                """)
            let byTerm = Dictionary(uniqueKeysWithValues: counts.map { (($0["term_id"] as Int64), (seats: $0["seats"] as Int, filled: $0["filled"] as Int)) })
            return try Term.fetchAll(db, order: "start_date DESC").map { term in
                let c = byTerm[term.id!] ?? (0, 0)
                return TermSummary(term: term, filledSeats: c.filled, seats: c.seats)
            }
        }
    }

    func term(id: Int64) throws -> Term? { try store.read { try Term.fetchOne($0, id: id) } }

    func changeStatus(termId: Int64, to status: Term.Status, reason: String, demotingActive: Bool) throws {
        try store.write { db in
            guard var term = try Term.fetchOne(db, id: termId) else { throw StoreError.notFound(entity: "term", id: termId) }
            guard status > term.status else { throw StoreError.invalid([.statusBackward(from: term.status, to: status)]) }
            if status == .aktif {
                let others = try Term.fetchAll(db, where: "status = 'aktif' AND id <> ?", arguments: [termId])
                if !others.isEmpty && !demotingActive { throw StoreError.invalid([.anotherTermActive(others[0].name)]) }
                for var other in others {
                    other.status = .demisioner
                    try store.save(db, other, reason: reason)
                }
            }
            term.status = status
            try store.save(db, term, reason: reason)
        }
    }

    func board(termId: Int64) throws -> BoardSnapshot {
        try store.read { db in
            guard let term = try Term.fetchOne(db, id: termId) else { throw StoreError.notFound(entity: "term", id: termId) }
            let departments = try Department.fetchAll(db, where: "term_id = ?", arguments: [termId], order: "sort_order, id")
            let order = Dictionary(uniqueKeysWithValues: departments.enumerated().map { ($0.element.id!, $0.offset) })
            let positions = try Position.fetchAll(db, where: "term_id = ?", arguments: [termId], order: "sort_order, id")
            var holdings: [Int64: [SeatHolding]] = [:]
            for holding in try Self.holdings(db, where: "p.term_id = ?", [termId]) {
                holdings[holding.assignment.positionId, default: []].append(holding)
            }
            let seats = positions.map { p in
                let all = holdings[p.id!] ?? []
                return Seat(position: p, holder: all.last { !$0.assignment.endedEarly }, holdings: all.count)
            }
            // Board order: advisers, executive, then the bidang in their order.
            func rank(_ s: Seat) -> Int {
                switch s.position.kind.category {
                case .adviser: return 0
                case .executive: return 1
                case .department: return 2 + (s.position.departmentId.flatMap { order[$0] } ?? 0)
                }
            }
            let sorted = seats.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
            return BoardSnapshot(term: term, departments: departments, seats: sorted)
        }
    }

    func seatHistory(positionId: Int64) throws -> [SeatHolding] {
        try store.read { try Self.holdings($0, where: "a.position_id = ?", [positionId]) }
    }

    /// Assignments with their holder, oldest start first (then entry order).
    static func holdings(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [SeatHolding] {
        try Row.fetchAll(db, sql: """
            SELECT a.*, pe.name AS person_name, pe.erased_on, m.kta
            FROM assignment a JOIN position p ON p.id = a.position_id JOIN term t ON t.id = p.term_id
            LEFT JOIN person pe ON pe.id = a.person_id LEFT JOIN membership m ON m.person_id = a.person_id
            WHERE \(condition)
            ORDER BY coalesce(a.start_date, t.start_date), a.id
            """, arguments: arguments).map { row in
            SeatHolding(assignment: Assignment(row: row), name: row["person_name"] ?? "",
                        isErased: row["erased_on"] != nil || row["person_name"] == nil, kta: row["kta"])
        }
    }

    // MARK: Seats and bidang

    func removeDepartment(id: Int64, reason: String) throws {
        try store.write { db in
            let held = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM assignment a JOIN position p ON p.id = a.position_id WHERE p.department_id = ?
                """, arguments: [id]) ?? 0
            guard held == 0 else { throw StoreError.invalid([.hasHistory(.departmentName)]) }
            for position in try Position.fetchAll(db, where: "department_id = ?", arguments: [id]) {
                try store.delete(db, Position.self, id: position.id!, reason: reason)
            }
            try store.delete(db, Department.self, id: id, reason: reason)
        }
    }

    func removeSeat(positionId: Int64, reason: String) throws {
        try store.write { db in
            let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM assignment WHERE position_id = ?", arguments: [positionId]) ?? 0
            guard held == 0 else { throw StoreError.invalid([.hasHistory(.positionTitle)]) }
            try store.delete(db, Position.self, id: positionId, reason: reason)
        }
    }

    /// The next `sort_order` of a term's seats or bidang: new ones go last.
    static func nextOrder(_ db: Database, table: String, termId: Int64) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT max(sort_order) FROM \(table) WHERE term_id = ?", arguments: [termId]) ?? 0) + 1
    }

    // MARK: Filling seats

    func check(_ assignment: Assignment) throws -> [ValidationIssue] {
        try store.read { try check($0, assignment) }
    }

    func check(_ db: Database, _ assignment: Assignment) throws -> [ValidationIssue] {
        guard let position = try Position.fetchOne(db, id: assignment.positionId) else {
            throw StoreError.notFound(entity: "position", id: assignment.positionId)
        }
        guard let term = try Term.fetchOne(db, id: position.termId) else { throw StoreError.notFound(entity: "term", id: position.termId) }
        guard let person = try PersonSQL.fetchPerson(db, id: assignment.personId) else {
            throw StoreError.notFound(entity: "person", id: assignment.personId)
        }
        if person.isErased { throw StoreError.erased(assignment.personId) }
        let seat = try Self.holdings(db, where: "a.position_id = ? AND a.id IS NOT ?", [position.id, assignment.id])
            .map { BoardRules.Holding($0.assignment, holderName: $0.isErased ? "—" : $0.name) }
        let mine = BoardRules.period(assignment, term)
        let otherSeats = try Row.fetchAll(db, sql: """
            SELECT a.start_date, a.end_date, p.title FROM assignment a JOIN position p ON p.id = a.position_id
            WHERE p.term_id = ? AND a.person_id = ? AND a.position_id <> ? AND a.id IS NOT ?
            """, arguments: [term.id, assignment.personId, position.id, assignment.id]).filter { row in
            BoardRules.overlaps(mine, ((row["start_date"] as LocalDate?) ?? term.start, row["end_date"] as LocalDate?))
        }.map { $0["title"] as String }
        let status = try MembershipStatus.fetchOne(db, sql: "SELECT status FROM membership WHERE person_id = ?",
                                                   arguments: [assignment.personId])
        return BoardRules.check(assignment, term: term, seat: seat,
                                candidate: .init(membershipStatus: status, otherSeats: otherSeats))
    }

    func assign(_ assignment: Assignment, overrideReason: String?) throws -> Int64 {
        try store.write { db in try assign(db, assignment, overrideReason: overrideReason) }
    }

    private func assign(_ db: Database, _ assignment: Assignment, overrideReason: String?) throws -> Int64 {
        let issues = try check(db, assignment)
        guard issues.errors.isEmpty else { throw StoreError.invalid(issues.errors) }
        let reason = overrideReason?.trimmingSpaces
        if !issues.warnings.isEmpty && (reason ?? "").isEmpty { throw StoreError.needsOverride(issues.warnings) }
        return try store.save(db, assignment, reason: issues.warnings.isEmpty ? nil : reason)
    }

    func endAssignment(id: Int64, on date: LocalDate, reason: AssignmentEndReason, note: String?) throws {
        try store.write { db in try end(db, id: id, on: date, reason: reason, note: note) }
    }

    private func end(_ db: Database, id: Int64, on date: LocalDate, reason: AssignmentEndReason, note: String?) throws {
        guard var assignment = try Assignment.fetchOne(db, id: id) else { throw StoreError.notFound(entity: "assignment", id: id) }
        guard let position = try Position.fetchOne(db, id: assignment.positionId),
              let term = try Term.fetchOne(db, id: position.termId) else {
            throw StoreError.notFound(entity: "position", id: assignment.positionId)
        }
        let start = assignment.start ?? term.start
        if date <= start { throw StoreError.invalid([.dateBefore(.assignmentEnd, reference: .assignmentStart)]) }
        if let end = term.end, date > end { throw StoreError.invalid([.outsideTerm(.assignmentEnd)]) }
        assignment.end = date
        assignment.endReason = reason
        let text = note?.trimmingSpaces
        try store.save(db, assignment, reason: (text ?? "").isEmpty ? reason.rawValue : text)
    }

    func replace(assignmentId: Int64, on date: LocalDate, reason: AssignmentEndReason, with personId: Int64,
                 overrideReason: String?) throws -> Int64 {
        try store.write { db in
            guard let old = try Assignment.fetchOne(db, id: assignmentId) else {
                throw StoreError.notFound(entity: "assignment", id: assignmentId)
            }
            try end(db, id: assignmentId, on: date, reason: reason, note: nil)
            return try assign(db, Assignment(positionId: old.positionId, personId: personId, start: date, decree: nil),
                              overrideReason: overrideReason)
        }
    }
}
