import Foundation
import GRDB
import GRDBSQLite

/// How a caller stops reads it no longer needs (a search the user has already retyped).
///
/// Storage does not know the caller's cancellation type: it is handed a way to register a
/// handler, called once when the caller cancels, at once if it already has. TerminalUI's
/// `CancelToken.onCancel` has exactly this shape.
public struct ReadCancellation: Sendable {
    public let onCancel: @Sendable (@escaping @Sendable () -> Void) -> Void

    public init(onCancel: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) {
        self.onCancel = onCancel
    }
}

/// A read stopped because its caller cancelled it. Not a failure: there is nothing to tell
/// the user, who has already asked for something else.
public struct ReadInterrupted: Error, Sendable, Equatable {
    public init() {}
}

/// Interrupts the reads made through it once cancelled, with SQLite's `sqlite3_interrupt` on
/// the connection the read holds, so a slow query stops at its next row instead of running to
/// the end on a core the next query needs.
///
/// The connection is interrupted only while a read holds it: back in the pool it may be
/// serving someone else. SQLite also forgets an interrupt that arrives between two statements
/// (it clears the flag when a statement starts on an idle connection), so each statement start
/// checks again, and a read that finished anyway still reports the interruption.
final class ReadInterrupter: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    /// The connection of the read in progress; nil between reads.
    private var connection: SQLiteConnection?

    init(_ cancellation: ReadCancellation) {
        cancellation.onCancel { [self] in cancel() }
    }

    var isCancelled: Bool { lock.withLock { cancelled } }

    func cancel() {
        lock.withLock {
            cancelled = true
            if let connection { sqlite3_interrupt(connection) }
        }
    }

    /// Runs `body` in a read of `pool`; throws `ReadInterrupted` if cancelled before, during
    /// or right after it.
    func read<T>(_ pool: DatabasePool, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read { db in
                try attach(db)
                defer { detach(db) }
                let value = try body(db)
                if isCancelled { throw ReadInterrupted() }
                return value
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && isCancelled {
            throw ReadInterrupted()
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    private func attach(_ db: Database) throws {
        let connection = db.sqliteConnection
        try lock.withLock {
            if cancelled { throw ReadInterrupted() }
            self.connection = connection
        }
        db.trace(options: .statement) { [self] _ in
            if isCancelled, let connection { sqlite3_interrupt(connection) }
        }
    }

    private func detach(_ db: Database) {
        db.trace()
        lock.withLock { connection = nil }
    }
}
