/// A row of tab titles, ` Ringkasan │ Sesi & Acara │ … `, the current one in bold reverse video
/// (so it shows in monochrome), the others plain, divided by dim bars.
public enum TabRow {
    public static func draw(_ titles: [String], selected: Int, in row: Rect, on buffer: inout Buffer) {
        var x = row.x
        for (i, title) in titles.enumerated() {
            guard x < row.maxX else { break }
            x += buffer.write(" " + title + " ", x: x, y: row.y, style: i == selected ? .selected.with(.bold) : .plain, clip: row)
            if i < titles.count - 1 { x += buffer.write("│", x: x, y: row.y, style: .dim, clip: row) }
        }
    }
}
