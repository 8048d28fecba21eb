import Domain
import Foundation
import Storage

// MARK: - Rekonsiliasi DPP (issue 14), screen and `sekretariat reconcile`
extension Catalog {
    public var reconcile: ReconcileWords { ReconcileWords(catalog: self) }
}

/// Words of the Rekonsiliasi DPP tab, its screens and `sekretariat reconcile`.
public struct ReconcileWords: FamilyWords {
    let catalog: Catalog

    public func className(_ k: ReconcileClass) -> String {
        switch k {
        case .same: return pick("sama", "same")
        case .differing: return pick("beda", "differing")
        case .onlyDPD: return pick("hanya DPD", "DPD only")
        case .onlyDPP: return pick("hanya DPP", "DPP only")
        case .doubtful: return pick("ragu", "doubtful")
        }
    }

    /// A class as a tab title: `Hanya DPD`.
    func tabName(_ k: ReconcileClass) -> String {
        let name = className(k)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    public func choiceName(_ c: ReconcileChoice) -> String {
        switch c {
        case .keptOurs: return pick("pakai DPD", "kept ours")
        case .tookTheirs: return pick("ambil DPP", "took DPP's")
        case .typed: return pick("diketik", "typed")
        case .added: return pick("ditambahkan", "added")
        case .ignored: return pick("diabaikan", "ignored")
        case .notInDPP: return pick("belum terdaftar di DPP", "not yet registered with the DPP")
        case .candidate: return pick("orang ini", "this person")
        case .noneOfThem: return pick("bukan mereka", "none of them")
        }
    }

    /// `sama 6 · beda 7 · hanya DPD 104 · hanya DPP 6 · ragu 3`
    public func countsLine(_ counts: [ReconcileClass: Int]) -> String {
        ReconcileClass.allCases.map { "\(className($0)) \(counts[$0] ?? 0)" }.joined(separator: " · ")
    }

    public func fileLine(_ r: Reconciliation) -> String {
        pick("\(r.file.name) · \(r.dppCount) baris Sumsel · \(r.outsideProvince.count) provinsi lain · \(r.failed.count) galat · tertunda \(r.pending)",
             "\(r.file.name) · \(r.dppCount) Sumsel rows · \(r.outsideProvince.count) other provinces · \(r.failed.count) errors · pending \(r.pending)")
    }

    /// The figures side by side (DOMAIN.md §2.3), each with its as-of date.
    public func figures(register: Int, registerAsOf: String, dpp: Int, dppAsOf: String, inBoth: Int) -> String {
        pick("Register DPD \(register) anggota aktif (per \(registerAsOf)) · Ekspor DPP \(dpp) (per \(dppAsOf)) · di keduanya \(inBoth)",
             "DPD register \(register) active members (as of \(registerAsOf)) · DPP export \(dpp) (as of \(dppAsOf)) · in both \(inBoth)")
    }

    /// The figures of a reconciliation: the register as of today, the export as of its date.
    public func figures(_ r: Reconciliation) -> String {
        figures(register: r.registerCount, registerAsOf: catalog.longDate(r.today), dpp: r.dppCount,
                dppAsOf: r.file.exportedOn.map(catalog.longDate) ?? "?", inBoth: r.inBoth)
    }

    /// The figures in one screen line: `Register DPD 117 aktif (30 Nov 2026) · DPP 22 (29 Nov 2026) · keduanya 13`.
    func figuresLine(_ r: Reconciliation) -> String {
        figuresLine(register: r.registerCount, registerAsOf: r.today, dpp: r.dppCount, dppAsOf: r.file.exportedOn, inBoth: r.inBoth)
    }

    func figuresLine(_ run: ReconcileRun) -> String {
        figuresLine(register: run.registerCount, registerAsOf: LocalDate(run.reconciledAt, timeZone: .current), dpp: run.dppCount,
                    dppAsOf: run.exportedOn, inBoth: run.inBoth)
    }

    func figuresLine(register: Int, registerAsOf: LocalDate, dpp: Int, dppAsOf: LocalDate?, inBoth: Int) -> String {
        let dppDate = dppAsOf.map(catalog.shortDate) ?? "?"
        return pick("Register DPD \(register) aktif (\(catalog.shortDate(registerAsOf))) · DPP \(dpp) (\(dppDate)) · keduanya \(inBoth)",
                    "DPD register \(register) active (\(catalog.shortDate(registerAsOf))) · DPP \(dpp) (\(dppDate)) · both \(inBoth)")
    }

    /// What `sekretariat reconcile` prints first: the file, the counts, the figures.
    public func summary(_ r: Reconciliation) -> String {
        "\(r.file.name) (sha256 \(r.file.checksum))\n\(countsLine(r.counts))\n\(fileLine(r))\n\(figures(r))"
    }

    public func changedFile(_ r: Reconciliation) -> String { changedFile(r.file, from: r.changedFrom ?? "") }

    /// The file's bytes differ from those reconciled before under its name (`from`: their SHA-256).
    func changedFile(_ file: ReconcileFile, from: String) -> String {
        pick("Berkas \(file.name) berubah sejak rekonsiliasi sebelumnya (sha256 \(from.prefix(12)) → \(file.checksum.prefix(12))): keputusan atas isi yang lama tidak berlaku untuk isi ini.",
             "\(file.name) changed since the last reconciliation (sha256 \(from.prefix(12)) → \(file.checksum.prefix(12))): decisions on the old contents do not apply to these.")
    }

    func unreadable(_ problems: [String]) -> String {
        pick("Di ekspor tidak terbaca (diabaikan): \(problems.joined(separator: "; "))", "Unreadable in the export (left out): \(problems.joined(separator: "; "))")
    }

    public func refusalText(_ r: ReconcileRefusal) -> String {
        switch r {
        case .noIdentityColumn(let headers):
            return pick("Tidak ada kolom nama atau NIK yang dikenali, jadi tidak ada yang dapat dicocokkan. Kolom yang ada: \(headers.joined(separator: ", ")). Petakan salah satunya ke Nama atau NIK.",
                        "No name or NIK column was recognised, so nobody can be matched. Columns found: \(headers.joined(separator: ", ")). Map one to Name or NIK.")
        case .noRowOfProvince(let rows, let provinces):
            return pick("Semua \(rows) baris berkas ini di luar Sumatera Selatan (\(provinces.joined(separator: ", "))): tidak ada yang direkonsiliasi.",
                        "All \(rows) rows of this file are outside South Sumatra (\(provinces.joined(separator: ", "))): nothing to reconcile.")
        case .invalidValue(let field, let error):
            return "\(catalog.census.fieldName(field)): \(catalog.census.valueError(error, field: field))"
        case .heldByAnother(let field, let name):
            return pick("\(catalog.census.fieldName(field)) ini sudah dipakai \(name) di register; tidak ada yang ditulis.",
                        "This \(catalog.census.fieldName(field)) is already held by \(name) in the register; nothing was written.")
        case .needsEmploymentStatus:
            return pick("Instansi hanya dapat disimpan bersama status kepegawaian (ASN atau non-ASN); isi status itu dulu di data anggota.",
                        "A workplace is kept with an employment status (ASN or not); set that first in the member's record.")
        case .changedSince:
            return pick("Data orang ini berubah sejak berkas dibuka (oleh operator lain?); buka berkasnya lagi.",
                        "This person's record changed since the file was opened (another operator?); open the file again.")
        case .notApplicable: return pick("Keputusan itu tidak berlaku untuk baris ini.", "That decision does not apply to this row.")
        case .reasonRequired: return pick("Tulis alasannya.", "Write the reason.")
        case .nameRequired: return pick("Baris ini tanpa nama: tidak dapat dijadikan anggota.", "This row has no name: it cannot become a member.")
        }
    }

    public func ruleError(_ e: ReconcileRule.ParseError) -> String {
        let fields = ReconcileRule.ruleFields.map(\.rawValue).joined(separator: ", ")
        switch e {
        case .shape: return pick("tulis AKSI:FIELD[,FIELD…] [where-empty], mis. 'take-dpp:phone,email where-empty'",
                                 "write ACTION:FIELD[,FIELD…] [where-empty], e.g. 'take-dpp:phone,email where-empty'")
        case .action(let a): return pick("aksi \"\(a)\" tidak dikenal; pilih take-dpp atau keep-dpd", "unknown action \"\(a)\"; use take-dpp or keep-dpd")
        case .field(let f): return pick("field \"\(f)\" tidak dikenal; pilih: \(fields)", "unknown field \"\(f)\"; choose: \(fields)")
        case .condition(let c): return pick("syarat \"\(c)\" tidak dikenal; hanya where-empty", "unknown condition \"\(c)\"; only where-empty")
        }
    }

    /// A difference in words: `No. HP: 0878… (DPD) ≠ 0812… (DPP)`.
    public func differenceText(_ d: ReconcileDifference, regions: RegionDirectory) -> String {
        let c = catalog.census
        let ours = d.ours.map { c.displayValue(d.field, $0, regions: regions) } ?? pick("(kosong)", "(empty)")
        return "\(c.fieldName(d.field)): \(ours) ≠ \(c.displayValue(d.field, d.theirs, regions: regions))"
    }

    // Screen words
    var tab: String { pick("Rekonsiliasi DPP", "DPP reconciliation") }
    var stepFile: String { pick("Langkah 1 dari 2: berkas ekspor DPP", "Step 1 of 2: the DPP export") }
    var stepMapping: String { pick("Langkah 2 dari 2: pemetaan kolom (F2 mencocokkan dengan register)", "Step 2 of 2: column mapping (F2 matches it against the register)") }
    var fileHint: String {
        pick("Ekspor situs DPP sebagai CSV atau XLSX. Ketik jalurnya; Tab melengkapi nama berkas, ~/ adalah folder rumah. Hanya baris Sumatera Selatan yang dicocokkan. Mencocokkan tidak mengubah data anggota (angka hasilnya dan pemetaan kolom disimpan); setiap keputusan ditulis saat diambil.",
             "The DPP website's export as CSV or XLSX. Type its path; Tab completes, ~/ is the home folder. Only rows of South Sumatra are matched. Matching changes no member's data (its figures and the column mapping are kept); each decision is written when made.")
    }
    var setupTitle: String { pick("Ekspor DPP", "DPP export") }
    var openTitle: String { pick("Buka ekspor DPP", "Open a DPP export") }
    public var defaultSource: String { pick("Situs DPP", "DPP website") }
    var reconcileWord: String { pick("Rekonsiliasi", "Reconcile") }
    var helpReconcile: String { pick("Cocokkan berkas ini dengan register (tidak menulis apa pun)", "Match this file against the register (writes nothing)") }
    var openWord: String { pick("Buka ekspor", "Open export") }
    var helpOpen: String { pick("Buka berkas ekspor situs DPP (CSV atau XLSX) untuk direkonsiliasi", "Open a DPP website export (CSV or XLSX) to reconcile") }
    var reopenWord: String { pick("Buka lagi", "Reopen") }
    var helpReopen: String { pick("Buka lagi berkas rekonsiliasi yang dipilih: yang tertunda saja yang perlu diputuskan", "Reopen the chosen run's file: only what is pending needs deciding") }
    var noRuns: String { pick("Belum ada rekonsiliasi. Tekan o untuk membuka ekspor situs DPP.", "No reconciliation yet. Press o to open a DPP website export.") }
    func runsLine(_ n: Int) -> String { pick("\(n) rekonsiliasi", "\(n) reconciliations") }
    var columnFile: String { pick("Berkas", "File") }
    var columnDPP: String { "DPP" }
    var columnBoth: String { pick("Keduanya", "Both") }
    var columnPending: String { pick("Tertunda", "Pending") }
    var columnRow: String { pick("Baris", "Row") }
    var columnName: String { pick("Nama", "Name") }
    var columnClass: String { pick("Golongan", "Class") }
    var columnDetail: String { pick("Rincian", "Detail") }
    var columnField: String { pick("Kolom", "Field") }
    var columnOurs: String { pick("Register DPD", "DPD register") }
    var columnTheirs: String { pick("Ekspor DPP", "DPP export") }
    var columnDecision: String { pick("Keputusan", "Decision") }
    var pendingTab: String { pick("Tertunda", "Pending") }
    var setAsideTab: String { pick("Disisihkan", "Set aside") }
    var reading: String { pick("Membaca dan mencocokkan…", "Reading and matching…") }
    var nothingHere: String { pick("Tidak ada baris di golongan ini.", "No rows in this class.") }
    var compareWord: String { pick("Bandingkan", "Compare") }
    var helpCompare: String { pick("Bandingkan orang ini kolom demi kolom, dan putuskan", "Compare this person field by field, and decide") }
    var classWord: String { pick("Golongan", "Class") }
    var helpClasses: String { pick("Golongan berikutnya / sebelumnya", "Next / previous class") }
    var addWord: String { pick("Jadikan anggota", "Make member") }
    var helpAdd: String { pick("Tambahkan orang hanya-DPP ini sebagai anggota, jalur situs DPP", "Add this DPP-only person as a member, channel DPP website") }
    var ignoreWord: String { pick("Abaikan", "Ignore") }
    var helpIgnore: String { pick("Abaikan baris ini, dengan alasan", "Ignore this row, with a reason") }
    var notInDPPWord: String { pick("Belum di DPP", "Not at DPP") }
    var helpNotInDPP: String { pick("Tandai anggota ini belum terdaftar di DPP (masuk daftar untuk dikirim ke DPP)", "Mark this member not yet registered with the DPP (goes on the list sent to the DPP)") }
    var bulkWord: String { pick("Massal", "Bulk") }
    var helpBulk: String { pick("Satu aturan untuk semua beda di golongan ini, mis. ambil No. HP DPP bila punya kita kosong", "One rule for every difference in this class, e.g. take the DPP phone where ours is empty") }
    var exportWord: String { pick("Ekspor daftar", "Export list") }
    var helpExport: String { pick("Simpan daftar anggota yang belum terdaftar di DPP (CSV) untuk dikirim ke DPP", "Save the list of members not yet registered with the DPP (CSV) to send to the DPP") }
    var keepWord: String { pick("Pakai DPD", "Keep ours") }
    var helpKeep: String { pick("Biarkan isian register untuk kolom ini", "Keep the register's value for this field") }
    var takeWord: String { pick("Ambil DPP", "Take DPP's") }
    var helpTake: String { pick("Ambil isian ekspor DPP untuk kolom ini ke register", "Take the DPP export's value for this field into the register") }
    var typeWord: String { pick("Ketik", "Type") }
    var helpType: String { pick("Ketik isian lain untuk kolom ini", "Type another value for this field") }
    var chooseWord: String { pick("Orang ini", "This one") }
    var helpChoose: String { pick("Baris ini adalah calon yang dipilih", "This row is the chosen candidate") }
    var noneWord: String { pick("Bukan mereka", "None") }
    var helpNone: String { pick("Baris ini bukan satu pun calon: jadi hanya DPP", "This row is none of the candidates: it is DPP-only") }
    var helpBack: String { pick("Kembali ke daftar rekonsiliasi", "Back to the reconciliation list") }
    var helpMoveField: String { pick("Pindah kolom/calon", "Move between fields/candidates") }
    var compareTitle: String { pick("Bandingkan", "Compare") }
    var candidatesTitle: String { pick("Calon di register (kolom yang sama):", "Candidates in the register (fields that agree):") }
    var differs: String { "≠" }
    var ignoreTitle: String { pick("Abaikan baris", "Ignore row") }
    var ignoreLabel: String { pick("Alasan", "Reason") }
    func typeTitle(_ field: String) -> String { pick("Ketik \(field)", "Type \(field)") }
    var bulkTitle: String { pick("Aturan massal", "Bulk rule") }
    func bulkTakeEmpty(_ field: String) -> String { pick("Ambil \(field) DPP bila register kosong", "Take DPP's \(field) where ours is empty") }
    func bulkTakeAll(_ field: String) -> String { pick("Ambil \(field) DPP untuk semua beda", "Take DPP's \(field) for every difference") }
    func bulkKeepAll(_ field: String) -> String { pick("Pakai \(field) DPD untuk semua beda", "Keep our \(field) for every difference") }
    func bulkQuestion(_ n: Int, rule: String) -> String {
        pick("\(rule): \(n) kolom di golongan ini. Lanjutkan?", "\(rule): \(n) fields in this class. Go ahead?")
    }
    var bulkNoDifferences: String { pick("Tidak ada beda yang tertunda di golongan ini.", "No pending difference in this class.") }
    var bulkNothing: String { pick("Tidak ada beda tertunda yang cocok dengan aturan itu di golongan ini.", "No pending difference in this class fits that rule.") }
    public func bulkDone(_ n: Int, skipped: Int) -> String {
        skipped == 0 ? pick("\(n) kolom diputuskan.", "\(n) fields decided.")
            : pick("\(n) kolom diputuskan; \(skipped) dilewati (data dibatasi atau kunci dipakai orang lain).",
                   "\(n) fields decided; \(skipped) left (restricted data or a key held by another).")
    }
    func decided(_ choice: ReconcileChoice) -> String { pick("Keputusan disimpan: \(choiceName(choice)).", "Decision saved: \(choiceName(choice)).") }
    var addQuestionTitle: String { pick("Jadikan anggota", "Make member") }
    func addQuestion(_ row: ReconcileRow) -> [String] {
        var lines = [pick("Tambahkan \(row.name) ke register sebagai anggota aktif, jalur situs DPP?",
                          "Add \(row.name) to the register as an active member, channel DPP website?")]
        let unreadable = row.problems.filter { if case .value = $0.kind { true } else { false } }.map { catalog.census.fieldName($0.field) }
        if !unreadable.isEmpty {
            lines.append(pick("Tidak terbaca di ekspor, jadi tidak disalin: \(unreadable.joined(separator: ", ")).",
                              "Unreadable in the export, so not copied: \(unreadable.joined(separator: ", "))."))
        }
        if let employer = row.theirs[.employer], row.theirs[.employmentStatus] == nil {
            lines.append(pick("Instansi \"\(employer)\" disimpan di catatan: tanpa status kepegawaian (ASN atau non-ASN) instansi tidak dapat dicatat.",
                              "Workplace \"\(employer)\" goes in the note: without an employment status (ASN or not) it cannot be recorded."))
        }
        return lines
    }
    var notAdded: String { pick("Tidak ditambahkan.", "Not added.") }
    func added(_ name: String) -> String { pick("\(name) kini anggota (jalur situs DPP).", "\(name) is now a member (channel DPP website).") }
    var onlyForDifferences: String { pick("Pilih kolom yang bertanda ≠.", "Choose a field marked ≠.") }
    var onlyForOnlyDPP: String { pick("Hanya untuk baris hanya-DPP.", "Only for DPP-only rows.") }
    var onlyForOnlyDPD: String { pick("Hanya untuk anggota hanya-DPD.", "Only for DPD-only members.") }
    var onlyForDoubtful: String { pick("Hanya untuk baris ragu.", "Only for doubtful rows.") }
    var alreadyDecided: String { pick("Baris ini sudah diputuskan.", "This row is already decided.") }
    func exported(_ n: Int, path: String) -> String {
        pick("\(n) anggota belum terdaftar di DPP disimpan ke \(path).", "\(n) members not yet registered with the DPP saved to \(path).")
    }
    func leftOut(_ n: Int) -> String {
        pick("\(n) tidak dimasukkan: persetujuan data ke DPP ditarik, atau pemrosesannya dibatasi.",
             "\(n) left out: consent to data going to the DPP withdrawn, or processing restricted.")
    }
    func nothingMayGo(_ n: Int) -> String {
        pick("Tidak ada yang dapat dikirim: \(n) anggota yang ditandai menarik persetujuan data ke DPP atau dibatasi pemrosesannya.",
             "Nothing may be sent: the \(n) members marked withdrew consent to data going to the DPP or are restricted.")
    }
    var nothingToExport: String {
        pick("Belum ada anggota yang ditandai belum terdaftar di DPP (tekan b pada anggota hanya-DPD).",
             "No member is marked not yet registered with the DPP (press b on a DPD-only member).")
    }
    var exportTitle: String { pick("Simpan daftar untuk DPP", "Save the list for the DPP") }
    var exportPathLabel: String { pick("Berkas", "File") }
    public func setAsideText(_ row: ImportRow, headers: [String], outside: Bool) -> String {
        outside ? pick("provinsi \(row.values[.province] ?? "?")", "province \(row.values[.province] ?? "?")")
            : row.errors.map { catalog.census.problemText($0, headers: headers) }.joined(separator: "; ")
    }
    func duplicateNIKs(_ n: Int) -> String {
        pick("\(n) baris memuat NIK yang muncul dua kali di berkas: tidak direkonsiliasi (lihat Disisihkan).",
             "\(n) rows hold a NIK that appears twice in the file: not reconciled (see Set aside).")
    }
    public var decisionPending: String { pick("tertunda", "pending") }
    var exportColumns: [String] { ["nama", "nik", "kta", "no_hp", "email", "kab_kota", "tanggal_daftar"] }
}
