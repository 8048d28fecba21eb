/// A horizontal bar chart: one row per item, `Palembang  ██████████████ 46`.
///
/// The bars are reverse-video blanks, as the gauge's, so they read in monochrome and in a
/// locale without Unicode (nothing to fall back from); the value is written after each bar,
/// so the chart never relies on bar length alone. A value that was not reported has no bar,
/// never an empty one that would read as 0, and its text (`tidak dilaporkan`) dimmed.
public struct BarChart: Sendable, Hashable {
    public var labels: [String]
    /// The bar lengths; nil: not reported.
    public var values: [Int?]
    /// What is written after each bar, formatted by the caller: `1.024`, `62%`, `tidak dilaporkan`.
    public var texts: [String]

    public init(labels: [String], values: [Int?], texts: [String]) {
        self.labels = labels
        self.values = values
        self.texts = texts
    }

    /// Rows from `top` that fit `rect`, one per item; `selected` (an index) is drawn in bold
    /// with a `▸` mark.
    public func draw(in rect: Rect, top: Int = 0, selected: Int? = nil, on buffer: inout Buffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        // Labels as wide as they need while a bar of 12 cells still fits; values up to a quarter.
        let valueWidth = min(texts.map(\.displayWidth).max() ?? 0, max(4, rect.width / 4))
        let labelWidth = min(labels.map(\.displayWidth).max() ?? 0, max(6, rect.width - valueWidth - 4 - 12))
        let barSpace = rect.width - labelWidth - valueWidth - 4
        let largest = max(1, values.compactMap { $0 }.max() ?? 1)
        for (row, i) in (top..<min(labels.count, values.count, texts.count)).prefix(rect.height).enumerated() {
            let y = rect.y + row
            let mark = i == selected ? "▸ " : "  "
            buffer.write(mark + labels[i], x: rect.x, y: y, width: labelWidth + 2, style: i == selected ? .bold : .plain)
            var x = rect.x + labelWidth + 3
            if let value = values[i], barSpace > 0 {
                // Rounded, but any value above zero gets a cell: a small regency still shows.
                let cells = value <= 0 ? 0 : max(1, Int((Double(value) / Double(largest) * Double(barSpace)).rounded()))
                buffer.write(String(repeating: " ", count: cells), x: x, y: y, style: .reverse)
                x += cells + 1
            }
            buffer.write(texts[i], x: x, y: y, width: max(0, rect.maxX - x), style: values[i] == nil ? .dim : .plain)
        }
    }
}

/// Values over time in one line of eighth-height blocks: `▁▂▄█▆`; nil is a blank.
public enum Sparkline {
    public static func render(_ values: [Int?]) -> String {
        let known = values.compactMap { $0 }
        let low = known.min() ?? 0, high = known.max() ?? 0
        return values.map { value -> String in
            guard let value else { return " " }
            guard high > low else { return value > 0 ? ShadeGlyph.heights[3] : ShadeGlyph.heights[0] }
            let level = Int((Double(value - low) / Double(high - low) * 7).rounded())
            return ShadeGlyph.heights[max(0, min(7, level))]
        }.joined()
    }
}
