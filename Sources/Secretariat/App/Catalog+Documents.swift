import Documents
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
        case .unwritable(let path, let reason):
            return pick("Tidak dapat menulis \(path): \(reason).", "Cannot write \(path): \(reason).")
        case .packaging(let detail):
            return pick("Dokumen tidak dapat dikemas: \(detail).", "The document could not be packaged: \(detail).")
        }
    }

    /// Any failure of making a paper, in one line.
    public func failureText(_ error: Error) -> String {
        switch error {
        case let refusal as PaperRefusal: return refusalText(refusal)
        case let file as PaperFileError: return fileErrorText(file)
        case let store as StoreError: return catalog.storeErrorText(store)
        default: return "\(error)"
        }
    }
}
