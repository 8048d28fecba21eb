import ArgumentParser
import Domain
import Foundation
import Secretariat
import Storage

/// `sekretariat reconcile FILE [--sheet NAME] [--map 'Kolom=field' ...] [--source NAME]
/// [--report csv|json] [--apply-rule RULE]` (issue 14): the register against a DPP website
/// export, as the Rekonsiliasi DPP tab shows it. Writes nothing unless a rule is applied.
struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Cocokkan register dengan ekspor situs DPP: sama, beda, hanya DPD, hanya DPP, ragu.",
        discussion: """
            Hanya baris provinsi Sumatera Selatan yang dicocokkan; baris provinsi lain dihitung lalu disisihkan. \
            Pencocokan: NIK, lalu KTA, lalu nama (tanpa gelar) dengan tanggal lahir, lalu nama dengan No. HP \
            atau email; tidak pernah nama saja. Keputusan yang sudah diambil di layar Pendataan (disimpan \
            per checksum berkas) ikut ditampilkan.

            Perintah ini tidak menulis apa pun, kecuali dengan --apply-rule, mis. \
            --apply-rule 'take-dpp:phone,email where-empty' (ambil No. HP dan email DPP bila register kosong) \
            atau 'keep-dpd:employer'. Keputusan lain diambil di layar Pendataan › Rekonsiliasi DPP.

            Status keluar: 0 bila berhasil, 1 bila berkas tidak dapat direkonsiliasi (tanpa kolom nama/NIK, \
            semua baris provinsi lain), 2 bila berkas tidak dapat dibaca.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Berkas ekspor DPP, CSV atau XLSX.") var file: String
    @Option(help: "Lembar XLSX (bawaan: lembar pertama).") var sheet: String?
    @Option(name: .customLong("map"), help: "Pemetaan kolom: 'Judul Kolom=field' atau 'Judul Kolom=-'; boleh berulang.")
    var maps: [String] = []
    @Option(help: "Nama sumber; pemetaan diingat per sumber (bawaan: Situs DPP).") var source: String?
    @Option(help: "Rincian per orang ke stdout: csv atau json (ringkasan lalu ke stderr).") var report: ImportReportFormat?
    @Option(name: .customLong("apply-rule"), help: "Aturan massal yang ditulis, mis. 'take-dpp:phone,email where-empty'.")
    var applyRule: String?

    func run() throws {
        let c = CLI.catalog.reconcile
        var rule: ReconcileRule?
        if let text = applyRule {
            switch ReconcileRule.parse(text) {
            case .success(let r): rule = r
            case .failure(let e): throw CommandFailure("--apply-rule \"\(text)\": \(c.ruleError(e))")
            }
        }
        let table: SheetTable
        do {
            table = try SpreadsheetFile.read(path: file, sheet: sheet, checksum: true)
        } catch {
            CLI.printError("\(file): \(CLI.catalog.census.fileError(error))")
            throw ExitCode(CLI.failure)
        }
        var status: Int32 = 0
        try CLI.run {
            // Only a rule writes: without one the file opens read-only.
            let store = try Store.open(path: database.resolvedPath, readOnly: rule == nil)
            defer { try? store.close() }
            let sourceName = source?.nonBlank ?? c.defaultSource
            var mapping = try store.imports.rememberedMapping(source: sourceName, target: .dpp, headers: table.headers)
                ?? HeaderSynonyms.automaticMapping(headers: table.headers, target: .dpp)
            try ColumnMaps(specs: maps, target: .dpp).apply(to: &mapping, headers: table.headers)
            let reconciliation: Reconciliation
            do {
                reconciliation = try store.reconciliations.reconcile(table, mapping: mapping, file: .at(file, table: table, today: store.today),
                                                                     source: sourceName, progress: ImportProgress())
            } catch let refusal as ReconcileRefusal {
                CLI.printError(c.refusalText(refusal))
                status = 1
                return
            }
            var r = reconciliation
            let out = report == nil ? FileHandle.standardOutput : FileHandle.standardError
            func say(_ line: String) { out.write(Data((line + "\n").utf8)) }
            if r.changedFrom != nil { say(c.changedFile(r)) }
            if let rule {
                let result = try store.reconciliations.apply(rule, to: r.rows, in: r)
                say(c.bulkDone(result.decided, skipped: result.skipped))
                // The classes as they now stand: a field taken no longer differs.
                r = try store.reconciliations.reconcile(table, mapping: mapping, file: r.file, source: sourceName, progress: ImportProgress())
                r.runId = try store.reconciliations.record(r)
            }
            say(c.summary(r))
            if let report {
                FileHandle.standardOutput.write(Data(ReconcileReport.render(r, format: report, catalog: CLI.catalog, regions: store.regions).utf8))
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// The per-person report of `reconcile --report`: row, class, name, the register person and
/// the differing fields, then the set-aside rows.
enum ReconcileReport {
    static func render(_ r: Reconciliation, format: ImportReportFormat, catalog c: Catalog, regions: RegionDirectory) -> String {
        struct Line { var row: Int?; var kind: String; var name: String; var person: Int64?; var detail: String; var decision: String }
        var lines = r.rows.map { row -> Line in
            let detail: String
            switch row.kind {
            case .differing: detail = row.differences.map { c.reconcile.differenceText($0, regions: regions) }.joined(separator: "; ")
            case .doubtful: detail = row.candidates.map { "#\($0.personId) \($0.name)" }.joined(separator: "; ")
            default: detail = ""
            }
            let unreadable = row.problems.filter { if case .value = $0.kind { true } else { false } }
                .map { c.census.problemText($0, headers: r.headers) }
            let full = ([detail] + unreadable.map { "tidak terbaca: " + $0 }).filter { !$0.isEmpty }.joined(separator: "; ")
            let decision = row.isPending ? c.reconcile.decisionPending
                : (row.decision ?? row.differences.compactMap(\.decision).first).map { c.reconcile.choiceName($0.choice) } ?? ""
            return Line(row: row.number, kind: row.kind.rawValue, name: row.name, person: row.personId, detail: full, decision: decision)
        }
        lines += r.outsideProvince.map { Line(row: $0.number, kind: "provinsi_lain", name: $0.values[.name] ?? "", person: nil,
                                              detail: c.reconcile.setAsideText($0, headers: r.headers, outside: true), decision: "") }
        lines += r.failed.map { Line(row: $0.number, kind: "galat", name: $0.values[.name] ?? "", person: nil,
                                     detail: c.reconcile.setAsideText($0, headers: r.headers, outside: false), decision: "") }
        switch format {
        case .csv:
            return CSV.line(["baris", "golongan", "nama", "id_register", "rincian", "keputusan"])
                + lines.map { CSV.line([$0.row.map(String.init) ?? "", $0.kind, $0.name, $0.person.map(String.init) ?? "", $0.detail, $0.decision]) }.joined()
        case .json:
            let counts = Dictionary(uniqueKeysWithValues: ReconcileClass.allCases.map { ($0.rawValue, r.counts[$0] ?? 0) })
            let object: [String: Any] = [
                "berkas": r.file.name, "sha256": r.file.checksum, "golongan": counts, "tertunda": r.pending,
                "provinsi_lain": r.outsideProvince.count, "galat": r.failed.count,
                "baris": lines.map { l -> [String: Any] in
                    ["baris": l.row ?? NSNull(), "golongan": l.kind, "nama": l.name, "id_register": l.person ?? NSNull(),
                     "rincian": l.detail, "keputusan": l.decision]
                },
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
