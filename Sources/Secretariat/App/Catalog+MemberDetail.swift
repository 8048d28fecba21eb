import Domain
import Storage

// MARK: - Anggota › Detail (one person, everything known about them)
extension Catalog {
    var detailTitle: String { "Detail" }
    var detailEdit: String { pick("Ubah", "Edit") }
    var detailShowNIK: String { pick("Buka NIK", "Show NIK") }
    var detailHideNIK: String { pick("Samarkan NIK", "Mask NIK") }
    var detailHelpScroll: String { pick("Gulir satu baris", "Scroll one line") }
    var detailHelpPage: String { pick("Gulir satu halaman", "Scroll one page") }
    var detailHelpEnds: String { pick("Ke awal / akhir", "To the top / bottom") }
    var detailHelpEdit: String { pick("Ubah data orang ini", "Edit this person") }
    var detailHelpNIK: String {
        pick("Tampilkan / samarkan NIK lengkap (data pribadi, UU PDP)", "Show / mask the full NIK (personal data, UU PDP)")
    }
    var detailNIKShown: String {
        pick("NIK ditampilkan lengkap: data pribadi (UU PDP). Tekan u untuk menyamarkan.",
             "Full NIK shown: personal data (UU PDP). Press u to mask it.")
    }
    var detailNIKMaskedAgain: String { pick("NIK disamarkan.", "NIK masked.") }
    var detailNIKMaskedNote: String { pick("(disamarkan)", "(masked)") }
    var detailNIKShownNote: String { pick("(data pribadi, UU PDP)", "(personal data, UU PDP)") }
    var detailNotFound: String { pick("Data orang ini tidak ditemukan.", "This person was not found.") }
    var detailErasedCannotEdit: String {
        pick("Data pribadi orang ini sudah dihapus; tidak ada yang dapat diubah.",
             "This person's personal data was erased; there is nothing to edit.")
    }
    func detailLines(_ first: Int, _ last: Int, of total: Int) -> String {
        pick("baris \(first)–\(last) dari \(total)", "lines \(first)–\(last) of \(total)")
    }

    // Sections.
    var detailSectionIdentity: String { pick("IDENTITAS", "IDENTITY") }
    var detailSectionEmployment: String { pick("PEKERJAAN", "EMPLOYMENT") }
    var detailSectionEducation: String { pick("PENDIDIKAN", "EDUCATION") }
    var detailSectionMembership: String { pick("KEANGGOTAAN", "MEMBERSHIP") }
    var detailSectionPositions: String { pick("JABATAN KEPENGURUSAN", "BOARD POSITIONS") }
    var detailSectionMusda: String { pick("MUSDA YANG DIHADIRI", "MUSDA ATTENDED") }
    var detailSectionActivities: String { pick("UJI KOMPETENSI DAN KEGIATAN", "COMPETENCY TESTS AND ACTIVITIES") }
    var detailSectionConsents: String { pick("PERSETUJUAN (UU PDP)", "CONSENT (UU PDP)") }
    var detailSectionAcknowledged: String { pick("PERINGATAN YANG DIABAIKAN", "OVERRIDDEN WARNINGS") }
    var detailSectionAudit: String { pick("RIWAYAT PERUBAHAN", "CHANGE HISTORY") }
    var detailSectionErased: String { pick("DATA PRIBADI DIHAPUS", "PERSONAL DATA ERASED") }
    var detailStatusHistory: String { pick("Riwayat status", "Status history") }

