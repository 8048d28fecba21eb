import Foundation
import XCTest

/// `sekretariat document` in the real binary, with the real LibreOffice: a paper in every
/// format, one number for all of them, and one Indonesian line for each kind of mistake.
final class DocumentEndToEndTests: XCTestCase {
    nonisolated(unsafe) private static var database: String?

    private func demo() throws -> (bin: String, db: String) {
        let bin = try releaseBinary()
        if let db = Self.database { return (bin, db) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-document-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/demo.sqlite"
        let (status, _, err) = try shell([bin, "demo", "--db", db])
        XCTAssertEqual(status, 0, err)
        Self.database = db
        return (bin, db)
    }

    private func document(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let (bin, db) = try demo()
        return try shell([bin, "document", "--db", db] + arguments, environment: environment)
    }

    func testTheDaftarHadirInEveryFormatKeepsOneNumber() throws {
        var numbers: Set<String> = []
        for format in ["docx", "pdf", "html", "md"] {
            let r = try document(["daftar-hadir", "--musda", "2023", "--session", "1", "--format", format])
            XCTAssertEqual(r.status, 0, r.err)
            // `Nomor 01/DH/MUSDA-I/…: /…/dokumen/musda-i/daftar-hadir-pembukaan-musda-i.pdf`
            let line = r.out.trimmingCharacters(in: .newlines)
            let parts = line.components(separatedBy: ": ")
            XCTAssertEqual(parts.count, 2, line)
            numbers.insert(parts[0])
            XCTAssertTrue(parts[1].hasSuffix("/dokumen/musda-i/daftar-hadir-pembukaan-musda-i.\(format)"), line)
            let attributes = try FileManager.default.attributesOfItem(atPath: parts[1])
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "names and signatures: owner only")
            if format == "pdf" {
                let (status, text, _) = try shell(["pdftotext", "-layout", parts[1], "-"])
                XCTAssertEqual(status, 0)
                XCTAssertTrue(text.contains("Minggu, 14 Mei 2023"))
                for n in [1, 2, 49, 50] { XCTAssertTrue(text.contains("\(n). ....."), "row \(n) has its place to sign") }
            }
        }
        XCTAssertEqual(numbers, ["Nomor 01/DH/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"])
    }

    func testEachMistakeIsOneIndonesianLine() throws {
        let cases: [([String], String)] = [
            (["notulen", "--musda", "2023", "--session", "99"], "sekretariat: Sesi 99 tidak ada; Musda ini punya 9 sesi (1–9).\n"),
            (["notulen", "--musda", "2031", "--session", "1"], "sekretariat: Musda \"2031\" tidak dikenal. Yang ada: Musda I (2023, ID 2), Pembentukan DPD (2019, ID 1)\n"),
            (["berita-acara", "--musda", "2019", "--about", "lpj"], "sekretariat: Putusan LPJ belum dicatat; berita acaranya belum dapat dibuat.\n"),
            (["undangan", "--musda", "2023", "-o", "/proc/sekretariat/u.docx"], "sekretariat: Tidak dapat menulis /proc/sekretariat: foldernya tidak ada.\n"),
        ]
        for (arguments, expected) in cases {
            let r = try document(arguments)
            XCTAssertEqual(r.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(r.out, "")
            XCTAssertEqual(r.err, expected)
        }
    }

    func testWithoutLibreOfficeThePDFIsRefusedAndDOCXOffered() throws {
        let r = try document(["undangan", "--musda", "2023", "--format", "pdf"], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.err, "sekretariat: LibreOffice tidak terpasang, jadi PDF tidak dapat dibuat di sini. Buat DOCX dan buka di Word atau LibreOffice.\n")
    }

    func testTheFormatFollowsTheFileNameAndAMismatchIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-doc-\(UUID().uuidString)").path
        let r = try document(["keputusan", "--musda", "2023", "-o", dir + "/keputusan.md"])
        XCTAssertEqual(r.status, 0, r.err)
        let text = try String(contentsOfFile: dir + "/keputusan.md", encoding: .utf8)
        XCTAssertTrue(text.contains("# KEPUTUSAN MUSYAWARAH DAERAH I"), String(text.prefix(400)))
        let mismatch = try document(["keputusan", "--musda", "2023", "-o", dir + "/k.md", "--format", "pdf"])
        XCTAssertEqual(mismatch.status, 64)
        XCTAssertTrue(mismatch.err.contains("tidak berakhiran .pdf"), mismatch.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/k.md"))
    }

    /// A breach recorded on the Pengaturan screen, then its notification letter from the
    /// command line: numbered in the PDP series, with what the screen recorded.
    func testABreachRecordedOnTheScreenGetsItsLetterFromTheCommandLine() throws {
        let scratch = try ScratchDemo("breach")
        defer { scratch.remove() }
        let (bin, dir, db) = (scratch.bin, scratch.dir, scratch.db)
        let none = try shell([bin, "document", "pemberitahuan", "--breach", "1", "--db", db])
        XCTAssertEqual(none.0, 2)
        XCTAssertEqual(none.2, "sekretariat: Tidak ada insiden nomor 1. Lihat Pengaturan › Insiden.\n")
        XCTAssertEqual(try shell([bin, "document", "pemberitahuan", "--db", db]).0, 64, "--breach is required")

        let tmux = try TmuxSession(command: "\(bin) --db \(db)")
        try tmux.waitFor("1  Anggota")
        try tmux.send("7")
        try tmux.waitFor("Menu › Pengaturan")
        try tmux.send("Tab", "Tab")
        try tmux.waitFor("Belum ada insiden.")
        try tmux.send("a")
        try tmux.waitFor("Catat insiden data pribadi")
        try tmux.type("Daftar anggota terkirim ke grup yang salah")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.type("Salah pilih grup")
        try tmux.send("F2")
        try tmux.waitFor("Insiden disimpan.")
        try tmux.send("F10")
        XCTAssertEqual(try tmux.exitStatus(), 0)

        let r = try shell([bin, "document", "pemberitahuan", "--breach", "1", "--db", db, "-o", dir + "/surat.md"])
        XCTAssertEqual(r.0, 0, r.2)
        XCTAssertTrue(r.1.hasPrefix("Nomor 01/PDP/"), r.1)
        let text = try String(contentsOfFile: dir + "/surat.md", encoding: .utf8)
        for part in ["Daftar anggota terkirim ke grup yang salah", "Salah pilih grup", "Pasal 46 Undang-Undang Nomor 27 Tahun 2022"] {
            XCTAssertTrue(text.contains(part), "\(part) in:\n\(text.prefix(1500))")
        }
    }
}
