import Documents
import Domain
import Foundation
import Storage
import XCTest

/// The six papers of Musda I 2023 from the demo organisation, through the real components:
/// DOCX to PDF with LibreOffice, read back with poppler's `pdftotext` (`make test` installs
/// both). Each PDF must carry its number, the Indonesian date and the names.
final class MusdaPapersTests: XCTestCase {
    /// A demo database of this suite's own: issuing papers writes the register.
    static let store: Store = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-papers-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try! Store.openOrCreateDefault(path: dir + "/demo.sqlite", operatorName: "penguji").store
    }()

    private var store: Store { Self.store }
    private var facts: MusdaFacts { get throws { try MusdaFacts(musda: try store.musda.musdas().first { $0.date.year == 2023 }!, data: store) } }

    /// Writes the paper as DOCX and as PDF; returns the PDF's text (layout kept) and the entry.
    private func pdfText(_ plan: PaperPlan, folder: String = "MUSDA-I", file: StaticString = #filePath, line: UInt = #line) throws
        -> (text: String, document: MusdaDocument) {
        let docx = try PaperIssuer.issue(plan, format: .docx, to: nil, folderSeries: folder, data: store)
        let pdf = try PaperIssuer.issue(plan, format: .pdf, to: nil, folderSeries: folder, data: store)
        XCTAssertEqual(docx.document.number, pdf.document.number, "one paper, one number, in every format", file: file, line: line)
        XCTAssertEqual(docx.document.id, pdf.document.id, file: file, line: line)
        XCTAssertEqual(pdf.url.pathExtension, "pdf")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: pdf.url.path)[.posixPermissions] as? Int, 0o600)
        return (try Self.pdftotext(pdf.url), pdf.document)
    }

    static func pdftotext(_ url: URL) throws -> String {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile) else {
            throw NSError(domain: "pdftotext", code: 1, userInfo: [NSLocalizedDescriptionKey: "pdftotext is missing: make deps installs poppler-utils"])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", url.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func assertHas(_ text: String, _ needles: [String], file: StaticString = #filePath, line: UInt = #line) {
        for needle in needles where !text.contains(needle) {
            XCTFail("the PDF lacks \"\(needle)\"", file: file, line: line)
        }
    }

    func testTheDaftarHadirHasOneNumberedSignatureRowPerAttendee() throws {
        let facts = try facts
        let session = facts.sessions[0]
        let attendees = try store.musda.attendees(musdaId: facts.musda.id!, sessionId: session.id!).filter { $0.presence != nil }
        XCTAssertEqual(attendees.count, 50)
        let (text, document) = try pdfText(try AttendancePaper.plan(facts, session: session, variant: .terisi))
        XCTAssertTrue(document.number?.hasSuffix("/DH/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023") == true, document.number ?? "no number")
        assertHas(text, [document.number!, "Minggu, 14 Mei 2023", "DAFTAR HADIR", "PEMBUKAAN"] + attendees.map(\.name))
        // Each row's signature cell reads `N. ....`; odd ones in the left half, even ones in the right.
        let signed = text.split(separator: "\n").flatMap { line -> [Int] in
            line.split(separator: " ").enumerated().compactMap { i, word -> Int? in
                guard word.hasSuffix("."), let n = Int(word.dropLast()) else { return nil }
                let rest = line.split(separator: " ").dropFirst(i + 1).first
                return rest.map { $0.allSatisfy { $0 == "." } && $0.count >= 5 } == true ? n : nil
            }
        }
        XCTAssertEqual(signed.sorted(), Array(1...50), "one signature place per attendee, numbered")
        let left = text.split(separator: "\n").compactMap { line -> (Int, Int)? in
            guard let r = line.range(of: #"\b\d+\. \.{5,}"#, options: .regularExpression), let n = Int(line[r].split(separator: ".")[0]) else { return nil }
            return (n, line.distance(from: line.startIndex, to: r.lowerBound))
        }
        let oddColumn = Set(left.filter { $0.0 % 2 == 1 }.map(\.1)), evenColumn = Set(left.filter { $0.0 % 2 == 0 }.map(\.1))
        XCTAssertLessThan(oddColumn.max() ?? 0, evenColumn.min() ?? 0, "odd rows sign on the left, even rows on the right")
    }

    func testTheBlankDaftarHadirListsTheRegisteredWithoutTimes() throws {
        let facts = try facts
        let (text, document) = try pdfText(try AttendancePaper.plan(facts, session: facts.sessions[1], variant: .kosong))
        assertHas(text, [document.number!, "SIDANG PLENO I", "Jumlah terdaftar: 50 orang"])
        XCTAssertFalse(text.contains("Jam"), "no arrival column before the session")
    }

    func testTheNotulenHasItsHeaderTextDecisionsAndSignatures() throws {
        let facts = try facts
        let (text, document) = try pdfText(try MinutesPaper.plan(facts, session: facts.sessions[1]))
        XCTAssertEqual(document.number, "01/NOT/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        assertHas(text, [document.number!, "NOTULEN", "Minggu, 14 Mei 2023", "Palembang", "09.00–10.00 WIB", "Kuorum",
                         "Jadwal Acara Musda I", "01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023", "Notulis", "Pimpinan Sidang"])
    }

    func testTheElectionRecordKeepsTheDemoNumberAndTheCounts() throws {
        let (text, document) = try pdfText(try ReportPaper.plan(try facts, subject: .election(index: 0), problemText: { "\($0)" }))
        XCTAssertEqual(document.number, "01/BA/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023", "the demo's own berita acara, made again")
        assertHas(text, [document.number!, "BERITA ACARA", "Minggu, 14 Mei 2023", "pukul 16.10", "Wahidin", "Rahmat Sukmajaya",
                         "38 (tiga puluh delapan)", "Dedi Kurniawan Saputra", "Yuliana Marlina", "Saksi 1",
                         "05/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"])
    }

    func testTheVerdictRecordNamesTheVerdictAndTheProgrammes() throws {
        let (text, document) = try pdfText(try ReportPaper.plan(try facts, subject: .verdict, problemText: { "\($0)" }))
        assertHas(text, [document.number!, "PENETAPAN LAPORAN PERTANGGUNGJAWABAN", "DITERIMA DENGAN CATATAN", "Minggu, 14 Mei 2023",
                         "Uji kompetensi bersama", "124 (82%)", "tidak dilaporkan"])
    }

    func testEachDecreeCarriesItsNumberInTheFormOfADecree() throws {
        let facts = try facts
        let (text, document) = try pdfText(try DecreePaper.plan(facts))
        let decisions = try facts.decisions()
        XCTAssertEqual(decisions.count, 5)
        XCTAssertEqual(document.number, "01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023 s.d. 05/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        assertHas(text, decisions.map(\.number) + ["Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan", "KESATU", "KEDUA",
                                                   "Undang-Undang Nomor 14 Tahun 2019 tentang Pekerja Sosial", "14 Mei 2023"])
        XCTAssertEqual(text.components(separatedBy: "MEMUTUSKAN").count - 1, 5, "one decree per decision")
    }

    func testTheSKListsEverySeatAndDrawsTheChart() throws {
        let term = try XCTUnwrap(store.board.terms().first { $0.start.year == 2023 })
        let board = try store.board.board(termId: term.id!)
        let (text, document) = try pdfText(try BoardDecreePaper.plan(term: term, data: store), folder: "SK")
        let names = board.seats.compactMap { $0.holder?.name }
        XCTAssertEqual(names.count, 45)
        assertHas(text, [document.number!, "SURAT KEPUTUSAN", "LAMPIRAN", "PERIODE 2023–2028", IndonesianFormat.date(document.date!),
                         "Bagan Susunan Pengurus"] + names)
    }

    func testTheInvitationKeepsItsNumberAndListsTheInvitees() throws {
        let (text, document) = try pdfText(try InvitationPaper.plan(try facts))
        XCTAssertEqual(document.number, "05/UND/DPD-IPSPI/SUMSEL/IV/2023", "the demo's undangan, made again")
        assertHas(text, [document.number!, "Palembang, 24 April 2023", "Minggu, 14 Mei 2023", "Undangan Musda I", "Andi Samsul Syahputra"])
    }

    func testTheRegisterListsThePapersOfTheMusda() throws {
        let facts = try facts
        _ = try PaperIssuer.issue(try MinutesPaper.plan(facts, session: facts.sessions[2]), format: .html, to: nil, folderSeries: "MUSDA-I", data: store)
        let listed = try store.musda.documents(musdaId: facts.musda.id!)
        let minutes = try XCTUnwrap(listed.first { $0.subject == "sesi:\(facts.sessions[2].id!)" && $0.kind == .notulen })
        XCTAssertEqual(minutes.fileFormat, "html")
        XCTAssertTrue(minutes.filePath?.hasSuffix("/dokumen/musda-i/notulen-sidang-pleno-ii-laporan-pertanggungjawaban-musda-i.html") == true,
                      minutes.filePath ?? "")
    }

    func testTheFormationMeetingIsInvitedByItsCommitteeBeforeTheDay() throws {
        let facts = try MusdaFacts(musda: try store.musda.musdas().first { $0.kind == .pembentukan }!, data: store)
        XCTAssertEqual(facts.musdaName, "Pembentukan DPD IPSPI Sumatera Selatan", "the title's DPD is not said twice")
        let plan = try InvitationPaper.plan(facts)
        XCTAssertEqual(plan.request.date, LocalDate(iso: "2019-03-25"), "two weeks before 8 April 2019, not the day it is printed")
        let md = MarkdownWriter.render(try plan.draw("01/UND/X/III/2019", plan.request.date))
        XCTAssertTrue(md.contains("Palembang, 25 Maret 2019"), md)
        XCTAssertTrue(md.contains("Ketua Panitia: ______________________ (…)"), "no board signs for a board not yet formed: \(md)")
        XCTAssertFalse(md.contains("(Wahidin)"), "the 2023 chair signs nothing of 2019: \(md)")
        XCTAssertFalse(md.contains("berakhirnya masa bakti"), md)
    }

    func testTheBlankAndTheFilledDaftarHadirAreTwoPapers() throws {
        let facts = try facts
        let session = facts.sessions[3]
        let blank = try PaperIssuer.issue(try AttendancePaper.plan(facts, session: session, variant: .kosong), format: .md, to: nil,
                                          folderSeries: "MUSDA-I", data: store)
        let filled = try PaperIssuer.issue(try AttendancePaper.plan(facts, session: session, variant: .terisi), format: .md, to: nil,
                                           folderSeries: "MUSDA-I", data: store)
        XCTAssertNotEqual(blank.document.number, filled.document.number)
        XCTAssertNotEqual(blank.url, filled.url, "the typed sheet does not overwrite the one signed by hand")
        XCTAssertTrue(FileManager.default.fileExists(atPath: blank.url.path))
    }
}
