import ArgumentParser
import Foundation
import Storage

extension ExportKind: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

/// `sekretariat export members|officers|programmes --format csv|json [--unmask]` to stdout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor anggota, pengurus atau program kerja ke stdout (CSV atau JSON).",
        discussion: "NIK disamarkan (1671********0001) kecuali dengan --unmask. Pengurus: periode aktif.")

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Yang diekspor: members, officers atau programmes.") var kind: ExportKind
    @Option(help: "Format: csv atau json.") var format: ExportFormat = .csv
    @Flag(help: "Tampilkan NIK lengkap (data pribadi: gunakan seperlunya).") var unmask = false

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            var buffer = ""
            buffer.reserveCapacity(1 << 16)
            try store.export(kind, format: format, unmask: unmask) { piece in
                buffer += piece
                if buffer.utf8.count >= 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer.utf8))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(Data(buffer.utf8))
        }
    }
}
