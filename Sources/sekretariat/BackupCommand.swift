import ArgumentParser
import Foundation
import Storage

/// `sekretariat backup DEST`: consistent online copy, mode 0600, never overwriting.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Cadangkan basis data ke berkas baru (aman selagi aplikasi berjalan; mode 600).",
        discussion: "Berkas tujuan tidak boleh sudah ada.")

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Berkas tujuan cadangan.") var destination: String

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let directory = (destination as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            if !directory.isEmpty && !(FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue) {
                throw StoreError.cannotCreate(path: destination, reason: "folder \(directory) tidak ada")
            }
            let started = Date()
            try store.backup(to: destination)
            print("Cadangan dibuat: \(destination) (\(CLI.seconds(Date().timeIntervalSince(started)))).")
        }
    }
}
