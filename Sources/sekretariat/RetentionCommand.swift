import ArgumentParser
import Domain
import Foundation
import Storage

/// `sekretariat retention --dry-run`: who has been kept past the retention period (issue 16).
/// It only lists: erasing is a decision per person, made through the normal path.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Daftar orang yang melewati masa simpan data (hanya menampilkan).",
        discussion: """
            Orang yang keanggotaannya berakhir (keluar, meninggal) lebih lama dari masa simpan di Pengaturan \
            (bawaan 5 tahun; UU PDP tidak menetapkan angka). Tidak ada yang dihapus: tinjau masing-masing, lalu \
            hapus data pribadinya di Anggota (d, ketik HAPUS) bila tidak ada lagi alasan menyimpannya.
            """)

    @OptionGroup var database: DatabaseOption
    @Flag(help: "Hanya menampilkan (perintah ini tidak pernah menghapus).") var dryRun = false

    func run() throws {
        try CLI.run {
            guard dryRun else {
                throw CommandFailure("pakai --dry-run: perintah ini hanya menampilkan; penghapusan lewat Anggota (d, HAPUS)")
            }
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let (cutoff, people) = try store.retentionDue(today: store.today)
            let date = IndonesianFormat.date
            guard !people.isEmpty else {
                print("Tidak ada orang yang keanggotaannya berakhir sebelum \(date(cutoff)).")
                return
            }
            print("\(people.count) orang, keanggotaan berakhir sebelum \(date(cutoff)):")
            for p in people {
                print("\(p.kta ?? "-")  \(p.name)  \(p.status.rawValue) sejak \(date(p.endedOn))")
            }
            print("Tinjau masing-masing; hapus data pribadinya di Anggota (d, ketik HAPUS) bila tidak perlu disimpan lagi.")
        }
    }
}
