/// Display width of text in terminal cells.
///
/// Hand-written because Swift's standard library has no East Asian Width property and no
/// package in our mirror provides one; libc `wcwidth` depends on the process locale, which
/// would make tests depend on the environment. The ranges follow Unicode's East Asian
/// Wide/Fullwidth blocks and emoji presentation, as glibc's tables do.
public enum DisplayWidth {
    /// Width of one grapheme cluster: 0 for controls, 2 for wide, else 1.
    /// Combining marks live inside the cluster, so they add nothing.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if isInvisibleFormat(character) { return 0 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// Bidirectional overrides and isolates (U+202A–202E, U+2066–2069), marks and zero-width
    /// characters (U+200B–200F, U+2060–2065, U+FEFF): invisible, and a terminal that honours
    /// bidi would let a stored name reorder the text after it, so they are never drawn.
    public static func isInvisibleFormat(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { s in
            let v = s.value
            return (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x2069).contains(v) || v == 0xFEFF
        }
    }

    /// Width of a string in cells.
    public static func of(_ string: String) -> Int {
        // Most text on these screens is printable ASCII: one cell per byte, no grapheme breaking.
        if let ascii = printableASCIICount(string) { return ascii }
        var total = 0
        for ch in string { total += of(ch) }
        return total
    }

    /// The length of `string` when every byte is printable ASCII (0x20–0x7E), else nil.
    @inline(__always)
    static func printableASCIICount(_ string: String) -> Int? {
        var n = 0
        for byte in string.utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return nil }
            n += 1
        }
        return n
    }

    static func isWide(_ v: UInt32) -> Bool {
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
        0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension String {
    /// Cells this string takes on screen.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The longest prefix that fits in `width` cells; a wide character that would be cut is dropped.
    public func prefix(cells width: Int) -> String {
        var used = 0
        var result = ""
        for ch in self {
            let w = DisplayWidth.of(ch)
            if used + w > width { break }
            used += w
            result.append(ch)
        }
        return result
    }

    /// Fits the string into exactly `width` cells: truncated with "…" when too long, padded with spaces.
    public func fitted(to width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        let w = displayWidth
        if w > width {
            let cut = prefix(cells: width - 1) + "…"
            return cut + String(repeating: " ", count: width - cut.displayWidth)
        }
        let pad = String(repeating: " ", count: width - w)
        return alignRight ? pad + self : self + pad
    }
}
