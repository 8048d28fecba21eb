/// Text safe inside XML and HTML: markup escaped, and what XML 1.0 forbids left out.
public enum XMLText {
    /// Character data or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped, and
    /// what `isDropped` names left out.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isDropped(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Not printed in any paper: C0 controls but tab, newline and return, C1 controls, and
    /// U+FFFE/U+FFFF, since a single one makes Word refuse the whole file; and bidi
    /// embeddings, overrides and isolates (U+202A–202E, U+2066–2069): stored in a name, one
    /// would reorder what the paper shows after it, as the terminal already refuses to draw.
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        return (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
