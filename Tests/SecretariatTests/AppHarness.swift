import Storage
import TerminalUI
@testable import Secretariat

/// The whole application on an in-memory terminal: keys in, rendered text out.
struct AppHarness {
    let app: SecretariatApp
    let terminal: MemoryTerminal
    let loop: EventLoop

    init(store: Store = TestStore.demo, language: Language = .indonesian, size: Size = Size(width: 80, height: 24)) {
        let catalog = Catalog(language)
        app = SecretariatApp(catalog: catalog, store: store)
        terminal = MemoryTerminal(size: size)
        let minimum = SecretariatApp.minimumSize
        loop = EventLoop(terminal: terminal, minimumSize: minimum) { s in
            catalog.tooSmall((s.width, s.height), minimum: (minimum.width, minimum.height))
        }
    }

    /// Feeds keys (and resizes) until they run out. Returns true when the app quit.
    @discardableResult
    func run(_ keys: [Key]) -> Bool {
        terminal.enqueue(keys: keys)
        return loop.run(app)
    }

    func run(events: [Event]) {
        terminal.enqueue(events)
        loop.run(app)
    }

    /// Types text one character at a time.
    func type(_ text: String) { run(text.map { Key.char($0) }) }

    var screen: String { terminal.screenText }
    var lines: [String] { terminal.frame.lines }
    /// The `12/124` counter at the right of the header.
    var counter: String { String(lines[0].split(separator: " ").last ?? "") }
    var header: String { lines[0].trimmingCharacters(in: .whitespaces) }
}
