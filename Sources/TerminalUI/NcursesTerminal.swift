import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

public enum TerminalError: Error, Equatable, Sendable {
    case notATerminal
    case unknownTerminalType(String)
    /// A known type that cannot move the cursor (TERM=dumb, a printing terminal): a
    /// full-screen application cannot draw on it.
    case cannotAddressCursor(String)
}

/// The real terminal: wide-character ncurses.
///
/// It keeps the last frame it showed and writes only the cells that changed, then calls
/// `doupdate()` once — on a slow SSH link the bytes sent per keystroke are what users feel.
public final class NcursesTerminal: Terminal {
    private var last: Buffer?
    private let screen: OpaquePointer
    private let unicodeLines: Bool
    private let palette: ColorPalette
    public let mailbox = Mailbox(wake: { NcursesTerminal.wake() })
    private var reader = KeySequenceReader(source: CursesInput(), keyName: KeyDecoder.ncursesKeyName)

    /// Opens the terminal. Fails cleanly (no ncurses exit) when stdin/stdout is not a tty or
    /// TERM is unknown, so the caller can print one line and exit non-zero.
    public init(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        // Drawing follows the locale: without UTF-8, lines are ASCII and other characters their
        // nearest ASCII (ASCIIFallback), `?` when there is none.
        unicodeLines = Self.isUTF8
        // Typing is decoded as UTF-8 all the same. Under LANG=C (an SSH session that passes no
        // locale) ncurses could not decode a typed `é`, and a name came out cut ("Désy" saved
        // as "D"); the terminals staff use send UTF-8 whatever LANG says. C.UTF-8 is built in.
        if !unicodeLines {
            for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil && Self.isUTF8 { break }
        }
        let term = environment["TERM"] ?? ""
        // newterm (unlike initscr) returns NULL on an unknown TERM instead of exiting.
        guard !term.isEmpty, let out = fdopen(STDOUT_FILENO, "w"), let inp = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(term, out, inp) else {
            throw TerminalError.unknownTerminalType(term)
        }
        // A type ncurses knows but that cannot place the cursor would show a blank, stuck screen.
        if let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 {} else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(term)
        }
        self.screen = screen
        set_term(screen)
        raw()              // Ctrl-S, Ctrl-C and Ctrl-Z reach the app as keys
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        palette = ColorPalette(enabled: environment["NO_COLOR"] == nil && has_colors())
        size = liveSize
        Self.installSignalHandlers()
    }

    /// Whether the character-type locale decodes UTF-8.
    private static var isUTF8: Bool {
        String(cString: nl_langinfo(nl_item(CODESET))).uppercased().filter { $0 != "-" } == "UTF8"
    }

    /// The size as of the last resize event the loop was given, not ncurses' live one: a key
    /// typed just before a resize (an Esc whose sequence timeout spans it) is then judged
    /// against the screen it was typed on, and is not dropped as typed at a too-small terminal.
    public private(set) var size = Size(width: 0, height: 0)

    private var liveSize: Size { Size(width: Int(shim_cols()), height: Int(shim_lines())) }

    public func invalidate() {
        last = nil
        clearok(shim_stdscr(), true)
    }

    public func present(_ buffer: Buffer, cursor: Point?) {
        let window = shim_stdscr()
        if last?.size != buffer.size { werase(window) }
        for point in FrameDiff.changes(from: last, to: buffer) {
            put(buffer[point.x, point.y], x: point.x, y: point.y)
        }
        if let cursor, buffer.bounds.contains(cursor) {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        last = buffer
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var attrs = shim_a_normal()
        if cell.style.attributes.contains(.bold) { attrs |= shim_a_bold() }
        if cell.style.attributes.contains(.reverse) { attrs |= shim_a_reverse() }
        if cell.style.attributes.contains(.underline) { attrs |= shim_a_underline() }
        if cell.style.attributes.contains(.dim) { attrs |= shim_a_dim() }
        let pair = palette.pair(foreground: cell.style.foreground, background: cell.style.background)
        if BoxGlyph.all.contains(cell.text) {
            putLine(cell.text, attrs: attrs, pair: pair, x: x, y: y)
            return
        }
        var text = cell.text
        if !unicodeLines { text = ASCIIFallback.text(text, width: cell.width) }
        var wide = Array(text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }.prefix(Int(CCHARW_MAX)))
        wide.append(0)
        _ = shim_put_cell(Int32(y), Int32(x), wide, attrs, pair)
    }

    /// Lines go through WACS_* (ACS glyphs come out as "qqqq" in some emulators); plain ASCII
    /// when the locale cannot show them.
    private func putLine(_ glyph: String, attrs: attr_t, pair: Int16, x: Int, y: Int) {
        guard unicodeLines else {
            let ascii = BoxGlyph.ascii(glyph) ?? "+"
            var wide: [wchar_t] = [wchar_t(bitPattern: ascii.unicodeScalars.first!.value), 0]
            _ = shim_put_cell(Int32(y), Int32(x), &wide, attrs, pair)
            return
        }
        let source: UnsafePointer<cchar_t>
        switch glyph {
        case BoxGlyph.horizontal: source = shim_wacs_hline()
        case BoxGlyph.vertical: source = shim_wacs_vline()
        case BoxGlyph.topLeft: source = shim_wacs_ulcorner()
        case BoxGlyph.topRight: source = shim_wacs_urcorner()
        case BoxGlyph.bottomLeft: source = shim_wacs_llcorner()
        case BoxGlyph.bottomRight: source = shim_wacs_lrcorner()
        case BoxGlyph.leftTee: source = shim_wacs_ltee()
        case BoxGlyph.rightTee: source = shim_wacs_rtee()
        case BoxGlyph.topTee: source = shim_wacs_ttee()
        case BoxGlyph.bottomTee: source = shim_wacs_btee()
        default: source = shim_wacs_plus()
        }
        var c = source.pointee
        c.attr = (c.attr & ~attrs_mask) | attrs
        c.ext_color = Int32(pair)
        mvwadd_wch(shim_stdscr(), Int32(y), Int32(x), &c)
    }

    private var attrs_mask: attr_t {
        shim_a_bold() | shim_a_reverse() | shim_a_underline() | shim_a_dim()
    }

    public var now: Instant {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Instant(milliseconds: Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
    }

    /// Waits on the keyboard and the wake pipe together, so a background result or a signal is
    /// seen at once, not at the next key.
    public func nextInput(timeoutMilliseconds: Int?) -> TerminalInput {
        let deadline = timeoutMilliseconds.map { now.advanced(byMilliseconds: Int64($0)) }
        while true {
            if let cause = Self.pendingShutdown() { return .event(.shutdown(cause)) }
            if let message = mailbox.take() { return .event(.message(message)) }
            // ncurses may hold characters it read ahead (a sequence it did not match): ask it
            // first, without waiting, because poll() cannot see its buffer.
            if let input = readKey() { return input }
            let wait = deadline.map { Int32(clamping: max(0, $0.milliseconds - now.milliseconds)) } ?? -1
            if wait == 0 && deadline != nil { return .timedOut }
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: Self.wakeRead, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, wait)
            if ready < 0 {
                if errno == EINTR { continue }   // SIGWINCH: ncurses turns it into KEY_RESIZE
                return .closed
            }
            if ready == 0 { return .timedOut }
            if fds[1].revents != 0 { Self.drainWakePipe() }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && !Self.hasBytes(STDIN_FILENO) {
                return .event(.shutdown(.hangup))
            }
            if fds[0].revents & Int16(POLLIN) != 0 {
                if let input = readKey() { return input }
                // Readable with nothing to read: end of file (the pty closed).
                if !Self.hasBytes(STDIN_FILENO) { return .event(.shutdown(.inputClosed)) }
            }
        }
    }

    /// One key if there is one now (without waiting), else nil. Escape sequences the terminfo
    /// entry does not know (PuTTY's `ESC [4~` for End under TERM=xterm, Alt as an Esc prefix)
    /// are decoded by `KeySequenceReader`, so they never read as Esc followed by stray letters.
    private func readKey() -> TerminalInput? {
        while let read = reader.next(timeoutMilliseconds: 0) {
            switch read {
            case .key(let key): return .event(.key(key))
            case .keyCode(let code) where code == shim_key_resize():
                size = liveSize
                return .event(.resize(size))
            case .ignored, .keyCode: continue
            }
        }
        return nil
    }

    private static func hasBytes(_ fd: Int32) -> Bool {
        var count: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &count) == 0 && count > 0
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        if isendwin() == false { endwin() }
    }

    deinit { close() }

    // MARK: Signals and the wake pipe

    /// One pipe wakes `poll`: signal handlers and mailbox posts write a byte to it. A signal
    /// handler may only do async-signal-safe things, so it records the signal and writes.
    nonisolated(unsafe) private static var wakeRead: Int32 = -1
    nonisolated(unsafe) private static var wakeWrite: Int32 = -1
    nonisolated(unsafe) private static var caughtSignal: Int32 = 0

    static func noteSignal(_ signal: Int32) {
        if caughtSignal == 0 { caughtSignal = signal }
        wake()
    }

    static func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    private static func drainWakePipe() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &bytes, 64) > 0 {}
    }

    /// SIGHUP, SIGTERM and SIGINT become a shutdown event: the app saves what is unsaved as a
    /// draft, then the caller restores the terminal and exits with 128 + the signal.
    private static func pendingShutdown() -> ShutdownCause? {
        switch caughtSignal {
        case SIGHUP: return .hangup
        case SIGTERM, SIGINT: return .terminate
        default: return nil
        }
    }

    /// The signal that ended the session, if one did (for the exit status).
    public static var shutdownSignal: Int32? { caughtSignal == 0 ? nil : caughtSignal }

    private static func installSignalHandlers() {
        makeWakePipe()
        signal(SIGINT, recordSignal)
        signal(SIGTERM, recordSignal)
        signal(SIGHUP, recordSignal)
        // A write to a terminal that hung up must fail with EPIPE/EIO, not kill us before the draft is saved.
        signal(SIGPIPE, SIG_IGN)
    }

    private static func makeWakePipe() {
        var fds: (Int32, Int32) = (-1, -1)
        let made = withUnsafeMutablePointer(to: &fds) { pair in
            pair.withMemoryRebound(to: Int32.self, capacity: 2) { pipe($0) }
        }
        guard made == 0 else { return }
        wakeRead = fds.0
        wakeWrite = fds.1
        for fd in [fds.0, fds.1] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
    }
}

/// The signal handler: only async-signal-safe work (store the number, write one byte).
private func recordSignal(_ signal: Int32) {
    NcursesTerminal.noteSignal(signal)
}

/// What `wget_wch` returns, as the key reader's raw input.
private struct CursesInput: RawInputSource {
    mutating func next(timeoutMilliseconds: Int) -> RawInput? {
        let window = shim_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var wch: wint_t = 0
        let status = wget_wch(window, &wch)
        if status == shim_key_code_yes() { return .keyCode(Int32(wch)) }
        if status == shim_ok() { return .char(UInt32(wch)) }
        return nil
    }
}
