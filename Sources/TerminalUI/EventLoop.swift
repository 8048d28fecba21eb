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
}

extension Application {
    public func settle() {}
}

/// key → update → view into a fresh buffer → terminal diff → screen.
///
/// Below `minimumSize` the application is not asked to draw; a "too small" notice is shown
/// instead, and the app comes back as soon as the terminal is resized large enough.
public final class EventLoop {
    public let terminal: Terminal
    public let minimumSize: Size
    private let tooSmallText: (Size) -> [String]

    public init(terminal: Terminal, minimumSize: Size, tooSmallText: @escaping (Size) -> [String]) {
        self.terminal = terminal
        self.minimumSize = minimumSize
        self.tooSmallText = tooSmallText
    }

    /// Runs until the application quits or input ends. Returns true when the app asked to quit.
    @discardableResult
    public func run(_ app: Application) -> Bool {
        // The app learns the starting size the same way it learns every later one.
        guard dispatch(.resize(terminal.size), to: app) else { return true }
        while let event = terminal.nextEvent(timeoutMilliseconds: nil) {
            guard handle(event, app) else { return true }
            // Type-ahead: keys that are already waiting (fast typing, a paste, a slow link that
            // delivers keys in bursts) are handled before anything is queried or drawn.
            while let waiting = terminal.nextEvent(timeoutMilliseconds: 0) {
                guard handle(waiting, app) else { return true }
            }
            app.settle()
            render(app)
        }
        return false
    }

    /// Handles one event and redraws. Returns false when the application quits.
    @discardableResult
    public func dispatch(_ event: Event, to app: Application) -> Bool {
        guard handle(event, app) else { return false }
        app.settle()
        render(app)
        return true
    }

    /// Updates the application without drawing. Returns false when it quits.
    private func handle(_ event: Event, _ app: Application) -> Bool {
        if case .resize = event {
            // Resizes always repaint everything: ncurses has already cleared the screen.
            terminal.invalidate()
            if isTooSmall { return true }
        }
        if isTooSmall, case .key = event {
            // Keys typed at a too-small terminal are ignored, except that quitting stays possible.
            if case .key(.function(10)) = event { return false }
            return true
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
            drawTooSmall(into: &buffer)
            terminal.present(buffer, cursor: nil)
        } else {
            let cursor = app.view(into: &buffer)
            terminal.present(buffer, cursor: cursor)
        }
    }

    private func drawTooSmall(into buffer: inout Buffer) {
        let lines = tooSmallText(buffer.size)
        let top = max(0, (buffer.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let clipped = line.prefix(cells: buffer.size.width)
            let x = max(0, (buffer.size.width - clipped.displayWidth) / 2)
            buffer.write(clipped, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}
