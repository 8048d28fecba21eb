import ArgumentParser
import Domain
import Foundation
import Secretariat
import Storage

/// `sekretariat import members|census|alumni FILE [--sheet NAME] [--map 'Kolom=field' ...]
/// [--source NAME] [--dry-run] [--report csv|json]` (issue 13): the engine the Pendataan
/// screen uses, without the screen.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor anggota, sensus atau alumni dari CSV atau XLSX, dengan pratinjau setiap baris.",
        discussion: """
            Setiap baris digolongkan dulu: baru, sama, perbarui (kolom yang berbeda disebut), ganda (mungkin \
            orang yang sudah ada: nama dan tanggal lahir sama; dilewati di sini, putuskan di layar Pendataan) \
            atau galat (nomor baris, kolom dan alasannya). Baris baru dan perbarui ditulis dalam satu transaksi; \
            sel kosong tidak pernah menghapus isian yang ada. Batch dapat dibatalkan di layar Pendataan.

            Kolom dipetakan otomatis dari judulnya (Nama Lengkap, NIK, No HP/WA, Kab/Kota, Tgl Lahir…); \
            --map 'Judul Kolom=field' mengubahnya (field: \(ImportField.allCases.map { $0.rawValue }.joined(separator: ", ")); \
            '=-' mengabaikan kolom). Pemetaan diingat per sumber (--source, bawaan: nama berkas).

            Status keluar: 0 bila ada baris sah (diimpor, atau akan diimpor dengan --dry-run), 1 bila semua \
            baris galat, 2 bila berkas tidak dapat dibaca.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Tujuan: members, census atau alumni.") var target: ImportTarget
    @Argument(help: "Berkas CSV atau XLSX.") var file: String
    @Option(help: "Lembar XLSX (bawaan: lembar pertama).") var sheet: String?
    @Option(name: .customLong("map"), help: "Pemetaan kolom: 'Judul Kolom=field' atau 'Judul Kolom=-'; boleh berulang.")
    var maps: [String] = []
    @Option(help: "Nama sumber data (mis. \"Dinsos Kab. Lahat\"); pemetaan diingat per sumber.") var source: String?
    @Flag(help: "Hanya pratinjau: tidak menulis apa pun.") var dryRun = false
    @Option(help: "Laporan per baris ke stdout: csv atau json (ringkasan lalu ke stderr).") var report: ImportReportFormat?

    func run() throws {
        let c = CLI.catalog.census
        let table: SheetTable
        do {
            table = try SpreadsheetFile.read(path: file, sheet: sheet)
        } catch {
            CLI.printError("\(file): \(c.fileError(error))")
            throw ExitCode(CLI.failure)
        }
        var status: Int32 = 0
        try CLI.run {
            // A dry run opens read-only: not a byte of the file changes (its modification time says so).
            let store = try Store.open(path: database.resolvedPath, readOnly: dryRun)
            defer { try? store.close() }
            let sourceName = source?.nonBlank ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            var mapping = try store.imports.rememberedMapping(source: sourceName, target: target, headers: table.headers)
                ?? HeaderSynonyms.automaticMapping(headers: table.headers, target: target)
            try ColumnMaps(specs: maps, target: target).apply(to: &mapping, headers: table.headers)
            let preview = try store.imports.preview(table, target: target, mapping: mapping, source: sourceName,
                                                    fileName: (file as NSString).lastPathComponent, progress: ImportProgress())
            let out = report == nil ? FileHandle.standardOutput : FileHandle.standardError
            func say(_ line: String) { out.write(Data((line + "\n").utf8)) }
            say(summary(preview, c: c))
            for row in preview.rows where row.kind == .error {
                say("  baris \(row.row.number): " + row.row.errors.map { c.problemText($0, headers: table.headers) }.joined(separator: "; "))
            }
            // Warnings too, as the preview on screen shows them: the row is written, but someone should look.
            for row in preview.rows where row.kind != .error && !row.row.warnings.isEmpty {
                say("  baris \(row.row.number) (peringatan): "
                    + row.row.warnings.map { c.problemText($0, headers: table.headers) }.joined(separator: "; "))
            }
            if let report {
                FileHandle.standardOutput.write(Data(ImportReport.render(preview, format: report, catalog: c, regions: store.regions).utf8))
            }
            let valid = preview.rows.contains { $0.kind != .error }
            status = valid ? 0 : 1
            guard !dryRun else {
                say("--dry-run: tidak ada yang ditulis.")
                return
            }
            guard valid else { return }
            do {
                guard let batch = try store.imports.commit(preview, decisions: [:], progress: ImportProgress()) else {
                    say("Tidak ada yang perlu ditulis: semua baris sah sudah ada.")
                    return
                }
                say("Batch #\(batch.id) ditulis: \(batch.created) baru, \(batch.updated) diperbarui, \(batch.unchanged) sama, "
                    + "\(batch.skipped) ganda dilewati, \(batch.failed) galat.")
            } catch is ImportStale {
                throw CommandFailure(c.stale)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    func summary(_ p: ImportPreview, c: CensusWords) -> String {
        let counts = p.counts
        let parts = ImportClass.allCases.map { "\(c.className($0)) \(counts[$0] ?? 0)" }
        // Column titles come from the file: their control characters (an ESC that would retitle
        // the window or clear the screen) never reach the terminal.
        let headers = p.table.headers.map { String(String.UnicodeScalarView($0.unicodeScalars.map { $0.isControl ? "?" : $0 })) }
        let mapped = p.mapping.sorted { $0.key < $1.key }.map { "\(headers[$0.key])→\($0.value.rawValue)" }
        let ignored = headers.indices.filter { p.mapping[$0] == nil && !headers[$0].isEmpty }.map { headers[$0] }
        return "\(p.fileName) (\(p.table.encoding)\(p.table.sheet.map { ", lembar \($0)" } ?? "")): \(p.rows.count) baris data · "
            + parts.joined(separator: " · ") + "\nPemetaan: " + mapped.joined(separator: ", ")
            + (ignored.isEmpty ? "" : "\nDiabaikan: " + ignored.joined(separator: ", "))
    }
}

/// `--map` options: `Judul=field`, `Judul=-`, or a 1-based column number for the title.
struct ColumnMaps {
    let specs: [String]
    let target: ImportTarget

    func apply(to mapping: inout ImportMapping, headers: [String]) throws {
        for spec in specs {
            guard let eq = spec.lastIndex(of: "=") else { throw CommandFailure("--map \"\(spec)\": tulis 'Judul Kolom=field'") }
            let title = String(spec[..<eq]).trimmingCharacters(in: .whitespaces)
            let name = String(spec[spec.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            let column = headers.firstIndex { HeaderName.fold($0) == HeaderName.fold(title) }
                ?? Int(title).flatMap { (1...headers.count).contains($0) ? $0 - 1 : nil }
            guard let column else {
                throw CommandFailure("--map: tidak ada kolom \"\(title)\". Kolom: \(headers.joined(separator: ", "))")
            }
            if name == "-" { mapping[column] = nil; continue }
            guard let field = ImportField(rawValue: name), target.fields.contains(field) else {
                throw CommandFailure("--map: \"\(name)\" bukan field untuk \(target.rawValue). Pilih: \(target.fields.map(\.rawValue).joined(separator: ", "))")
            }
            for (other, f) in mapping where f == field { mapping[other] = nil }
            mapping[column] = field
        }
    }
}

/// Only the import targets: a DPP export goes through `sekretariat reconcile`.
extension ImportTarget: ExpressibleByArgument {
    public init?(argument: String) {
        guard let target = ImportTarget(rawValue: argument), ImportTarget.importable.contains(target) else { return nil }
        self = target
    }
    public static var allValueStrings: [String] { importable.map(\.rawValue) }
}


enum ImportReportFormat: String, ExpressibleByArgument { case csv, json }

/// The per-row report of `import --report`: row, class, and the problems or changes.
enum ImportReport {
    static func render(_ p: ImportPreview, format: ImportReportFormat, catalog c: CensusWords, regions: RegionDirectory) -> String {
        func detail(_ row: PreviewRow) -> String {
            let found: String
            switch row.kind {
            case .error: return row.row.errors.map { c.problemText($0, headers: p.table.headers) }.joined(separator: "; ")
            case .update: found = row.changes.map { c.changeText($0, regions: regions) }.joined(separator: "; ")
            case .duplicate: found = row.candidates.map { "#\($0.id) \($0.name)" }.joined(separator: "; ")
            case .new, .same: found = ""
            }
            // A written row's warnings follow what it changes, as the screen lists them.
            let warned = row.row.warnings.map { "peringatan: " + c.problemText($0, headers: p.table.headers) }
            return ([found].filter { !$0.isEmpty } + warned).joined(separator: "; ")
        }
        switch format {
        case .csv:
            return CSV.line(["baris", "golongan", "nama", "rincian"])
                + p.rows.map { CSV.line([String($0.row.number), $0.kind.rawValue, $0.row.values[.name] ?? "", detail($0)]) }.joined()
        case .json:
            let rows: [[String: Any]] = p.rows.map {
                ["baris": $0.row.number, "golongan": $0.kind.rawValue, "nama": $0.row.values[.name] ?? NSNull(), "rincian": detail($0)]
            }
            let data = (try? JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
