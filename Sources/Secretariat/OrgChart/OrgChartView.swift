import Documents
import TerminalUI

extension OrgChartScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.width > 2, rect.height > 0 else { return nil }
        guard let grid else {
            if notFound { buffer.write(c.orgChart.notFound, x: rect.x + 1, y: rect.y, width: rect.width - 2, style: .bold) }
            return nil
        }
        guard grid.width > 0 else {
            buffer.write(c.orgChart.empty, x: rect.x + 1, y: rect.y, width: rect.width - 2)
            return nil
        }
        let area = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        // A chart narrower than the screen stands in the middle.
        let left = area.x + max(0, (area.width - grid.width) / 2)
        let columns = min(area.width, grid.width - offset.x)
        for row in 0..<min(area.height, grid.height - offset.y) {
            let y = offset.y + row
            for column in 0..<columns {
                let cell = grid[offset.x + column, y]
                // The right half of a wide character whose left half is out of view stays blank.
                if cell.text.isEmpty { continue }
                if column == columns - 1, DisplayWidth.of(cell.text) > 1 { continue }
                if cell.role == .blank { continue }
                buffer.write(cell.text, x: left + column, y: area.y + row, style: Self.style(cell.role), clip: area)
            }
        }
        return nil
    }

    /// Meaning never rides on colour: titles bold, vacant and erased seats dim.
    static func style(_ role: OrgChartGrid.Role) -> Style {
        switch role {
        case .blank, .line, .text(.name): return .plain
        case .text(.heading), .text(.title): return .bold
        case .text(.label), .text(.vacant), .text(.erased), .text(.note): return .dim
        }
    }
}
