/// What an application tells the loop after handling an event.
public enum LoopCommand: Sendable {
    case `continue`
    /// Forget the last frame and repaint every cell (Ctrl-L).
    case redrawAll
    case quit
}

/// The application as the loop sees it: Elm-style update, then a pure view of the whole frame.
public protocol Application: AnyObject {
    func update(_ event: Event) -> LoopCommand
    /// Draws the whole frame; returns where the real cursor should sit (nil hides it).
    func view(into buffer: inout Buffer) -> Point?
    /// Work that may wait until the keys already typed are handled (a search query): called
    /// once before each frame is drawn.
    func settle()
    /// When the application wants a `.tick` if no input comes first (an autosave ~1 s after the
    /// last keystroke); nil for never. On the terminal's clock.
    var nextDeadline: Instant? { get }
    /// A question that must be answered even on a too-small terminal (quit with unsaved work):
    /// its lines are shown under the "too small" notice and keys go to the application.
    var urgentQuestion: [String] { get }
}

extension Application {
    public func settle() {}
    public var nextDeadline: Instant? { nil }
    public var urgentQuestion: [String] { [] }
}

/// Input → update → view into a fresh buffer → terminal diff → screen, as Bubble Tea's loop.
///
/// Events are keys, resizes, ticks (deadlines the app asked for), messages posted by work off
/// the loop, and shutdown (SIGHUP, SIGTERM, end of input). Below `minimumSize` the application
/// is not asked to draw; a "too small" notice is shown instead, and the app comes back as soon
/// as the terminal is resized large enough.
public final class EventLoop {
    public let terminal: Terminal
    public let minimumSize: Size
    private let tooSmallText: (Size) -> [String]
    /// End of input is a shutdown the application must hear (save drafts). Tests that feed a
    /// script in parts turn it off: their input "ends" between parts and the app lives on.
    private let shutdownWhenInputCloses: Bool

    public init(terminal: Terminal, minimumSize: Size, shutdownWhenInputCloses: Bool = true,
                tooSmallText: @escaping (Size) -> [String]) {
        self.terminal = terminal
        self.minimumSize = minimumSize
        self.shutdownWhenInputCloses = shutdownWhenInputCloses
        self.tooSmallText = tooSmallText
    }

    /// Runs until the application quits, shuts down, or input ends. Returns true when it quit
    /// or shut down, false when input ended without a shutdown (a test script ran out).
    @discardableResult
    public func run(_ app: Application) -> Bool {
        // The app learns the starting size the same way it learns every later one.
        guard dispatch(.resize(terminal.size), to: app) else { return true }
        while true {
            switch terminal.nextInput(timeoutMilliseconds: timeout(for: app)) {
            case .closed:
                if shutdownWhenInputCloses { _ = app.update(.shutdown(.inputClosed)); return true }
                return false
            case .timedOut:
                guard handle(.tick, app) else { return true }
            case .event(let event):
                guard handle(event, app) else { return true }
                // Type-ahead: keys that are already waiting (fast typing, a paste, a slow link that
                // delivers keys in bursts) are handled before anything is queried or drawn.
                while case .event(let waiting) = terminal.nextInput(timeoutMilliseconds: 0) {
                    guard handle(waiting, app) else { return true }
                }
            }
            app.settle()
            render(app)
        }
    }

    /// Milliseconds until the app's next deadline, nil to wait for input for ever.
    private func timeout(for app: Application) -> Int? {
        guard let deadline = app.nextDeadline else { return nil }
        return Int(max(0, deadline.milliseconds - terminal.now.milliseconds))
    }

    /// Handles one event and redraws. Returns false when the application quits.
    @discardableResult
    public func dispatch(_ event: Event, to app: Application) -> Bool {
        guard handle(event, app) else { return false }
        app.settle()
        render(app)
        return true
    }

    /// Updates the application without drawing. Returns false when it quits or shuts down.
    private func handle(_ event: Event, _ app: Application) -> Bool {
        switch event {
        case .resize:
            // Resizes always repaint everything: ncurses has already cleared the screen.
            terminal.invalidate()
            if isTooSmall { return true }
        case .key(let key) where isTooSmall:
            // Keys typed at a too-small terminal are ignored, except quitting, which still asks
            // about unsaved work, and the answer to that question.
            guard key == .function(10) || !app.urgentQuestion.isEmpty else { return true }
        case .shutdown:
            _ = app.update(event)
            return false
        default:
            break
        }
        switch app.update(event) {
        case .quit:
            return false
        case .redrawAll:
            terminal.invalidate()
        case .continue:
            break
        }
        return true
    }

    private var isTooSmall: Bool {
        let size = terminal.size
        return size.width < minimumSize.width || size.height < minimumSize.height
    }

    public func render(_ app: Application) {
        var buffer = Buffer(size: terminal.size)
        if isTooSmall {
            drawTooSmall(into: &buffer, question: app.urgentQuestion)
            terminal.present(buffer, cursor: nil)
        } else {
            let cursor = app.view(into: &buffer)
            terminal.present(buffer, cursor: cursor)
        }
    }

    private func drawTooSmall(into buffer: inout Buffer, question: [String]) {
        var lines = tooSmallText(buffer.size)
        if !question.isEmpty { lines = [lines.first ?? ""] + [""] + question }
        var rows: [String] = []
        for line in lines { rows += line.isEmpty ? [""] : line.wrapped(toCells: buffer.size.width) }
        let top = max(0, (buffer.size.height - rows.count) / 2)
        for (i, line) in rows.enumerated() {
            let x = max(0, (buffer.size.width - line.displayWidth) / 2)
            buffer.write(line, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}
