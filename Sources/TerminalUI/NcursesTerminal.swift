import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

public enum TerminalError: Error, Equatable, Sendable {
    case notATerminal
    case unknownTerminalType(String)
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

    /// Opens the terminal. Fails cleanly (no ncurses exit) when stdin/stdout is not a tty or
    /// TERM is unknown, so the caller can print one line and exit non-zero.
    public init(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        unicodeLines = codeset.uppercased().filter { $0 != "-" } == "UTF8"
        let term = environment["TERM"] ?? ""
        // newterm (unlike initscr) returns NULL on an unknown TERM instead of exiting.
        guard !term.isEmpty, let out = fdopen(STDOUT_FILENO, "w"), let inp = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(term, out, inp) else {
            throw TerminalError.unknownTerminalType(term)
        }
        self.screen = screen
        set_term(screen)
        raw()              // Ctrl-S, Ctrl-C and Ctrl-Z reach the app as keys
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        palette = ColorPalette(enabled: environment["NO_COLOR"] == nil && has_colors())
        Self.installSignalHandlers()
    }

    public var size: Size { Size(width: Int(shim_cols()), height: Int(shim_lines())) }

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
        if !unicodeLines, text.unicodeScalars.contains(where: { !$0.isASCII }) {
            text = String(repeating: "?", count: max(1, cell.width))
        }
        var wide = Array(text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }.prefix(Int(CCHARW_MAX)))
        wide.append(0)
        _ = shim_put_cell(Int32(y), Int32(x), wide, attrs, pair)
    }

    /// Lines go through WACS_* (ACS glyphs come out as "qqqq" in some emulators); plain ASCII
    /// when the locale cannot show them.
    private func putLine(_ glyph: String, attrs: attr_t, pair: Int16, x: Int, y: Int) {
        guard unicodeLines else {
            let ascii: String = glyph == BoxGlyph.horizontal ? "-" : glyph == BoxGlyph.vertical ? "|" : "+"
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
        default: source = shim_wacs_lrcorner()
        }
        var c = source.pointee
        c.attr = (c.attr & ~attrs_mask) | attrs
        c.ext_color = Int32(pair)
        mvwadd_wch(shim_stdscr(), Int32(y), Int32(x), &c)
    }

    private var attrs_mask: attr_t {
        shim_a_bold() | shim_a_reverse() | shim_a_underline() | shim_a_dim()
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> Event? {
        let window = shim_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds ?? -1))
        while true {
            var wch: wint_t = 0
            let status = wget_wch(window, &wch)
            if status == shim_key_code_yes() {
                if Int32(wch) == shim_key_resize() { return .resize(size) }
                if let key = KeyDecoder.functionKey(Int32(wch)) { return .key(key) }
                continue
            }
            if status == shim_ok() {
                if let key = KeyDecoder.character(UInt32(wch)) { return .key(key) }
                continue
            }
            // ERR: a timeout, or input is gone (hang-up). Blocking reads only fail for the latter.
            if timeoutMilliseconds != nil { return nil }
            if isatty(STDIN_FILENO) != 1 { return nil }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        if isendwin() == false { endwin() }
    }

    deinit { close() }

    private static func installSignalHandlers() {
        // Restore the terminal before dying, so the user's shell is never left in raw mode.
        let restore: @convention(c) (Int32) -> Void = { signal in
            endwin()
            _exit(128 + signal)
        }
        signal(SIGINT, restore)
        signal(SIGTERM, restore)
        signal(SIGHUP, restore)
    }
}
