import Foundation

/// What a cell shows where the locale has no Unicode (LANG=C over SSH): the nearest ASCII,
/// so a name reads `Desy`, not `D?sy`, and a breadcrumb `Menu > Anggota`, not `Menu ? Anggota`.
/// The stored text is untouched; only the drawing is plainer.
public enum ASCIIFallback {
    /// Punctuation and signs the screens use, each a one-cell ASCII stand-in.
    static let signs: [Character: Character] = [
        "–": "-", "—": "-", "‐": "-", "›": ">", "‹": "<", "«": "<", "»": ">", "·": ".", "•": "*", "…": ".",
        "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "≥": ">", "≤": "<", "≠": "#", "→": ">", "←": "<",
        "↑": "^", "↓": "v", "×": "x", "⚠": "!", "Σ": "S", "½": "/", "⅔": "/", "°": "o", "✓": "v",
    ]

    /// The ASCII a cell holding `text` (one grapheme, `width` cells) is drawn as: a shade or
    /// sign stand-in, a letter without its accents, else `?` for each cell.
    public static func text(_ text: String, width: Int) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        if let shade = ShadeGlyph.ascii(text) { return String(shade) }
        if let ch = text.first, text.count == 1, let sign = signs[ch] { return String(sign) }
        // é → e, Ñ → N, ő → o: the first scalar of the decomposed letter, when that is ASCII.
        if let base = text.decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII,
           base.properties.isAlphabetic {
            return String(Character(base)) + String(repeating: " ", count: max(0, width - 1))
        }
        return String(repeating: "?", count: max(1, width))
    }
}