    // Identity.
    var detailName: String { pick("Nama", "Name") }
    var detailNone: String { "–" }
    var detailNotRecorded: String { pick("Belum dicatat.", "Not recorded.") }
    var detailNothing: String { pick("Tidak ada.", "None.") }
    var detailNotMember: String { pick("Bukan anggota (tidak ada data keanggotaan).", "Not a member (no membership record).") }
    func detailAge(_ years: Int) -> String { pick("\(years) tahun", "\(years) years") }
    func detailTombstone(_ date: String) -> String {
        pick("Data pribadi telah dihapus pada \(date) atas permintaan (UU PDP). Yang tersisa hanya nisan data ini dan jejak audit, tanpa isi data pribadi.",
             "Personal data was erased on \(date) on request (UU PDP). Only this tombstone and the audit trail remain, without the personal values.")
    }
    func detailHeadlineKTA(_ kta: String) -> String { "KTA \(kta)" }
    var detailErasedHeadline: String { pick("Data pribadi telah dihapus", "Personal data erased") }

    // Employment and education.
    var detailEducationLevel: String { pick("Jenjang", "Level") }

    // Membership.
    func detailStatusSince(_ status: String, _ date: String) -> String { pick("\(status) sejak \(date)", "\(status) since \(date)") }
    var detailUndated: String { pick("tanpa tanggal", "undated") }

    // Positions, Musda, activities.
    func detailDepartment(_ name: String) -> String { pick("bidang \(name)", "department \(name)") }
    func detailRoleAtMusda(_ role: Attendance.Role) -> String {
        switch role {
        case .delegate: return pick("peserta", "delegate")
        case .observer: return pick("peninjau", "observer")
        }
    }
    func detailActivityKind(_ kind: Activity.Kind) -> String {
        switch kind {
        case .competencyTest: return pick("Uji kompetensi", "Competency test")
        case .training: return pick("Pelatihan", "Training")
        case .outreach: return pick("Sosialisasi", "Outreach")
        case .meeting: return pick("Pertemuan", "Meeting")
        case .other: return pick("Kegiatan", "Activity")
        }
    }
    func detailCategory(_ category: Participation.Category) -> String {
        switch category {
        case .peksos: return pick("peksos", "social worker")
        case .tks: return "TKS"
        case .other: return pick("lainnya", "other")
        }
    }
    func detailResult(_ result: Participation.Result) -> String {
        switch result {
        case .kompeten: return pick("kompeten", "competent")
        case .belumKompeten: return pick("belum kompeten", "not yet competent")
        }
    }

    // Consent.
    func detailPurpose(_ purpose: Consent.Purpose) -> String {
        switch purpose {
        case .membership: return pick("Keanggotaan", "Membership")
        case .certificationReferral: return pick("Rekomendasi sertifikasi", "Certification referral")
        case .statisticsToDPP: return pick("Statistik ke DPP", "Statistics to the DPP")
        }
    }
    func detailConsentGiven(_ date: String, method: String, notice: String) -> String {
        pick("diberikan \(date), \(method), pemberitahuan versi \(notice)", "given \(date), \(method), notice version \(notice)")
    }
    func detailConsentWithdrawn(_ date: String) -> String { pick("dicabut \(date)", "withdrawn \(date)") }

