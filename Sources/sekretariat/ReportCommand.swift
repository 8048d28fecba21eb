import ArgumentParser
import Documents
import Domain
import Foundation
import Secretariat
import Storage

extension Report.Kind: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// `sekretariat report members-by-regency|employment|growth|channel|census-coverage|certification|programmes
/// --format csv|md|html [-o FILE]` (issue 15).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Laporan: anggota per kab/kota, ASN/non-ASN, pertumbuhan, jalur, cakupan pendataan, uji kompetensi, program kerja.",
        discussion: """
            CSV untuk lembar kerja (angka yang tidak dilaporkan: sel kosong), md untuk pesan atau arsip, html dengan \
            grafik SVG untuk peramban dan pencetak. Tanpa -o ke stdout; dengan -o berkas mode 0600.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Laporan: members-by-regency, employment, growth, channel, census-coverage, certification atau programmes.")
    var kind: Report.Kind
    @Option(help: "Format: csv, md atau html. Bawaan: dari akhiran -o, atau csv.") var format: ReportFormat?
    @Option(name: [.short, .customLong("output")], help: "Berkas tujuan; tanpa ini ke stdout.") var output: String?

    /// `--format`, else the `-o` file's extension, else CSV.
    var resolvedFormat: ReportFormat { (try? CLI.outputFormat(format, output: output, fallback: .csv)) ?? .csv }

    func validate() throws {
        _ = try CLI.outputFormat(format, output: output, fallback: .csv)
    }

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let c = CLI.catalog
            let report = try ReportBuilder.build(kind, data: store, catalog: c)
            let text = ReportExport.render(report, format: resolvedFormat, notReported: c.reports.notReported)
            guard let output else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            do throws(PaperFileError) {
                try PaperFile.writeText(text, to: url)
            } catch {
                throw CommandFailure(c.documents.fileErrorText(error))
            }
            print(url.path)
        }
    }
}
