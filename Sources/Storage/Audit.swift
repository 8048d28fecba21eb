import Domain
import Foundation
import GRDB

/// What an audit entry records.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case insert = "tambah"
    case update = "ubah"
    case delete = "hapus"
    case statusChange = "ubah_status"
    /// Personal data erased on request (UU PDP); the row stays as a tombstone.
    case erase = "hapus_data_pribadi"
    /// Many rows in one go (generated or imported); one entry for the batch.
    case bulkInsert = "impor_massal"
}

/// One row of the audit log.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    public let id: Int64
    /// ISO 8601 UTC.
    public let at: String
    public let operatorName: String
    /// Table-like name: `person`, `membership`, `assignment`, `musda`…
    public let entity: String
    public let entityId: Int64?
    public let personId: Int64?
    public let action: AuditAction
    /// JSON before and after images (nil for insert / delete respectively).
    public let before: String?
    public let after: String?
    /// The operator's reason, e.g. for overriding warnings or a status change.
    public let reason: String?
    /// Codes of the warnings that were overridden.
    public let warnings: [String]
}

/// Writes audit rows inside the caller's transaction, so a rolled-back change leaves none.
struct Auditor {
    let operatorName: String
    let timestamp: () -> String

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json<T: Encodable>(_ value: T?) throws -> String? {
        guard let value else { return nil }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @discardableResult
    func record<T: Encodable>(_ db: Database, entity: String, id: Int64?, personId: Int64? = nil, action: AuditAction,
                              before: T?, after: T?, reason: String? = nil, warnings: [String] = []) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO audit (at, operator, entity, entity_id, person_id, action, before, after, reason, warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [timestamp(), operatorName, entity, id, personId, action.rawValue,
                             try Self.json(before), try Self.json(after), reason,
                             warnings.isEmpty ? nil : try Self.json(warnings)])
        return db.lastInsertedRowID
    }

    /// Blanks the values of every audit image and reason about a person, keeping which
    /// fields changed, when, and by whom. Used by erasure: the trail stays, the data goes.
    func redact(_ db: Database, personId: Int64) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, before, after, reason FROM audit WHERE person_id = ?",
                                    arguments: [personId])
        for row in rows {
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE audit SET before = ?, after = ?, reason = ? WHERE id = ?",
                           arguments: [Self.redacted(row["before"]), Self.redacted(row["after"]),
                                       (row["reason"] as String?).map { _ in Erasure.marker }, id])
        }
    }

    /// `{"name":"Siti","id":4}` → `{"id":4,"name":"[dihapus]"}`: identifiers stay, values go.
    static func redacted(_ json: String?) -> String? {
        guard let json, let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return json.map { _ in "\"\(Erasure.marker)\"" }
        }
        var out: [String: Any] = [:]
        for (key, value) in object {
            out[key] = Erasure.keptKeys.contains(key) ? value : Erasure.marker
        }
        guard let encoded = try? JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]) else { return nil }
        return String(decoding: encoded, as: UTF8.self)
    }
}

/// Reading the audit log.
public protocol AuditLog: Sendable {
    /// Everything about a person (their record, membership, consents, status changes), newest first.
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
        return AuditEntry(id: row["id"], at: row["at"], operatorName: row["operator"], entity: row["entity"],
                          entityId: row["entity_id"], personId: row["person_id"],
                          action: AuditAction(rawValue: row["action"]) ?? .update,
                          before: row["before"], after: row["after"], reason: row["reason"], warnings: warnings)
    }
}
