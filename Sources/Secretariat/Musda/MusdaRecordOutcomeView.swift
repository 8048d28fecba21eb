import Domain
import Storage
import TerminalUI

/// The LPJ, Pemilihan and Formatur tabs, and the outcome lines of the summary.
extension MusdaRecordScreen {
    /// `LPJ: diterima dengan catatan`, `Ketua terpilih: Wahidin`, `Formatur: 5 orang, …`.
    /// An overdue formatur in reverse video, so it shows in monochrome too.
    func outcomeSummary(_ c: Catalog) -> [(String, String, Style)] {
        let o = c.outcome
        var overdue = false
        if case .overdue = outcome.formaturProgress { overdue = !outcome.formatur.isEmpty }
        return [
            ("LPJ", outcome.lpj?.verdict.map(o.verdictName) ?? o.noVerdict, .plain),
            (c.musda.labelChair, outcome.electedName ?? o.notElected, .plain),
            (o.tabFormatur, outcome.formatur.isEmpty ? "–" : o.formaturLine(count: outcome.formatur.count, outcome.formaturProgress, c),
             overdue ? .reverse.with(.bold) : .plain),
        ]
    }

    // MARK: LPJ

    func drawLPJ(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let o = c.outcome
        let lpj = outcome.lpj
        let presented = lpj?.presentedSessionId.flatMap { id in sessions.first { $0.id == id }?.title } ?? "–"
        buffer.write(o.reportLine(term: outcome.lpjTermName ?? "–", presented: presented), x: rect.x, y: rect.y, width: rect.width,
                     style: .bold)
        var y = rect.y + 1
        if let verdict = lpj?.verdict {
            // The verdict in reverse video (it reads in monochrome), its decision after it, or
            // on the next line when the whole number would not fit beside it.
            let word = o.verdictWord(o.verdictName(verdict))
            let x = rect.x + buffer.write(word, x: rect.x, y: y, style: .reverse.with(.bold), clip: rect)
            let decided = lpj?.verdictSessionId.flatMap { id in sessions.first { $0.id == id }?.title }
            let detail = o.verdictDetail(session: decided, number: outcome.lpjDecisionNumber)
            if x + detail.displayWidth > rect.maxX { y += 1 }
            buffer.write(x + detail.displayWidth > rect.maxX ? String(detail.drop { $0 == " " || $0 == "·" }) : detail,
                         x: x + detail.displayWidth > rect.maxX ? rect.x : x, y: y, width: rect.width)
        } else {
            buffer.write(o.verdictPending, x: rect.x, y: y, width: rect.width, style: .dim)
        }
        y += 1
        var text: [(String, Style)] = []
        if let note = lpj?.verdictNote { text += (o.notePrefix + note).wrapped(toCells: rect.width).map { ($0, .plain) } }
        text += (o.summaryPrefix + (lpj?.summary ?? o.noSummary)).wrapped(toCells: rect.width).map { ($0, lpj?.summary == nil ? .dim : .plain) }
        let above = OutcomeState.linesAbove(.lpj, height: rect.height)
        let room = max(0, rect.y + above - 1 - y)
        var shown = Array(text.prefix(room))
        // What does not fit is marked, never cut silently: `e` shows the whole summary.
        if text.count > room, let last = shown.indices.last {
            shown[last].0 = String(shown[last].0.prefix(max(0, rect.width - o.more.displayWidth - 1))) + " " + o.more
        }
        for (i, (line, style)) in shown.enumerated() {
            buffer.write(line, x: rect.x, y: y + i, width: rect.width, style: style)
        }
        let titleY = rect.y + above - 1
        buffer.write(o.programmesOf(outcome.lpjTermName ?? "–", count: outcome.programmes.count), x: rect.x, y: titleY, width: rect.width,
                     style: .dim)
        let list = Rect(x: rect.x, y: titleY + 1, width: rect.width, height: max(0, rect.maxY - titleY - 1))
        let table = Table([
            TableColumn(c.work.columnProgramme, minWidth: 20, idealWidth: 40, priority: 100, expands: true),
            TableColumn(c.work.columnStatus, minWidth: 10, idealWidth: 12, priority: 90),
            TableColumn(c.work.columnProgress, minWidth: 16, idealWidth: 26, priority: 95),
        ])
        let visible = Array(outcome.programmes.dropFirst(top).prefix(max(0, list.height - 1)))
        let labels = visible.map { c.work.overallLabel($0) ?? "" }
        let cells = zip(visible, labels).map { [$0.programme.title, c.work.statusName($0.programme.status), $1] }
        let caret = table.draw(rows: cells, selected: selected - top, in: list, on: &buffer, focused: true, emptyText: o.noProgrammes)
        if let column = table.column(2, width: list.width) {
            for (i, row) in visible.enumerated() {
                guard let progress = row.progress else { continue }
                Gauge(fraction: progress, label: column.width < 24 ? c.work.shortProgress(progress) : labels[i])
                    .draw(x: list.x + column.x, y: list.y + 1 + i, width: column.width, barWidth: 8,
                          highlighted: i == selected - top, on: &buffer)
            }
        }
        return caret
    }

    // MARK: Pemilihan

