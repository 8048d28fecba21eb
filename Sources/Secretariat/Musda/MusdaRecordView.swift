import Domain
import Storage
import TerminalUI

extension MusdaRecordScreen {
    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        guard musda != nil else { return nil }
        drawTabs(in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), buffer: &buffer, c)
        if let session {
            buffer.write(c.musda.sessionLine(session.title, Self.times(session.startsAt, session.endsAt)),
                         x: rect.x, y: rect.y + 1, width: rect.width, style: .bold)
        } else {
            buffer.write(c.musda.noSession, x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
        }
        if let quorum { drawQuorum(quorum, in: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: 1), buffer: &buffer, c) }
        let body = Rect(x: rect.x, y: rect.y + Self.headerLines, width: rect.width, height: max(0, rect.height - Self.headerLines))
        switch tab {
        case .summary: drawSummary(in: body, buffer: &buffer, c)
        case .sessions: return drawSessions(in: body, buffer: &buffer, c)
        case .attendance: return drawAttendance(in: body, buffer: &buffer, c)
        case .minutes: drawMinutes(in: body, buffer: &buffer, c)
        case .decisions: return drawDecisions(in: body, buffer: &buffer, c)
        case .lpj: return drawLPJ(in: body, buffer: &buffer, c)
        case .election: return drawElection(in: body, buffer: &buffer, c)
        case .formatur: return drawFormatur(in: body, buffer: &buffer, c)
        case .documents: return drawDocuments(in: body, buffer: &buffer, c)
        }
        return nil
    }

    static func tabTitle(_ tab: Tab, _ c: Catalog) -> String {
        switch tab {
        case .summary: return c.musda.tabSummary
        case .sessions: return c.musda.tabSessions
        case .attendance: return c.musda.tabAttendance
        case .minutes: return c.musda.tabMinutes
        case .decisions: return c.musda.tabDecisions
        case .lpj: return "LPJ"
        case .election: return c.outcome.tabElection
        case .formatur: return c.outcome.tabFormatur
        case .documents: return c.documents.tab
        }
    }

    /// `10.00–12.00`, or one end, or nothing.
    static func times(_ start: ClockTime?, _ end: ClockTime?) -> String {
        switch (start, end) {
        case let (s?, e?): return "\(s)–\(e)"
        case let (s?, nil): return "\(s)"
        case let (nil, e?): return "–\(e)"
        default: return ""
        }
    }

    private func drawTabs(in row: Rect, buffer: inout Buffer, _ c: Catalog) {
        TabRow.draw(Tab.allCases.map { Self.tabTitle($0, c) }, selected: tab.rawValue, in: row, on: &buffer)
    }

    /// The quorum in words and numbers; lost, it is drawn in reverse video, so it shows
    /// in monochrome too.
    private func drawQuorum(_ q: SessionQuorum, in row: Rect, buffer: inout Buffer, _ c: Catalog) {
        let text = c.musda.quorumLine(q)
        let style: Style = q.isMet ? .plain : .reverse.with(.bold)
        buffer.write(text, x: row.x, y: row.y, width: min(row.width, text.displayWidth), style: style)
    }

    // MARK: Tabs

    private func drawSummary(in rect: Rect, buffer: inout Buffer, _ c: Catalog) {
        guard let m = musda else { return }
        let adopted = decisions.filter { !$0.decision.isDraft }.count
        let lines: [(String, String)] = [
            (c.musda.labelKind, c.musda.kindName(m.kind)),
            (c.musda.labelDate, c.longDate(m.date)),
            (c.musda.labelPlace, m.place),
            (c.musda.labelTheme, m.theme ?? "–"),
            (c.musda.labelStatus, c.musda.statusName(m.status)),
            (c.musda.labelQuorum, c.musda.quorumRuleName(m.quorum)),
            (c.musda.labelCloses, m.closesTermId.flatMap { termNames[$0] } ?? "–"),
            (c.musda.labelOpens, m.opensTermId.flatMap { termNames[$0] } ?? "–"),
            (c.musda.labelSessions, "\(sessions.count)"),
            (c.musda.labelAttendance, c.musda.attendanceCounts(delegates: counts.delegates, observers: counts.observers, guests: counts.guests)),
            (c.musda.labelDecisions, c.musda.decisionCounts(adopted: adopted, drafts: decisions.count - adopted)),
        ]
        let all = lines.map { ($0.0, $0.1, Style.plain) } + outcomeSummary(c)
        let labelWidth = min(all.map(\.0.displayWidth).max() ?? 0, rect.width / 3)
        var y = rect.y
        for (label, value, style) in all {
            let wrapped = value.wrapped(toCells: max(1, rect.width - labelWidth - 2))
            for (i, line) in wrapped.enumerated() where y < rect.maxY {
                if i == 0 { buffer.write(label, x: rect.x, y: y, width: labelWidth, style: .bold) }
                // A styled value (an overdue formatur) is marked over its text only.
                buffer.write(line, x: rect.x + labelWidth + 2, y: y,
                             width: style == .plain ? rect.width - labelWidth - 2 : min(line.displayWidth, rect.width - labelWidth - 2), style: style)
                y += 1
            }
        }
    }

    private func drawSessions(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        guard !sessions.isEmpty else {
            buffer.write(c.musda.noSessions, x: rect.x, y: rect.y, width: rect.width, style: .dim)
            return nil
        }
        var cursor: Point?
        for (offset, row) in sessionRows.dropFirst(top).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            switch row {
            case .session(let i):
                let s = sessions[i]
                let times = Self.times(s.startsAt, s.endsAt)
                buffer.write((i == sessionIndex ? "▸ " : "  ") + s.title, x: rect.x, y: y, width: max(0, rect.width - 12), style: .bold)
                buffer.write(times, x: rect.maxX - 11, y: y, width: 11, alignRight: true)
            case .chairs(_, let names):
                buffer.write("    " + c.musda.chairs(names), x: rect.x, y: y, width: rect.width, style: .dim)
            case .item(_, let item):
                let t = Self.times(item.startsAt, item.endsAt)
                buffer.write("    \(item.order). \(item.title)", x: rect.x, y: y, width: max(0, rect.width - 12))
                buffer.write(t, x: rect.maxX - 11, y: y, width: 11, alignRight: true)
            }
            if top + offset == selected {
                buffer.highlight(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .selected)
                cursor = Point(x: rect.x, y: y)
            }
        }
        return cursor
    }

    static func attendanceTable(_ c: Catalog) -> Table {
        Table([
            TableColumn(c.musda.columnNumber, minWidth: 3, idealWidth: 3, alignment: .right, priority: 50),
            TableColumn(c.musda.columnName, minWidth: 16, idealWidth: 28, priority: 100, expands: true),
            // From about 100 columns: the KTA (empty for a guest who is not a member).
            TableColumn(c.board.columnKTA, minWidth: 13, idealWidth: 13, priority: 20),
            TableColumn(c.musda.columnRole, minWidth: 8, idealWidth: 9, priority: 90),
            TableColumn(c.musda.columnFrom, minWidth: 10, idealWidth: 16, priority: 40),
            TableColumn(c.musda.columnArrived, minWidth: 6, idealWidth: 6, priority: 80),
            TableColumn(c.musda.columnLeft, minWidth: 10, idealWidth: 10, priority: 70),
        ])
    }

    private func drawAttendance(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let rows = attendees.enumerated().dropFirst(top).map { (i, row) -> [String] in
            let left: String
            if let presence = row.presence {
                left = presence.leftAt.map(\.description) ?? ""
            } else {
                left = c.musda.notInSession
            }
            return ["\(i + 1)", row.isErased ? c.board.erased : row.name, row.kta ?? "", c.attendanceRoleName(row.attendance.role),
                    row.attendance.representing ?? "", row.presence?.arrivedAt.description ?? "", left]
        }
        return Self.attendanceTable(c).draw(rows: rows, selected: selected - top, in: rect, on: &buffer, focused: true,
                                            emptyText: c.musda.noAttendees)
    }

    private func drawMinutes(in rect: Rect, buffer: inout Buffer, _ c: Catalog) {
        let text = pendingMinutes?.payload ?? minutes?.text ?? ""
        var y = rect.y
        if let minutes {
            buffer.write(c.musda.minutesState(final: minutes.finalised, version: minutes.version), x: rect.x, y: y,
                         width: rect.width, style: .dim)
            y += 1
        }
        for v in versions {
            for line in c.musda.versionLine(v.version, c.dateTime(v.finalisedAt), v.operatorName, v.reopenReason)
                .wrapped(toCells: rect.width) where y < rect.maxY {
                buffer.write(line, x: rect.x, y: y, width: rect.width, style: .dim)
                y += 1
            }
        }
        if let pending = pendingMinutes {
            buffer.write(c.musda.recovered(c.dateTime(pending.updatedAt)), x: rect.x, y: y, width: rect.width, style: .bold)
            y += 1
        }
        guard !text.isEmpty else {
            buffer.write(c.musda.noMinutes, x: rect.x, y: y, width: rect.width, style: .dim)
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for piece in String(line).wrapped(toCells: rect.width) where y < rect.maxY {
                buffer.write(piece, x: rect.x, y: y, width: rect.width)
                y += 1
            }
        }
    }

    /// The letter number's column is as wide as the longest number (`MUSDA-VIII` is longer than
    /// `MUSDA-I`), so it shows whole where it shows at all.
    static func decisionTable(_ c: Catalog, numberWidth: Int = 34) -> Table {
        Table([
            TableColumn(c.musda.columnDecisionNumber, minWidth: 4, idealWidth: 4, priority: 90),
            TableColumn(c.musda.columnDecision, minWidth: 40, idealWidth: 50, priority: 100, expands: true),
            TableColumn(c.musda.columnSession, minWidth: 12, idealWidth: 24, priority: 60),
            // The full number fits from about 120 columns; narrower, the two digits say it.
            TableColumn(c.musda.columnLetterNumber, minWidth: numberWidth, idealWidth: numberWidth, priority: 30),
        ])
    }

    private func drawDecisions(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        // Under the list, the selected decision's whole letter number: its column gives way
        // below about 120 columns, and the number is what a letter cites.
        let below = OutcomeState.linesBelow(.decisions, height: rect.height)
        if below > 0, decisions.indices.contains(selected), let musda,
           let number = decisions[selected].decision.documentNumber(in: musda)?.formatted(numberPattern) {
            buffer.write(c.musda.columnLetterNumber + ": " + number, x: rect.x, y: rect.maxY - 1, width: rect.width, style: .dim)
        }
        let list = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(1, rect.height - below))
        let rows = decisions.dropFirst(top).map { row -> [String] in
            guard let n = row.decision.number else {
                let note = row.decision.fromMinutes ? " (\(c.musda.fromMinutes))" : ""
                return [c.musda.draft, row.decision.title + note, row.sessionTitle ?? "", ""]
            }
            return [n < 10 ? "0\(n)" : "\(n)", row.decision.title, row.sessionTitle ?? "",
                    musda.flatMap { row.decision.documentNumber(in: $0)?.formatted(numberPattern) } ?? ""]
        }
        let width = max(c.musda.columnLetterNumber.displayWidth, rows.map { $0[3].displayWidth }.max() ?? 0)
        return Self.decisionTable(c, numberWidth: width).draw(rows: rows, selected: selected - top, in: list, on: &buffer, focused: true,
                                          emptyText: c.musda.noDecisions)
    }
}
