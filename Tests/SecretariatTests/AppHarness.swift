import Storage
import TerminalUI
@testable import Secretariat

/// The whole application on an in-memory terminal: keys in, rendered text out.
///
/// Background jobs run at once (`ImmediateExecutor`) unless a test passes its own executor;
/// time is the memory terminal's virtual clock, moved by `wait`.
struct AppHarness {
    let app: SecretariatApp
    let terminal: MemoryTerminal
    let loop: EventLoop

    init(store: Store = TestStore.demo, language: Language = .indonesian, size: Size = Size(width: 80, height: 24),
         executor: Executor = ImmediateExecutor()) {
        let catalog = Catalog(language)
        let terminal = MemoryTerminal(size: size)
        self.terminal = terminal
        app = SecretariatApp(catalog: catalog, data: store, clock: { terminal.now }, mailbox: terminal.mailbox,
                             executor: executor)
        let minimum = SecretariatApp.minimumSize
        // Input "ends" between the parts of a test's script; the app lives on.
        loop = EventLoop(terminal: terminal, minimumSize: minimum, shutdownWhenInputCloses: false) { s in
            catalog.tooSmall((s.width, s.height), minimum: (minimum.width, minimum.height))
        }
    }

    /// Feeds keys (and resizes) until they run out. Returns true when the app quit.
    @discardableResult
    func run(_ keys: [Key]) -> Bool {
        terminal.enqueue(keys: keys)
        return loop.run(app)
    }

    @discardableResult
    func run(events: [Event]) -> Bool {
        terminal.enqueue(events)
        return loop.run(app)
    }

    /// Lets `milliseconds` of virtual time pass with no input (timers fire on the way).
    func wait(milliseconds: Int64) {
        terminal.enqueueWait(milliseconds: milliseconds)
        loop.run(app)
    }

    /// Types text one character at a time.
    func type(_ text: String) { run(text.map { Key.char($0) }) }

    var screen: String { terminal.screenText }
    var styles: String { terminal.styleText }
    var lines: [String] { terminal.frame.lines }
    /// The `12/124` counter at the right of the header.
    var counter: String { String(lines[0].split(separator: " ").last ?? "") }
    var header: String { lines[0].trimmingCharacters(in: .whitespaces) }
    /// The message line above the key bar, as rendered; a long message wraps upwards over
    /// more rows, which are joined here.
    var messageLine: String {
        let rows = app.context.message.rows(width: terminal.size.width)
        let end = lines.count - 1
        return lines[max(0, end - rows)..<end].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
    /// The key bar, the last row.
    var keyBar: String { lines[lines.count - 1].trimmingCharacters(in: .whitespaces) }
    /// The first row that contains `text`, and its index.
    func row(containing text: String) -> (index: Int, text: String)? {
        lines.enumerated().first { $0.element.contains(text) }.map { ($0.offset, $0.element) }
    }
    /// The style layer of one row (see `Buffer.styleLines`).
    func styleRow(_ index: Int) -> String { terminal.frame.styleLines[index] }
}
