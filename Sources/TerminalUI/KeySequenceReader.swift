/// One thing `wget_wch` returned.
public enum RawInput: Equatable, Sendable {
    /// OK with a character.
    case char(UInt32)
    /// KEY_CODE_YES with a key code (KEY_UP, KEY_RESIZE, an extended code ...).
    case keyCode(Int32)
}

/// Where raw input comes from: ncurses, or a script in tests.
public protocol RawInputSource {
    /// The next input within `timeoutMilliseconds` (negative waits for ever, 0 only takes what
    /// is already there); nil when nothing came.
    mutating func next(timeoutMilliseconds: Int) -> RawInput?
}

/// What one read produced.
public enum KeyRead: Equatable, Sendable {
    case key(Key)
    /// Input that means no key (a paste marker, a focus report, a lone NUL): read again.
    case ignored
    /// A key code that is no key, such as KEY_RESIZE or KEY_MOUSE; the terminal decides.
    case keyCode(Int32)
}

/// Turns raw input into keys, decoding the escape sequences ncurses passed through undecoded.
///
/// On ESC it keeps reading while the sequence is incomplete, waiting up to
/// `escapeTimeoutMilliseconds` for each further byte: on a slow SSH link one sequence can
/// arrive in pieces. Nothing following in time means the Esc key itself. Input read ahead but
/// not part of the sequence is kept and returned by the next reads, so no key is lost.
public struct KeySequenceReader<Source: RawInputSource> {
    public var source: Source
    public let escapeTimeoutMilliseconds: Int
    private let keyName: (Int32) -> String?
    /// Read ahead, not yet returned; oldest first.
    private var pending: [RawInput] = []

    /// `keyName` is ncurses' `keyname()` in production (`KeyDecoder.ncursesKeyName`); it names the
    /// extended codes ncurses invents at run time, such as "kUP5".
    public init(source: Source, escapeTimeoutMilliseconds: Int = 25, keyName: @escaping (Int32) -> String?) {
        self.source = source
        self.escapeTimeoutMilliseconds = escapeTimeoutMilliseconds
        self.keyName = keyName
    }

    /// The next key; nil when the source gave nothing within `timeoutMilliseconds`.
    public mutating func next(timeoutMilliseconds: Int) -> KeyRead? {
        guard let input = take(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        switch input {
        case .keyCode(let code):
            return key(code: code).map(KeyRead.key) ?? .keyCode(code)
        case .char(Ascii.escape):
            return readEscape()
        case .char(let code):
            return KeyDecoder.character(code).map(KeyRead.key) ?? .ignored
        }
    }

    private mutating func readEscape() -> KeyRead {
        var chars: [UInt32] = []
        while true {
            let result = EscapeSequence.decode(chars)
            guard result == .incomplete else { return finish(result, chars: chars) }
            guard let input = take(timeoutMilliseconds: escapeTimeoutMilliseconds) else {
                return finish(EscapeSequence.decodeTruncated(chars), chars: chars)
            }
            switch input {
            case .char(let code):
                chars.append(code)
            case .keyCode(let code):
                // ESC then a key ncurses decoded itself (ESC KEY_UP): Alt with that key.
                if chars.isEmpty, let key = key(code: code) { return .key(key.addingAlt) }
                pushBack([input])
                return finish(EscapeSequence.decodeTruncated(chars), chars: chars)
            }
        }
    }

    /// Returns what `result` says and keeps the characters it did not use for the next reads.
    private mutating func finish(_ result: EscapeSequence.Result, chars: [UInt32]) -> KeyRead {
        let used: Int
        let read: KeyRead
        switch result {
        case .key(let key, let consumed): (used, read) = (consumed, .key(key))
        case .ignored(let consumed): (used, read) = (consumed, .ignored)
        // Not a sequence: the ESC was the Esc key and the rest is ordinary input.
        case .none, .incomplete: (used, read) = (0, .key(.escape))
        }
        pushBack(chars.dropFirst(used).map(RawInput.char))
        return read
    }

    private mutating func pushBack(_ inputs: [RawInput]) {
        pending.insert(contentsOf: inputs, at: 0)
    }

    private mutating func take(timeoutMilliseconds: Int) -> RawInput? {
        if !pending.isEmpty { return pending.removeFirst() }
        return source.next(timeoutMilliseconds: timeoutMilliseconds)
    }

    private func key(code: Int32) -> Key? {
        KeyDecoder.functionKey(code) ?? keyName(code).flatMap(KeyDecoder.extended(name:))
    }
}
