import ArgumentParser
import Foundation
import Storage
#if canImport(Glibc)
import Glibc
#endif

/// `sekretariat init --db PATH [--shared GROUP] [--demo]`: a new, empty database; with
/// `--shared`, one that the staff of an OS group open together (issue 16).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Buat basis data baru (kosong), untuk satu orang atau bersama satu grup.",
        discussion: """
            Tanpa --shared: berkas mode 600 di folder mode 700, hanya untuk akun Anda. \
            Dengan --shared GRUP: folder milik grup itu (setgid, 2770) dan berkas mode 660, sehingga setiap anggota \
            grup dapat membukanya dengan --db PATH; pengguna lain tidak dapat membaca apa pun. Folder harus baru atau kosong. \
            Pembuat basis data menjadi admin; anggota grup lain hanya membaca sampai admin memberi peran \
            (sekretariat user set NAMA operator).
            """)

    @OptionGroup var database: DatabaseOption
    @Option(name: .customLong("shared"), help: "Grup sistem operasi yang berbagi basis data ini.") var group: String?
    @Flag(help: "Isi dengan organisasi contoh (untuk mencoba).") var demo = false

    func run() throws {
        try CLI.run {
            let path = database.resolvedPath
            if FileManager.default.fileExists(atPath: path) { throw StoreError.fileExists(path) }
            if let group {
                guard let entry = getgrnam(group) else {
                    throw CommandFailure("grup \(group) tidak ada; buat dulu (groupadd \(group)) dan masukkan staf ke dalamnya")
                }
                let gid = entry.pointee.gr_gid
                guard getuid() == 0 || Self.memberGroups().contains(gid) else {
                    throw CommandFailure("Anda bukan anggota grup \(group); basis data bersama hanya dapat dibuat oleh anggotanya")
                }
                try SharedDatabase.prepare(path: path, group: gid)
            } else {
                try Store.createParentDirectory(of: path)
            }
            do {
                let store = try Store.open(path: path, create: true)
                if demo { try DemoOrganisation.install(into: store) }
                try store.close()
            } catch {
                // Nothing half-made stays behind: the next `init` starts clean.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                throw error
            }
            print("Basis data dibuat: \(path)" + (group.map { " (bersama grup \($0), mode 660)" } ?? " (mode 600)")
                  + ". Admin: \(Operator.current()).")
        }
    }

    /// The groups of this process: its own and its supplementary ones.
    static func memberGroups() -> Set<gid_t> {
        var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
        let count = getgroups(Int32(groups.count), &groups)
        return Set(groups.prefix(max(0, Int(count)))).union([getgid()])
    }
}
