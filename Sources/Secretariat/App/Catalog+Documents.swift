import Documents
import Foundation
import Domain
import Storage

// MARK: - Documents (issue 15): the papers, their register, and why one cannot be made
extension Catalog {
    public var documents: DocumentWords { DocumentWords(catalog: self) }
}

public struct DocumentWords: FamilyWords {
    let catalog: Catalog

    public func kindName(_ kind: PaperKind) -> String {
        switch kind {
        case .daftarHadir: return pick("Daftar hadir", "Attendance sheet")
        case .notulen: return pick("Notulen", "Minutes")
        case .beritaAcara: return pick("Berita acara", "Official record")
        case .keputusan: return pick("Keputusan Musda", "Musda decrees")
        case .skPengurus: return pick("SK kepengurusan", "Board decree (SK)")
        case .undangan: return pick("Undangan", "Invitation")
        case .pemberitahuan: return pick("Pemberitahuan insiden data pribadi", "Personal data breach notice")
        }
    }

    public func registerKindName(_ kind: MusdaDocument.Kind) -> String {
        switch kind {
        case .undangan: return kindName(.undangan)
        case .daftarHadir: return kindName(.daftarHadir)
        case .notulen: return kindName(.notulen)
        case .beritaAcara: return kindName(.beritaAcara)
        case .keputusan: return kindName(.keputusan)
        case .sk: return "SK"
        case .tatib: return pick("Tata tertib", "Rules of procedure")
        case .jadwal: return pick("Jadwal acara", "Agenda")
        case .lpj: return "LPJ"
        case .laporan: return pick("Laporan", "Report")
        case .pemberitahuan: return kindName(.pemberitahuan)
        }
    }

    public func formatName(_ format: PaperFormat) -> String {
        switch format {
        case .docx: return pick("Word (DOCX)", "Word (DOCX)")
        case .pdf: return "PDF"
        case .html: return pick("HTML (peramban)", "HTML (browser)")
        case .md: return "Markdown"
        }
    }

    // The Dokumen tab of a Musda and the action that makes a paper.
    var tab: String { pick("Dokumen", "Documents") }
    var make: String { pick("Cetak", "Print") }
    var helpMake: String {
        pick("Buat dokumen dari catatan ini: daftar hadir, notulen, berita acara, keputusan, undangan, SK",
             "Make a paper from this record: attendance, minutes, official record, decrees, invitation, SK")
    }
    var helpBoardDecree: String {
        pick("Cetak SK kepengurusan periode ini dengan lampiran susunan dan bagan", "Print this term's board decree (SK) with the seats and the chart")
    }
    var helpDecree: String {
        pick("Ubah Menimbang dan Mengingat keputusan terpilih (butir dipisah ;)", "Edit the selected decision's Menimbang and Mengingat (points separated by ;)")
    }
    var pickAdoptedDecision: String { pick("Pilih keputusan yang sudah disimpan.", "Pick a saved decision.") }
    var needOnePoint: String { pick("Isi paling sedikit satu butir.", "Give at least one point.") }
    func consideringTitle(_ title: String) -> String { pick("Menimbang – \(title)", "Considering – \(title)") }
    func legalBasisTitle(_ title: String) -> String { pick("Mengingat – \(title)", "Legal basis – \(title)") }
    var pointsLabel: String { pick("Butir (pisahkan dengan ;)", "Points (separate with ;)") }
    func decreeSaved(_ title: String) -> String { pick("Menimbang dan Mengingat disimpan: \(title).", "Considering and legal basis saved: \(title).") }
    var chooseTitle: String { pick("Buat dokumen", "Make a document") }
    var formatTitle: String { pick("Format dokumen", "Document format") }
    func attendanceFilled(_ session: String) -> String { pick("Daftar hadir terisi – \(session)", "Attendance sheet, filled – \(session)") }
    func attendanceBlank(_ session: String) -> String { pick("Daftar hadir kosong – \(session)", "Attendance sheet, blank – \(session)") }
    func minutes(_ session: String) -> String { pick("Notulen – \(session)", "Minutes – \(session)") }
    func electionRecord(_ office: String) -> String { pick("Berita acara pemilihan – \(office)", "Record of the election – \(office)") }
    var verdictRecord: String { pick("Berita acara penetapan LPJ", "Record of the LPJ verdict") }
    var decrees: String { pick("Keputusan Musda (semua yang bernomor)", "Musda decrees (all numbered)") }
    var invitation: String { pick("Undangan kepada peserta", "Invitation to the delegates") }
    func boardDecree(_ term: String) -> String { pick("SK kepengurusan \(term) dengan lampiran", "Board decree (SK) \(term) with appendix") }
    func making(_ what: String) -> String { pick("Membuat \(what)…", "Making \(what)…") }
    var alreadyMaking: String { pick("Dokumen sebelumnya masih dibuat; tunggu sebentar.", "The previous document is still being made; wait a moment.") }
    var none: String { pick("Belum ada dokumen. Tekan c untuk membuat.", "No documents yet. Press c to make one.") }
    var columnNumber: String { pick("Nomor", "Number") }
    var columnKind: String { pick("Jenis", "Kind") }
    var columnDate: String { pick("Tanggal", "Date") }
    var columnFile: String { pick("Berkas", "File") }
    func fileLine(_ path: String) -> String { pick("Berkas: \(path)", "File: \(path)") }
    var notGenerated: String { pick("Dicatat tanpa berkas (dibuat di luar aplikasi).", "Recorded without a file (made outside the application).") }
    var noLibreOfficeTitle: String { pick("PDF tidak dapat dibuat", "No PDF here") }
    var noLibreOfficeAsk: [String] {
        [pick("LibreOffice tidak terpasang di komputer ini, jadi PDF tidak dapat dibuat.", "LibreOffice is not installed on this computer, so no PDF can be made."),
         pick("Buat DOCX saja? (buka di Word atau LibreOffice, lalu simpan sebagai PDF)", "Make a DOCX instead? (open it in Word or LibreOffice, then save as PDF)")]
    }

