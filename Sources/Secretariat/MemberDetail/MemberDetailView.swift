import Domain
import Storage
import TerminalUI

extension MemberDetailScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard rect.width > 0, rect.height > 0 else { return nil }
        let (topRow, rest) = rect.splitTop(1)
        // One cell of margin each side, matching the line above.
        let body = rest.inset(dx: 1, dy: 0)
        guard let detail else {
            buffer.write(c.memberDetail.notFound, x: rect.x + 1, y: rect.y, width: rect.width - 1, style: .bold)
            return nil
        }
        let rows = DetailLayout.rows(sections, width: body.width)
        let first = min(scroll, max(0, rows.count - body.height))
        let shown = rows.dropFirst(first).prefix(body.height)

        // The fixed line: who this is, and where in the content we are.
        let position = rows.isEmpty ? "" : c.memberDetail.lines(first + 1, first + shown.count, of: rows.count)
        let positionWidth = min(position.displayWidth, topRow.width / 2)
        buffer.write(position, x: topRow.maxX - positionWidth, y: topRow.y, width: positionWidth, style: .dim, alignRight: true)
        let nameWidth = max(0, topRow.width - positionWidth - 2)
        buffer.write(headline(detail, c), x: topRow.x + 1, y: topRow.y, width: nameWidth, style: .bold)

        for (i, row) in shown.enumerated() {
            let y = body.y + i
            if let label = row.label {
                buffer.write(label, x: body.x + DetailLayout.indent, y: y, width: row.labelWidth, style: .plain)
            }
            buffer.write(row.text, x: body.x + row.x, y: y, width: max(0, body.width - row.x), style: row.style)
        }
        return nil
    }

    /// "Wahidin · KTA 16.71.000001 · Aktif", or the tombstone's headline.
    private func headline(_ detail: PersonDetail, _ c: Catalog) -> String {
        if detail.person.isErased { return c.memberDetail.erasedHeadline + " · #\(detail.person.id ?? personId)" }
        var parts = [detail.person.name]
        if let m = detail.membership {
            if let kta = m.kta { parts.append(c.memberDetail.headlineKTA(kta)) }
            parts.append(c.membershipStatusName(m.status))
        }
        if detail.restriction != nil { parts.append(c.memberDetail.restrictedMark) }
        return parts.joined(separator: " · ")
    }
}
