import Foundation
import GRDB

extension Store {
    /// Replaces this database's contents with a backup (issue 16), after checking the backup:
    /// it must be a sekretariat database no newer than this application, and pass SQLite's
    /// integrity check and the foreign-key check. The current contents are first copied to
    /// `keepingPreviousAt` (a new file, made like a backup), so a wrong restore can be undone.
    /// The copy in goes through SQLite's backup API under the write lock, so other instances
    /// open on the file see the restored data, never half of it. Admin only.
    ///
    /// - Returns: the findings of the check that refused the backup; empty when it was restored.
    ///   The caller reopens the store afterwards (an older backup is then migrated).
    /// - Throws: `.notPermitted` unless admin, `.notADatabase`, `.newerSchema`, `.fileExists`
    ///   for `keepingPreviousAt`, `.busy`, `.readOnly`.
    public func restore(from backup: String, keepingPreviousAt previous: String) throws -> [String] {
        let role = self.role
        guard role.allows(.administer) else {
            throw StoreError.notPermitted(operatorName: operatorName, role: role, needs: .administer)
        }
        if isReadOnly { throw StoreError.readOnly }
        let source: DatabaseQueue
        do {
            var config = Configuration()
            config.readonly = true
            source = try DatabaseQueue(path: backup, configuration: config)
            let problems = try source.read { db -> [String] in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version > Schema.latestVersion { throw StoreError.newerSchema(found: version, known: Schema.latestVersion) }
                guard version > 0, try db.tableExists("person"), try db.tableExists("audit") else {
                    throw StoreError.notADatabase(backup)
                }
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let references = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0["table"] as String? ?? "?")" }
                return integrity + references
            }
            if !problems.isEmpty { return problems }
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CANTOPEN].contains(error.resultCode) {
            throw StoreError.notADatabase(backup)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            // Damaged where the check itself must read: refused as damaged, with SQLite's words.
            return [error.message ?? "database disk image is malformed"]
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
        try self.backup(to: previous)
        do {
            try source.backup(to: pool)
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
        return []
    }
}
