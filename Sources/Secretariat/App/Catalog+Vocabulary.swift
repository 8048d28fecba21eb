import Documents
import Domain
import Foundation
import Storage

// MARK: - Shared vocabulary: common verbs, answers, dialogs and errors, used by every family.
extension Catalog {
    var yes: String { pick("Ya", "Yes") }
    var no: String { pick("Tidak", "No") }
    /// Button hotkeys follow the word shown: "Ya"/"Tidak" answer with y/t, "Yes"/"No" with y/n.
    var yesHotkey: Character { "y" }
    var noHotkey: Character { pick("t", "n").first! }
    var back: String { pick("Kembali", "Back") }
    var close: String { pick("Tutup", "Close") }
    var open: String { pick("Buka", "Open") }
    /// Shift-Tab on a screen with tabs.
    /// Its keys (Shift-Tab/←) are in the label beside it.
    var helpPreviousTab: String { pick("Tab sebelumnya", "Previous tab") }
    var cancel: String { pick("Batal", "Cancel") }
    var openHotkey: Character { pick("b", "o").first! }
    var later: String { pick("Nanti", "Later") }
    var laterHotkey: Character { pick("n", "l").first! }

    var dialogChoose: String { pick("Pilih", "Choose") }
    var dialogHelpChoose: String { pick("Pilih tombol yang disorot", "Choose the highlighted button") }
    var dialogHelpMove: String { pick("Pindah antar tombol (juga ←/→)", "Move between buttons (also ←/→)") }
    var dialogHelpCancel: String { pick("Batal, tutup dialog", "Cancel, close the dialog") }
    /// Under the quit question on a too-small terminal, where the buttons cannot be drawn.
    var urgentAnswerHint: String { pick("Tekan y untuk ya, t untuk tidak.", "Press y for yes, n for no.") }

    func unexpectedError(_ detail: String) -> String { pick("Terjadi kesalahan: \(detail)", "Something went wrong: \(detail)") }

    /// Any error a screen meets, in the interface language. Storage errors are typed; the
    /// catalog words them (`Catalog+Errors.swift`), so SQLite's English never reaches the user.
    func errorText(_ error: Error) -> String {
        if let storeError = error as? StoreError { return storeErrorText(storeError) }
        if let refusal = error as? PaperRefusal { return documents.refusalText(refusal) }
        if let file = error as? PaperFileError { return documents.fileErrorText(file) }
        if let refusal = error as? ReconcileRefusal { return reconcile.refusalText(refusal) }
        return unexpectedError("\(error)")
    }
}


extension Catalog {
    /// An instant as a local date and time: `14 Mei 2023 09.05`.
    func dateTime(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let day = LocalDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) else { return "" }
        return longDateTime(day, hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }

    /// An instant's local time with seconds: `10.32.15`.
    func timeWithSeconds(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(p.hour)).\(two(p.minute)).\(two(p.second))"
    }
}

// MARK: - Drafts offered at start
extension Catalog {
    func draftsAtStart(count: Int, newest: String) -> [String] {
        let intro = count == 1
            ? pick("Ada isian yang belum disimpan dari sesi sebelumnya:", "There is an unsaved entry from an earlier session:")
            : pick("Ada \(count) isian yang belum disimpan dari sesi sebelumnya; yang terakhir:",
                   "There are \(count) unsaved entries from earlier sessions; the latest:")
        return [intro, newest, pick("Buka sekarang?", "Open it now?")]
    }
    var draftKindAdd: String { pick("Tambah anggota", "Add member") }
    var draftKindEdit: String { pick("Ubah anggota", "Edit member") }
    var draftUnnamed: String { pick("(tanpa nama)", "(no name)") }
}

// MARK: - People, memberships and dates: the names every family shows
extension Catalog {
    // Labels and value names shared by the detail and the form.
    var labelInstitution: String { pick("Perguruan tinggi/sekolah", "Institution") }
    var labelMajor: String { pick("Program studi", "Study programme") }
    var labelStatusReason: String { pick("Alasan status", "Status reason") }
    var labelSource: String { pick("Sumber data", "Source") }
    var labelNote: String { pick("Catatan", "Note") }
    func personEmploymentName(_ status: EmploymentStatus) -> String {
        switch status {
        case .pns: return "PNS"
        case .pppk: return "PPPK"
        case .nonASN: return "Non-ASN"
        }
    }
    func personEmployerTypeName(_ type: EmployerType) -> String {
        switch type {
        case .contract: return pick("Kontrak / pendamping", "Contract / programme worker")
        case .lks: return pick("LKS / LSM", "LKS / NGO")
        case .company: return pick("Perusahaan", "Company")
        case .privateLecturer: return pick("Dosen swasta", "Private lecturer")
        case .other: return pick("Lainnya", "Other")
        }
    }
    func personEducationName(_ level: EducationLevel) -> String { level == .sma ? "SMA/SMK" : level.rawValue.uppercased() }
    /// persiapan, aktif, demisioner, selesai (DOMAIN.md glossary).
    var helpCaret: String { pick("Pindah kursor dalam isian teks", "Move the caret in a text field") }
    var helpTextEdit: String { pick("Ubah teks: Ctrl-U hapus ke awal, Ctrl-K hapus ke akhir, Ctrl-W hapus kata", "Edit text: Ctrl-U delete to start, Ctrl-K to end, Ctrl-W a word") }
    var textRequired: String { pick("Isian ini wajib diisi.", "This field is required.") }
    /// What an empty date field shows, laid out as `DD-MM-YYYY`.
    var dateMask: String { pick("HH-BB-TTTT", "DD-MM-YYYY") }
    var dateIncomplete: String { pick("Tanggal belum lengkap (HH-BB-TTTT).", "The date is incomplete (DD-MM-YYYY).") }
    var dateInvalid: String { pick("Tanggal ini tidak ada di kalender.", "This date does not exist.") }
    func dateYearImplausible(_ year: Int) -> String {
        pick("Tahun \(year) tidak masuk akal: ketik hari, bulan, lalu tahun (\(dateMask), mis. 05-12-2010).",
             "The year \(year) cannot be meant: type day, month, then year (\(dateMask), e.g. 05-12-2010).")
    }

