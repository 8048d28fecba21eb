import Foundation

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
    /// Personal data read out: a person's whole record exported on request (UU PDP right of
    /// access, DOMAIN.md §6). Nothing changed; the entry says who took what, when.
    case read = "baca"
}

/// One field of an audited record that an entry changed.
///
/// Values are the stored JSON values as text: a string as it is, a number or boolean in
/// JSON, an object or array as compact JSON with sorted keys; nil when the field had no value
/// on that side (before an insert, after a delete, a cleared optional). After erasure, both
/// values of a personal field read `[dihapus]`.
public struct FieldChange: Sendable, Hashable {
    /// The domain property name: `phone`, `email`, `status`, `employment`…
    public let field: String
    public let before: String?
    public let after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// The top-level fields of two JSON object images whose values differ, by field name.
    /// A missing image (nil, or text that is not a JSON object) counts as empty. Nested
    /// objects compare by value, whatever their key order. A field blanked by erasure on both
    /// sides still counts: an update image only holds fields that changed.
    public static func diff(before: String?, after: String?) -> [FieldChange] {
        diff(JSONValue.object(before), JSONValue.object(after))
    }

    static func diff(_ before: [String: JSONValue]?, _ after: [String: JSONValue]?) -> [FieldChange] {
        let b = before ?? [:], a = after ?? [:]
        let redacted = JSONValue.string(Erasure.marker)
        return Set(b.keys).union(a.keys).sorted().compactMap { key in
            let old = b[key] ?? .null, new = a[key] ?? .null
            guard old != new || old == redacted else { return nil }
            return FieldChange(field: key, before: old.text, after: new.text)
        }
    }
}

/// One row of the audit log.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    public let id: Int64
    /// When the change committed (stored as ISO 8601 UTC text with milliseconds).
    public let at: Date
    public let operatorName: String
    /// Table-like name: `person`, `membership`, `assignment`, `musda`…
    public let entity: String
    public let entityId: Int64?
    public let personId: Int64?
    public let action: AuditAction
    /// The images as stored, JSON objects: the whole record for an insert (`after`) or a
    /// delete (`before`); for an update or status change only the fields that changed, plus
    /// identifiers (`id`, `personId`…); for an erasure `{"fields": [names]}`.
    public let before: String?
    public let after: String?
    /// The fields this entry changed, sorted by name. For an insert every field of the new
    /// record, for a delete every field of the old one. For an erasure the personal fields
    /// that held data, in the order recorded, with both values nil: erasure keeps no value.
    public let changes: [FieldChange]
    /// The operator's reason, e.g. for overriding warnings or a status change.
    public let reason: String?
    /// Codes of the warnings that were overridden.
    public let warnings: [String]
}
