import CNcursesw

/// Turns what `wget_wch` returns into `Key`s.
enum KeyDecoder {
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26:
            return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        // The shifted keys terminfo has names for.
        case KEY_SLEFT: return .shift(.left)
        case KEY_SRIGHT: return .shift(.right)
        case KEY_SR: return .shift(.up)       // "scroll reverse": xterm's kri is Shift-↑
        case KEY_SF: return .shift(.down)     // "scroll forward": xterm's kind is Shift-↓
        case KEY_SHOME: return .shift(.home)
        case KEY_SEND: return .shift(.end)
        case KEY_SDC: return .shift(.delete)
        case KEY_SIC: return .shift(.insert)
        case KEY_SNEXT: return .shift(.pageDown)
        case KEY_SPREVIOUS: return .shift(.pageUp)
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Modified keys outside the classic KEY_* set. ncurses gives them codes it makes up at run
    /// time from terminfo's extended capabilities, so only their `keyname()` is stable: "kUP5"
    /// is Ctrl-↑, "kLFT3" Alt-←. The digit is the xterm modifier parameter; no digit means Shift
    /// (user_caps(5)).
    static func extended(name: String) -> Key? {
        guard name.hasPrefix("k") else { return nil }
        let body = name.dropFirst()
        let digits = body.reversed().prefix(while: \.isASCIIDigit).reversed()
        let base = body.dropLast(digits.count)
        guard let key = extendedBases[String(base)] else { return nil }
        guard !digits.isEmpty else { return .shift(key) }
        guard let modifier = Int(String(digits)), (2...16).contains(modifier) else { return nil }
        return key.modified(byXtermParameter: modifier)
    }

    private static let extendedBases: [String: Key] = [
        "UP": .up, "DN": .down, "LFT": .left, "RIT": .right,
        "HOM": .home, "END": .end, "NXT": .pageDown, "PRV": .pageUp,
        "DC": .delete, "IC": .insert,
    ]

    /// ncurses' name for a key code, for `extended(name:)`.
    static func ncursesKeyName(_ code: Int32) -> String? {
        keyname(code).map { String(cString: $0) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
