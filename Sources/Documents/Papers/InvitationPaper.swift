import Domain
import Storage

/// The undangan to a Musda, addressed to its delegates: a numbered letter (Nomor, Lampiran,
/// Perihal), the day, time, place and agenda, signed by the ketua and sekretaris of the board
/// the Musda closes, with the list of invitees attached.
public enum InvitationPaper {
    public static func plan(_ facts: MusdaFacts) throws -> PaperPlan {
        let musda = facts.musda
        let invitees = try facts.sessions.first.map { try facts.data.musda.attendees(musdaId: musda.id!, sessionId: $0.id!) } ?? []
        // The board whose term the Musda closes invites; a meeting that closes none (the
        // formation of the DPD) is called by its committee, whose names are written by hand.
        let board = try musda.closesTermId.map { try facts.data.board.board(termId: $0) }
        let signers = [PositionKind.ketua, .sekretaris].map { kind -> Paper.Signer in
            guard let board else { return Paper.Signer(role: kind == .ketua ? "Ketua Panitia" : "Sekretaris Panitia", name: nil) }
            let seat = board.seats.first { $0.position.kind == kind }
            return Paper.Signer(role: seat?.position.title ?? (kind == .ketua ? "Ketua" : "Sekretaris"),
                                name: seat?.holder.map { $0.isErased ? Erasure.marker : $0.name })
        }
        // Sent before the day: printed afterwards (to complete the archive), it is dated two
        // weeks before the Musda, not on the day it was printed.
        let issued = facts.data.today < musda.date ? facts.data.today : musda.date.adding(days: -14)
        let first = facts.sessions.first, last = facts.sessions.last
        let request = DocumentRequest(kind: .undangan, musdaId: musda.id, subject: "musda", title: "Undangan \(facts.musdaName)",
                                      date: issued, series: "UND")
        return PaperPlan(request: request) { number, date in
            var when = PaperWords.day(musda.date)
            if let last, let end = last.date, end != musda.date { when += " s.d. \(PaperWords.day(end))" }
            var details = [Paper.Field("Hari/Tanggal", when)]
            if let start = first?.startsAt { details.append(Paper.Field("Waktu", "\(start) WIB s.d. selesai")) }
            details.append(Paper.Field("Tempat", musda.place))
            details.append(Paper.Field("Acara", facts.musdaName))
            if let theme = musda.theme?.nonBlank { details.append(Paper.Field("Tema", theme)) }
            let attachment = invitees.isEmpty ? "–" : "1 (satu) berkas"
            var blocks: [Paper.Block] = [
                .paragraph(facts.placeDate(date), .right),
                .fields([Paper.Field(PaperWords.number, number ?? "…"), Paper.Field("Lampiran", attachment),
                         Paper.Field("Perihal", "Undangan \(facts.musdaName)")]),
                .paragraph("Kepada Yth.\nPeserta \(facts.musdaName)\n" + (invitees.isEmpty ? "" : "(daftar terlampir)\n") + "di Tempat", .left),
                .paragraph("Dengan hormat,", .left),
                .paragraph((board == nil ? "Dalam rangka pembentukan \(facts.organisation.shortName), akan diselenggarakan \(facts.assemblyName). "
                            : "Sehubungan dengan berakhirnya masa bakti pengurus dan sesuai Anggaran Dasar dan Anggaran Rumah Tangga, "
                              + "\(facts.organisation.shortName) akan menyelenggarakan \(facts.assemblyName). ")
                           + "Untuk itu kami mengundang Saudara/i untuk hadir pada:", .justify),
                .fields(details),
                .paragraph("Demikian undangan ini kami sampaikan. Atas perhatian dan kehadiran Saudara/i, kami ucapkan terima kasih.", .justify),
                .signatures(Paper.Signatures(placeDate: nil, heading: board == nil ? "PANITIA PEMBENTUKAN" : facts.organisation.shortName.uppercased(),
                                             signers: signers)),
            ]
            if !invitees.isEmpty {
                blocks.append(.pageBreak(landscape: false))
                blocks.append(.title(["LAMPIRAN UNDANGAN", "\(PaperWords.number): \(number ?? "…")", "DAFTAR UNDANGAN \(facts.musdaName.uppercased())"]))
                blocks.append(.table(Paper.Table(
                    widths: [8, 52, 40], header: [["No.", "Nama", "Unsur/Asal"].map { Paper.Cell($0, align: .center) }],
                    rows: invitees.enumerated().map { i, row in
                        [Paper.Cell("\(i + 1).", align: .center), Paper.Cell(row.isErased ? Erasure.marker : row.name),
                         Paper.Cell(MusdaFacts.standing(row))]
                    })))
            }
            return Paper(title: request.title, letterhead: facts.organisation.letterhead, blocks: blocks)
        }
    }
}
