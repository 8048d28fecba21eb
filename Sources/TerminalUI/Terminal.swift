/// What the run loop needs from a terminal. Two implementations: ncurses (real) and memory (tests).
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows a full frame. Implementations write only what changed since the last frame.
    func present(_ buffer: Buffer, cursor: Point?)
    /// The next event, or nil when `timeoutMilliseconds` passes first (nil timeout waits forever).
    func nextEvent(timeoutMilliseconds: Int?) -> Event?
    /// Forget the last frame so the next `present` repaints everything (Ctrl-L).
    func invalidate()
}
