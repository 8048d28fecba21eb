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

/// Terms, bidang, positions and who holds them.
public protocol BoardRepository: Sendable {
    func terms() throws -> [Term]
    /// The term with status aktif (the latest if several).
    func activeTerm() throws -> Term?
    @discardableResult func save(_ term: Term) throws -> Int64
    func departments(termId: Int64) throws -> [Department]
    @discardableResult func save(_ department: Department) throws -> Int64
    func positions(termId: Int64) throws -> [Position]
    @discardableResult func save(_ position: Position) throws -> Int64
    @discardableResult func assign(_ assignment: Assignment) throws -> Int64
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
        let issues = TermValidator.check(term)
        guard issues.isEmpty else { throw StoreError.invalid(issues) }
        return try store.write { try store.save($0, term) }
    }

    func departments(termId: Int64) throws -> [Department] {
        try store.read { try Department.fetchAll($0, where: "term_id = ?", arguments: [termId], order: "sort_order") }
    }

    func save(_ department: Department) throws -> Int64 { try store.write { try store.save($0, department) } }

    func positions(termId: Int64) throws -> [Position] {
        try store.read { try Position.fetchAll($0, where: "term_id = ?", arguments: [termId], order: "sort_order, id") }
    }

    func save(_ position: Position) throws -> Int64 {
        guard position.kind.needsDepartment == (position.departmentId != nil) else {
            throw StoreError.positionDepartment(position.kind)
        }
        return try store.write { try store.save($0, position) }
    }

    func assign(_ assignment: Assignment) throws -> Int64 {
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
