import Domain
import GRDB

/// What can go wrong opening or writing the store: typed cases with their facts, no words.
/// The screens and the command line word them in the interface language with
/// `Catalog.storeErrorText` (Catalog+Errors.swift).
public enum StoreError: Error, Sendable, Equatable {
    case fileMissing(String)
    case fileExists(String)
    case notADatabase(String)
    case cannotCreate(path: String, reason: String)
    /// The file was written by a newer version of the application.
    case newerSchema(found: Int, known: Int)
    /// Opened read-only (a dry run) on a file whose schema is older than this application's:
    /// it cannot be brought up to date without writing.
    case olderSchemaReadOnly(found: Int, known: Int)
    /// Hard validation errors: nothing was written.
    case invalid([ValidationIssue])
    /// Warnings that need an override reason: nothing was written.
    case needsOverride([ValidationIssue])
    case notFound(entity: String, id: Int64)
    case erased(Int64)
    /// Koordinator and anggota bidang need a bidang; the other positions must not have one.
    case positionDepartment(PositionKind)
    /// Another connection holds the write lock (SQLITE_BUSY) or a table lock (SQLITE_LOCKED)
    /// longer than the busy timeout. Nothing was written; the same action may be retried.
    case busy
    /// The record changed since it was loaded (its version moved on): nothing was written.
    /// `current` is the stored record with its version, to re-apply the user's edits onto.
    case conflict(current: PersonDraft)
    /// The file cannot be written (permissions, a read-only mount): nothing was written.
    case readOnly
    /// The operator's role does not allow the act (issue 16): nothing was written.
    case notPermitted(operatorName: String, role: Role, needs: Permission)
    /// A setting's value that `SettingRules` refuses: nothing was written.
    case setting(SettingKey, SettingError)
    /// Changing this user's role would leave the database without an admin: nothing was written.
    case lastAdmin(String)
    /// The person's processing is restricted (UU PDP): their record is frozen until the
    /// restriction is lifted; nothing was written.
    case restricted(Int64)
    /// The disk is full: nothing was written.
    case diskFull
    /// The file is damaged (SQLITE_CORRUPT): run `sekretariat check`, restore a backup.
    case damaged
    /// The operating system failed to read or write the file (SQLITE_IOERR).
    case ioFailure
    /// Any other SQLite failure, with SQLite's own text (English) for the log.
    case database(String)
}

extension StoreError {
    /// SQLite's failure as the store reports it: lock contention becomes `.busy` (a state
    /// the user can wait out, worded by the catalog), anything else keeps SQLite's text.
    init(_ error: DatabaseError) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_CORRUPT: self = .damaged
        case .SQLITE_IOERR: self = .ioFailure
        default: self = .database(error.message ?? "\(error)")
        }
    }
}
