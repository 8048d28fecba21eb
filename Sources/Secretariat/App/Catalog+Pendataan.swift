import Domain
import Storage

// MARK: - Pendataan (census, alumni, import) and the import command
extension Catalog {
    public var census: CensusWords { CensusWords(catalog: self) }
}

/// Words of the Pendataan screens and of `sekretariat import`.
public struct CensusWords: FamilyWords {
    let catalog: Catalog

    public func fieldName(_ f: ImportField) -> String {
        switch f {
        case .name: return pick("Nama", "Name")
        case .nik: return "NIK"
        case .kta: return "KTA"
        case .sex: return pick("Jenis kelamin", "Sex")
        case .birthPlace: return pick("Tempat lahir", "Place of birth")
        case .birthDate: return pick("Tanggal lahir", "Date of birth")
        case .birthPlaceAndDate: return pick("Tempat, tgl lahir", "Place, date of birth")
        case .phone: return pick("No. HP", "Phone")
        case .email: return "Email"
        case .address: return pick("Alamat", "Address")
        case .regency: return pick("Kab/Kota", "Regency/city")
        case .employmentStatus: return pick("Status kepegawaian", "Employment status")
        case .employer: return pick("Instansi/tempat kerja", "Workplace")
        case .sector: return pick("Sektor", "Sector")
        case .profession: return pick("Profesi", "Profession")
        case .educationLevel: return pick("Pendidikan", "Education")
        case .institution: return pick("Perguruan tinggi", "Institution")
        case .major: return pick("Prodi", "Study programme")
        case .graduationYear: return pick("Tahun lulus", "Graduation year")
        case .practising: return pick("Bekerja sbg peksos", "Works as social worker")
        case .collectedOn: return pick("Tanggal pendataan", "Collected on")
        case .joinDate: return pick("Tanggal daftar", "Joined on")
        case .note: return pick("Keterangan", "Note")
        }
    }

    public func targetName(_ t: ImportTarget) -> String {
        switch t {
        case .members: return pick("anggota", "members")
        case .census: return pick("sensus", "census")
        case .alumni: return "alumni"
        }
    }

    public func className(_ k: ImportClass) -> String {
        switch k {
        case .new: return pick("baru", "new")
        case .same: return pick("sama", "same")
        case .update: return pick("perbarui", "update")
        case .duplicate: return pick("ganda", "duplicate")
        case .error: return pick("galat", "error")
        }
    }

    public func sectorName(_ s: CensusSector) -> String {
        switch s {
        case .government: return pick("Pemerintah", "Government")
        case .business: return pick("BUMN/swasta", "State/private company")
        case .welfareInstitution: return pick("LKS/yayasan", "Welfare institution")
        case .hospital: return pick("Rumah sakit", "Hospital")
        case .university: return pick("Perguruan tinggi", "University")
        case .other: return pick("Lainnya", "Other")
        }
    }

    public func professionName(_ p: CensusProfession) -> String {
        switch p {
        case .socialWorker: return "Peksos"
        case .welfareWorker: return "TKS"
        case .other: return pick("Lainnya", "Other")
        }
    }

    /// One problem of a row, with its column: `kolom "Tgl Lahir": tanggal tidak ada di kalender`.
    public func problemText(_ p: ImportProblem, headers: [String]) -> String {
        let column = p.column.flatMap { $0 < headers.count ? headers[$0] : nil }.map { pick("kolom \"\($0)\"", "column \"\($0)\"") }
            ?? fieldName(p.field)
        let reason = problemReason(p)
        return "\(column): \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason)"
    }

    public func problemReason(_ p: ImportProblem) -> String {
        switch p.kind {
        case .missing: return pick("\(fieldName(p.field)) wajib diisi", "\(fieldName(p.field)) is required")
        case .repeatsRow(let n): return pick("sama dengan baris \(n) di berkas ini", "repeats row \(n) of this file")
        case .heldByAnother: return pick("KTA ini milik orang lain di register", "this KTA belongs to someone else in the register")
        case .nikWarning(let w): return catalog.issueText(.nikWarning(w))
        case .value(let e): return valueError(e, field: p.field)
        }
    }

