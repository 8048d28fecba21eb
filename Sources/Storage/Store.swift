import Domain
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Why a store was opened read-only.
public enum ReadOnlyCause: Sendable, Hashable {
    /// Asked for (a dry run).
    case requested
    /// This account cannot write the file or its folder.
    case permissions
    /// The disk was full when it was opened.
    case diskFull
}

/// The schema version of an open database.
public struct SchemaVersion: Sendable, Hashable {
    /// Migrations applied to this file.
    public let version: Int
    /// Migrations this build knows.
    public let latestKnown: Int
    /// Names of the applied migrations, oldest first.
    public let migrations: [String]
}

/// One SQLite file: a GRDB `DatabasePool` (WAL, synchronous=NORMAL, foreign keys on), its
/// migrations, and the repositories the application uses (see `Repositories`).
public final class Store: Sendable {
    public let path: String
    /// Who writes: recorded in every audit entry.
    public let operatorName: String
    /// The region table, read once at open (it only changes by migration).
    public let regions: RegionDirectory
    /// This store in this process: the owner of the drafts it writes (`EditingSession`).
    public let session: EditingSession
    let pool: DatabasePool
    let clock: @Sendable () -> Date

    /// Why the store was opened read-only (nil: it writes). Nothing is written then, not even
    /// a checkpoint on close.
    public let readOnlyCause: ReadOnlyCause?
    public var isReadOnly: Bool { readOnlyCause != nil }

    private init(path: String, pool: DatabasePool, operatorName: String, regions: RegionDirectory,
                 clock: @escaping @Sendable () -> Date, readOnlyCause: ReadOnlyCause?) {
        self.readOnlyCause = readOnlyCause
        self.path = path
        self.pool = pool
        self.operatorName = operatorName
        self.regions = regions
        self.clock = clock
        session = .fresh()
        OpenSessions.shared.insert(session)
    }

    deinit { OpenSessions.shared.remove(session) }

    // MARK: Opening

    /// Opens an existing database, or creates one (owner-only, 0600) when `create` is true and
    /// the file does not exist. Migrates older schemas; refuses newer ones with
    /// `StoreError.newerSchema` before touching the file.
    ///
    /// - Parameter busyTimeout: seconds a write waits for another process's write to finish
    ///   before failing with `StoreError.busy`.
    /// - Throws: `StoreError.fileMissing`, `.notADatabase`, `.cannotCreate`, `.newerSchema`,
    ///   `.busy`, `.database`.
    /// - Parameter operatorName: who writes; the OS account (`Operator.current`) when nil. The
    ///   application never passes it: it is the seam tests use to act as a second operator.
    /// - Parameter readOnly: opens without writing a byte (a dry run): no migration, no WAL set-up
    ///   (GRDB creates and drops a table to make the WAL file), no checkpoint on close. A schema
    ///   older than this application's is refused with `StoreError.olderSchemaReadOnly`.
    ///   A file this account cannot write (permissions, a read-only folder) is opened read-only
    ///   whatever is asked, so browsing works and no -wal/-shm of this account is left behind
    ///   (`ReadOnlyAccess`); writes then fail with `StoreError.readOnly`.
    public static func open(path: String, create: Bool = false, readOnly requested: Bool = false, operatorName: String? = nil,
                            busyTimeout: TimeInterval = 5,
                            clock: @escaping @Sendable () -> Date = { Date() }) throws -> Store {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw StoreError.notADatabase(path) }
        if !exists {
            guard create else { throw StoreError.fileMissing(path) }
            try createOwnerOnlyFile(path)
        }
        let name = operatorName ?? Operator.current()
        var cause: ReadOnlyCause? = requested ? .requested : ReadOnlyAccess.canWrite(path) ? nil : .permissions
        let pool: DatabasePool
        do {
            var config = configuration(busyTimeout: busyTimeout)
            config.readonly = cause != nil
            if cause != nil {
                pool = try ReadOnlyAccess.open(path, configuration: config)
            } else {
                do {
                    pool = try DatabasePool(path: path, configuration: config)
                } catch let error as DatabaseError
                            where [.SQLITE_FULL, .SQLITE_IOERR].contains(error.resultCode) && !create && ReadOnlyAccess.diskIsFull(path) {
                    // Opening for writing writes (GRDB makes sure the WAL exists, SQLite sizes the
                    // -shm); on a full disk that fails, but the data can still be read: open it
                    // read-only and say why.
                    cause = .diskFull
                    config.readonly = true
                    pool = try ReadOnlyAccess.open(path, configuration: config)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path)
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
        let readOnly = cause != nil
        do {
            if readOnly {
                let version = try pool.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
                if version > Schema.latestVersion { throw StoreError.newerSchema(found: version, known: Schema.latestVersion) }
                if version < Schema.latestVersion { throw StoreError.olderSchemaReadOnly(found: version, known: Schema.latestVersion) }
            } else {
                try pool.writeWithoutTransaction { db in
                    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    let migrator = Schema.migrator()
                    let superseded = try migrator.hasBeenSuperseded(db)
                    if version > Schema.latestVersion || superseded {
                        throw StoreError.newerSchema(found: max(version, try migrator.appliedIdentifiers(db).count),
                                                     known: Schema.latestVersion)
                    }
                }
                try Schema.migrator().migrate(pool)
                try pool.write { try UserStore.adoptFirstAdmin(name, in: $0, at: Timestamp.iso(clock())) }
            }
            let regions = try pool.read(Regions.load)
            return Store(path: path, pool: pool, operatorName: name,
                         regions: regions, clock: clock, readOnlyCause: cause)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path)
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    /// The application's first run: opens the per-user database, creating its directory (0700)
    /// and, when the file is new, installing the demo organisation. `created` tells whether
    /// the demo was just installed. A failed install leaves no half-filled file behind.
    public static func openOrCreateDefault(path: String, operatorName: String? = nil) throws -> (store: Store, created: Bool) {
        if FileManager.default.fileExists(atPath: path) { return (try open(path: path, operatorName: operatorName), false) }
        try createParentDirectory(of: path)
        let store = try open(path: path, create: true, operatorName: operatorName)
        do {
            try DemoOrganisation.install(into: store)
        } catch {
            store.removeFiles()
            throw error
        }
        return (store, true)
    }

    /// Creates the missing directories above `path`, owner-only (0700).
    public static func createParentDirectory(of path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotCreate(path: directory, reason: error.localizedDescription)
        }
    }

    static func configuration(busyTimeout: TimeInterval = 5) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "sekretariat"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reads map the file instead of copying pages through read(2): the picker's and the
            // member search's page reads at 100k–1M people (see BENCHMARKS.md).
            try db.execute(sql: "PRAGMA mmap_size = 268435456")
            // Erasure (UU PDP) must not leave personal data in freed pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return config
    }

