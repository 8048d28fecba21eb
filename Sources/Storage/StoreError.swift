import Domain
import GRDB

/// What can go wrong opening or writing the store. Every case has ready text in Indonesian
/// (the default) and English; `description` is the Indonesian one-liner the CLI prints.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileMissing(String)
    case fileExists(String)
    case notADatabase(String)
    case cannotCreate(path: String, reason: String)
    /// The file was written by a newer version of the application.
    case newerSchema(found: Int, known: Int)
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
    /// The disk is full: nothing was written.
    case diskFull
    /// The file is damaged (SQLITE_CORRUPT): run `sekretariat check`, restore a backup.
    case damaged
    /// The operating system failed to read or write the file (SQLITE_IOERR).
    case ioFailure
    /// Any other SQLite failure, with SQLite's own text (English) for the log.
    case database(String)

    public var indonesian: String {
        switch self {
        case .fileMissing(let p): return "Berkas basis data tidak ditemukan: \(p)"
        case .fileExists(let p): return "Berkas sudah ada, tidak ditimpa: \(p)"
        case .notADatabase(let p): return "Berkas bukan basis data sekretariat (SQLite): \(p)"
        case .cannotCreate(let p, let why): return "Tidak dapat membuat \(p): \(why)"
        case .newerSchema(let found, let known):
            return "Basis data memakai skema versi \(found), lebih baru dari versi \(known) yang dikenal aplikasi ini. Perbarui aplikasi; berkas tidak diubah."
        case .invalid(let issues): return "Data tidak valid: " + issues.map(\.indonesian).joined(separator: " ")
        case .needsOverride(let issues):
            return "Perlu alasan untuk mengabaikan peringatan: " + issues.map(\.indonesian).joined(separator: " ")
        case .notFound(let entity, let id): return "Data \(entity) #\(id) tidak ditemukan."
        case .erased(let id): return "Data pribadi orang #\(id) sudah dihapus."
        case .positionDepartment(let kind):
            return kind.needsDepartment ? "Jabatan \(kind.rawValue) harus berada dalam bidang." : "Jabatan \(kind.rawValue) tidak berada dalam bidang."
        case .busy: return "Basis data sedang dipakai proses lain; coba lagi sebentar."
        case .conflict:
            return "Data ini sudah diubah orang lain setelah Anda membukanya; tidak ada yang disimpan. Muat ulang, lalu terapkan perubahan Anda lagi."
        case .readOnly: return "Basis data tidak dapat ditulisi (hak akses berkas); tidak ada yang disimpan."
        case .diskFull: return "Disk penuh; tidak ada yang disimpan. Kosongkan ruang disk, lalu coba lagi."
        case .damaged: return "Berkas basis data rusak. Jalankan `sekretariat check` dan pulihkan dari cadangan."
        case .ioFailure: return "Sistem gagal membaca atau menulis berkas basis data; coba lagi."
        case .database(let message): return "Kesalahan basis data: \(message)"
        }
    }

    public var english: String {
        switch self {
        case .fileMissing(let p): return "Database file not found: \(p)"
        case .fileExists(let p): return "File already exists, not overwritten: \(p)"
        case .notADatabase(let p): return "Not a sekretariat (SQLite) database: \(p)"
        case .cannotCreate(let p, let why): return "Cannot create \(p): \(why)"
        case .newerSchema(let found, let known):
            return "The database uses schema version \(found), newer than version \(known) known to this application. Update the application; the file was not changed."
        case .invalid(let issues): return "Invalid data: " + issues.map(\.english).joined(separator: " ")
        case .needsOverride(let issues): return "A reason is needed to override: " + issues.map(\.english).joined(separator: " ")
        case .notFound(let entity, let id): return "No \(entity) #\(id)."
        case .erased(let id): return "The personal data of person #\(id) has been erased."
        case .positionDepartment(let kind):
            return kind.needsDepartment ? "Position \(kind.rawValue) must belong to a department." : "Position \(kind.rawValue) does not belong to a department."
        case .busy: return "The database is in use by another process; try again in a moment."
        case .conflict:
            return "Someone else changed this record after you opened it; nothing was saved. Reload it and apply your changes again."
        case .readOnly: return "The database cannot be written (file permissions); nothing was saved."
        case .diskFull: return "The disk is full; nothing was saved. Free some space and try again."
        case .damaged: return "The database file is damaged. Run `sekretariat check` and restore from a backup."
        case .ioFailure: return "The system failed to read or write the database file; try again."
        case .database(let message): return "Database error: \(message)"
        }
    }

    public var description: String { indonesian }
}

extension StoreError {
    /// SQLite's failure as the store reports it: lock contention becomes `.busy` (a state
    /// the user can wait out, worded in their language), anything else keeps SQLite's text.
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
