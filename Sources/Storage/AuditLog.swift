import Foundation
import GRDB

/// Reading the audit log. Entries are newest first.
public protocol AuditLog: Sendable {
    /// Everything about a person (their record, membership, consents, status changes), at most `limit`.
    func entries(personId: Int64, limit: Int) throws -> [AuditEntry]
    func entries(entity: String, id: Int64) throws -> [AuditEntry]
    func recent(limit: Int) throws -> [AuditEntry]
    func count() throws -> Int
}

struct AuditLogStore: AuditLog {
    let store: Store

    func entries(personId: Int64, limit: Int) throws -> [AuditEntry] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE person_id = ? ORDER BY id DESC LIMIT ?",
                             arguments: [personId, limit]).map(Self.entry)
        }
    }

    func entries(entity: String, id: Int64) throws -> [AuditEntry] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id DESC",
                             arguments: [entity, id]).map(Self.entry)
        }
    }

    func recent(limit: Int) throws -> [AuditEntry] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.entry)
        }
    }

    func count() throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 }
    }

    static func entry(_ row: Row) -> AuditEntry {
        let warnings: [String] = (row["warnings"] as String?)
            .flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        let action = AuditAction(rawValue: row["action"]) ?? .update
        let before: String? = row["before"], after: String? = row["after"]
        let at: String = row["at"]
        return AuditEntry(id: row["id"], at: Timestamp.parse(at) ?? .distantPast, operatorName: row["operator"],
                          entity: row["entity"], entityId: row["entity_id"], personId: row["person_id"], action: action,
                          before: before, after: after, changes: changes(action, before: before, after: after),
                          reason: row["reason"], warnings: warnings)
    }

    /// An erasure names its fields in `{"fields": [...]}`; every other entry is a diff of its images.
    static func changes(_ action: AuditAction, before: String?, after: String?) -> [FieldChange] {
        guard action == .erase else { return FieldChange.diff(before: before, after: after) }
        guard case .array(let names)? = JSONValue.object(before)?["fields"] else { return [] }
        return names.compactMap { name in
            guard case .string(let field) = name else { return nil }
            return FieldChange(field: field, before: nil, after: nil)
        }
    }
}
