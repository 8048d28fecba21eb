import Documents
import Domain
import Storage
import TerminalUI

extension MusdaRecordScreen {
    /// Lines under the Dokumen list: the selected paper's file.
    static let documentLinesBelow = 2

    /// The register's papers of this Musda: number, kind, date and format; the selected one's
    /// file below the list.
    func drawDocuments(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let w = c.documents
        let list = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(1, rect.height - Self.documentLinesBelow))
        let table = Table([
            TableColumn(w.columnNumber, minWidth: 14, idealWidth: 36, priority: 100, expands: true),
            TableColumn(w.columnKind, minWidth: 8, idealWidth: 16, priority: 90),
            TableColumn(w.columnDate, minWidth: 10, idealWidth: 11, priority: 60),
            TableColumn(w.columnFile, minWidth: 6, idealWidth: 6, priority: 40),
        ])
        let cells = documents.dropFirst(top).map { d in
            [d.number ?? "–", w.registerKindName(d.kind), d.date.map(c.shortDate) ?? "–", d.fileFormat?.uppercased() ?? "–"]
        }
        let caret = table.draw(rows: cells, selected: selected - top, in: list, on: &buffer, focused: true, emptyText: w.none)
        if documents.indices.contains(selected) {
            let d = documents[selected]
            let lines = [d.title] + [d.filePath.map(w.fileLine) ?? w.notGenerated]
            for (i, line) in lines.enumerated() where list.maxY + i < rect.maxY {
                buffer.write(line, x: rect.x, y: list.maxY + i, width: rect.width, style: i == 0 ? .bold : .dim)
            }
        }
        return caret
    }
}
