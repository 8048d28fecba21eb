import Foundation
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
        case .province: return pick("Provinsi", "Province")
        }
    }

    public func targetName(_ t: ImportTarget) -> String {
        switch t {
        case .members: return pick("anggota", "members")
        case .census: return pick("sensus", "census")
        case .alumni: return "alumni"
        case .dpp: return pick("ekspor DPP", "DPP export")
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
        case .needsAlso(let needed):
            return pick("perlu kolom \(fieldName(needed)) juga (tanpa itu isian ini tidak dapat disimpan)",
                        "needs the \(fieldName(needed)) column too (without it this cannot be stored)")
        case .nikWarning(let w): return catalog.issueText(.nikWarning(w))
        case .restricted: return pick("pemrosesan data orang ini dibatasi (UU PDP): tidak diperbarui", "this person's processing is restricted (UU PDP): not updated")
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
        case .controlCharacters: return pick("memuat karakter kendali atau tak terlihat; hapus lalu impor lagi",
                                             "holds control or invisible characters; remove them and import again")
        case .dateInFuture: return pick("tanggal di masa depan", "a date in the future")
        case .nikAsExcelNumber: return pick("NIK tersimpan sebagai angka Excel (mis. 1,67E+15) sehingga digit terakhirnya hilang; ubah kolomnya ke format Teks dan ketik ulang",
                                            "the NIK was stored as an Excel number (e.g. 1.67E+15) and lost its last digits; format the column as Text and retype it")
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
        case .headerOnly: return pick("Berkas hanya berisi baris judul; tidak ada data untuk diimpor.",
                                      "The file holds only its header row; there is nothing to import.")
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
    var notWrittenYet: String {
        pick("Belum ditulis; pratinjau tetap di sini. Tulis dengan F2, lalu Ya.", "Not written; the preview stays. Write with F2, then Yes.")
    }

    // MARK: The import walk
    var importTitle: String { pick("Impor", "Import") }
    var stepFile: String { pick("Langkah 1 dari 3: berkas", "Step 1 of 3: file") }
    var stepMapping: String { pick("Langkah 2 dari 3: pemetaan kolom", "Step 2 of 3: column mapping") }
    var stepPreview: String { pick("Langkah 3 dari 3: pratinjau (belum ada yang ditulis)", "Step 3 of 3: preview (nothing written yet)") }
    var labelFile: String { pick("Berkas:", "File:") }
    var fileHint: String {
        pick("CSV (koma, titik koma atau tab; UTF-8 atau Windows-1252) atau XLSX. Ketik jalurnya; Tab melengkapi nama berkas, ~/ adalah folder rumah. Enter membaca berkas; belum ada yang ditulis sampai pratinjau disetujui.",
             "CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX. Type its path; Tab completes names, ~/ is your home folder. Enter reads the file; nothing is written until you approve the preview.")
    }
    var read: String { pick("Baca", "Read") }
    var helpRead: String { pick("Baca berkas ini", "Read this file") }
    var complete: String { pick("Lengkapi", "Complete") }
    var helpComplete: String { pick("Lengkapi nama berkas atau folder", "Complete the file or folder name") }
    var noCompletion: String { pick("Tidak ada berkas yang cocok.", "No file matches.") }
    var pathRequired: String { pick("Ketik jalur berkasnya dulu.", "Type the file's path first.") }
    var reading: String { pick("Membaca berkas…", "Reading the file…") }
    var previewing: String { pick("Memeriksa setiap baris…", "Checking every row…") }
    var writing: String { pick("Menulis…", "Writing…") }
    var stopping: String { pick("Menghentikan…", "Stopping…") }
    var helpCancelWork: String { pick("Hentikan; tidak ada yang ditulis", "Stop; nothing is written") }
    func fileSummary(rows: Int, encoding: String) -> String { pick("\(rows) baris data terbaca (\(encoding)).", "\(rows) data rows read (\(encoding)).") }

    var setupTitle: String { pick("Tujuan impor", "Import into") }
    var labelTarget: String { pick("Tujuan", "Into") }
    var labelSource: String { pick("Sumber data", "Source") }
    var labelSheet: String { pick("Lembar", "Sheet") }
    var sourceRequired: String { pick("Isi sumber datanya (mis. Dinsos Kab. Lahat): pemetaan kolom diingat per sumber.",
                                      "Fill in the source (e.g. Dinsos Kab. Lahat): the mapping is remembered per source.") }
    func context(target: String, source: String, encoding: String, sheet: String?, rows: Int) -> String {
        let sheetText = sheet.map { pick(", lembar \($0)", ", sheet \($0)") } ?? ""
        return pick("Ke \(target) · sumber \"\(source)\" · \(rows) baris (\(encoding)\(sheetText))",
                    "Into \(target) · source \"\(source)\" · \(rows) rows (\(encoding)\(sheetText))")
    }
    func requiredUnmapped(_ names: [String]) -> String {
        pick("Belum dipetakan: \(names.joined(separator: ", ")) (wajib); tanpa itu setiap baris galat.",
             "Not mapped yet: \(names.joined(separator: ", ")) (required); without it every row fails.")
    }
    var columnColumn: String { pick("Kolom", "Column") }
    var columnSample: String { pick("Contoh (baris pertama)", "Sample (first row)") }
    var columnField: String { pick("Diisikan ke", "Goes into") }
    func untitledColumn(_ n: Int) -> String { pick("(kolom \(n) tanpa judul)", "(column \(n), untitled)") }
    var ignored: String { pick("(diabaikan)", "(ignored)") }
    var ignoreColumn: String { pick("(abaikan kolom ini)", "(ignore this column)") }
    var noColumns: String { pick("Berkas tidak berkolom.", "The file has no columns.") }
    func chooseFieldTitle(_ header: String) -> String { pick("Kolom \"\(header)\" diisikan ke", "Column \"\(header)\" goes into") }
    var changeField: String { pick("Ubah", "Change") }
    var helpChangeField: String { pick("Pilih ke mana kolom ini diisikan", "Choose where this column goes") }
    var previewWord: String { pick("Pratinjau", "Preview") }
    var helpPreview: String { pick("Periksa setiap baris terhadap data yang ada (belum menulis)", "Check every row against the data (writes nothing)") }
    var helpBackToFile: String { pick("Kembali ke pilihan berkas", "Back to the file") }
    var helpBackToMapping: String { pick("Kembali ke pemetaan kolom", "Back to the column mapping") }

    func classCount(_ k: ImportClass, _ n: Int) -> String { "\(className(k)) \(n)" }
    func allRows(_ n: Int) -> String { pick("semua \(n)", "all \(n)") }
    func filterLine(_ name: String?) -> String { pick("saring: \(name ?? "semua") (s)", "filter: \(name ?? "all") (s)") }
    var filterTitle: String { pick("Tampilkan golongan", "Show class") }
    var columnRow: String { pick("Baris", "Row") }
    var columnClass: String { pick("Golongan", "Class") }
    var columnName: String { pick("Nama", "Name") }
    var columnDetail: String { pick("Rincian", "Detail") }
    var noRowsInFilter: String { pick("Tidak ada baris dalam golongan ini.", "No rows in this class.") }
    /// `Kab/Kota: Kab. OKI → Kab. Lahat`, values as the clerk knows them (names, not codes).
    public func changeText(_ change: ImportFieldChange, regions: RegionDirectory) -> String {
        let old = change.old.map { displayValue(change.field, $0, regions: regions) } ?? pick("(kosong)", "(empty)")
        return "\(fieldName(change.field)): \(old) → \(displayValue(change.field, change.new, regions: regions))"
    }

    /// A canonical import value in words: a regency's name for its code, `14 Mei 1985` for
    /// `1985-05-14`, the name of a choice.
    public func displayValue(_ field: ImportField, _ value: String, regions: RegionDirectory) -> String {
        switch field {
        case .regency: return regions.region(code: value)?.name ?? value
        case .birthDate, .collectedOn, .joinDate: return LocalDate(iso: value).map(IndonesianFormat.date) ?? value
        case .sex: return Sex(rawValue: value).map(catalog.personSexName) ?? value
        case .sector: return CensusSector(rawValue: value).map(sectorName) ?? value
        case .profession: return CensusProfession(rawValue: value).map(professionName) ?? value
        case .employmentStatus: return EmploymentStatus(rawValue: value).map(catalog.personEmploymentName) ?? value
        case .educationLevel: return EducationLevel(rawValue: value).map(catalog.personEducationName) ?? value
        case .province: return value == Province.sumateraSelatan ? "Sumatera Selatan" : value
        default: return value
        }
    }
    func maybe(_ names: [String]) -> String { pick("mungkin: \(names.joined(separator: " / "))", "maybe: \(names.joined(separator: " / "))") }
    var skipRow: String { pick("Lewati baris ini", "Skip this row") }
    var createNew: String { pick("Tulis sebagai orang baru", "Write as a new person") }
    public func mergeWith(_ candidate: ImportCandidate) -> String {
        let agree = candidate.agreeing.map(fieldName).joined(separator: ", ")
        let differ = candidate.changes.map { fieldName($0.field) }.joined(separator: ", ")
        return pick("Sama dengan \(candidate.name) (#\(candidate.id); cocok: \(agree)\(differ.isEmpty ? "" : "; beda: " + differ))",
                    "Same as \(candidate.name) (#\(candidate.id); agree: \(agree)\(differ.isEmpty ? "" : "; differ: " + differ))")
    }
    func mergeWouldReplaceNIK(_ name: String) -> String {
        pick("Tidak disamakan: NIK baris ini berbeda dengan NIK \(name) yang terdaftar, padahal NIK tidak pernah berganti. "
             + "Bila memang orang yang sama, perbaiki NIK di Anggota; bila bukan, tulis sebagai orang baru.",
             "Not merged: this row's NIK differs from the one stored for \(name), and a NIK never changes. "
             + "If they are the same person, correct the NIK in Anggota; if not, write them as a new person.")
    }
    func decideTitle(_ row: Int) -> String { pick("Baris \(row): mungkin orang yang sudah ada", "Row \(row): maybe someone already there") }
    var decide: String { pick("Putuskan", "Decide") }
    var helpDecide: String { pick("Putuskan baris ganda: lewati, tulis baru, atau sama dengan yang ada", "Decide a duplicate: skip, write new, or the same as a stored one") }
    var filterWord: String { pick("Saring", "Filter") }
    var helpFilter: String { pick("Tampilkan satu golongan saja", "Show one class only") }
    var write: String { pick("Tulis", "Write") }
    var helpWrite: String { pick("Tulis baris baru, perbarui dan ganda yang diputuskan dalam satu transaksi", "Write the new, update and decided duplicate rows in one transaction") }
    var previewReady: String { pick("Pratinjau siap; belum ada yang ditulis. F2 menulis.", "Preview ready; nothing written yet. F2 writes.") }
    var nothingToWrite: String { pick("Tidak ada yang perlu ditulis: tidak ada baris baru, perbarui, atau ganda yang diputuskan.",
                                      "Nothing to write: no new, update or decided duplicate rows.") }
    var writeTitle: String { pick("Tulis impor", "Write the import") }
    func writeQuestion(new: Int, update: Int, decided: Int) -> [String] {
        [pick("Tulis \(new) baru, \(update) perbarui dan \(decided) ganda yang diputuskan?", "Write \(new) new, \(update) updates and \(decided) decided duplicates?"),
         pick("Satu batch; dapat dibatalkan dari tab Impor selama belum ada yang lebih baru.", "One batch; it can be undone from the Import tab while nothing newer depends on it.")]
    }

    // MARK: The Pendataan tabs
    var tabCensus: String { pick("Sensus", "Census") }
    var tabAlumni: String { "Alumni" }
    var tabImports: String { pick("Impor", "Imports") }
    var importWord: String { pick("Impor", "Import") }
    var helpImport: String { pick("Impor berkas CSV atau XLSX (anggota, sensus, alumni)", "Import a CSV or XLSX file (members, census, alumni)") }
    var undoWord: String { pick("Batalkan", "Undo") }
    var helpUndo: String { pick("Batalkan batch impor ini seluruhnya", "Undo this import batch whole") }
    func coverageLine(recorded: Int, members: Int, notRecorded: Int) -> String {
        pick("Sensus: \(recorded) tercatat (\(members) anggota) · \(notRecorded) anggota aktif belum tersensus",
             "Census: \(recorded) recorded (\(members) members) · \(notRecorded) active members not in it")
    }
    var columnRegency: String { pick("Kabupaten/kota", "Regency/city") }
    var columnRecorded: String { pick("Sensus", "Census") }
    var columnRecordedMembers: String { pick("Anggota", "Members") }
    var columnNotRecorded: String { pick("Anggota blm tersensus", "Members not in census") }
    var total: String { pick("Jumlah", "Total") }
    var noRegions: String { pick("Tabel wilayah kosong.", "The region table is empty.") }
    func alumniLine(traced: Int, practising: Int, members: Int) -> String {
        pick("Alumni tertelusur: \(traced); bekerja sebagai peksos: \(practising); anggota: \(members)",
             "Alumni traced: \(traced); working as social workers: \(practising); members: \(members)")
    }
    var columnInstitution: String { pick("Perguruan tinggi", "Institution") }
    var columnYear: String { pick("Lulus", "Year") }
    var columnTraced: String { pick("Alumni", "Alumni") }
    var columnPractising: String { pick("Peksos", "Practising") }
    var columnUnknown: String { pick("Blm tahu", "Unknown") }
    var columnMembers: String { pick("Anggota", "Members") }
    var noAlumni: String { pick("Belum ada alumni tertelusur; impor berkas alumni dengan i.", "No alumni traced yet; import an alumni file with i.") }
    func batchLine(_ n: Int) -> String { pick("\(n) batch impor, terbaru di atas", "\(n) import batches, newest first") }
    var columnWhen: String { pick("Waktu", "When") }
    var columnTarget: String { pick("Tujuan", "Into") }
    var columnSource: String { pick("Sumber (berkas)", "Source (file)") }
    var columnStatus: String { "Status" }
    var active: String { pick("berlaku", "in force") }
    var undoneMark: String { pick("dibatalkan", "undone") }
    var noBatches: String { pick("Belum ada impor. Tekan i untuk mengimpor berkas.", "No imports yet. Press i to import a file.") }
    var batchFooter: String { pick("u: batalkan batch terpilih (selama belum ada yang lebih baru bergantung padanya)",
                                   "u: undo the selected batch (while nothing newer depends on it)") }
    /// `30-11-2026 07.45`, local time: short enough for a list column (`dateTime` is the long form).
    func when(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(p.day))-\(two(p.month))-\(p.year ?? 0) \(two(p.hour)).\(two(p.minute))"
    }
    var columnCreated: String { pick("Baru", "New") }
    var columnUpdated: String { pick("Ubah", "Upd.") }
    var columnFailed: String { pick("Galat", "Err.") }
    func written(_ b: ImportBatch) -> String {
        pick("Batch #\(b.id) ditulis: \(b.created) baru, \(b.updated) diperbarui, \(b.unchanged) sama, \(b.skipped) dilewati, \(b.failed) galat.",
             "Batch #\(b.id) written: \(b.created) new, \(b.updated) updated, \(b.unchanged) same, \(b.skipped) skipped, \(b.failed) failed.")
    }
    var undoTitle: String { pick("Batalkan impor", "Undo the import") }
    func undoQuestion(_ b: ImportBatch) -> [String] {
        [pick("Batalkan batch #\(b.id) (\(b.source), \(b.fileName))?", "Undo batch #\(b.id) (\(b.source), \(b.fileName))?"),
         pick("\(b.created) data yang dibuatnya dihapus dan \(b.updated) yang diubahnya dikembalikan.",
              "The \(b.created) records it created are removed and the \(b.updated) it changed are restored.")]
    }
    func undone(_ id: Int64) -> String { pick("Batch #\(id) dibatalkan.", "Batch #\(id) undone.") }

    var addAlumniTitle: String { pick("Tambah alumni", "Add a graduate") }
    var unknownAnswer: String { pick("belum diketahui", "not known") }
    var institutionRequired: String { pick("Perguruan tinggi wajib diisi.", "The institution is required.") }
    var addWord: String { pick("Tambah", "Add") }
    var helpAddAlumni: String { pick("Tambah satu alumni tertelusur (perguruan tinggi mana pun)", "Add one traced graduate (any institution)") }
    var alumniSaved: String { pick("Alumni tersimpan.", "Graduate saved.") }
    var checkingUndo: String { pick("Memeriksa apakah batch ini dapat dibatalkan…", "Checking whether this batch can be undone…") }
    var undoing: String { pick("Membatalkan batch…", "Undoing the batch…") }
    var noBatchSelected: String { pick("Belum ada batch impor untuk dibatalkan.", "No import batch to undo.") }
    var helpTabs: String { pick("Pindah tab: Sensus, Alumni, Impor, Rekonsiliasi DPP (juga →)", "Next tab: Census, Alumni, Imports, DPP reconciliation (also →)") }
    func yearRange(_ last: Int) -> String { pick("Tahun lulus 1950 s.d. \(last).", "Graduation year 1950 to \(last).") }
    var onlyDuplicatesDecided: String { pick("Hanya baris ganda yang perlu diputuskan; baris lain ditulis sesuai golongannya.",
                                             "Only duplicate rows need a decision; the others are written as classed.") }
}
