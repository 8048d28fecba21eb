import Foundation

/// Runs work off the loop. The real one uses a background queue; tests use one that runs
/// work at once (deterministic) or when told to (to test superseded results).
public protocol Executor: Sendable {
    func execute(_ work: @escaping @Sendable () -> Void)
}

/// Work on a concurrent background queue.
public struct BackgroundExecutor: Executor {
    public init() {}
    public func execute(_ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global(qos: .userInitiated).async(execute: work)
    }
}

/// Runs the work before `execute` returns; its result reaches the loop as the next event.
public struct ImmediateExecutor: Executor {
    public init() {}
    public func execute(_ work: @escaping @Sendable () -> Void) { work() }
}

/// Holds work until `runAll()`, so a test can let a newer request finish before an older one.
public final class ManualExecutor: Executor, @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [@Sendable () -> Void] = []
    public init() {}
    public func execute(_ work: @escaping @Sendable () -> Void) {
        lock.lock(); waiting.append(work); lock.unlock()
    }
    public var pending: Int { lock.lock(); defer { lock.unlock() }; return waiting.count }
    /// Runs the held work, newest first when `newestFirst` (a slow old query finishing last).
    public func runAll(newestFirst: Bool = false) {
        lock.lock(); let work = newestFirst ? waiting.reversed() : waiting; waiting = []; lock.unlock()
        for w in work { w() }
    }
}

/// Tells running work that its result is no longer wanted. Work may register a handler that
/// interrupts it (a database query's `sqlite3_interrupt`).
public final class CancelToken: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var handlers: [@Sendable () -> Void] = []

    public init() {}

    public var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return cancelled }

    public func cancel() {
        lock.lock()
        guard !cancelled else { lock.unlock(); return }
        cancelled = true
        let run = handlers
        handlers = []
        lock.unlock()
        for h in run { h() }
    }

    /// Calls `handler` on cancel (at once if already cancelled).
    public func onCancel(_ handler: @escaping @Sendable () -> Void) {
        lock.lock()
        if cancelled { lock.unlock(); handler(); return }
        handlers.append(handler)
        lock.unlock()
    }
}
