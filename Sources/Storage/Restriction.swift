import Domain
import Foundation
import GRDB

/// A restriction of processing (pembatasan, UU PDP; issue 16): while it stands, the person's
/// record is frozen (no edits, no status change) and left out of exports and reports. Setting
/// and lifting are audited with a reason.
public struct Restriction: Hashable, Sendable, Codable {
    public let personId: Int64
    /// ISO 8601 UTC, when it was set.
    public let since: String
    public let reason: String
    public let operatorName: String

    public var sinceDate: Date? { Timestamp.parse(since) }
}

/// Restriction of processing, on `people` (issue 16).
public protocol RestrictionRepository: Sendable {
    func restriction(personId: Int64) throws -> Restriction?
    /// - Throws: `StoreError.invalid([.required(.restrictionReason)])` without a reason, `.notFound`,
    ///   `.erased`; already restricted: nothing changes.
    func restrict(personId: Int64, reason: String) throws
    /// - Throws: as `restrict`; not restricted: nothing changes.
    func liftRestriction(personId: Int64, reason: String) throws
}

extension Store: RestrictionRepository {
    public func restriction(personId: Int64) throws -> Restriction? {
        try read { db in try Self.restriction(db, personId: personId) }
    }

    static func restriction(_ db: Database, personId: Int64) throws -> Restriction? {
        try Row.fetchOne(db, sql: "SELECT * FROM restriction WHERE person_id = ?", arguments: [personId]).map { row in
            Restriction(personId: row["person_id"], since: row["since"], reason: row["reason"], operatorName: row["operator"])
        }
    }

    /// Refuses a change to a restricted person's record: `StoreError.restricted`.
    static func refuseIfRestricted(_ db: Database, personId: Int64) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM restriction WHERE person_id = ?", arguments: [personId]) == true {
            throw StoreError.restricted(personId)
        }
    }

    public func restrict(personId: Int64, reason: String) throws {
        let reason = try Self.reason(reason)
        try write { db in
            guard let person = try PersonSQL.fetchPerson(db, id: personId) else { throw StoreError.notFound(entity: "person", id: personId) }
            if person.isErased { throw StoreError.erased(personId) }
            guard try Self.restriction(db, personId: personId) == nil else { return }
            let row = Restriction(personId: personId, since: timestamp, reason: reason, operatorName: operatorName)
            try db.execute(sql: "INSERT INTO restriction (person_id, since, reason, operator) VALUES (?, ?, ?, ?)",
                           arguments: [row.personId, row.since, row.reason, row.operatorName])
            try auditor.record(db, entity: "restriction", id: personId, personId: personId, action: .insert,
                               before: Restriction?.none, after: row, reason: reason)
        }
    }

    public func liftRestriction(personId: Int64, reason: String) throws {
        let reason = try Self.reason(reason)
        try write { db in
            guard let before = try Self.restriction(db, personId: personId) else { return }
            try db.execute(sql: "DELETE FROM restriction WHERE person_id = ?", arguments: [personId])
            try auditor.record(db, entity: "restriction", id: personId, personId: personId, action: .delete,
                               before: before, after: Restriction?.none, reason: reason)
        }
    }

    private static func reason(_ raw: String) throws -> String {
        guard let reason = raw.nonBlank else { throw StoreError.invalid([.required(.restrictionReason)]) }
        return reason
    }
}
