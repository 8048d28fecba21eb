import Domain
import Storage

/// Berita acara (DOMAIN.md §4): of the election of the chair, with candidates, counts as
/// entered, the result and the saksi; and of the LPJ verdict with the programmes' realisation.
public enum ReportPaper {
    /// - Parameter problemText: words for what does not add up; the counts stay as entered.
    public static func plan(_ facts: MusdaFacts, subject: ReportSubject,
                            problemText: @escaping (ElectionProblem) -> String) throws -> PaperPlan {
        switch subject {
        case .election(let index): return try election(facts, index: index, problemText: problemText)
        case .verdict: return try verdict(facts)
        }
    }

    private static func election(_ facts: MusdaFacts, index: Int, problemText: @escaping (ElectionProblem) -> String) throws -> PaperPlan {
        let elections = try facts.data.musda.elections(musdaId: facts.musda.id!)
        guard elections.indices.contains(index) else { throw PaperRefusal.noElection }
        let e = elections[index]
        let session = facts.session(id: e.sessionId)
        let date = session.map(facts.date(of:)) ?? facts.musda.date
        let present = try (e.sessionId ?? facts.sessions.last?.id).map { try facts.data.musda.sessionQuorum(sessionId: $0).present }
        let candidates = try e.candidates.map { c in (candidate: c, person: try facts.name(of: c.personId)) }
        let witnesses = try e.witnesses.map { try facts.name(of: $0).name }
        let chairs = try facts.chairSigners(session)
        let decision = try facts.decisions().first { $0.decision.id == e.decisionId }?.number
        let request = DocumentRequest(kind: .beritaAcara, musdaId: facts.musda.id, subject: "pemilihan:\(e.id!)",
                                      title: "Berita Acara Pemilihan \(e.office)", date: date, series: "BA/\(facts.musda.series)")
        return PaperPlan(request: request) { number, _ in
            let time = e.decidedAt.map { ", pukul \($0) WIB" } ?? ""
            let method = e.method == .vote ? "pemungutan suara" : "musyawarah mufakat (aklamasi)"
            var blocks: [Paper.Block] = [
                .title(["BERITA ACARA", "PEMILIHAN \(e.office.uppercased())"] + (number.map { ["\(PaperWords.number): \($0)"] } ?? [])),
                .paragraph("Pada hari ini \(PaperWords.day(date))\(time), bertempat di \(facts.musda.place), dalam "
                           + "\(session?.title ?? "sidang") \(facts.musdaName), telah dilaksanakan pemilihan \(e.office) "
                           + "dengan cara \(method)" + (e.method == .vote ? ", dengan hasil sebagai berikut:" : "."), .justify),
            ]
            if e.method == .vote {
                let rows = candidates.enumerated().map { i, c in
                    [Paper.Cell("\(i + 1).", align: .center), Paper.Cell(c.person.name), Paper.Cell(c.person.kta ?? "–", align: .center),
                     Paper.Cell(c.candidate.votes.map(String.init) ?? "tidak dicatat", align: .center)]
                }
                blocks.append(.table(Paper.Table(widths: [8, 44, 24, 24],
                                                 header: [[Paper.Cell("No."), Paper.Cell("Nama Calon"), Paper.Cell("KTA"), Paper.Cell("Perolehan Suara")]],
                                                 rows: rows)))
                var counts: [Paper.Field] = []
                if let present { counts.append(Paper.Field("Peserta hadir (hak suara)", PaperWords.spelled(present))) }
                if let ballots = e.ballots { counts.append(Paper.Field("Surat suara", PaperWords.spelled(ballots))) }
                counts.append(Paper.Field("Abstain", e.abstentions.map(PaperWords.spelled) ?? "tidak dicatat"))
                counts.append(Paper.Field("Suara tidak sah", e.invalidBallots.map(PaperWords.spelled) ?? "tidak dicatat"))
                counts.append(Paper.Field("Jumlah terhitung", PaperWords.spelled(e.counted)))
                blocks.append(.fields(counts))
                let problems = e.problems(votingDelegates: present)
                if !problems.isEmpty {
                    blocks.append(.paragraph("Catatan: angka di atas dicatat sebagaimana diumumkan; " + problems.map(problemText).joined(separator: "; ") + ".", .justify))
                }
            } else {
                blocks.append(.paragraph("Pemilihan dilakukan tanpa pemungutan suara. Alasan: \(e.acclamationReason ?? "tidak dicatat").", .justify))
            }
            let ineligible = candidates.filter { $0.candidate.ineligibleReason != nil }
            if !ineligible.isEmpty {
                blocks.append(.paragraph("Calon yang tidak memenuhi syarat dan tetap dicalonkan: "
                                         + ineligible.map { "\($0.person.name) (\($0.candidate.ineligibleReason!))" }.joined(separator: "; ") + ".", .justify))
            }
            if let winner = candidates.first(where: \.candidate.elected) {
                blocks.append(.paragraph("Berdasarkan hasil tersebut, Saudara/i \(winner.person.name) ditetapkan sebagai \(e.office)"
                                         + (decision.map { " dengan Keputusan Nomor \($0)" } ?? "") + ".", .justify))
            } else {
                blocks.append(.paragraph("Pemilihan ini belum menetapkan calon terpilih.", .justify))
            }
            blocks.append(.paragraph(PaperWords.closing, .justify))
            let saksi = witnesses.enumerated().map { Paper.Signer(role: "Saksi \($0 + 1)", name: $1) }
            blocks.append(.signatures(Paper.Signatures(placeDate: facts.placeDate(date), signers: chairs + saksi)))
            return Paper(title: "Berita Acara Pemilihan \(e.office)", letterhead: facts.organisation.letterhead, blocks: blocks)
        }
    }