    /// `Dibuat 01/DH/MUSDA-I/… → dokumen/musda-i/file.pdf`: where, from the database's folder
    /// (the whole path is on the Dokumen tab); the message line of a screen.
    public func made(_ paper: IssuedPaper, databasePath: String) -> String {
        let base = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path + "/"
        let path = paper.url.path.hasPrefix(base) ? String(paper.url.path.dropFirst(base.count)) : paper.url.path
        return pick("Dibuat", "Made") + " " + (paper.document.number.map { "\($0) → " } ?? "") + path
    }

    /// `Nomor 01/DH/MUSDA-I/…: /path/file.pdf`, or the path alone for a paper without a number.
    public func issued(_ paper: IssuedPaper) -> String {
        paper.document.number.map { pick("Nomor \($0): \(paper.url.path)", "Number \($0): \(paper.url.path)") } ?? paper.url.path
    }

    public func refusalText(_ refusal: PaperRefusal) -> String {
        switch refusal {
        case .noSuchSession(let n, let count):
            return count == 0 ? pick("Musda ini belum punya sesi.", "This Musda has no sessions yet.")
                              : catalog.musda.unknownSession(n, count: count)
        case .noElection: return pick("Musda ini belum mencatat pemilihan.", "This Musda has no election recorded.")
        case .noReport: return pick("Putusan LPJ belum dicatat; berita acaranya belum dapat dibuat.",
                                    "The LPJ verdict is not recorded yet, so there is no record to print.")
        case .noDecisions: return pick("Belum ada keputusan yang ditetapkan (bernomor).", "No decision has been adopted (numbered) yet.")
        case .emptyBoard(let term): return pick("Belum ada kursi terisi pada periode \(term); SK belum dapat dibuat.",
                                                "No seat of the \(term) board is filled; there is no SK to make.")
        case .noSuchTerm: return pick("Periode tidak ditemukan.", "Term not found.")
        case .logoUnreadable(let path):
            return pick("Logo kop surat \(path) tidak dapat dibaca; perbaiki atau kosongkan di Pengaturan.",
                        "The letterhead logo \(path) cannot be read; fix it or clear it in Pengaturan.")
        case .logoNotAnImage(let path):
            return pick("Logo kop surat \(path) bukan PNG atau JPEG; ganti atau kosongkan di Pengaturan.",
                        "The letterhead logo \(path) is not a PNG or JPEG; replace it or clear it in Pengaturan.")
        }
    }

    public func fileErrorText(_ error: PaperFileError) -> String {
        switch error {
        case .libreOfficeMissing:
            return pick("LibreOffice tidak terpasang, jadi PDF tidak dapat dibuat di sini. Buat DOCX dan buka di Word atau LibreOffice.",
                        "LibreOffice is not installed, so no PDF can be made here. Make a DOCX and open it in Word or LibreOffice.")
        case .conversionFailed(let log):
            let detail = log.split(separator: "\n").last.map { " (\($0))" } ?? ""
            return pick("LibreOffice gagal mengubah dokumen ke PDF\(detail). DOCX tetap dapat dibuat.",
                        "LibreOffice failed to convert the document to PDF\(detail). A DOCX can still be made.")
        case .unwritable(let path, let code):
            return pick("Tidak dapat menulis \(path): \(fileProblem(code)).", "Cannot write \(path): \(fileProblem(code)).")
        case .packaging(let detail):
            return pick("Dokumen tidak dapat dikemas: \(detail).", "The document could not be packaged: \(detail).")
        }
    }

    /// Why a file could not be written, from its errno.
    func fileProblem(_ code: Int32) -> String {
        switch code {
        case ENOENT: return pick("foldernya tidak ada", "the folder does not exist")
        case ENOTDIR: return pick("bagian jalurnya bukan folder", "part of the path is not a folder")
        case EACCES, EPERM: return pick("tidak ada izin menulis di sana", "no permission to write there")
        case ENOSPC, EDQUOT: return pick("disk penuh", "the disk is full")
        case EROFS: return pick("penyimpanan hanya-baca", "the storage is read-only")
        case EISDIR: return pick("itu sebuah folder", "it is a folder")
        case ENAMETOOLONG: return pick("nama berkas terlalu panjang", "the file name is too long")
        default: return pick("galat sistem \(code)", "system error \(code)")
        }
    }
}
