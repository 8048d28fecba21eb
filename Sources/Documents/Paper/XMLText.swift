/// Text safe inside XML and HTML: markup escaped, and what XML 1.0 forbids left out.
public enum XMLText {
    /// Character data or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped; C0
    /// controls but tab, newline and return, C1 controls, and U+FFFE/U+FFFF dropped, since a
    /// single one makes Word refuse the whole file.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = scalar.value
                if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
                if (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
