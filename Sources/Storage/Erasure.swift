/// What erasure on request (UU PDP) does to the rows of a table that point at the person.
public enum ErasurePolicy: String, Sendable, Hashable, CaseIterable {
    /// The rows are deleted: they are personal data, or mean nothing once it is gone.
    case deleted
    /// The rows stay and keep pointing at the tombstone: the organisation's own record (who
    /// held a seat, who attended, who stood for election) must not lose a seat or a vote
    /// count, and the row itself holds no personal values.
    case keptAsReference
    /// The rows stay with every personal value blanked to `[dihapus]`, keys and identifiers
    /// kept: the audit trail still shows who changed which field when.
    case redacted
}

/// The erasure rules in one place, so the repository applies them and a test can hold the
/// schema to them.
public enum Erasure {
    /// Every table with a row pointing at a person (a foreign key to `person`, or a
    /// `person_id` column), and what erasure does to those rows. Consents are kept as proof
    /// of what was agreed, and withdrawn on the day of erasure. A new table that points at a
    /// person needs an entry here; StorageTests fail until it has one.
    public static let policy: [String: ErasurePolicy] = [
        "membership": .deleted,
        "status_change": .deleted,
        "warning_ack": .deleted,
        "census_record": .deleted,
        "alumni_record": .deleted,
        // What an import wrote on the person, before and after: personal values. The batch
        // can no longer be undone whole once they are gone (`UndoRefusal.changedSince`).
        "import_change": .deleted,
        "draft": .deleted,
        // Nothing is left to restrict once the data is erased; the audit keeps when it was set.
        "restriction": .deleted,
        // A reconciliation decision on the person (the value typed, the candidate chosen): the
        // audit keeps that one was made.
        "reconcile_decision": .deleted,
        "consent": .keptAsReference,
        // An incident keeps whom it touched, as a tombstone: the register of breaches is evidence.
        "breach_person": .keptAsReference,
        "assignment": .keptAsReference,
        "attendance": .keptAsReference,
        "election_candidate": .keptAsReference,
        "formatur_member": .keptAsReference,
        "election_witness": .keptAsReference,
        "participation": .keptAsReference,
        "session_chair": .keptAsReference,
        "action_item": .keptAsReference,
        "audit": .redacted,
    ]

    /// Columns of kept rows that hold personal values, cleared on erasure (the row keeps its
    /// link, shown as erased): the person's name as someone typed it; a certificate's number
    /// and expiry, which identify the holder (the test's result stays, as a count).
    static let freeTextNames: [(table: String, column: String)] = [("action_item", "owner"), ("participation", "certificate_no"),
                                                                   ("participation", "expires_on")]

    /// Tables whose rows are deleted, children before parents (a status change belongs to a
    /// membership), so no delete trips a foreign key.
    static var deletedTables: [String] {
        let parentsLast = ["membership"]
        return policy.filter { $0.value == .deleted }.keys.sorted {
            (parentsLast.contains($0) ? 1 : 0, $0) < (parentsLast.contains($1) ? 1 : 0, $1)
        }
    }

    /// Tables of people found before they are linked to a person, erased by the person's NIK too.
    static let recordsByNIK = ["census_record", "alumni_record"]

    /// What a blanked value reads.
    public static let marker = "[dihapus]"
    /// Keys whose values stay in redacted audit images: identifiers, not personal data.
    static let keptKeys: Set<String> = ["id", "personId", "termId", "positionId", "musdaId", "activityId",
                                        "departmentId", "sessionId", "electionId", "figureId", "programmeId",
                                        "erasedOn", "erased_on", "fields"]
}
