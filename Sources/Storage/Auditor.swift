import Foundation
import GRDB

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

    /// Identifiers kept in update images even when unchanged, so an entry can be read alone.
    static let identifierKeys: Set<String> = ["id", "personId", "termId", "positionId", "musdaId", "activityId",
                                              "departmentId", "sessionId", "electionId", "figureId", "programmeId"]

    /// Records one change. Updates and status changes store only the fields that differ (and
    /// the identifiers); a status change also keeps `status`, the subject of the entry.
    @discardableResult
    func record<T: Encodable>(_ db: Database, entity: String, id: Int64?, personId: Int64? = nil, action: AuditAction,
                              before: T?, after: T?, reason: String? = nil, warnings: [String] = []) throws -> Int64 {
        var beforeJSON = try Self.json(before), afterJSON = try Self.json(after)
        if action == .update || action == .statusChange,
           let b = JSONValue.object(beforeJSON), let a = JSONValue.object(afterJSON) {
            let (changedBefore, changedAfter) = Self.changedOnly(b, a, keeping: action == .statusChange ? ["status"] : [])
            beforeJSON = JSONValue.object(changedBefore).canonical
            afterJSON = JSONValue.object(changedAfter).canonical
        }
        try db.execute(sql: """
            INSERT INTO audit (at, operator, entity, entity_id, person_id, action, before, after, reason, warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [timestamp(), operatorName, entity, id, personId, action.rawValue,
                             beforeJSON, afterJSON, reason, warnings.isEmpty ? nil : try Self.json(warnings)])
        return db.lastInsertedRowID
    }

    /// The two images cut down to the keys whose values differ, plus identifiers and `keeping`.
    static func changedOnly(_ before: [String: JSONValue], _ after: [String: JSONValue],
                            keeping: Set<String>) -> ([String: JSONValue], [String: JSONValue]) {
        let kept = identifierKeys.union(keeping)
        var b: [String: JSONValue] = [:], a: [String: JSONValue] = [:]
        for key in Set(before.keys).union(after.keys) where kept.contains(key) || before[key] != after[key] {
            b[key] = before[key]
            a[key] = after[key]
        }
        return (b, a)
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
    /// Text that is not a JSON object is replaced whole.
    static func redacted(_ json: String?) -> String? {
        guard let json else { return nil }
        guard let object = JSONValue.object(json) else { return JSONValue.string(Erasure.marker).canonical }
        var out: [String: JSONValue] = [:]
        for (key, value) in object {
            out[key] = Erasure.keptKeys.contains(key) ? value : .string(Erasure.marker)
        }
        return JSONValue.object(out).canonical
    }
}
