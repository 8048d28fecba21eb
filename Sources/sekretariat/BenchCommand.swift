import ArgumentParser
import Foundation
import Storage

/// `sekretariat bench-members --db PATH`: timings of the member-list queries on a database
/// (for example one built with `demo --people 1000000`).
struct BenchMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-members",
        abstract: "Ukur waktu kueri daftar anggota (halaman, pencarian, hitungan) pada sebuah basis data.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "Jumlah pengulangan per langkah.") var samples = 15
    @Flag(help: "Tampilkan juga rencana kueri SQLite (EXPLAIN QUERY PLAN).") var plans = false

    func validate() throws {
        guard samples >= 1 else { throw ValidationError("--samples paling sedikit 1") }
    }

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let total = try store.members.count(MemberQuery(), upTo: nil).value
            // The steps page from the first and last rows: an empty register has none.
            guard total > 0 else { throw CommandFailure("register kosong: tidak ada yang diukur (buat dengan sekretariat demo --people N)") }
            print("\(store.path): \(total) anggota, \(samples) sampel per langkah, halaman 50 baris")
            print("langkah | median ms | maks ms | baris")
            for r in try MemberListBenchmark.run(store, samples: samples) {
                print(String(format: "%@ | %.2f | %.2f | %d", r.label, r.medianMs, r.maxMs, r.rows))
            }
            if plans {
                for (label, query) in [("daftar", MemberQuery()), ("cari \"s\"", MemberQuery(search: "s")),
                                       ("cari \"siti n\"", MemberQuery(search: "siti n")),
                                       ("kab Lahat", MemberQuery(filter: MemberFilter(regency: "1604")))] {
                    print("\n\(label):")
                    for line in try store.members.queryPlan(query, page: .first) { print("  " + line) }
                }
            }
        }
    }
}
