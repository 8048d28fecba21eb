/// What the loop hands the application: input, and the messages that are not input.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    /// A deadline the application asked for (`Application.nextDeadline`) has passed.
    case tick
    /// Work that ran off the loop finished; the payload is the application's own value.
    case message(Message)
    /// The process must end: the terminal hung up (an SSH link dropped), SIGTERM arrived, or
    /// input closed. The application saves what is unsaved; nothing is drawn afterwards.
    case shutdown(ShutdownCause)
}

public enum ShutdownCause: Hashable, Sendable {
    /// SIGHUP: the terminal or the SSH link is gone.
    case hangup
    /// SIGTERM (or SIGINT from outside the terminal).
    case terminate
    /// Standard input ended.
    case inputClosed
}

/// A value posted to the loop from other threads (a query result, an import's progress).
/// Type-erased here because the toolkit knows nothing of what applications post.
public struct Message: @unchecked Sendable {
    public let value: Any
    public init(_ value: Any) { self.value = value }
}

/// What a terminal returns when asked for input: an event, or why there is none.
public enum TerminalInput: Sendable {
    case event(Event)
    /// Nothing arrived before the timeout.
    case timedOut
    /// Input is gone for good (end of file, hang-up, or a test script that ran out).
    case closed
}

/// A point on the loop's monotonic clock, in milliseconds. The real terminal reads
/// CLOCK_MONOTONIC; the memory terminal has a virtual clock that tests move forward.
public struct Instant: Comparable, Hashable, Sendable {
    public var milliseconds: Int64
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public func advanced(byMilliseconds ms: Int64) -> Instant { Instant(milliseconds: milliseconds + ms) }
    public static func < (a: Instant, b: Instant) -> Bool { a.milliseconds < b.milliseconds }
}
