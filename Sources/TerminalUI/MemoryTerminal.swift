/// A terminal in memory, for tests: a script of events goes in, frames come out as text.
/// Like ratatui's TestBackend, it lets every screen be tested without a real terminal.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    private var script: [Event]
    public private(set) var frame: Buffer
    public private(set) var cursor: Point?
    /// How many frames were presented, and how many were full repaints.
    public private(set) var presentCount = 0
    public private(set) var fullRepaints = 0
    private var invalidated = true

    public init(size: Size, script: [Event] = []) {
        self.size = size
        self.script = script
        self.frame = Buffer(size: size)
    }

    /// Queues more events; a `.resize` also changes the size the app sees when it is consumed.
    public func enqueue(_ events: [Event]) { script.append(contentsOf: events) }
    public func enqueue(keys: [Key]) { script.append(contentsOf: keys.map(Event.key)) }

    public func present(_ buffer: Buffer, cursor: Point?) {
        presentCount += 1
        if invalidated { fullRepaints += 1; invalidated = false }
        frame = buffer
        self.cursor = cursor
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> Event? {
        guard !script.isEmpty else { return nil }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func invalidate() { invalidated = true }

    /// The current screen as text, trailing spaces trimmed: the snapshot form.
    public var screenText: String { frame.text }
}
