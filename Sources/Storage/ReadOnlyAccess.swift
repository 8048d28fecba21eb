import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Opening a database this account may read but not write (issue 16): a file of another
/// user, a read-only folder or mount. Tried as a new user would, it refused to open, and the
/// -wal/-shm files it made kept the owner out after the permissions were fixed. Here nothing
/// is ever created: the shared-memory file is opened read-only (`readonly_shm`), and when it
/// cannot be read at all while the WAL is empty, the main file alone is the whole database
/// and is read as `immutable`.
enum ReadOnlyAccess {
    /// Whether this account may write the database and make its -wal and -shm files.
    static func canWrite(_ path: String) -> Bool {
        guard access(path, W_OK) == 0 else { return false }
        let folder = SharedDatabase.folder(of: path)
        if access(folder, W_OK) == 0 { return true }
        // A read-only folder still serves when both side files exist and are writable.
        return access(path + "-wal", W_OK) == 0 && access(path + "-shm", W_OK) == 0
    }

    static func open(_ path: String, configuration: Configuration) throws -> DatabasePool {
        do {
            let pool = try DatabasePool(path: uri(path, "readonly_shm=1"), configuration: configuration)
            // The shared memory is found missing only when first read: SQLITE_READONLY
            // (cannot initialise it) for a folder this account may not write (issue 16, tried as
            // a new user would: `check` as another account on a 0444 file in a 0555 folder).
            _ = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
            return pool
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && walIsEmpty(path) {
            // No shared memory to read, and nothing in the WAL: the file is complete. (A writer
            // that starts later is not seen; a browsing session accepts that.)
            return try DatabasePool(path: uri(path, "immutable=1"), configuration: configuration)
        }
    }

    /// Whether the file system holding `path` has (almost) no room left: less than 64 KiB for
    /// this account.
    static func diskIsFull(_ path: String) -> Bool {
        var info = statvfs()
        let folder = SharedDatabase.folder(of: path)
        guard statvfs(folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    private static func walIsEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path + "-wal", &info) != 0 || info.st_size == 0
    }

    private static func uri(_ path: String, _ parameter: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute) + "?" + parameter
    }
}
