import ArgumentParser
import Documents
import Domain
import Foundation
import Secretariat
import Storage
import TerminalUI

/// What `export` writes: the three tables, or the board as a chart.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
    case members, officers, programmes, activities, orgchart, minutes, attendance, musda

    var table: ExportKind? { ExportKind(rawValue: rawValue) }
}

/// Tables are CSV or JSON; the chart is SVG or text.
enum ExportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, svg, txt, md

    var table: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

/// `sekretariat export members|officers|programmes|activities|orgchart [--term T] [--format F] [--history]
/// [--ascii] [--unmask]` to stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor anggota, pengurus, program kerja, kegiatan (CSV atau JSON) atau bagan pengurus (SVG atau teks) ke stdout.",
        discussion: """
            NIK disamarkan (1671********0001) kecuali dengan --unmask.

            officers: satu baris per penugasan, urut seperti susunan pengurus, dengan kolom periode, kelompok \
            (Pembina/Penasehat, Pengurus Harian, Bidang …), jabatan, nama, kta, nik, mulai, selesai dan \
            alasan_selesai. Bawaan: pemegang jabatan saat ini; --history menambahkan yang sudah berhenti. \
            Mulai yang tidak dicatat adalah awal periode; selesai kosong bila belum ditentukan.

            programmes: satu baris per sasaran program kerja (periode dengan --term; tanpa --term semua \
            periode): program, status, mulai, selesai, asal program yang dilanjutkan, sasaran, target, \
            realisasi (jumlah entri), persen dan tanggal realisasi terakhir. Realisasi yang belum ada: kosong.

            activities: satu baris per kegiatan dengan angka pesertanya persis seperti dilaporkan: total, \
            rinciannya (satu kolom per rincian), selisih rincian dengan total, perkiraan, per tanggal dan \
            sumber. Angka yang tidak dilaporkan kosong (JSON: null), tidak pernah 0.

            orgchart: bagan pengurus, --format svg (buka di peramban, sisipkan ke dokumen) atau txt \
            (garis kotak; --ascii untuk terminal atau printer tanpa UTF-8).

            minutes: notulen satu sesi (--session N, urutan sesi; tanpa --session semua sesi) dengan kepalanya \
            (Musda, sesi, tanggal, tempat, pimpinan sidang, kehadiran dan kuorum), isi dan keputusannya; \
            --format md atau txt.

            attendance: daftar hadir Musda (--format csv): no, nama, kta, unsur, asal, jam datang; dengan \
            --session N juga jam masuk dan keluar di sesi itu.

            musda: seluruh catatan satu Musda (--format json): sesi dengan kuorum dan status notulen, daftar \
            hadir, keputusan bernomor, LPJ dan putusannya, pemilihan dengan hitungan seperti dicatat (dan \
            peringatan bila tidak cocok), formatur, serah terima.

            --musda memilih Musda dengan tahunnya (2023) atau ID-nya.

            --term memilih periode dengan tahun mulainya (2023), namanya (2023–2028) atau ID-nya; \
            tanpa --term, periode aktif. Periode yang tidak dikenal: pesan satu baris dan status keluar 2.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Yang diekspor: members, officers, programmes, activities, orgchart, minutes, attendance atau musda.") var kind: ExportTarget
    @Option(help: "Format: csv atau json; untuk orgchart svg atau txt. (bawaan: csv; orgchart: txt)")
    var format: ExportOutputFormat?
    @Option(help: "Periode (officers, orgchart, programmes): tahun mulai, nama atau ID. Bawaan: periode aktif.")
    var term: String?
    @Option(help: "Musda (minutes, attendance, musda): tahun atau ID.") var musda: String?
    @Option(help: "Sesi ke-N (minutes, attendance), urut seperti di aplikasi.") var session: Int?
    @Flag(help: "officers: juga penugasan yang sudah berakhir (riwayat tiap jabatan).") var history = false
    @Flag(help: "orgchart txt: hanya karakter ASCII (- | +).") var ascii = false
    @Flag(help: "Tampilkan NIK lengkap (data pribadi: gunakan seperlunya).") var unmask = false

    var resolvedFormat: ExportOutputFormat {
        format ?? (kind == .orgchart ? .txt : kind == .minutes ? .md : kind == .musda ? .json : .csv)
    }

    func validate() throws {
        if kind == .minutes || kind == .attendance || kind == .musda {
            guard musda != nil else { throw ValidationError("--musda wajib untuk \(kind.rawValue)") }
            if kind == .musda && resolvedFormat != .json { throw ValidationError("catatan Musda (musda) diekspor sebagai json") }
            if kind == .musda && session != nil { throw ValidationError("--session bukan untuk musda") }
            if kind == .minutes && !(resolvedFormat == .md || resolvedFormat == .txt) {
                throw ValidationError("notulen (minutes) diekspor sebagai md atau txt, bukan \(resolvedFormat.rawValue)")
            }
            if kind == .attendance && resolvedFormat != .csv { throw ValidationError("daftar hadir (attendance) diekspor sebagai csv") }
            if term != nil || history || ascii { throw ValidationError("--term, --history dan --ascii bukan untuk \(kind.rawValue)") }
            return
        }
        if musda != nil || session != nil { throw ValidationError("--musda dan --session hanya untuk minutes, attendance dan musda") }
        let chart = kind == .orgchart
        if chart && resolvedFormat.table != nil {
            throw ValidationError("bagan (orgchart) diekspor sebagai svg atau txt, bukan \(resolvedFormat.rawValue)")
        }
        if !chart && resolvedFormat.table == nil {
            throw ValidationError("format \(resolvedFormat.rawValue) hanya untuk orgchart; \(kind.rawValue) diekspor sebagai csv atau json")
        }
        if term != nil && !(kind == .officers || kind == .programmes || chart) {
            throw ValidationError("--term hanya untuk officers, programmes dan orgchart")
        }
        if history && kind != .officers { throw ValidationError("--history hanya untuk officers") }
        if ascii && !(chart && resolvedFormat == .txt) { throw ValidationError("--ascii hanya untuk orgchart --format txt") }
    }

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            if kind == .minutes || kind == .attendance || kind == .musda {
                try writeMusda(store)
            } else if kind == .orgchart {
                try writeChart(store)
            } else {
                try writeTable(store)
            }
        }
    }

    private func writeTable(_ store: Store) throws {
        let termId = try term.flatMap { try Self.resolveTerm($0, in: store).id }
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        try store.export(kind.table!, format: resolvedFormat.table!, unmask: unmask, termId: termId, history: history) { piece in
            buffer += piece
            if buffer.utf8.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
    }

    private func writeChart(_ store: Store) throws {
        let c = CLI.catalog
        let chosen: Term
        if let term {
            chosen = try Self.resolveTerm(term, in: store)
        } else if let active = try store.board.activeTerm() {
            chosen = active
        } else {
            throw CommandFailure(c.orgChart.noActiveTerm)
        }
        let snapshot = try store.board.board(termId: chosen.id!)
        let options = OrgChart.Options(ascii: ascii, measure: { DisplayWidth.of($0) })
        let chart = OrgChart.layout(snapshot, words: c.orgChart.chartWords, options: options)
        let title = c.orgChart.documentTitle(chosen)
        let text = resolvedFormat == .svg ? OrgChartSVG.render(chart, title: title) : OrgChartText.render(chart, title: title)
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func writeMusda(_ store: Store) throws {
        let c = CLI.catalog
        let chosen = try Self.resolveMusda(musda ?? "", in: store)
        let sessions = try store.musda.sessions(musdaId: chosen.id!)
        var picked = sessions
        if let session {
            guard sessions.indices.contains(session - 1) else { throw CommandFailure(c.musda.unknownSession(session, count: sessions.count)) }
            picked = [sessions[session - 1]]
        }
        let text: String
        switch kind {
        case .minutes: text = try minutesText(chosen, picked, store)
        case .musda: text = try MusdaRecordExport.json(chosen, store: store, catalog: c)
        default: text = try attendanceCSV(chosen, session.map { sessions[$0 - 1] }, store)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private func minutesText(_ musda: Musda, _ sessions: [MusdaSession], _ store: Store) throws -> String {
        let c = CLI.catalog
        let decisions = try store.musda.decisions(musdaId: musda.id!)
        let pattern = try store.settings.value(.decisionNumberPattern) ?? DocumentNumber.defaultPattern
        return try sessions.map { s -> String in
            let minutes = try store.musda.minutes(sessionId: s.id!)
            let rows = try store.musda.attendees(musdaId: musda.id!, sessionId: s.id!).filter(\.isPresent)
            let chairs = try store.musda.chairs(sessionId: s.id!).compactMap { try store.people.person(id: $0)?.name }
            let input = MinutesText.Input(
                musda: musda, session: s, minutes: minutes, chairs: chairs,
                attendance: c.musda.presentCounts(delegates: rows.filter { $0.attendance.role == .delegate }.count,
                                                  observers: rows.filter { $0.attendance.role == .observer }.count,
                                                  guests: rows.filter { $0.attendance.role == .guest }.count),
                quorum: c.musda.quorumText(try store.musda.sessionQuorum(sessionId: s.id!)),
                status: minutes.map { c.musda.minutesState(final: $0.finalised, version: $0.version) } ?? c.musda.draft,
                decisions: decisions.filter { $0.sessionId == s.id }.map { d in
                    (d.documentNumber(in: musda)?.formatted(pattern) ?? c.musda.draft) + "  " + d.title
                })
            return MinutesText.render(input, words: c.musda.documentWords, markdown: resolvedFormat == .md)
        }.joined(separator: "\n")
    }

    private func attendanceCSV(_ musda: Musda, _ session: MusdaSession?, _ store: Store) throws -> String {
        let c = CLI.catalog
        var header = ["no", "nama", "kta", "unsur", "asal", "jam_datang"]
        if session != nil { header += ["masuk", "keluar"] }
        var lines = [CSV.line(header)]
        // Any session gives the list of the Musda's attendees; presence is read for the one asked.
        let firstSession = try store.musda.sessions(musdaId: musda.id!).first
        guard let first = session ?? firstSession else { return lines.joined() }
        for (i, row) in try store.musda.attendees(musdaId: musda.id!, sessionId: first.id!).enumerated() {
            var fields = ["\(i + 1)", row.isErased ? Erasure.marker : row.name, row.kta ?? "", c.attendanceRoleName(row.attendance.role),
                          row.attendance.representing ?? "", row.attendance.arrivedAt?.description ?? ""]
            if session != nil { fields += [row.presence?.arrivedAt.description ?? "", row.presence?.leftAt?.description ?? ""] }
            lines.append(CSV.line(fields))
        }
        return lines.joined()
    }

    /// The Musda `reference` names (its year, or its ID), or a one-line failure listing them.
    static func resolveMusda(_ reference: String, in store: Store) throws -> Musda {
        let all = try store.musda.musdas()
        let byYear = all.filter { "\($0.date.year)" == reference }
        guard let chosen = byYear.count == 1 ? byYear.first : all.first(where: { "\($0.id ?? 0)" == reference }) else {
            throw CommandFailure(CLI.catalog.musda.unknownMusda(reference, known: all))
        }
        return chosen
    }

    /// The term `reference` names, or a one-line failure listing the terms there are.
    static func resolveTerm(_ reference: String, in store: Store) throws -> Term {
        let terms = try store.board.terms()
        switch TermReference.resolve(reference, among: terms) {
        case .found(let term): return term
        case .notFound: throw CommandFailure(CLI.catalog.orgChart.unknownTerm(reference, known: terms))
        case .ambiguous(let matches): throw CommandFailure(CLI.catalog.orgChart.ambiguousTerm(reference, matches: matches))
        }
    }
}