    func drawElection(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let o = c.outcome
        let election = outcome.election
        buffer.write(o.officeLine(election?.office ?? defaultOffice(c), method: o.methodName(election?.method ?? .vote)),
                     x: rect.x, y: rect.y, width: rect.width, style: .bold)
        if let election, election.isDecided {
            let decidedIn = election.sessionId.flatMap { id in sessions.first { $0.id == id }?.title } ?? "–"
            buffer.write(o.declaredLine(session: decidedIn, time: election.decidedAt?.description ?? "–"), x: rect.x, y: rect.y + 1,
                         width: rect.width)
            if let number = outcome.electionDecisionNumber {
                buffer.write(o.decisionLine(number), x: rect.x, y: rect.y + 2, width: rect.width)
            }
        } else {
            buffer.write(o.notDeclared, x: rect.x, y: rect.y + 1, width: rect.width, style: .dim)
        }
        let above = OutcomeState.linesAbove(.election, height: rect.height)
        let below = OutcomeState.linesBelow(.election, height: rect.height)
        let list = Rect(x: rect.x, y: rect.y + above, width: rect.width, height: max(1, rect.height - above - below))
        let table = Table([
            TableColumn(c.musda.columnNumber, minWidth: 3, idealWidth: 3, alignment: .right, priority: 50),
            TableColumn(c.musda.columnName, minWidth: 16, idealWidth: 30, priority: 100, expands: true),
            TableColumn(c.board.columnKTA, minWidth: 13, idealWidth: 13, priority: 30),
            TableColumn(o.columnVotes, minWidth: 5, idealWidth: 6, alignment: .right, priority: 95),
            TableColumn(o.columnResult, minWidth: 8, idealWidth: 24, priority: 90),
        ])
        let cells = outcome.candidates.enumerated().dropFirst(top).map { i, row -> [String] in
            let result = row.candidate.elected ? o.elected : (row.candidate.ineligibleReason.map { o.ineligible($0) } ?? "")
            return ["\(i + 1)", row.name, row.kta ?? "", row.candidate.votes.map(String.init) ?? "", result]
        }
        let caret = table.draw(rows: cells, selected: selected - top, in: list, on: &buffer, focused: true, emptyText: o.noCandidatesYet)
        var y = list.maxY
        if let election, election.method == .vote {
            buffer.write(o.countsLine(ballots: election.ballots, abstentions: election.abstentions, invalid: election.invalidBallots,
                                      counted: election.counted, present: outcome.delegatesPresent),
                         x: rect.x, y: y, width: rect.width)
        } else if let reason = election?.acclamationReason {
            buffer.write(o.acclamationLine(reason), x: rect.x, y: y, width: rect.width)
        }
        y += 1
        // Below the counts: up to two warning lines, then the witnesses, as far as `below` allows.
        let warningRoom = min(2, max(0, below - 2))
        let problems = election?.problems(votingDelegates: outcome.delegatesPresent) ?? []
        if !problems.isEmpty, warningRoom > 0 {
            // Wrapped: the figures of a warning are what it is for; past the room, "…" says more.
            let text = "⚠ " + problems.map(c.electionProblemText).joined(separator: "; ") + " — " + o.keptAsEntered
            for (i, line) in text.wrapped(toCells: rect.width, maxLines: warningRoom).enumerated() {
                buffer.write(line, x: rect.x, y: y + i, width: min(rect.width, line.displayWidth), style: .reverse.with(.bold))
            }
        }
        y += warningRoom
        if below >= 4 { buffer.write(o.witnessLine(outcome.witnessNames), x: rect.x, y: y, width: rect.width, style: .dim) }
        return caret
    }

    // MARK: Formatur

    func drawFormatur(in rect: Rect, buffer: inout Buffer, _ c: Catalog) -> Point? {
        let o = c.outcome
        let progress = outcome.formaturProgress
        var line = o.deadlineLine(progress, c)
        if case .composed = progress, let deadline = outcome.deadline { line += o.deadlineWas(c.shortDate(deadline)) }
        let overdue: Bool
        if case .overdue = progress { overdue = true } else { overdue = false }
        buffer.write(line, x: rect.x, y: rect.y, width: overdue ? min(rect.width, line.displayWidth) : rect.width,
                     style: overdue ? .reverse.with(.bold) : .bold)
        let above = OutcomeState.linesAbove(.formatur, height: rect.height)
        let below = OutcomeState.linesBelow(.formatur, height: rect.height)
        let list = Rect(x: rect.x, y: rect.y + above, width: rect.width, height: max(1, rect.height - above - below))
        let table = Table([
            TableColumn(c.musda.columnNumber, minWidth: 3, idealWidth: 3, alignment: .right, priority: 50),
            TableColumn(c.musda.columnName, minWidth: 16, idealWidth: 30, priority: 100, expands: true),
            TableColumn(c.board.columnKTA, minWidth: 13, idealWidth: 13, priority: 30),
            TableColumn(o.columnRole, minWidth: 14, idealWidth: 16, priority: 90),
        ])
        let cells = outcome.formatur.enumerated().dropFirst(top).map { i, row in
            ["\(i + 1)", row.name, row.kta ?? "", row.isChairElect ? o.chairElect : o.member]
        }
        let caret = table.draw(rows: cells, selected: selected - top, in: list, on: &buffer, focused: true, emptyText: o.noFormatur)
        var y = list.maxY + 1
        guard below >= 2 else { return caret }
        if let h = outcome.handover {
            let counts = Dictionary(grouping: h.programmes, by: \.outcome).mapValues(\.count)
            for text in o.handoverDone(term: h.newTermName, when: c.dateTime(h.doneDate ?? .distantPast), by: h.operatorName,
                                       carried: counts[.dilanjutkan] ?? 0, dropped: counts[.dibatalkan] ?? 0, finished: counts[.selesai] ?? 0)
                .wrapped(toCells: rect.width, maxLines: min(2, below - 1)) {
                buffer.write(text, x: rect.x, y: y, width: rect.width)
                y += 1
            }
        } else if let opened = musda?.opensTermId {
            buffer.write(o.termOpened(termNames[opened] ?? ""), x: rect.x, y: y, width: rect.width, style: .dim)
        } else {
            buffer.write(o.handoverPending, x: rect.x, y: y, width: rect.width, style: .dim)
        }
        return caret
    }
}
