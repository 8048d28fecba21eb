import Domain
import Storage

/// The SK kepengurusan of a term: the decree setting the board, signed by its ketua and
/// sekretaris, with its lampiran: every seat of the board in board order, then the org chart
/// on a landscape page. The number is the term's SK number when one was recorded (DOMAIN.md
/// §4: the higher board may issue it), else one from the `SK` series.
public enum BoardDecreePaper {
    public static func plan(term: Term, data: any Repositories) throws -> PaperPlan {
        let board = try data.board.board(termId: term.id!)
        guard board.filled > 0 else { throw PaperRefusal.emptyBoard(term.name) }
        let organisation = try Organisation(data.settings)
        let opening = try data.musda.musdas().first { $0.opensTermId == term.id }
        let formation = try opening.flatMap { m in
            try data.musda.decisions(musdaId: m.id!).last { $0.title.localizedLowercase.contains("formatur") }
                .flatMap { d in try d.documentNumber(in: m).map { ($0.formatted(try data.settings.current(.decisionNumberPattern)), m) } }
        }
        let chart = OrgChart.layout(board)
        let title = ["Susunan Pengurus \(organisation.shortName)", "Periode \(term.name)"]
        let svg = OrgChartSVG.render(chart, title: title)
        let size = OrgChartSVG.size(chart, title: title)
        let request = DocumentRequest(kind: .sk, musdaId: opening?.id, termId: term.id, subject: "periode:\(term.id!)",
                                      title: "SK Kepengurusan \(organisation.shortName) \(term.name)",
                                      date: try decreeDate(term, opening: opening, data: data), series: "SK", fixedNumber: term.decreeNumber)
        return PaperPlan(request: request) { number, date in
            let signers = [PositionKind.ketua, .sekretaris].map { kind -> Paper.Signer in
                let seat = board.seats.first { $0.position.kind == kind }
                return Paper.Signer(role: seat?.position.title ?? kind.rawValue.capitalized, name: seat?.holder.map { $0.isErased ? Erasure.marker : $0.name })
            }
            let subject = "SUSUNAN PENGURUS \(organisation.shortName.uppercased()) PERIODE \(term.name)"
            var considering = ["bahwa masa bakti pengurus periode sebelumnya telah berakhir dan perlu ditetapkan susunan pengurus periode \(term.name);"]
            if let (decree, musda) = formation {
                considering.append("bahwa berdasarkan Keputusan \(musda.title) Nomor \(decree), tim formatur telah menyusun pengurus periode \(term.name);")
            }
            var points = considering.enumerated().map { Paper.Point($0 == 0 ? "Menimbang" : "", "\(PaperWords.letter($0)) \($1)") }
            points += organisation.legalBasis.enumerated().map { Paper.Point($0 == 0 ? "Mengingat" : "", "\($0 + 1). \($1)") }
            let period = "\(IndonesianFormat.date(term.start))" + (term.end.map { " sampai dengan \(IndonesianFormat.date($0))" } ?? "")
            let parts = [
                "Susunan Pengurus \(organisation.shortName) periode \(term.name) sebagaimana tercantum dalam Lampiran Keputusan ini.",
                "Masa bakti pengurus berlaku sejak \(period).",
                "Keputusan ini berlaku sejak tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diperbaiki sebagaimana mestinya.",
            ]
            let numberLine = "\(PaperWords.number): \(number ?? "…")"
            var blocks: [Paper.Block] = [
                .title(["SURAT KEPUTUSAN", organisation.longName.uppercased(), numberLine, "TENTANG", subject]),
                .points(points),
                .title(["MEMUTUSKAN"]),
                .points([Paper.Point("Menetapkan", ":  \(subject)")] + parts.enumerated().map { Paper.Point(PaperWords.ordinal($0 + 1), ":  \($1)") }),
                .signatures(Paper.Signatures(placeDate: "Ditetapkan di \(opening?.place ?? "Palembang")\npada tanggal \(IndonesianFormat.date(date))",
                                             heading: organisation.shortName.uppercased(), signers: signers)),
                .pageBreak(landscape: false),
                .title(["LAMPIRAN", "SURAT KEPUTUSAN \(organisation.shortName.uppercased())", numberLine, subject]),
                .table(seatTable(board)),
                .pageBreak(landscape: true),
                .picture(svg: svg, widthPx: size.width, heightPx: size.height, caption: "Bagan Susunan Pengurus \(organisation.shortName) \(term.name)"),
            ]
            if number == nil { blocks.insert(.paragraph("(Nomor belum diberikan.)", .center), at: 1) }
            return Paper(title: request.title, letterhead: organisation.letterhead, blocks: blocks)
        }
    }

    /// The SK's date: the one recorded for the term; else, for a term composed after a Musda,
    /// the formatur's deadline; else the term's start. Never the day it happens to be printed,
    /// which would make the board valid only from then.
    static func decreeDate(_ term: Term, opening: Musda?, data: any Repositories) throws -> LocalDate {
        if let date = term.decreeDate { return date }
        if let musda = opening, let deadline = try data.musda.formatur(musdaId: musda.id!).compactMap(\.deadline).first { return deadline }
        return term.start
    }

    /// No., Jabatan, Nama, KTA; a bold row heads each group, as the board screen groups them.
    static func seatTable(_ board: BoardSnapshot) -> Paper.Table {
        var rows: [[Paper.Cell]] = []
        var n = 0
        for (group, seats) in board.groups where !seats.isEmpty {
            let heading: String
            switch group {
            case .advisers: heading = "Pembina dan Penasehat"
            case .executive: heading = "Pengurus Harian"
            case .department(let d): heading = "Bidang \(d.name)"
            }
            rows.append([Paper.Cell(heading, span: 4, bold: true)])
            for seat in seats {
                n += 1
                let holder = seat.holder
                rows.append([Paper.Cell("\(n).", align: .center), Paper.Cell(seat.position.title),
                             Paper.Cell(holder.map { $0.isErased ? Erasure.marker : $0.name } ?? "(kosong)"),
                             Paper.Cell(holder?.kta ?? "–", align: .center)])
            }
        }
        return Paper.Table(widths: [8, 40, 34, 18], header: [["No.", "Jabatan", "Nama", "KTA"].map { Paper.Cell($0, align: .center) }], rows: rows)
    }
}
