import ArgumentParser
import Domain
import Foundation
import Storage

/// `sekretariat demo --db PATH [--people N]`: a new database with the demo organisation.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Buat basis data demo (organisasi contoh DPD IPSPI Sumsel).",
        discussion: "Tidak menimpa berkas yang sudah ada. --people N menambah N anggota buatan (nama fiktif, 17 kab/kota) untuk uji skala.")

    @OptionGroup var database: DatabaseOption
    @Option(name: .customLong("people"), help: "Tambahkan N anggota buatan di samping organisasi contoh.")
    var people: Int = 0
    @Option(name: .customLong("seed"), help: "Benih acak untuk anggota buatan (hasil sama untuk benih sama).")
    var seed: UInt64 = 20230514

    func validate() throws {
        guard people >= 0 else { throw ValidationError("--people tidak boleh negatif") }
    }

    func run() throws {
        try CLI.run {
            let path = database.resolvedPath
            let started = Date()
            if FileManager.default.fileExists(atPath: path) { throw StoreError.fileExists(path) }
            try Store.createParentDirectory(of: path)
            do {
                let store = try Store.open(path: path, create: true)
                try DemoOrganisation.install(into: store)
                try store.close()
                print("Organisasi contoh dipasang: \(DemoOrganisation.memberCount) anggota, 45 pengurus 2023–2028, Musda 2019 dan 2023 (\(CLI.seconds(Date().timeIntervalSince(started)))).")
                if people > 0 {
                    let step = max(people / 10, 100_000)
                    let timing = try BulkMembers.append(to: path, count: people, seed: seed) { done in
                        if done % step == 0 || done == people {
                            print("  \(IndonesianFormat.number(done)) / \(IndonesianFormat.number(people)) anggota buatan")
                        }
                    }
                    print("Anggota buatan: \(IndonesianFormat.number(people)) dalam \(CLI.seconds(timing.total)) (sisip \(CLI.seconds(timing.insert)), indeks \(CLI.seconds(timing.indexes)), indeks pencarian \(CLI.seconds(timing.search))).")
                }
            } catch {
                for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                throw error
            }
            print("Basis data demo dibuat: \(path) (total \(CLI.seconds(Date().timeIntervalSince(started)))).")
        }
    }
}
