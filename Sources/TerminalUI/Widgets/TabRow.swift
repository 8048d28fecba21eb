/// A row of tab titles, ` Ringkasan │ Sesi & Acara │ … `, the current one in bold reverse video
/// (so it shows in monochrome), the others plain, divided by dim bars. When the padded titles
/// do not fit the row (eight tabs at 80 columns), the padding goes first; when even the bare
/// titles do not fit, the row scrolls to keep the current tab whole, marked `‹` and `›`
/// where tabs are out of sight.
public enum TabRow {
    public static func draw(_ titles: [String], selected: Int, in row: Rect, on buffer: inout Buffer) {
        let padded = width(titles, padding: 1)
        let padding = padded <= row.width ? 1 : 0
        let first = firstVisible(titles, selected: selected, padding: padding, width: row.width)
        var x = row.x
        if first > 0 { x += buffer.write("‹", x: x, y: row.y, style: .dim, clip: row) }
        for i in first..<titles.count {
            guard x < row.maxX else { break }
            let pad = String(repeating: " ", count: padding)
            let cell = pad + titles[i] + pad
            if i > first, x + cell.displayWidth + (i < titles.count - 1 ? 1 : 0) > row.maxX, i != selected {
                buffer.write("›", x: row.maxX - 1, y: row.y, style: .dim, clip: row)
                break
            }
            x += buffer.write(cell, x: x, y: row.y, style: i == selected ? .selected.with(.bold) : .plain, clip: row)
            if i < titles.count - 1 { x += buffer.write("│", x: x, y: row.y, style: .dim, clip: row) }
        }
    }

    /// Cells the titles take with `padding` spaces each side and a bar between each two.
    static func width(_ titles: [String], padding: Int) -> Int {
        titles.map { $0.displayWidth + 2 * padding }.reduce(0, +) + max(0, titles.count - 1)
    }

    /// The first tab drawn: 0 when the selected one fits from the start, else the latest
    /// start from which it does (leaving a cell for the `‹` mark).
    static func firstVisible(_ titles: [String], selected: Int, padding: Int, width: Int) -> Int {
        guard titles.indices.contains(selected) else { return 0 }
        var first = 0
        while first < selected {
            let mark = first > 0 ? 1 : 0
            let upTo = self.width(Array(titles[first...selected]), padding: padding) + mark + 1
            if upTo <= width { break }
            first += 1
        }
        return first
    }
}