    func valueError(_ e: ImportValueError, field: ImportField) -> String {
        switch e {
        case .dateInvalid: return pick("bukan tanggal yang ada (mis. 14/05/2023 atau 14 Mei 2023)",
                                       "not a real date (e.g. 14/05/2023 or 14 Mei 2023)")
        case .dateAmbiguous: return pick("tanggal bisa dibaca dua cara (hari/bulan atau bulan/hari, atau tahun 2 angka); tulis lengkap, mis. 14 Mei 2023",
                                         "the date reads two ways (day/month or month/day, or a 2-digit year); write it in full, e.g. 14 May 2023")
        case .dateYearImplausible(let y): return pick("tahun \(y) tidak masuk akal", "the year \(y) cannot be right")
        case .phone(let p): return catalog.issueText(.phone(p))
        case .nik(let n): return catalog.issueText(.nik(n))
        case .emailInvalid: return catalog.issueText(.emailInvalid)
        case .regencyUnknown: return pick("bukan kabupaten/kota di Sumatera Selatan", "not a regency or city of South Sumatra")
        case .yearInvalid: return pick("tahun harus 4 angka, 1950 s.d. tahun ini", "the year must be 4 digits, 1950 to this year")
        case .choiceUnknown: return pick("isian tidak dikenal untuk \(fieldName(field))", "unknown value for \(fieldName(field))")
        case .tooLong(let max): return pick("terlalu panjang (paling banyak \(max) huruf)", "too long (at most \(max) characters)")
        }
    }

    public func fileError(_ e: SpreadsheetError) -> String {
        switch e {
        case .unreadable: return pick("Berkas tidak dapat dibaca (tidak ada, tidak boleh dibaca, atau hilang saat dibaca).",
                                      "The file cannot be read (missing, not permitted, or gone while reading).")
        case .empty: return pick("Berkas kosong: tidak ada baris judul maupun data.", "The file is empty: no header and no data.")
        case .binary: return pick("Ini bukan berkas tabel (CSV atau XLSX), melainkan berkas biner.", "This is not a spreadsheet (CSV or XLSX) but a binary file.")
        case .legacyExcel: return pick("Berkas Excel lama (.xls) belum dapat dibaca; simpan sebagai .xlsx atau CSV lalu impor lagi.",
                                       "Old Excel files (.xls) cannot be read; save it as .xlsx or CSV and import again.")
        case .notAWorkbook: return pick("Berkas ZIP ini bukan buku kerja Excel (.xlsx) yang dapat dibaca.", "This ZIP file is not a readable Excel workbook (.xlsx).")
        case .sheetNotFound(let name, let available):
            return pick("Lembar \"\(name)\" tidak ada. Lembar yang ada: \(available.joined(separator: ", ")).",
                        "There is no sheet \"\(name)\". Sheets: \(available.joined(separator: ", ")).")
        case .lineTooLong: return pick("Baris pertama lebih dari 1 MB tanpa akhir baris: ini bukan tabel.",
                                       "The first line runs over 1 MB without a line end: this is not a table.")
        case .duplicateHeaders(let name, let columns):
            return pick("Judul kolom \"\(name)\" muncul dua kali (kolom \(columns.map(String.init).joined(separator: " dan "))); ubah salah satunya.",
                        "The column title \"\(name)\" appears twice (columns \(columns.map(String.init).joined(separator: " and "))); rename one.")
        case .malformed(let row): return pick("Berkas rusak di sekitar baris \(row) (tanda kutip tidak ditutup?).",
                                              "The file is broken near row \(row) (an unclosed quote?).")
        case .tooLarge: return pick("Berkas terlalu besar (lebih dari 512 MB).", "The file is too large (over 512 MB).")
        }
    }

    public func undoRefusal(_ r: UndoRefusal) -> String {
        switch r {
        case .alreadyUndone: return pick("Impor ini sudah dibatalkan.", "This import was already undone.")
        case .newerBatch(let id): return pick("Impor #\(id) yang lebih baru mengubah data yang sama; batalkan itu dulu.",
                                              "The newer import #\(id) changed the same records; undo that one first.")
        case .changedSince(let row, let name):
            return pick("Data dari baris \(row) (\(name)) sudah diubah sejak diimpor; impor ini tidak dapat dibatalkan utuh.",
                        "The record from row \(row) (\(name)) was changed since; this import cannot be undone whole.")
        case .inUse(let row, let name):
            return pick("\(name) (baris \(row)) sudah dipakai di data lain (jabatan, kehadiran, uji…); impor ini tidak dapat dibatalkan.",
                        "\(name) (row \(row)) is now used elsewhere (a seat, attendance, a test…); this import cannot be undone.")
        }
    }

    public var stale: String {
        pick("Data berubah sejak pratinjau dibuat; tidak ada yang ditulis. Buat pratinjau lagi.",
             "The data changed since the preview; nothing was written. Preview again.")
    }
    public var cancelled: String { pick("Dibatalkan; tidak ada yang ditulis.", "Cancelled; nothing was written.") }
}
