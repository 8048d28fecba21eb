import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// A search its caller no longer wants stops inside SQLite (`sqlite3_interrupt`), and says so
/// with `ReadInterrupted`, an outcome the screen keeps silent.
final class MemberSearchInterruptTests: StoreTestCase {
    /// A broad one-letter search: its capped count walks the register checking each row with
    /// `instr` (every row here: fewer than 1,000 of 5,000 match).
    let broad = MemberQuery(search: "a")

    override func setUpWithError() throws {
        try super.setUpWithError()
        try store.close()
        let path = directory + "/test.sqlite"
        try BulkMembers.append(to: path, count: 5_000, seed: 11)
        store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
    }

    func testASearchCancelledBeforeItStartsReadsNothing() throws {
        let cancel = TestCancellation()
        cancel.fire()
        let directory = store.members.interruptible(by: cancel.hook)
        XCTAssertThrowsError(try directory.count(broad, upTo: 1_000)) { XCTAssertTrue($0 is ReadInterrupted, "\($0)") }
        XCTAssertThrowsError(try directory.members(broad, page: .first, limit: 20)) { XCTAssertTrue($0 is ReadInterrupted, "\($0)") }
    }

    func testAnUncancelledSearchReadsAsUsual() throws {
        let directory = store.members.interruptible(by: TestCancellation().hook)
        XCTAssertEqual(try directory.count(broad, upTo: 1_000), try store.members.count(broad, upTo: 1_000))
        XCTAssertEqual(try directory.members(broad, page: .first, limit: 20), try store.members.members(broad, page: .first, limit: 20))
    }

    func testACancelFromAnotherThreadStopsTheQueryInProgress() throws {
        let spy = InstrSpy()
        // Sequential reads reuse the pool's first reader connection: the spy sits on it.
        try store.pool.read { db in db.add(function: spy.function) }

        let cancel = TestCancellation()
        let directory = store.members.interruptible(by: cancel.hook)
        spy.pauseAtFirstCall()
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let query = broad
        Thread.detachNewThread {
            outcome.set(Result { try directory.count(query, upTo: 1_000) })
            finished.signal()
        }
        // The query is inside SQLite, at its first row: cancel it from here, then let it go on.
        XCTAssertEqual(spy.paused.wait(timeout: .now() + 60), .success, "the count never reached a row")
        cancel.fire()
        spy.resume()
        XCTAssertEqual(finished.wait(timeout: .now() + 60), .success)

        XCTAssertThrowsError(try outcome.get()?.get()) { XCTAssertTrue($0 is ReadInterrupted, "\($0)") }
        XCTAssertLessThanOrEqual(spy.calls, 2, "SQLite stopped at the next row instead of walking on")

        // The connection serves the next read as usual: the interrupt did not outlive its read.
        spy.reset()
        XCTAssertGreaterThan(try store.members.count(broad, upTo: 1_000).value, 0)
        XCTAssertGreaterThanOrEqual(spy.calls, 1_000, "the same connection (with the spy) walked the register")
    }
}

/// What a caller's cancel token does, without TerminalUI: handlers run once, on `fire`.
private final class TestCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var handlers: [@Sendable () -> Void] = []

    var hook: ReadCancellation {
        ReadCancellation { [self] handler in
            let now = lock.withLock { () -> Bool in
                if !fired { handlers.append(handler) }
                return fired
            }
            if now { handler() }
        }
    }

    func fire() {
        let run = lock.withLock { () -> [@Sendable () -> Void] in
            fired = true
            defer { handlers = [] }
            return handlers
        }
        for handler in run { handler() }
    }
}

/// SQLite's `instr`, counted, and able to hold the query at its first row until told to go on.
private final class InstrSpy: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var pauses = false
    let paused = DispatchSemaphore(value: 0)
    private let proceed = DispatchSemaphore(value: 0)

    var calls: Int { lock.withLock { count } }
    func reset() { lock.withLock { count = 0; pauses = false } }
    func pauseAtFirstCall() { lock.withLock { count = 0; pauses = true } }
    func resume() { proceed.signal() }

    var function: DatabaseFunction {
        DatabaseFunction("instr", argumentCount: 2, pure: true) { [self] values in
            let first = lock.withLock { () -> Bool in
                count += 1
                return count == 1 && pauses
            }
            if first {
                paused.signal()
                proceed.wait()
            }
            guard let text = String.fromDatabaseValue(values[0]), let part = String.fromDatabaseValue(values[1]) else { return nil }
            return text.range(of: part) == nil ? 0 : 1
        }
    }
}

private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<MemberCount, Error>?
    func set(_ result: Result<MemberCount, Error>) { lock.withLock { value = result } }
    func get() -> Result<MemberCount, Error>? { lock.withLock { value } }
}
