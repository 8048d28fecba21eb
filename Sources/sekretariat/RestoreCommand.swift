import ArgumentParser
import Foundation
import Storage

/// `sekretariat restore FILE [--db PATH]`: a backup back in place, checked first, the current
/// contents kept beside it (issue 16).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Pulihkan basis data dari cadangan (hanya admin).",
        discussion: """
            Cadangan diperiksa dulu (integritas SQLite, rujukan antartabel, versi skema); yang rusak ditolak dan \
            tidak ada yang berubah. Isi saat ini disimpan lebih dulu di PATH.sebelum-pulih-TANGGAL, sehingga \
            pemulihan yang keliru dapat dibatalkan dengan memulihkan berkas itu.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Berkas cadangan (dari sekretariat backup).") var file: String

    func run() throws {
        try CLI.run {
            let path = database.resolvedPath
            guard FileManager.default.fileExists(atPath: file) else { throw StoreError.fileMissing(file) }
            let store = try Store.open(path: path)  // never creates
            let stamp = ISO8601DateFormatter.string(from: Date(), timeZone: .current,
                                                    formatOptions: [.withFullDate, .withTime]).replacingOccurrences(of: ":", with: "")
            let previous = "\(path).sebelum-pulih-\(stamp)"
            let problems: [String]
            do {
                problems = try store.restore(from: file, keepingPreviousAt: previous)
                try store.close()
            } catch {
                try? store.close()
                throw error
            }
            guard problems.isEmpty else {
                for problem in problems.prefix(10) { CLI.printError("cadangan rusak: \(problem)") }
                throw CommandFailure("cadangan \(file) tidak lolos pemeriksaan; tidak ada yang berubah")
            }
            // Reopened once: an older backup is brought up to this version now.
            let reopened = try Store.open(path: path)
            let version = try reopened.schemaVersion().version
            try reopened.close()
            print("Dipulihkan dari \(file) (skema versi \(version)). Isi sebelumnya disimpan di \(previous).")
        }
    }
}
