import Domain
import Storage

/// The daftar hadir of one session (DOMAIN.md §4): numbered rows with name, unsur/asal and a
/// signature column whose cells alternate left and right, as on Indonesian attendance sheets,
/// so neighbours' signatures do not collide.
public enum AttendancePaper {
    /// `kosong`: every registered attendee of the Musda, to sign as they come in.
    /// `terisi`: those present at the session, with arrival times.
    public static func plan(_ facts: MusdaFacts, session: MusdaSession, variant: AttendanceVariant) throws -> PaperPlan {
        let all = try facts.data.musda.attendees(musdaId: facts.musda.id!, sessionId: session.id!)
        let rows = variant == .terisi ? all.filter { $0.presence != nil } : all
        let chairs = try facts.chairSigners(session)
        let date = facts.date(of: session)
        // The blank sheet (signed by hand, archived) and the typed one after the session are
        // two papers: each has its own number and file.
        let blank = variant == .kosong
        let request = DocumentRequest(kind: .daftarHadir, musdaId: facts.musda.id, subject: "sesi:\(session.id!)" + (blank ? ":kosong" : ""),
                                      title: "Daftar Hadir \(blank ? "Kosong " : "")\(session.title) – \(facts.musda.title)", date: date,
                                      series: "DH/\(facts.musda.series)")
        return PaperPlan(request: request) { number, _ in
            paper(facts, session: session, date: date, rows: rows, variant: variant, chairs: chairs, number: number)
        }
    }

    static func paper(_ facts: MusdaFacts, session: MusdaSession, date: LocalDate, rows: [AttendeeRow], variant: AttendanceVariant,
                      chairs: [Paper.Signer], number: String?) -> Paper {
        var fields = [Paper.Field("Hari/Tanggal", PaperWords.day(date)), Paper.Field("Tempat", facts.musda.place)]
        if let hours = facts.hours(session) { fields.append(Paper.Field("Waktu", hours)) }
        fields.append(Paper.Field("Acara", "\(session.title), \(facts.musdaName)"))
        let filled = variant == .terisi
        let header = [Paper.Cell("No.", align: .center), Paper.Cell("Nama", align: .center), Paper.Cell("Unsur/Asal", align: .center)]
            + (filled ? [Paper.Cell("Jam", align: .center)] : [])
            + [Paper.Cell("Tanda Tangan", span: 2, align: .center)]
        let body = rows.enumerated().map { i, row -> [Paper.Cell] in
            let n = i + 1
            let name = row.isErased ? Erasure.marker : row.name
            // Odd rows sign in the left half, even rows in the right.
            let sign = Paper.Cell("\(n). ...........")
            let empty = Paper.Cell("")
            var cells = [Paper.Cell("\(n).", align: .center), Paper.Cell(name), Paper.Cell(MusdaFacts.standing(row))]
            if filled {
                let time = row.presence?.arrivedAt ?? row.attendance.arrivedAt
                cells.append(Paper.Cell(time.map { "\($0)" } ?? "–", align: .center))
            }
            return cells + (n % 2 == 1 ? [sign, empty] : [empty, sign])
        }
        let widths = filled ? [8, 30, 24, 10, 14, 14] : [8, 34, 28, 15, 15]
        var blocks: [Paper.Block] = [
            .title(["DAFTAR HADIR", session.title.uppercased(), facts.musdaName.uppercased()] + (number.map { ["\(PaperWords.number): \($0)"] } ?? [])),
            .fields(fields),
            .table(Paper.Table(widths: widths, header: [header], rows: body, rowHeightPt: 24)),
        ]
        let counts = Attendance.Role.allCases.map { role in
            "\(rows.filter { $0.attendance.role == role }.count) \(PaperWords.role(role).lowercased())"
        }.joined(separator: ", ")
        blocks.append(.paragraph("\(filled ? "Jumlah hadir" : "Jumlah terdaftar"): \(rows.count) orang (\(counts)).", .left))
        blocks.append(.signatures(Paper.Signatures(placeDate: facts.placeDate(date), heading: "Mengetahui,", signers: chairs)))
        return Paper(title: "Daftar Hadir \(session.title) – \(facts.musdaName)", letterhead: facts.organisation.letterhead, blocks: blocks)
    }
}
