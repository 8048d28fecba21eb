import ArgumentParser
import Documents
import Domain
import Foundation
import Secretariat
import Storage
import TerminalUI

/// What `export` writes: the three tables, or the board as a chart.
enum ExportTarget: String, ExpressibleByArgument, CaseIterable {
    case members, officers, programmes, orgchart

    var table: ExportKind? { ExportKind(rawValue: rawValue) }
}

/// Tables are CSV or JSON; the chart is SVG or text.
enum ExportOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, svg, txt

    var table: ExportFormat? { ExportFormat(rawValue: rawValue) }
}

/// `sekretariat export members|officers|programmes|orgchart [--term T] [--format F] [--history]
/// [--ascii] [--unmask]` to stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor anggota, pengurus, program kerja (CSV atau JSON) atau bagan pengurus (SVG atau teks) ke stdout.",
        discussion: """
            NIK disamarkan (1671********0001) kecuali dengan --unmask.

            officers: satu baris per penugasan, urut seperti susunan pengurus, dengan kolom periode, kelompok \
            (Pembina/Penasehat, Pengurus Harian, Bidang …), jabatan, nama, kta, nik, mulai, selesai dan \
            alasan_selesai. Bawaan: pemegang jabatan saat ini; --history menambahkan yang sudah berhenti. \
            Mulai yang tidak dicatat adalah awal periode; selesai kosong bila belum ditentukan.

            orgchart: bagan pengurus, --format svg (buka di peramban, sisipkan ke dokumen) atau txt \
            (garis kotak; --ascii untuk terminal atau printer tanpa UTF-8).

            --term memilih periode dengan tahun mulainya (2023), namanya (2023–2028) atau ID-nya; \
            tanpa --term, periode aktif. Periode yang tidak dikenal: pesan satu baris dan status keluar 2.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Yang diekspor: members, officers, programmes atau orgchart.") var kind: ExportTarget
    @Option(help: "Format: csv atau json; untuk orgchart svg atau txt. (bawaan: csv; orgchart: txt)")
    var format: ExportOutputFormat?
    @Option(help: "Periode pengurus (officers, orgchart): tahun mulai, nama atau ID. Bawaan: periode aktif.")
    var term: String?
    @Flag(help: "officers: juga penugasan yang sudah berakhir (riwayat tiap jabatan).") var history = false
    @Flag(help: "orgchart txt: hanya karakter ASCII (- | +).") var ascii = false
    @Flag(help: "Tampilkan NIK lengkap (data pribadi: gunakan seperlunya).") var unmask = false

    var resolvedFormat: ExportOutputFormat { format ?? (kind == .orgchart ? .txt : .csv) }

    func validate() throws {
        let chart = kind == .orgchart
        if chart && resolvedFormat.table != nil {
            throw ValidationError("bagan (orgchart) diekspor sebagai svg atau txt, bukan \(resolvedFormat.rawValue)")
        }
        if !chart && resolvedFormat.table == nil {
            throw ValidationError("format \(resolvedFormat.rawValue) hanya untuk orgchart; \(kind.rawValue) diekspor sebagai csv atau json")
        }
        if term != nil && !(kind == .officers || chart) { throw ValidationError("--term hanya untuk officers dan orgchart") }
        if history && kind != .officers { throw ValidationError("--history hanya untuk officers") }
        if ascii && !(chart && resolvedFormat == .txt) { throw ValidationError("--ascii hanya untuk orgchart --format txt") }
    }

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            if kind == .orgchart {
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
