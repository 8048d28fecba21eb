/// Decodes what a terminal sent after an ESC, whatever the terminal's own dialect.
///
/// ncurses only decodes the spellings its terminfo entry lists; everything else arrives as a
/// raw ESC and the bytes after it. Read as keys, those bytes become Esc (= back) plus stray
/// letters and digits that select menu items. So every common spelling is decoded here, and any
/// other well-formed sequence is swallowed whole rather than leaked.
public enum EscapeSequence {
    public enum Result: Equatable, Sendable {
        /// A key, spelled by the first `consumed` characters.
        case key(Key, consumed: Int)
        /// A complete sequence that means no key (paste markers, focus, mouse): drop it.
        case ignored(consumed: Int)
        /// A prefix of a sequence: more characters are needed to tell.
        case incomplete
        /// Not a sequence: the ESC stands alone and the characters are ordinary input.
        case none
    }

    /// Decodes `chars`, the characters that followed an ESC.
    public static func decode(_ chars: [UInt32]) -> Result {
        guard let first = chars.first else { return .incomplete }
        switch first {
        case Ascii.leftBracket: return ControlSequence.decode(chars)
        case Ascii.letterO: return SingleShift.decode(chars)
        case Ascii.escape: return escapePrefixed(chars)
        default:
            // Alt is sent as ESC before the key itself.
            guard let key = KeyDecoder.character(first) else { return .none }
            return .key(.alt(key), consumed: 1)
        }
    }

    /// What `chars` mean when `decode` said `.incomplete` and no more characters came in time.
    /// Never `.incomplete`.
    public static func decodeTruncated(_ chars: [UInt32]) -> Result {
        guard let first = chars.first, first != Ascii.escape else { return .none }
        // ESC [ or ESC O alone is the user typing Alt-[ or Alt-O.
        if chars.count == 1, let key = KeyDecoder.character(first) { return .key(.alt(key), consumed: 1) }
        // A sequence cut short: swallow it, since its digits would otherwise select menu items.
        return .ignored(consumed: chars.count)
    }

    /// ESC ESC <sequence> is how many terminals send Alt with a special key.
    private static func escapePrefixed(_ chars: [UInt32]) -> Result {
        let rest = Array(chars.dropFirst())
        guard let second = rest.first else { return .incomplete }
        guard second == Ascii.leftBracket || second == Ascii.letterO else { return .none }
        switch decode(rest) {
        case .key(let key, let consumed): return .key(key.addingAlt, consumed: consumed + 1)
        case .ignored(let consumed): return .ignored(consumed: consumed + 1)
        case .incomplete: return .incomplete
        case .none: return .none
        }
    }
}

enum Ascii {
    static let escape: UInt32 = 27
    static let leftBracket: UInt32 = 0x5B
    static let letterO: UInt32 = 0x4F
    static let semicolon: UInt32 = 0x3B
    static let dollar: UInt32 = 0x24
    static let digits: ClosedRange<UInt32> = 0x30...0x39
    /// ECMA-48 byte classes of a control sequence.
    static let parameters: ClosedRange<UInt32> = 0x30...0x3F
    static let intermediates: ClosedRange<UInt32> = 0x20...0x2F
    static let finals: ClosedRange<UInt32> = 0x40...0x7E

    static func character(_ code: UInt32) -> Character? {
        Unicode.Scalar(code).map(Character.init)
    }
}

extension Key {
    /// Applies an xterm modifier parameter (`;2` Shift ... `;8` Shift-Alt-Ctrl, 9–16 with Meta,
    /// which is read as Alt), nesting in the documented order Alt(Ctrl(Shift(key))).
    func modified(byXtermParameter parameter: Int?) -> Key {
        guard let parameter, (2...16).contains(parameter) else { return self }
        let bits = parameter - 1
        var key = self
        // Shift-Tab already has its own key.
        if bits & 1 != 0, key != .backTab { key = .shift(key) }
        if bits & 4 != 0 { key = .control(key) }
        if bits & 2 != 0 || bits & 8 != 0 { key = key.addingAlt }
        return key
    }

    /// Alt once: ESC before a sequence that already says Alt must not make Alt-Alt.
    var addingAlt: Key {
        if case .alt = self { return self }
        return .alt(self)
    }
}

/// CSI: `[`, parameter bytes, intermediate bytes, one final byte (ECMA-48), plus the dialects
/// that bend that shape: rxvt's `$` final, the Linux console's `[[A`, X10 mouse reports.
enum ControlSequence {
    /// Longer than any key; past this a run without a final byte is noise, dropped whole.
    static let maxLength = 32

