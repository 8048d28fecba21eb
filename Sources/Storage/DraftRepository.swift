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

/// Drafts of the current operator (the store's), each tied to the session that typed it
/// (`EditingSession`): another window of the same operator neither sees nor overwrites this
/// one's live draft, and a draft whose session ended (the process died) is offered back.
/// Never audited: only the commit is a change to the organisation's records. Each call is one
/// small transaction.
public protocol DraftRepository: Sendable {
    /// Inserts or replaces this session's draft for (`kind`, `recordKey`); `updatedAt` and
    /// `operatorName` are taken from the store, not the argument. A draft of an ended session
    /// for the same record is taken over (removed). Throws `StoreError.erased` for a draft about
    /// an erased person, `.notFound` for an unknown one, `.busy` when another process holds
    /// the write lock.
    func save(_ draft: Draft) throws
    /// This session's draft for the record, or else the newest one an ended session left.
    func find(kind: String, recordKey: String) throws -> Draft?
    /// This session's drafts and those ended sessions left, newest first: at start, what to
    /// offer back. Another live window's drafts are not among them.
    func pending() throws -> [Draft]
    /// Forgets this session's draft for the record and any an ended session left (after a
    /// commit or when the user drops it). Another live session's draft stays.
    func discard(kind: String, recordKey: String) throws
    /// When another live session of the operator last saved a draft of the record (another
    /// window editing it now), or nil.
    func editedElsewhere(kind: String, recordKey: String) throws -> Date?
    /// The newest draft of the record that another live session, of any operator, holds: who is
    /// typing it now and what they have typed (the minutes' read-only second view). Nil when none.
    func typedElsewhere(kind: String, recordKey: String) throws -> Draft?
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
            for orphan in try others(db, kind: draft.kind, recordKey: draft.recordKey) where !orphan.isAlive {
                try db.execute(sql: "DELETE FROM draft WHERE kind = ? AND record_key = ? AND operator = ? AND session = ?",
                               arguments: [draft.kind, draft.recordKey, store.operatorName, orphan.session])
            }
            try db.execute(sql: """
                INSERT INTO draft (kind, record_key, operator, session, person_id, payload, base_version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, record_key, operator, session) DO UPDATE SET person_id = excluded.person_id,
                    payload = excluded.payload, base_version = excluded.base_version, updated_at = excluded.updated_at
                """, arguments: [draft.kind, draft.recordKey, store.operatorName, store.session.text, draft.personId,
                                 draft.payload, draft.baseVersion, store.timestamp])
        }
    }

    func find(kind: String, recordKey: String) throws -> Draft? {
        try store.read { db in
            if let mine = try Row.fetchOne(db, sql: """
                SELECT * FROM draft WHERE kind = ? AND record_key = ? AND operator = ? AND session = ?
                """, arguments: [kind, recordKey, store.operatorName, store.session.text]) {
                return Self.draft(mine)
            }
            return try others(db, kind: kind, recordKey: recordKey).first { !$0.isAlive }?.draft
        }
    }

    func pending() throws -> [Draft] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM draft WHERE operator = ? ORDER BY updated_at DESC, kind, record_key
                """, arguments: [store.operatorName])
                .map(stored).filter { $0.session == store.session.text || !$0.isAlive }.map(\.draft)
        }
    }

    func discard(kind: String, recordKey: String) throws {
        try store.write { db in
            let ended = try others(db, kind: kind, recordKey: recordKey).filter { !$0.isAlive }.map(\.session)
            for session in ended + [store.session.text] {
                try db.execute(sql: "DELETE FROM draft WHERE kind = ? AND record_key = ? AND operator = ? AND session = ?",
                               arguments: [kind, recordKey, store.operatorName, session])
            }
        }
    }

    func editedElsewhere(kind: String, recordKey: String) throws -> Date? {
        try store.read { db in
            try others(db, kind: kind, recordKey: recordKey).first { $0.isAlive }?.draft.updatedAt
        }
    }

    func typedElsewhere(kind: String, recordKey: String) throws -> Draft? {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM draft WHERE kind = ? AND record_key = ? AND session <> ? ORDER BY updated_at DESC
                """, arguments: [kind, recordKey, store.session.text]).map(stored).first { $0.isAlive }?.draft
        }
    }

    /// A stored draft with its session and whether that session may still be typing.
    private struct Stored {
        let draft: Draft
        let session: String
        let isAlive: Bool
    }

    private func stored(_ row: Row) -> Stored {
        let draft = Self.draft(row)
        let session: String = row["session"]
        let alive = EditingSession(text: session)?.isAlive(lastWrite: draft.updatedAt, now: store.clock()) ?? false
        return Stored(draft: draft, session: session, isAlive: alive)
    }

    /// The operator's drafts of the record from other sessions, newest first.
    private func others(_ db: Database, kind: String, recordKey: String) throws -> [Stored] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM draft WHERE kind = ? AND record_key = ? AND operator = ? AND session <> ?
            ORDER BY updated_at DESC
            """, arguments: [kind, recordKey, store.operatorName, store.session.text]).map(stored)
    }

    static func draft(_ row: Row) -> Draft {
        let at: String = row["updated_at"]
        return Draft(kind: row["kind"], recordKey: row["record_key"], personId: row["person_id"], payload: row["payload"],
                     baseVersion: row["base_version"], updatedAt: Timestamp.parse(at) ?? .distantPast,
                     operatorName: row["operator"])
    }
}
