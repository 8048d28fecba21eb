import Foundation

/// Where work running off the loop posts its results. Thread-safe; posting wakes a loop that is
/// waiting for input, so a result shows without a key being pressed.
public final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var queue: [Message] = []
    /// Called after each post, on the posting thread (the real terminal writes to a self-pipe).
    private let wake: @Sendable () -> Void

    public init(wake: @escaping @Sendable () -> Void = {}) { self.wake = wake }

    public func post(_ message: Message) {
        lock.lock()
        queue.append(message)
        lock.unlock()
        wake()
    }

    /// The oldest waiting message, if any.
    public func take() -> Message? {
        lock.lock()
        defer { lock.unlock() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    public var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return queue.isEmpty
    }
}
