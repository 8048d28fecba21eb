import Domain
import Storage
import TerminalUI

extension MinutesEditorScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        let (top, rest) = rect.splitTop(1)
        let status = typist.map { c.musda.readOnlyBy($0) }
            ?? autosavedAt.map { c.musda.autosaved(c.timeWithSeconds($0)) } ?? (dirty || area.text != saved ? c.musda.unsaved : "")
        let statusWidth = min(status.displayWidth, top.width / 2)
        buffer.write(session.title, x: top.x, y: top.y, width: max(0, top.width - statusWidth - 1), style: .bold)
        buffer.write(status, x: top.maxX - statusWidth, y: top.y, width: statusWidth, style: .dim, alignRight: true)
        let (quorumRow, textArea) = rest.splitTop(1)
        if let quorum {
            let text = c.musda.quorumLine(quorum)
            buffer.write(text, x: quorumRow.x, y: quorumRow.y, width: min(quorumRow.width, text.displayWidth),
                         style: quorum.isMet ? .dim : .reverse.with(.bold))
        }
        return area.draw(in: textArea, on: &buffer, focused: !isReadOnly)
    }
}
