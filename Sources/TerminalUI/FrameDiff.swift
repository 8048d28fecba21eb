/// Which cells of a new frame differ from the last one shown, as ratatui's buffer diff does.
///
/// Only these are written to the terminal, so a scroll step sends a few rows, not a screen:
/// on a slow SSH link the bytes per keystroke are what the user feels.
public enum FrameDiff {
    /// Positions to write, row by row. Continuation cells (the right half of a wide character)
    /// are never listed: writing their base cell covers them. With no usable previous frame
    /// (first frame, resize, Ctrl-L) every cell is listed.
    public static func changes(from previous: Buffer?, to next: Buffer) -> [Point] {
        let usable = previous?.size == next.size ? previous : nil
        var points: [Point] = []
        for y in 0..<next.size.height {
            for x in 0..<next.size.width {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                if let usable, usable[x, y] == cell, !coversChangedHalf(usable, next, x, y) { continue }
                points.append(Point(x: x, y: y))
            }
        }
        return points
    }

    /// A wide cell whose right half was something else before must be rewritten, or the
    /// terminal keeps the old glyph in that column.
    private static func coversChangedHalf(_ previous: Buffer, _ next: Buffer, _ x: Int, _ y: Int) -> Bool {
        next[x, y].width == 2 && x + 1 < next.size.width && previous[x + 1, y] != next[x + 1, y]
    }
}
