import ArgumentParser
import Foundation
import Storage

/// `sekretariat person export KTA|NIK`: everything held on one person (UU PDP right of access
/// and portability) in one machine-readable file, mode 0600.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Data satu orang (hak akses dan portabilitas, UU PDP).",
        subcommands: [PersonExportCommand.self])
}

struct PersonExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Ekspor semua data yang disimpan tentang satu orang ke berkas (mode 600).",
        discussion: """
            Berisi data pribadi, keanggotaan dan riwayatnya, jabatan, Musda yang dihadiri dan peran di pemilihan, \
            kegiatan (uji kompetensi dan sertifikat), persetujuan, pembatasan, peringatan yang diabaikan, baris sensus \
            dan alumni, insiden data pribadi, keputusan rekonsiliasi DPP, dan semua catatan audit tentang orang itu. \
            Untuk NIK yang hanya ada di sensus atau penelusuran alumni (bukan anggota): baris-baris itu. \
            JSON, atau CSV dengan baris bagian,nilai. Ekspor ini sendiri dicatat di audit sebagai pembacaan. \
            Tanpa --output: berkas data-pribadi-KTA.json (atau .csv) di folder ini; --output - menulis ke stdout.
            """)

    enum Format: String, ExpressibleByArgument { case json, csv }

    @OptionGroup var database: DatabaseOption
    @Argument(help: "KTA atau NIK orangnya.") var identifier: String
    @Option(help: "Format: json atau csv. (bawaan: json)") var format: Format = .json
    @Option(help: "Berkas tujuan (dibuat baru, mode 600), atau - untuk stdout.") var output: String?

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let chosen: ExportFormat = format == .json ? .json : .csv
            let text: String
            if let personId = try store.people.personId(kta: identifier) {
                text = try store.people.exportPersonalData(personId: personId, format: chosen)
            } else if let records = try store.people.exportRecords(nik: identifier, format: chosen) {
                // Not a member, but counted in the census or traced as an alumnus: theirs to see too.
                text = records
            } else {
                throw CommandFailure("tidak ada orang dengan KTA atau NIK \(identifier)")
            }
            if output == "-" {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            let name = identifier.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
            let path = output ?? "data-pribadi-\(name).\(format.rawValue)"
            // Never over another file, and never readable by others.
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw CommandFailure("tidak dapat membuat \(path): \(String(cString: strerror(errno)))") }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
            print("Data pribadi diekspor: \(path) (mode 600).")
        }
    }
}
