/// What a staff account may do (issue 16; DOMAIN.md §6 for unmasking). The operator is the
/// OS account of the process; the database maps account names to roles.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Settings, users, erasure, unmasking, and everything an operator does.
    case admin
    /// Enters and edits data; may view a full NIK (audited as a read).
    case `operator`
    /// Reads only; NIKs always masked. An account with no recorded role is a pembaca.
    case pembaca

    /// Whether this role may do `permission`.
    public func allows(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (.admin, _): return true
        case (.operator, .edit), (.operator, .unmask): return true
        default: return false
        }
    }
}

/// A kind of act a role may be refused.
public enum Permission: String, Sendable, CaseIterable {
    /// Adding, changing or removing records (drafts included).
    case edit
    /// Seeing or exporting a full NIK; audited as a read.
    case unmask
    /// Settings, users and erasure.
    case administer
}