    private static func verdict(_ facts: MusdaFacts) throws -> PaperPlan {
        guard let lpj = try facts.data.musda.lpj(musdaId: facts.musda.id!), lpj.verdict != nil else { throw PaperRefusal.noReport }
        let session = facts.session(id: lpj.verdictSessionId ?? lpj.presentedSessionId)
        let date = session.map(facts.date(of:)) ?? facts.musda.date
        let term = try lpj.termId.flatMap { try facts.data.board.term(id: $0) }
        let programmes = try lpj.termId.map { try facts.data.programmes.rows(termId: $0) } ?? []
        let chairs = try facts.chairSigners(session)
        let decision = try facts.decisions().first { $0.decision.id == lpj.decisionId }?.number
        let termName = term?.name ?? "–"
        let request = DocumentRequest(kind: .beritaAcara, musdaId: facts.musda.id, subject: "lpj",
                                      title: "Berita Acara Penetapan LPJ Pengurus \(termName)", date: date, series: "BA/\(facts.musda.series)")
        return PaperPlan(request: request) { number, _ in
            var blocks: [Paper.Block] = [
                .title(["BERITA ACARA", "PENETAPAN LAPORAN PERTANGGUNGJAWABAN", "PENGURUS PERIODE \(termName.uppercased())"]
                       + (number.map { ["\(PaperWords.number): \($0)"] } ?? [])),
                .paragraph("Pada hari ini \(PaperWords.day(date)), bertempat di \(facts.musda.place), dalam \(session?.title ?? "sidang") "
                           + "\(facts.musdaName), Laporan Pertanggungjawaban Pengurus \(facts.organisation.shortName) periode \(termName) "
                           + "telah disampaikan, dibahas dan ditetapkan oleh peserta Musda sebagai berikut:", .justify),
            ]
            var fields = [Paper.Field("Putusan", verdictText(lpj.verdict!).uppercased())]
            if let note = lpj.verdictNote?.nonBlank { fields.append(Paper.Field("Catatan", note)) }
            if let decision { fields.append(Paper.Field("Keputusan", decision)) }
            blocks.append(.fields(fields))
            if let summary = lpj.summary?.nonBlank {
                blocks += [.heading("Ringkasan Laporan"), .paragraph(summary, .justify)]
            }
            if !programmes.isEmpty {
                blocks.append(.heading("Program Kerja dan Realisasinya"))
                blocks.append(.table(programmeTable(programmes)))
            }
            blocks.append(.paragraph(PaperWords.closing, .justify))
            blocks.append(.signatures(Paper.Signatures(placeDate: facts.placeDate(date),
                                                       heading: chairs.count > 1 ? PaperWords.chair.uppercased() : nil, signers: chairs)))
            return Paper(title: "Berita Acara Penetapan LPJ \(termName)", letterhead: facts.organisation.letterhead, blocks: blocks)
        }
    }

    static func verdictText(_ verdict: LPJ.Verdict) -> String {
        switch verdict {
        case .diterima: return "diterima"
        case .diterimaDenganCatatan: return "diterima dengan catatan"
        case .ditolak: return "ditolak"
        }
    }

    /// One row per target: realised against aimed, `tidak dilaporkan` where nothing was entered.
    static func programmeTable(_ rows: [ProgrammeRow]) -> Paper.Table {
        var body: [[Paper.Cell]] = []
        for (i, row) in rows.enumerated() {
            let targets = row.targets.isEmpty ? [nil] : row.targets.map { Optional($0) }
            for (j, t) in targets.enumerated() {
                let first = j == 0
                var aim = "–", done = "–"
                if let t {
                    switch t.target.kind {
                    case .numeric:
                        aim = [t.target.value.map(String.init), t.target.unit].compactMap { $0 }.joined(separator: " ")
                        done = t.realised.map { r in t.target.value.map { "\(r) (\(r * 100 / max(1, $0))%)" } ?? "\(r)" } ?? "tidak dilaporkan"
                    case .milestone:
                        aim = t.target.description
                        done = t.realised.map { $0 > 0 ? "tercapai" : "belum tercapai" } ?? "tidak dilaporkan"
                    }
                }
                body.append([Paper.Cell(first ? "\(i + 1)." : "", align: .center), Paper.Cell(first ? row.programme.title : ""),
                             Paper.Cell(first ? row.programme.status.rawValue : ""), Paper.Cell(aim), Paper.Cell(done)])
            }
        }
        return Paper.Table(widths: [8, 34, 14, 22, 22],
                           header: [["No.", "Program", "Status", "Sasaran", "Realisasi"].map { Paper.Cell($0, align: .center) }], rows: body)
    }
}