    // Overridden warnings and audit.
    func detailAcknowledged(_ warning: String, reason: String, by: String, at: String) -> String {
        let start = warning.prefix(1).uppercased() + warning.dropFirst()
        return pick("\(start) — alasan: \(reason) (\(by), \(at))", "\(start) — reason: \(reason) (\(by), \(at))")
    }
    func detailAuditReason(_ reason: String) -> String { pick("Alasan: \(reason)", "Reason: \(reason)") }
    func detailAuditWarnings(_ list: String) -> String { pick("Peringatan diabaikan: \(list)", "Warnings overridden: \(list)") }
    var detailAuditEmpty: String { pick("Belum ada catatan.", "No entries yet.") }
    func detailAuditAction(_ action: AuditAction) -> String {
        switch action {
        case .insert: return pick("Tambah", "Added")
        case .update: return pick("Ubah", "Changed")
        case .delete: return pick("Hapus", "Deleted")
        case .statusChange: return pick("Ubah status", "Status change")
        case .erase: return pick("Hapus data pribadi", "Personal data erased")
        case .bulkInsert: return pick("Impor massal", "Bulk import")
        }
    }
    func detailAuditEntity(_ entity: String) -> String {
        switch entity {
        case "person": return pick("data pribadi", "personal data")
        case "membership": return pick("keanggotaan", "membership")
        case "consent": return pick("persetujuan", "consent")
        case "assignment": return pick("jabatan", "board position")
        case "attendance": return pick("kehadiran Musda", "Musda attendance")
        case "formatur_member": return pick("tim formatur", "formatur team")
        case "participation": return pick("keikutsertaan kegiatan", "activity participation")
        default: return entity
        }
    }
    /// Names of the record's keys, as the audit images store them.
    func detailAuditKey(_ key: String) -> String {
        if let field = Field(rawValue: key) { return Self.midSentence(fieldLabel(field)) }
        switch key {
        case "employment": return pick("pekerjaan", "employment")
        case "education": return pick("pendidikan", "education")
        case "source": return pick("sumber data", "source")
        case "note": return pick("catatan", "note")
        case "membership": return pick("keanggotaan", "membership")
        default: return key
        }
    }
    /// A warning code as recorded in the audit log, in words.
    func detailWarningName(_ code: String) -> String {
        switch code {
        case "nik.other_province": return pick("NIK dari provinsi lain", "NIK from another province")
        case "nik.unknown_province": return pick("kode provinsi NIK tidak dikenal", "unknown NIK province")
        case "nik.unknown_regency": return pick("kode kab/kota NIK tidak dikenal", "unknown NIK regency")
        case "nik.district_zero": return pick("kode kecamatan NIK 00", "NIK district 00")
        case "nik.birth_date_mismatch": return pick("tanggal lahir berbeda dengan NIK", "birth date differs from the NIK")
        case "nik.sex_mismatch": return pick("jenis kelamin berbeda dengan NIK", "sex differs from the NIK")
        case "nik.regency_mismatch": return pick("kab/kota NIK berbeda dengan domisili", "NIK regency differs from domicile")
        case "birth_date.age": return pick("umur tidak lazim", "unusual age")
        case "nik.duplicate": return pick("NIK sama dengan orang lain", "NIK shared with another person")
        case "person.likely_duplicate": return pick("mungkin orang yang sama (nama dan tanggal lahir)", "possibly the same person (name and birth date)")
        case "status.reactivating_deceased": return pick("mengaktifkan anggota yang tercatat meninggal", "reactivating a deceased member")
        default: return code
        }
    }

    // Labels and value names shared by the detail and the form.
    var labelInstitution: String { pick("Perguruan tinggi/sekolah", "Institution") }
    var labelMajor: String { pick("Program studi", "Study programme") }
    var labelStatusReason: String { pick("Alasan status", "Status reason") }
    var labelSource: String { pick("Sumber data", "Source") }
    var labelNote: String { pick("Catatan", "Note") }
    func personSexName(_ sex: Sex) -> String { language == .indonesian ? sex.indonesian : sex.english }
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
    func fieldLabel(_ field: Field) -> String { language == .indonesian ? field.indonesian : field.english }
    /// "Tanggal lahir" → "tanggal lahir" inside a list; an acronym ("NIK", "KTA") stays as it is.
    static func midSentence(_ label: String) -> String {
        let firstWord = label.prefix { $0 != " " && $0 != "/" }
        if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase }) { return label }
        return label.prefix(1).lowercased() + label.dropFirst()
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    /// `14 Mei 2023` (or `14 May 2023` in English).
    func longDate(_ d: LocalDate) -> String {
        language == .indonesian ? IndonesianFormat.date(d) : "\(d.day) \(Self.englishMonths[d.month - 1]) \(d.year)"
    }
    /// `14 Mei 2023 09.05` (Indonesian writes times with a dot).
    func longDateTime(_ d: LocalDate, hour: Int, minute: Int) -> String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)", m = minute < 10 ? "0\(minute)" : "\(minute)"
        return longDate(d) + " " + pick("\(h).\(m)", "\(h):\(m)")
    }
}
