import Domain
import Storage

/// The notulen of one session: the header of the minutes export (date, place, time,
/// pimpinan sidang, attendance, quorum, status), the text as typed, the session's decisions
/// and action items, then the signatures of the notulis and the pimpinan sidang.
public enum MinutesPaper {
    public static func plan(_ facts: MusdaFacts, session: MusdaSession) throws -> PaperPlan {
        let id = session.id!
        let minutes = try facts.data.musda.minutes(sessionId: id)
        let quorum = try facts.data.musda.sessionQuorum(sessionId: id)
        let present = try facts.data.musda.attendees(musdaId: facts.musda.id!, sessionId: id).filter(\.isPresent)
        let decisions = try facts.decisions().filter { $0.decision.sessionId == id }
        let actions = try facts.data.musda.actionItems(musdaId: facts.musda.id!).filter { $0.sessionId == id }
        let chairs = try facts.chairSigners(session)
        let date = facts.date(of: session)
        let request = DocumentRequest(kind: .notulen, musdaId: facts.musda.id, subject: "sesi:\(id)",
                                      title: "Notulen \(session.title) – \(facts.musda.title)", date: date, series: "NOT/\(facts.musda.series)")
        return PaperPlan(request: request) { number, _ in
            var fields = [Paper.Field("Hari/Tanggal", PaperWords.day(date)), Paper.Field("Tempat", facts.musda.place)]
            if let hours = facts.hours(session) { fields.append(Paper.Field("Waktu", hours)) }
            let named = chairs.compactMap(\.name)
            fields.append(Paper.Field("Pimpinan sidang", named.isEmpty ? session.chairs ?? "–" : named.joined(separator: ", ")))
            let counts = Attendance.Role.allCases.map { role in
                "\(present.filter { $0.attendance.role == role }.count) \(PaperWords.role(role).lowercased())"
            }.joined(separator: ", ")
            fields.append(Paper.Field("Kehadiran", "\(counts) hadir"))
            fields.append(Paper.Field("Kuorum", "\(quorum.present) dari \(quorum.registered) peserta hadir, syarat \(quorum.required): "
                                      + (quorum.isMet ? "tercapai" : "tidak tercapai")))
            fields.append(Paper.Field("Status notulen", minutes.map { $0.finalised ? "final, versi \($0.version)" : "draf" } ?? "belum ditulis"))

            var blocks: [Paper.Block] = [
                .title(["NOTULEN", session.title.uppercased(), facts.musdaName.uppercased()] + (number.map { ["\(PaperWords.number): \($0)"] } ?? [])),
                .fields(fields),
                .heading("Jalannya Sidang"),
            ]
            let text = minutes?.text.trimmingSpaces ?? ""
            blocks.append(.paragraph(text.isEmpty ? "(Notulen sesi ini belum ditulis.)" : text, .justify))
            blocks.append(.heading("Keputusan"))
            if decisions.isEmpty {
                blocks.append(.paragraph("Tidak ada keputusan dalam sesi ini.", .left))
            } else {
                blocks.append(.table(Paper.Table(widths: [9, 50, 41], header: [["No.", "Nomor", "Tentang"].map { Paper.Cell($0, align: .center) }],
                                                 rows: decisions.enumerated().map { i, d in
                                                     [Paper.Cell("\(i + 1).", align: .center), Paper.Cell(d.number), Paper.Cell(d.decision.title)]
                                                 })))
            }
            if !actions.isEmpty {
                blocks.append(.heading("Tindak Lanjut"))
                blocks.append(.points(actions.enumerated().map { i, a in
                    var text = a.text
                    if let owner = a.owner { text += "; penanggung jawab: \(owner)" }
                    if let due = a.due { text += "; tenggat: \(IndonesianFormat.date(due))" }
                    return Paper.Point("\(i + 1).", text)
                }))
            }
            let notulis = Paper.Signer(role: "Notulis", name: minutes?.secretary?.nonBlank)
            blocks.append(.signatures(Paper.Signatures(placeDate: facts.placeDate(date), signers: [notulis] + chairs)))
            return Paper(title: "Notulen \(session.title) – \(facts.musdaName)", letterhead: facts.organisation.letterhead, blocks: blocks)
        }
    }
}
