import Foundation
import GRDB

/// Work in progress on one form by one operator: what a screen autosaves ~1 s after typing
/// pauses and offers back after a crash. Identified by `kind`, `recordKey` and the operator.
public struct Draft: Sendable, Hashable {
    /// Which form: `person`, `minutes`… chosen by the screen.
    public var kind: String
    /// The record's id as text, or a key of the caller's for a record not saved yet (`new`).
    public var recordKey: String
    /// The existing person the draft is about, if any: erasing them deletes the draft.
    public var personId: Int64?
    /// The form's content in the screen's own encoding (JSON, say); may hold personal data.
    public var payload: String
    /// The record's version when editing began (`PersonDraft.version`), to detect on commit
    /// that someone saved in between; nil for a new record.
    public var baseVersion: Int64?
    /// When it was last saved; set by the store.
    public var updatedAt: Date
    /// Whose draft it is; set by the store to the store's operator.
    public var operatorName: String

    public init(kind: String, recordKey: String, personId: Int64? = nil, payload: String, baseVersion: Int64? = nil,
                updatedAt: Date = Date(), operatorName: String = "") {
        self.kind = kind
        self.recordKey = recordKey
        self.personId = personId
        self.payload = payload
        self.baseVersion = baseVersion
        self.updatedAt = updatedAt
        self.operatorName = operatorName
    }
}

/// Drafts of the current operator (the store's). Never audited: only the commit is a change
/// to the organisation's records. Each call is one small transaction.
public protocol DraftRepository: Sendable {
    /// Inserts or replaces the operator's draft for (`kind`, `recordKey`); `updatedAt` and
    /// `operatorName` are taken from the store, not the argument. Throws
    /// `StoreError.erased` for a draft about an erased person, `.notFound` for an unknown one,
    /// `.busy` when another process holds the write lock.
    func save(_ draft: Draft) throws
    /// The operator's draft for the record, if any.
    func find(kind: String, recordKey: String) throws -> Draft?
    /// The operator's drafts, newest first: what to offer back at start.
    func pending() throws -> [Draft]
    /// Forgets the operator's draft for the record (after a commit or when the user drops it);
    /// nothing happens when there is none.
    func discard(kind: String, recordKey: String) throws
}

struct DraftStore: DraftRepository {
    let store: Store

    func save(_ draft: Draft) throws {
        try store.write { db in
            if let personId = draft.personId {
                guard let person = try PersonSQL.fetchPerson(db, id: personId) else {
                    throw StoreError.notFound(entity: "person", id: personId)
                }
                // Personal data typed about an erased person must not come back through a draft.
                if person.isErased { throw StoreError.erased(personId) }
            }
            try db.execute(sql: """
                INSERT INTO draft (kind, record_key, operator, person_id, payload, base_version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, record_key, operator) DO UPDATE SET person_id = excluded.person_id,
                    payload = excluded.payload, base_version = excluded.base_version, updated_at = excluded.updated_at
                """, arguments: [draft.kind, draft.recordKey, store.operatorName, draft.personId, draft.payload,
                                 draft.baseVersion, store.timestamp])
        }
    }

    func find(kind: String, recordKey: String) throws -> Draft? {
        try store.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM draft WHERE kind = ? AND record_key = ? AND operator = ?",
                             arguments: [kind, recordKey, store.operatorName]).map(Self.draft)
        }
    }

    func pending() throws -> [Draft] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM draft WHERE operator = ? ORDER BY updated_at DESC, kind, record_key
                """, arguments: [store.operatorName]).map(Self.draft)
        }
    }

    func discard(kind: String, recordKey: String) throws {
        try store.write { db in
            try db.execute(sql: "DELETE FROM draft WHERE kind = ? AND record_key = ? AND operator = ?",
                           arguments: [kind, recordKey, store.operatorName])
        }
    }

    static func draft(_ row: Row) -> Draft {
        let at: String = row["updated_at"]
        return Draft(kind: row["kind"], recordKey: row["record_key"], personId: row["person_id"], payload: row["payload"],
                     baseVersion: row["base_version"], updatedAt: Timestamp.parse(at) ?? .distantPast,
                     operatorName: row["operator"])
    }
}
