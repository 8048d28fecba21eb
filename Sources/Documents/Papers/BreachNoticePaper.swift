import Domain
import Storage

/// The notification of a personal data breach (UU 27/2022 Art. 46), to the people it touches
/// and the authority: a numbered letter that says, as Art. 46(2) asks, which personal data were
/// exposed, when and how, and what is done to handle it and recover; signed by the ketua and
/// sekretaris of the active board, and filed under its term. It names nobody: each subject's
/// copy goes to them alone.
/// - Throws: `PaperRefusal.noSuchTerm` when no term is active (nobody to sign).
public enum BreachNoticePaper {
    public static func plan(_ breach: Breach, data: any Repositories) throws -> PaperPlan {
        let organisation = try Organisation(data.settings)
        // The board in office sends it; the register files it under its term.
        guard let term = try data.board.activeTerm(), let termId = term.id else { throw PaperRefusal.noSuchTerm }
        let board = try data.board.board(termId: termId)
        let request = DocumentRequest(kind: .pemberitahuan, musdaId: nil, termId: termId, subject: "insiden:\(breach.id ?? 0)",
                                      title: "Pemberitahuan Kegagalan Pelindungan Data Pribadi \(IndonesianFormat.date(breach.discoveredOn))",
                                      date: data.today, series: "PDP")
        return PaperPlan(request: request) { number, date in
            let signers = [PositionKind.ketua, .sekretaris].map { kind -> Paper.Signer in
                let seat = board.seats.first { $0.position.kind == kind }
                return Paper.Signer(role: seat?.position.title ?? (kind == .ketua ? "Ketua" : "Sekretaris"),
                                    name: seat?.holder.map { $0.isErased ? Erasure.marker : $0.name })
            }
            let discovered = "\(PaperWords.day(breach.discoveredOn)) pukul \(breach.discoveredAt) WIB"
            let people = breach.personIds.count
            let points = [
                Paper.Point("1.", "Data pribadi yang terungkap: " + sentence(breach.description)),
                Paper.Point("2.", "Kapan dan bagaimana data pribadi terungkap: diketahui pada \(discovered); "
                            + sentence(breach.cause?.nonBlank ?? "penyebabnya masih ditelusuri")),
                Paper.Point("3.", "Upaya penanganan dan pemulihan: " + sentence(breach.measures?.nonBlank ?? "sedang dilakukan dan akan diberitahukan kemudian")),
                Paper.Point("4.", people == 0 ? "Subjek data pribadi yang terdampak masih ditelusuri."
                            : "Jumlah subjek data pribadi yang terdampak: \(PaperWords.spelled(people)) orang."),
            ]
            let blocks: [Paper.Block] = [
                .paragraph("Palembang, \(IndonesianFormat.date(date))", .right),
                .fields([Paper.Field(PaperWords.number, number ?? "…"), Paper.Field("Lampiran", "–"),
                         Paper.Field("Perihal", "Pemberitahuan Kegagalan Pelindungan Data Pribadi")]),
                .paragraph("Kepada Yth.\nSubjek Data Pribadi yang terdampak, dan\nLembaga Pelindungan Data Pribadi\ndi Tempat", .left),
                .paragraph("Dengan hormat,", .left),
                .paragraph("Sesuai Pasal 46 Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, \(organisation.longName) "
                           + "selaku pengendali data pribadi memberitahukan kegagalan pelindungan data pribadi yang kami ketahui pada "
                           + "\(discovered), sebagai berikut:", .justify),
                .points(points),
                .paragraph("Kami memohon maaf atas kejadian ini. Pertanyaan dapat disampaikan kepada sekretariat "
                           + "\(organisation.shortName)\(organisation.contact.isEmpty ? "" : " (\(organisation.contact))"). "
                           + "Demikian pemberitahuan ini kami sampaikan.", .justify),
                .signatures(Paper.Signatures(placeDate: nil, heading: organisation.shortName.uppercased(), signers: signers)),
            ]
            return Paper(title: request.title, letterhead: organisation.letterhead, blocks: blocks)
        }
    }

    /// Text as typed, closed with a full stop when it ends without one.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingSpaces
        return [".", "!", "?"].contains(trimmed.suffix(1)) ? trimmed : trimmed + "."
    }
}
