import Foundation
import Domain

/// A row's fate in an import (issue 13), shown before anything is written.
public enum ImportClass: String, Hashable, Sendable, CaseIterable, Codable {
    /// A new person or record.
    case new = "baru"
    /// Already there; nothing differs.
    case same = "sama"
    /// Already there, with fields that differ (listed).
    case update = "perbarui"
    /// Possibly someone already there (same folded name and birth date, or a NIK held twice):
    /// written only as decided.
    case duplicate = "ganda"
    /// An error: never written.
    case error = "galat"
}

/// One field that the import would change: the stored value and the file's, canonical text.
public struct ImportFieldChange: Hashable, Sendable {
    public var field: ImportField
    public var old: String?
    public var new: String
}

/// A stored record a row may be: its id, name, and the row's fields that agree with it.
public struct ImportCandidate: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var agreeing: [ImportField]
    public var changes: [ImportFieldChange]

    /// The row would replace the NIK stored for this record with another. A NIK is never
    /// reissued (DOMAIN.md §3), so such a row is not this record, or the NIK is mistyped on one
    /// side: a merge is refused, and a stored NIK is corrected only in the member form, audited.
    public var replacesStoredNIK: Bool {
        changes.contains { $0.field == .nik && !($0.old ?? "").isEmpty }
    }
}

/// What to do with a `ganda` row.
public enum DuplicateDecision: Hashable, Sendable {
    case skip
    case createNew
    /// The row is this candidate: its differing fields are written to it.
    case merge(Int64)
}

public struct PreviewRow: Hashable, Sendable {
    public var row: ImportRow
    public var kind: ImportClass
    /// The record a `sama`/`perbarui` row matched.
    public var matchId: Int64?
    public var changes: [ImportFieldChange]
    /// For `ganda`: the records it may be.
    public var candidates: [ImportCandidate]
}

/// Every row of a file classified against the register, nothing written yet.
public struct ImportPreview: Sendable {
    public var target: ImportTarget
    /// Who sent the file; the mapping is remembered by it.
    public var source: String
    public var fileName: String
    public var table: SheetTable
    public var mapping: ImportMapping
    public var rows: [PreviewRow]
    /// The rows as read from the file, before matching: what the commit matches again.
    var read: [ImportRow] = []

    public func count(_ kind: ImportClass) -> Int { rows.lazy.filter { $0.kind == kind }.count }
    public var counts: [ImportClass: Int] {
        var out: [ImportClass: Int] = [:]
        for row in rows { out[row.kind, default: 0] += 1 }
        return out
    }
}

/// A committed import, as the batch history lists it.
public struct ImportBatch: Hashable, Sendable {
    public var id: Int64
    public var target: ImportTarget
    public var source: String
    public var fileName: String
    public var sheet: String?
    public var importedAt: Date
    public var operatorName: String
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var skipped: Int
    public var failed: Int
    public var undoneAt: String?
}

/// Why a batch cannot be undone. Worded by the catalog.
public enum UndoRefusal: Error, Hashable, Sendable {
    case alreadyUndone
    /// A later batch, not undone, changed a record this one wrote.
    case newerBatch(Int64)
    /// A record this batch wrote was changed since (by hand or erased), row number given.
    case changedSince(row: Int, name: String)
    /// A person this batch created is now used elsewhere (a seat, attendance, a test…).
    case inUse(row: Int, name: String)
}

/// Progress of a long preview or commit, and how to stop it.
public struct ImportProgress: Sendable {
    public var report: @Sendable (_ done: Int, _ total: Int) -> Void
    public var isCancelled: @Sendable () -> Bool
    public init(report: @escaping @Sendable (Int, Int) -> Void = { _, _ in }, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.report = report
        self.isCancelled = isCancelled
    }
}

/// The preview or commit was stopped; nothing was written.
public struct ImportCancelled: Error { public init() {} }
