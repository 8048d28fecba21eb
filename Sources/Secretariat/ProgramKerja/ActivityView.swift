import Domain
import Storage
import TerminalUI

extension ActivityScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard let record, rect.height >= 6 else { return nil }
        let a = record.activity
        let when = a.date.map(c.shortDate) ?? "\(a.year), \(c.work.dateOrYear(a))"
        var lines: [(String, Style)] = [
            (a.title, .bold),
            (c.work.activityHead(c.activityKindName(a.kind), when, a.place), .plain),
            (c.work.levelLine(a.level.map(c.competencyLevelName)) + " · " + c.work.programmeLine(record.programme), .plain),
            (c.work.partnersLine(record.partners.map(\.name)), .plain),
            ("", .plain),
        ]
        let figure = a.participants
        lines.append((c.work.participantsLine(figure.map { c.work.figureText($0, noun: c.work.participantNoun) } ?? c.work.notReported), .bold))
        // Warnings in reverse video, so they show in monochrome too.
        if let d = figure?.discrepancy { lines.append((c.work.discrepancyWarning(d), .reverse.with(.bold))) }
        if let total = figure?.total, participants.count > total {
            lines.append((c.work.moreKnownThanTotal(participants.count, total), .reverse.with(.bold)))
        }
        // Source and notes give way first on a short terminal, so the participants stay in view.
        var optional: [(String, Style)] = []
        if let f = figure, f.source != nil || f.asOf != nil { optional.append((c.work.sourceLine(f.source, asOf: f.asOf), .dim)) }
        if let note = figure?.note { optional += c.work.noteLine(note).wrapped(toCells: rect.width, maxLines: 2).map { ($0, Style.dim) } }
        if let note = a.note { optional += c.work.noteLine(note).wrapped(toCells: rect.width, maxLines: 2).map { ($0, Style.dim) } }
        let room = max(0, rect.height - lines.count - 1 - 4)
        lines += optional.prefix(room)
        var y = rect.y
        for (text, style) in lines where y < rect.maxY {
            // Reverse video covers the warning's words only, not the rest of the row.
            let width = style.attributes.contains(.reverse) ? min(rect.width, text.displayWidth) : rect.width
            buffer.write(text, x: rect.x, y: y, width: width, style: style)
            y += 1
        }
        y += 1
        guard y + 2 < rect.maxY else { return nil }
        buffer.write(c.work.knownParticipants(participants.count), x: rect.x, y: y, width: rect.width, style: .bold)
        y += 1
        let table = Table([
            // At 80 columns the issuer and expiry give way (the form shows them); from 100 all fit.
            TableColumn(c.work.columnName, minWidth: 14, idealWidth: 28, priority: 100, expands: true),
            TableColumn("KTA", minWidth: 12, idealWidth: 13, priority: 40),
            TableColumn(c.work.columnCategory, minWidth: 6, idealWidth: 7, priority: 80),
            TableColumn(c.work.columnResult, minWidth: 15, idealWidth: 15, priority: 90),
            TableColumn(c.work.columnCertificate, minWidth: 16, idealWidth: 18, priority: 50),
            TableColumn(c.work.columnIssuer, minWidth: 14, idealWidth: 16, priority: 30),
            TableColumn(c.work.columnExpiry, minWidth: 12, idealWidth: 12, priority: 20),
        ])
        // The lines above vary (warnings, source, notes) and the cursor's page is only their
        // usual height: the rows start where the selected one is in view, whatever they took.
        let visible = max(1, rect.maxY - y - 1)
        let top = cursor.selected >= cursor.top + visible ? cursor.selected - visible + 1 : cursor.top
        let cells = participants.dropFirst(top).map { p -> [String] in
            let x = p.participation
            return [p.isErased ? c.work.erased : p.name, p.kta ?? (p.isMember ? "" : c.work.notAMember), c.participantCategoryName(x.category),
                    x.result.map(c.resultName) ?? c.work.resultPending, x.certificateNumber ?? "", p.issuerName ?? "",
                    x.expiresOn.map(c.shortDate) ?? ""]
        }
        return table.draw(rows: cells, selected: cursor.selected - top, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y),
                          on: &buffer, focused: true, emptyText: c.work.noParticipants)
    }
}
