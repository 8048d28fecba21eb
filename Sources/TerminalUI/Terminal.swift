/// What the run loop needs from a terminal. Two implementations: ncurses (real) and memory (tests).
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// The loop's monotonic clock (virtual in the memory terminal).
    var now: Instant { get }
    /// Results of background work arrive here; a post wakes `nextInput`.
    var mailbox: Mailbox { get }
    /// Shows a full frame. Implementations write only what changed since the last frame.
    func present(_ buffer: Buffer, cursor: Point?)
    /// The next event; `.timedOut` when `timeoutMilliseconds` passes first (nil waits for ever);
    /// `.closed` when input is gone. Mailbox messages come out as `.message` events, and a
    /// hang-up or termination signal as `.shutdown`.
    func nextInput(timeoutMilliseconds: Int?) -> TerminalInput
    /// Forget the last frame so the next `present` repaints everything (Ctrl-L).
    func invalidate()
}