    /// Creates the empty file with mode 0600 before SQLite opens it; SQLite then gives the
    /// -wal and -shm files the same mode as the database.
    static func createOwnerOnlyFile(_ path: String) throws {
        try SharedDatabase.createFile(path, mode: 0o600, group: nil)
    }

    /// Deletes the database and its -wal/-shm files (used when creating one failed).
    func removeFiles() {
        try? pool.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Checkpoints the WAL into the database file and closes the connections; the store is
    /// unusable afterwards.
    public func close() throws {
        OpenSessions.shared.remove(session)
        if !isReadOnly { _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
        try pool.close()
    }

    // MARK: Version, time

    public func schemaVersion() throws -> SchemaVersion {
        try pool.read { db in
            let applied = try Schema.migrator().appliedMigrations(db)
            return SchemaVersion(version: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                                 latestKnown: Schema.latestVersion, migrations: applied)
        }
    }

    /// Today in the local time zone: the date written on forms.
    public var today: LocalDate { LocalDate(clock(), timeZone: .current) }

    public var timeOfDay: ClockTime {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: clock())
        return ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0) ?? ClockTime(hour: 0, minute: 0)!
    }

    /// Now as an ISO 8601 UTC timestamp with milliseconds.
    var timestamp: String { Timestamp.iso(clock()) }

    // MARK: Access

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError { throw StoreError(error) }
    }

    /// One transaction: the change and its audit rows commit or roll back together.
    /// The operator's role is read inside it, so a role changed by an admin elsewhere counts
    /// from the next write (issue 16: roles are enforced here, not only by hiding keys).
    /// - Throws: `StoreError.readOnly` on a store opened read-only (`.diskFull` when a full disk
    ///   was why), `.notPermitted` when the operator's role does not allow `permission`.
    func write<T>(requiring permission: Permission = .edit, _ body: (Database) throws -> T) throws -> T {
        if let cause = readOnlyCause { throw cause == .diskFull ? StoreError.diskFull : StoreError.readOnly }
        do {
            return try pool.write { db in
                let role = try UserStore.role(of: operatorName, in: db)
                guard role.allows(permission) else {
                    throw StoreError.notPermitted(operatorName: operatorName, role: role, needs: permission)
                }
                return try body(db)
            }
        } catch let error as DatabaseError { throw StoreError(error) }
    }

    /// The operator's role now; pembaca when none is recorded.
    public var role: Role { (try? read { try UserStore.role(of: operatorName, in: $0) }) ?? .pembaca }

    var auditor: Auditor { Auditor(operatorName: operatorName, timestamp: { Timestamp.iso(self.clock()) }) }
}

extension LocalDate {
    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self = LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// The operator: the OS account of the process. No environment variable may choose it, since
/// the role that account holds decides what it may do (issue 16). An account without a
/// passwd entry is named by its uid, which no role is given to unless an admin gives it.
public enum Operator {
    public static func current() -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid-\(getuid())"
    }
}