    /// peserta (votes), peninjau, undangan.
    public func attendanceRoleName(_ role: Attendance.Role) -> String {
        switch role {
        case .delegate: return pick("peserta", "delegate")
        case .observer: return pick("peninjau", "observer")
        case .guest: return pick("undangan", "guest")
        }
    }

    func termStatusName(_ status: Term.Status) -> String {
        switch status {
        case .persiapan: return pick("persiapan", "in preparation")
        case .aktif: return pick("aktif", "active")
        case .demisioner: return pick("demisioner", "outgoing")
        case .selesai: return pick("selesai", "closed")
        }
    }

    func membershipStatusName(_ status: MembershipStatus) -> String {
        switch status {
        case .aktif: return pick("Aktif", "Active")
        case .nonaktif: return pick("Nonaktif", "Inactive")
        case .keluar: return pick("Keluar", "Left")
        case .meninggal: return pick("Meninggal", "Deceased")
        }
    }
    func membershipChannelName(_ channel: RegistrationChannel) -> String {
        channel == .dpd ? "DPD" : pick("Situs DPP", "DPP website")
    }
    /// "Tanggal lahir" → "tanggal lahir" inside a list; an acronym ("NIK", "KTA") stays as it is.
    static func midSentence(_ label: String) -> String {
        let firstWord = label.prefix { $0 != " " && $0 != "/" }
        if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase }) { return label }
        return label.prefix(1).lowercased() + label.dropFirst()
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    /// `14 Mei 2023` (or `14 May 2023` in English).
    /// `14 Mei 2023`, months in three letters (`14 Agu 2023`): 11 cells at most, for lists.
    func shortDate(_ d: LocalDate) -> String {
        let months = language == .indonesian
            ? ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    func longDate(_ d: LocalDate) -> String {
        language == .indonesian ? IndonesianFormat.date(d) : "\(d.day) \(Self.englishMonths[d.month - 1]) \(d.year)"
    }
    /// `14 Mei 2023 09.05` (Indonesian writes times with a dot).
    func longDateTime(_ d: LocalDate, hour: Int, minute: Int) -> String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)", m = minute < 10 ? "0\(minute)" : "\(minute)"
        return longDate(d) + " " + pick("\(h).\(m)", "\(h):\(m)")
    }
}

// MARK: - Activities and certification: the member detail and Program Kerja name them alike
extension Catalog {
    /// `Uji kompetensi`, `Sosialisasi`, `Pelatihan`, `Rapat`.
    public func activityKindName(_ kind: Activity.Kind) -> String {
        switch kind {
        case .competencyTest: return pick("Uji kompetensi", "Competency test")
        case .outreach: return pick("Sosialisasi", "Outreach")
        case .training: return pick("Pelatihan", "Training")
        case .meeting: return pick("Rapat", "Meeting")
        case .other: return pick("Kegiatan lain", "Other activity")
        }
    }

    /// `Peksos`, `TKS`, `lainnya`.
    public func participantCategoryName(_ category: Participation.Category) -> String {
        switch category {
        case .peksos: return "Peksos"
        case .tks: return "TKS"
        case .other: return pick("lainnya", "other")
        }
    }

    /// `kompeten`, `belum kompeten`.
    public func resultName(_ result: Participation.Result) -> String {
        switch result {
        case .kompeten: return pick("kompeten", "competent")
        case .belumKompeten: return pick("belum kompeten", "not yet competent")
        }
    }

    /// Jenjang sertifikasi (DOMAIN.md §5): `Asisten Pekerja Sosial`.
    public func competencyLevelName(_ level: CompetencyLevel) -> String {
        switch level {
        case .assistant: return pick("Asisten Pekerja Sosial", "Assistant Social Worker")
        case .generalist: return pick("Pekerja Sosial Generalis", "Generalist Social Worker")
        case .specialist: return pick("Pekerja Sosial Spesialis", "Specialist Social Worker")
        }
    }
}
