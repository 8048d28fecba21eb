import Domain
import GRDB

/// Work programmes with their targets.
public protocol ProgrammeRepository: Sendable {
    /// Programmes of a term (all terms when nil), in entry order.
    func programmes(termId: Int64?) throws -> [Programme]
    @discardableResult func save(_ programme: Programme) throws -> Int64
}

struct ProgrammeStore: ProgrammeRepository {
    let store: Store

    func programmes(termId: Int64?) throws -> [Programme] {
        try store.read { db in
            let rows = termId == nil
                ? try Row.fetchAll(db, sql: "SELECT * FROM programme ORDER BY term_id, id")
                : try Row.fetchAll(db, sql: "SELECT * FROM programme WHERE term_id = ? ORDER BY id", arguments: [termId])
            return try rows.map { try Self.programme(db, row: $0) }
        }
    }

    static func programme(_ db: Database, row: Row) throws -> Programme {
        let id: Int64 = row["id"]
        let targets = try Row.fetchAll(db, sql: "SELECT * FROM programme_target WHERE programme_id = ? ORDER BY sort_order",
                                       arguments: [id]).map {
            Programme.Target(description: $0["description"], unit: $0["unit"], target: $0["target"], realisation: $0["realisation"])
        }
        return Programme(id: id, termId: row["term_id"], departmentId: row["department_id"], title: row["title"],
                         status: row["status"], description: row["description"], targets: targets)
    }

    func save(_ programme: Programme) throws -> Int64 {
        try store.write { db in
            let before = try programme.id.flatMap { id in
                try Row.fetchOne(db, sql: "SELECT * FROM programme WHERE id = ?", arguments: [id]).map { try Self.programme(db, row: $0) }
            }
            if let id = programme.id {
                guard before != nil else { throw StoreError.notFound(entity: "programme", id: id) }
                try db.execute(sql: "UPDATE programme SET term_id = ?, department_id = ?, title = ?, status = ?, description = ? WHERE id = ?",
                               arguments: [programme.termId, programme.departmentId, programme.title, programme.status,
                                           programme.description, id])
                try db.execute(sql: "DELETE FROM programme_target WHERE programme_id = ?", arguments: [id])
            } else {
                try db.execute(sql: "INSERT INTO programme (term_id, department_id, title, status, description) VALUES (?, ?, ?, ?, ?)",
                               arguments: [programme.termId, programme.departmentId, programme.title, programme.status,
                                           programme.description])
            }
            var saved = programme
            saved.id = programme.id ?? db.lastInsertedRowID
            for (i, t) in programme.targets.enumerated() {
                try db.execute(sql: """
                    INSERT INTO programme_target (programme_id, sort_order, description, unit, target, realisation) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [saved.id, i + 1, t.description, t.unit, t.target, t.realisation])
            }
            try store.auditor.record(db, entity: "programme", id: saved.id, action: before == nil ? .insert : .update,
                                     before: before, after: saved)
            return saved.id!
        }
    }
}
