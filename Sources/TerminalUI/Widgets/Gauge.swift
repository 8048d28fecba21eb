/// A progress bar with its figure: `██████░░░░ 124/200 (62%)`.
///
/// The filled part is reverse-video blanks, so it reads in monochrome and on any terminal
/// (colour never carries the meaning); the rest is the light shade `░`, which the terminal
/// shows as `.` where the locale cannot draw it (`ShadeGlyph.ascii`). As in `dialog --gauge`.
public struct Gauge: Hashable, Sendable {
    /// Done, 0…1; values outside are clamped.
    public var fraction: Double
    /// The figure after the bar: `124/200 (62%)`, `tercapai`.
    public var label: String
    /// A shorter figure (`62%`) for when the full one leaves no room for the bar.
    public var shortLabel: String?
    /// Below this many cells the bar is left out and only the figure shows.
    public static let minimumBar = 4

    public init(fraction: Double, label: String, shortLabel: String? = nil) {
        self.fraction = fraction.isNaN ? 0 : min(1, max(0, fraction))
        self.label = label
        self.shortLabel = shortLabel
    }

    /// Filled cells of a bar `width` wide: rounded down, so only a full target fills it, and
    /// at least one for any progress above zero, so a start shows.
    public func filledCells(width: Int) -> Int {
        guard width > 0, fraction > 0 else { return 0 }
        return max(1, min(width, Int((fraction * Double(width)).rounded(.down))))
    }

    /// Draws the bar (`barWidth` cells, or what is left after the label) and the label on row
    /// `y` from `x`, within `width` cells. `highlighted` (a selected table row) swaps the
    /// bar's two parts, so it still reads against the row's reverse video.
    public func draw(x: Int, y: Int, width: Int, barWidth: Int? = nil, highlighted: Bool = false, on buffer: inout Buffer) {
        guard width > 0 else { return }
        let base: Style = highlighted ? .selected : .plain
        var label = self.label
        if let shortLabel, width - label.displayWidth - 1 < Self.minimumBar { label = shortLabel }
        let labelWidth = label.displayWidth
        let bar = min(barWidth ?? (width - labelWidth - 1), width - labelWidth - 1)
        guard bar >= Self.minimumBar else {
            buffer.write(label, x: x, y: y, width: width, style: base)
            return
        }
        let filled = filledCells(width: bar)
        for i in 0..<bar {
            let done = i < filled
            let style: Style = done != highlighted ? .reverse : .plain
            buffer.write(done ? " " : ShadeGlyph.light, x: x + i, y: y, style: style)
        }
        buffer.write(" " + label, x: x + bar, y: y, width: width - bar, style: base)
    }
}