    static func decode(_ chars: [UInt32]) -> EscapeSequence.Result {
        guard chars.count > 1 else { return .incomplete }
        if chars[1] == Ascii.leftBracket { return linuxConsole(chars) }
        // X10 mouse: `[M` and three raw bytes that need not look like a sequence at all.
        if chars[1] == 0x4D { return chars.count >= 5 ? .ignored(consumed: 5) : .incomplete }
        var index = 1
        while index < chars.count, Ascii.parameters.contains(chars[index]) { index += 1 }
        let parameterEnd = index
        let parameterBytes = chars[1..<parameterEnd]
        let plain = parameterBytes.allSatisfy { Ascii.digits.contains($0) || $0 == Ascii.semicolon }
        while index < chars.count {
            let byte = chars[index]
            // rxvt ends Shift-modified keys (`[2$`) with `$`, an intermediate byte in ECMA-48.
            let rxvtShift = byte == Ascii.dollar && plain && index == parameterEnd && parameterEnd > 1
            if Ascii.intermediates.contains(byte), !rxvtShift {
                index += 1
                continue
            }
            guard Ascii.finals.contains(byte) || rxvtShift else { return broken(at: index) }
            let consumed = index + 1
            // Private parameters (`<`, `?`) and intermediates are reports and mouse, never keys.
            guard plain, index == parameterEnd,
                  let key = key(final: byte, parameters: Parameters.parse(parameterBytes))
            else { return .ignored(consumed: consumed) }
            return .key(key, consumed: consumed)
        }
        return chars.count > maxLength ? .ignored(consumed: chars.count) : .incomplete
    }

    /// A byte that cannot be in a sequence ends it early: drop what was read, keep that byte.
    private static func broken(at index: Int) -> EscapeSequence.Result {
        index == 1 ? .key(.alt(.char("[")), consumed: 1) : .ignored(consumed: index)
    }

    private static func key(final: UInt32, parameters: [Int?]) -> Key? {
        let code = parameters.first ?? nil
        switch Ascii.character(final) {
        case "~": return Parameters.tildeKey(code)?.modified(byXtermParameter: parameters.dropFirst().first ?? nil)
        // rxvt marks modified tilde keys with the final byte instead of a parameter.
        case "$": return Parameters.tildeKey(code)?.modified(byXtermParameter: 2)
        case "^": return Parameters.tildeKey(code)?.modified(byXtermParameter: 5)
        case "@": return Parameters.tildeKey(code)?.modified(byXtermParameter: 6)
        case "a", "b", "c", "d":
            // rxvt Shift-arrows.
            guard parameters.isEmpty else { return nil }
            return Parameters.letterKey(final - 0x20).map(Key.shift)
        default:
            return Parameters.letterKey(final)?.modified(byXtermParameter: parameters.last ?? nil)
        }
    }

    /// Linux console F1–F5: `[[A` ... `[[E`.
    private static func linuxConsole(_ chars: [UInt32]) -> EscapeSequence.Result {
        guard chars.count > 2 else { return .incomplete }
        let byte = chars[2]
        if (0x41...0x45).contains(byte) { return .key(.function(Int(byte - 0x40)), consumed: 3) }
        return .ignored(consumed: Ascii.finals.contains(byte) ? 3 : 2)
    }
}

/// SS3: `O`, optional xterm modifier digits (`O5C`), one final byte. Sent for cursor keys in
/// application mode, which ncurses switches on, and by the keypad in application mode.
enum SingleShift {
    static func decode(_ chars: [UInt32]) -> EscapeSequence.Result {
        var index = 1
        while index < chars.count, Ascii.digits.contains(chars[index]) || chars[index] == Ascii.semicolon {
            index += 1
        }
        guard index < chars.count else {
            return chars.count > ControlSequence.maxLength ? .ignored(consumed: chars.count) : .incomplete
        }
        let byte = chars[index]
        guard Ascii.finals.contains(byte) else {
            return index == 1 ? .key(.alt(.char("O")), consumed: 1) : .ignored(consumed: index)
        }
        let parameters = Parameters.parse(chars[1..<index])
        guard let key = key(final: byte, modifier: parameters.last ?? nil) else { return .ignored(consumed: index + 1) }
        return .key(key, consumed: index + 1)
    }

    /// Application keypad `Oj`...`Oy`, in the order the VT100 numbers them.
    private static let keypad = Array("*+,-./0123456789")

    private static func key(final: UInt32, modifier: Int?) -> Key? {
        if let key = Parameters.letterKey(final) { return key.modified(byXtermParameter: modifier) }
        switch final {
        case 0x61...0x64: return Parameters.letterKey(final - 0x20).map(Key.control)   // rxvt Ctrl-arrows
        case 0x6A...0x79: return .char(keypad[Int(final - 0x6A)])
        case 0x4D: return .enter        // keypad Enter
        case 0x58: return .char("=")    // keypad =
        default: return nil
        }
    }
}

/// Meanings shared by CSI and SS3.
enum Parameters {
    /// `1;5` → [1, 5]; an empty field is nil (it means the default).
    static func parse(_ bytes: ArraySlice<UInt32>) -> [Int?] {
        guard !bytes.isEmpty else { return [] }
        let text = String(String.UnicodeScalarView(bytes.compactMap(Unicode.Scalar.init)))
        return text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    }

    static func letterKey(_ final: UInt32) -> Key? {
        switch Ascii.character(final) {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "Z": return .backTab
        default: return nil
        }
    }

    /// The `[n~` family: VT220 editing keys and the function keys, with the rxvt/PuTTY
    /// Home/End spellings (1 and 4 from PuTTY, 7 and 8 from rxvt).
    static func tildeKey(_ code: Int?) -> Key? {
        switch code {
        case 1, 7: return .home
        case 4, 8: return .end
        case 2: return .insert
        case 3: return .delete
        case 5: return .pageUp
        case 6: return .pageDown
        case let n? where (11...15).contains(n): return .function(n - 10)
        case let n? where (17...21).contains(n): return .function(n - 11)
        case let n? where (23...24).contains(n): return .function(n - 12)
        default: return nil
        }
    }
}
