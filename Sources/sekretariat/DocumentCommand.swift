import ArgumentParser
import Documents
import Domain
import Foundation
import Secretariat
import Storage

extension PaperKind: ExpressibleByArgument {}
extension PaperFormat: ExpressibleByArgument {}

/// Which berita acara `--about` asks for.
enum ReportChoice: String, ExpressibleByArgument, CaseIterable {
    case election, lpj
}

/// `sekretariat document daftar-hadir|notulen|berita-acara|keputusan|sk-pengurus|undangan --musda 2023
/// [--session N] [--term 2023] --format docx|pdf|html|md [-o FILE]` (issue 15), and
/// `sekretariat document pemberitahuan --breach N` (a breach's notification letter, issue 16).
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Buat dokumen sekretariat (DOCX, PDF, HTML atau Markdown) dari data, bernomor dan tercatat.",
        discussion: """
            daftar-hadir (--session N; --blank untuk lembar kosong sebelum sidang), notulen (--session N), \
            berita-acara (--about election|lpj), keputusan (semua keputusan bernomor, atau --session N), \
            undangan (--musda), sk-pengurus (--term; bawaan periode yang dibuka Musda, lalu periode aktif) \
            dan pemberitahuan (--breach N: surat pemberitahuan insiden data pribadi, nomor dari Pengaturan › Insiden).

            Setiap dokumen mendapat nomor sekali (pola nomor di Pengaturan); dibuat lagi, nomornya tetap. \
            Tanpa -o, berkas disimpan di folder dokumen/ di samping basis data, mode 0600. \
            PDF dibuat dengan LibreOffice (soffice); bila tidak terpasang, buat DOCX.
            """)

    @OptionGroup var database: DatabaseOption
    @Argument(help: "Jenis dokumen: daftar-hadir, notulen, berita-acara, keputusan, sk-pengurus, undangan atau pemberitahuan.")
    var kind: PaperKind
    @Option(help: "Musda: tahun atau ID.") var musda: String?
    @Option(help: "Sesi ke-N, urut seperti di aplikasi (daftar-hadir, notulen, keputusan).") var session: Int?
    @Option(help: "Periode untuk sk-pengurus: tahun mulai, nama atau ID.") var term: String?
    @Option(help: "Berita acara: election (pemilihan) atau lpj.") var about: ReportChoice = .election
    @Option(help: "Pemberitahuan: nomor insiden (Pengaturan › Insiden).") var breach: Int64?
    @Flag(help: "Daftar hadir kosong (sebelum sidang): nama terdaftar tanpa jam datang.") var blank = false
    @Option(help: "Format: docx, pdf, html atau md. Bawaan: dari akhiran -o, atau docx.") var format: PaperFormat?
    @Option(name: [.short, .customLong("output")], help: "Berkas tujuan. Bawaan: dokumen/ di samping basis data.") var output: String?

    /// `--format`, else the `-o` file's extension, else DOCX.
    var resolvedFormat: PaperFormat { (try? CLI.outputFormat(format, output: output, fallback: .docx)) ?? .docx }

    func validate() throws {
        _ = try CLI.outputFormat(format, output: output, fallback: .docx)
        if kind == .pemberitahuan {
            guard breach != nil else { throw ValidationError("--breach N wajib untuk pemberitahuan") }
            if musda != nil || session != nil || term != nil || blank { throw ValidationError("pemberitahuan hanya memakai --breach N") }
            return
        }
        if breach != nil { throw ValidationError("--breach hanya untuk pemberitahuan") }
        if kind != .skPengurus && musda == nil { throw ValidationError("--musda wajib untuk \(kind.rawValue)") }
        if kind == .skPengurus && (session != nil || blank) { throw ValidationError("--session dan --blank bukan untuk sk-pengurus") }
        if kind.perSession && session == nil { throw ValidationError("--session N wajib untuk \(kind.rawValue)") }
        if blank && kind != .daftarHadir { throw ValidationError("--blank hanya untuk daftar-hadir") }
        if term != nil && kind != .skPengurus { throw ValidationError("--term hanya untuk sk-pengurus") }
        if session != nil && !(kind.perSession || kind == .keputusan) {
            throw ValidationError("--session hanya untuk daftar-hadir, notulen dan keputusan")
        }
    }

    func run() throws {
        try CLI.run {
            let store = try Store.open(path: database.resolvedPath)  // never creates
            defer { try? store.close() }
            let c = CLI.catalog
            do {
                let (plan, folder) = try self.plan(store)
                let url = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
                let issued = try PaperIssuer.issue(plan, format: resolvedFormat, to: url, folderSeries: folder, data: store)
                print(c.documents.issued(issued))
            } catch let error as PaperRefusal {
                throw CommandFailure(c.documents.refusalText(error))
            } catch let error as PaperFileError {
                throw CommandFailure(c.documents.fileErrorText(error))
            }
        }
    }

    /// The paper asked for, and the folder under `dokumen/` it goes to by default.
    private func plan(_ store: Store) throws -> (PaperPlan, String) {
        if kind == .skPengurus { return (try BoardDecreePaper.plan(term: try boardTerm(store), data: store), "SK") }
        if kind == .pemberitahuan {
            guard let chosen = try store.breaches.breaches().first(where: { $0.id == breach }) else {
                throw CommandFailure("Tidak ada insiden nomor \(breach ?? 0). Lihat Pengaturan › Insiden.")
            }
            return (try BreachNoticePaper.plan(chosen, data: store), "PDP")
        }
        let facts = try MusdaFacts(musda: try ExportCommand.resolveMusda(musda ?? "", in: store), data: store)
        let chosenSession = try session.map { n in
            guard let s = facts.session(number: n) else { throw PaperRefusal.noSuchSession(n, available: facts.sessions.count) }
            return s
        }
        let folder = facts.musda.series
        switch kind {
        case .daftarHadir:
            guard let chosenSession else { throw ValidationError("--session N wajib untuk daftar-hadir") }
            return (try AttendancePaper.plan(facts, session: chosenSession, variant: blank ? .kosong : .terisi), folder)
        case .notulen:
            guard let chosenSession else { throw ValidationError("--session N wajib untuk notulen") }
            return (try MinutesPaper.plan(facts, session: chosenSession), folder)
        case .beritaAcara:
            return (try ReportPaper.plan(facts, subject: about == .lpj ? .verdict : .election(index: 0),
                                         problemText: CLI.catalog.electionProblemText), folder)
        case .keputusan: return (try DecreePaper.plan(facts, session: chosenSession), folder)
        case .undangan: return (try InvitationPaper.plan(facts), folder)
        case .skPengurus, .pemberitahuan: throw ValidationError("\(kind.rawValue) tidak memakai --musda")
        }
    }

    /// `--term`, else the term the `--musda` opened, else the active term.
    private func boardTerm(_ store: Store) throws -> Term {
        if let term { return try ExportCommand.resolveTerm(term, in: store) }
        if let musda, let opened = try ExportCommand.resolveMusda(musda, in: store).opensTermId, let t = try store.board.term(id: opened) {
            return t
        }
        if let active = try store.board.activeTerm() { return active }
        throw CommandFailure(CLI.catalog.orgChart.noActiveTerm)
    }
}
