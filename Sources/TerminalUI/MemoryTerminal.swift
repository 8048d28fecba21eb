/// A terminal in memory, for tests: a script of events and pauses goes in, frames come out as
/// text and styles. Like ratatui's TestBackend, it lets every screen be tested without a real
/// terminal.
///
/// It applies the same frame diff as the real terminal: only the cells `FrameDiff` lists are
/// copied onto what is "on screen", so a screen that relies on a cell the diff never sends is
/// caught here too, and `cellsWritten` tells how many cells a key cost.
///
/// Time is virtual: it moves only through `wait` steps in the script, so autosave and debounce
/// are tested without sleeping.
public final class MemoryTerminal: Terminal {
    public enum Step {
        case event(Event)
        /// Nothing happens for this many milliseconds of virtual time.
        case wait(Int64)
    }

    public private(set) var size: Size
    private var script: [Step]
    /// What is on screen: the cells the diffs wrote, frame after frame.
    public private(set) var frame: Buffer
    public private(set) var cursor: Point?
    /// How many frames were presented, and how many were full repaints.
    public private(set) var presentCount = 0
    public private(set) var fullRepaints = 0
    /// Cells the last `present` wrote, and all of them since the terminal was made.
    public private(set) var cellsWritten = 0
    public private(set) var totalCellsWritten = 0
    public private(set) var now = Instant(milliseconds: 0)
    public let mailbox = Mailbox()
    private var last: Buffer?

    public init(size: Size, script: [Event] = []) {
        self.size = size
        self.script = script.map(Step.event)
        self.frame = Buffer(size: size)
    }

    /// Queues more events; a `.resize` also changes the size the app sees when it is consumed.
    public func enqueue(_ events: [Event]) { script.append(contentsOf: events.map(Step.event)) }
    public func enqueue(keys: [Key]) { script.append(contentsOf: keys.map { .event(.key($0)) }) }
    /// Queues a pause: the loop sees no input for `milliseconds` of virtual time.
    public func enqueueWait(milliseconds: Int64) { script.append(.wait(milliseconds)) }

    public func present(_ buffer: Buffer, cursor: Point?) {
        presentCount += 1
        if last == nil || last?.size != buffer.size {
            fullRepaints += 1
            frame = Buffer(size: buffer.size)   // what werase leaves
        }
        let changes = FrameDiff.changes(from: last, to: buffer)
        for point in changes {
            frame[point.x, point.y] = buffer[point.x, point.y]
            // Writing a wide glyph also fills the cell to its right.
            if buffer[point.x, point.y].width == 2, point.x + 1 < buffer.size.width {
                frame[point.x + 1, point.y] = buffer[point.x + 1, point.y]
            }
        }
        cellsWritten = changes.count
        totalCellsWritten += changes.count
        last = buffer
        self.cursor = cursor
    }

    public func nextInput(timeoutMilliseconds: Int?) -> TerminalInput {
        if let message = mailbox.take() { return .event(.message(message)) }
        while let step = script.first {
            switch step {
            case .event(let event):
                script.removeFirst()
                if case .resize(let newSize) = event { size = newSize }
                return .event(event)
            case .wait(let pause):
                guard let timeout = timeoutMilliseconds.map(Int64.init), timeout <= pause else {
                    now = now.advanced(byMilliseconds: pause)
                    script.removeFirst()
                    continue
                }
                now = now.advanced(byMilliseconds: timeout)
                if timeout == pause { script.removeFirst() } else { script[0] = .wait(pause - timeout) }
                return .timedOut
            }
        }
        return .closed
    }

    public func invalidate() { last = nil }

    /// The current screen as text, trailing spaces trimmed: the snapshot form.
    public var screenText: String { frame.text }
    /// The current screen's styles, one character per cell (see `Buffer.styleLines`).
    public var styleText: String { frame.styleText }
}
