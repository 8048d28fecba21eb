import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Several staff on one server (issue 16): a database one OS group shares. Its folder is the
/// group's and setgid, so every file made in it (the WAL, the -shm, backups) belongs to the
/// group too; the database is 0660 and SQLite gives its -wal and -shm the same mode. Nothing
/// is readable by others. A per-user database stays owner-only (0600, folder 0700).
public enum SharedDatabase {
    /// Folder mode: setgid, owner and group rwx, others nothing.
    public static let folderMode: mode_t = 0o2770
    /// Database and backup mode: owner and group rw, others nothing.
    public static let fileMode: mode_t = 0o660

    /// Creates the folder of `path` (or takes over an empty one) for `group`, and the empty
    /// database file in it. The caller then opens it with `Store.open`, which adds the schema.
    /// - Throws: `StoreError.fileExists` when `path` exists; `.cannotCreate` with the system's
    ///   reason when the folder holds other files or cannot be given to the group.
    public static func prepare(path: String, group: gid_t) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { throw StoreError.fileExists(path) }
        let folder = SharedDatabase.folder(of: path)
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
            // A folder with other files in it would be opened to the whole group: refused.
            guard isDirectory.boolValue, (try? fm.contentsOfDirectory(atPath: folder))?.isEmpty == true else {
                throw StoreError.cannotCreate(path: folder, reason: "folder harus baru atau kosong, khusus untuk basis data bersama")
            }
        } else {
            try check(mkdir(folder, 0o700), folder)
        }
        // chmod after chown: changing the group clears setgid on some systems; and the umask
        // must not take the group's bits.
        try check(chown(folder, uid_t.max, group), folder)
        try check(chmod(folder, folderMode), folder)
        try createFile(path, mode: fileMode, group: group)
    }

    /// Creates `path` new (never over a file) with exactly `mode`, whatever the umask, and
    /// gives it to `group` when given.
    static func createFile(_ path: String, mode: mode_t, group: gid_t?) throws {
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        try check(fd, path)
        defer { _ = Glibc.close(fd) }
        if let group { try check(fchown(fd, uid_t.max, group), path) }
        try check(fchmod(fd, mode), path)
    }

    /// The mode and group a copy of `source` gets: a shared database's backups are shared the
    /// same way (0660, its group); anything else is owner-only (0600).
    static func copyPermissions(of source: String) -> (mode: mode_t, group: gid_t?) {
        var info = stat()
        guard stat(source, &info) == 0, info.st_mode & 0o060 != 0 else { return (0o600, nil) }
        return (fileMode, info.st_gid)
    }

    /// The folder holding `path` ("." for a bare file name): where SQLite makes the -wal and -shm.
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Whether `path` is a shared database: its folder is setgid and the file its group's.
    static func isShared(_ path: String) -> Bool {
        let folder = SharedDatabase.folder(of: path)
        var file = stat(), dir = stat()
        guard stat(path, &file) == 0, stat(folder, &dir) == 0 else { return false }
        return dir.st_mode & S_ISGID != 0 && dir.st_gid == file.st_gid
    }

    private static func check(_ result: Int32, _ path: String) throws {
        guard result < 0 else { return }
        let code = errno
        let reason = code == EACCES || code == EPERM
            ? "tidak ada izin; buat di folder milik Anda, atau minta admin sistem menjalankan init"
            : code == ENOENT ? "folder di atasnya tidak ada" : String(cString: strerror(code))
        throw StoreError.cannotCreate(path: path, reason: reason)
    }
}
