import Domain
import Storage

// MARK: - Anggota › Detail
extension Catalog {
    /// Anggota › Detail: one person, everything known about them.
    var memberDetail: MemberDetailWords { MemberDetailWords(catalog: self) }
}

/// Words of the member detail only; shared words stay on `Catalog` (Catalog+Vocabulary).
struct MemberDetailWords: FamilyWords {
    let catalog: Catalog

    var title: String { "Detail" }
    var edit: String { pick("Ubah", "Edit") }
    var showNIK: String { pick("Buka NIK", "Show NIK") }
    var hideNIK: String { pick("Samarkan NIK", "Mask NIK") }
    var helpScroll: String { pick("Gulir satu baris", "Scroll one line") }
    var helpPage: String { pick("Gulir satu halaman", "Scroll one page") }
    var helpEnds: String { pick("Ke awal / akhir", "To the top / bottom") }
    var helpEdit: String { pick("Ubah data orang ini", "Edit this person") }
    var helpNIK: String {
        pick("Tampilkan / samarkan NIK lengkap (data pribadi, UU PDP)", "Show / mask the full NIK (personal data, UU PDP)")
    }
    var nIKShown: String {
        pick("NIK ditampilkan lengkap: data pribadi (UU PDP). Tekan u untuk menyamarkan.",
             "Full NIK shown: personal data (UU PDP). Press u to mask it.")
    }
    var nIKMaskedAgain: String { pick("NIK disamarkan.", "NIK masked.") }
    var nIKMaskedNote: String { pick("(disamarkan)", "(masked)") }
    var nIKShownNote: String { pick("(data pribadi, UU PDP)", "(personal data, UU PDP)") }
    var notFound: String { pick("Data orang ini tidak ditemukan.", "This person was not found.") }
    var erasedCannotEdit: String {
        pick("Data pribadi orang ini sudah dihapus; tidak ada yang dapat diubah.",
             "This person's personal data was erased; there is nothing to edit.")
    }
    func lines(_ first: Int, _ last: Int, of total: Int) -> String {
        pick("baris \(first)–\(last) dari \(total)", "lines \(first)–\(last) of \(total)")
    }
    // Sections.
    var sectionIdentity: String { pick("IDENTITAS", "IDENTITY") }
    var sectionEmployment: String { pick("PEKERJAAN", "EMPLOYMENT") }
    var sectionEducation: String { pick("PENDIDIKAN", "EDUCATION") }
    var sectionMembership: String { pick("KEANGGOTAAN", "MEMBERSHIP") }
    var sectionPositions: String { pick("JABATAN KEPENGURUSAN", "BOARD POSITIONS") }
    var sectionMusda: String { pick("MUSDA YANG DIHADIRI", "MUSDA ATTENDED") }
    var sectionActivities: String { pick("UJI KOMPETENSI DAN KEGIATAN", "COMPETENCY TESTS AND ACTIVITIES") }
    var sectionConsents: String { pick("PERSETUJUAN (UU PDP)", "CONSENT (UU PDP)") }
    var sectionAcknowledged: String { pick("PERINGATAN YANG DIABAIKAN", "OVERRIDDEN WARNINGS") }
    var sectionAudit: String { pick("RIWAYAT PERUBAHAN", "CHANGE HISTORY") }
    var sectionErased: String { pick("DATA PRIBADI DIHAPUS", "PERSONAL DATA ERASED") }
    var statusHistory: String { pick("Riwayat status", "Status history") }
    // Identity.
    var name: String { pick("Nama", "Name") }
    var none: String { "–" }
    var notRecorded: String { pick("Belum dicatat.", "Not recorded.") }
    var nothing: String { pick("Tidak ada.", "None.") }
    var notMember: String { pick("Bukan anggota (tidak ada data keanggotaan).", "Not a member (no membership record).") }
    func age(_ years: Int) -> String { pick("\(years) tahun", "\(years) years") }
    func tombstone(_ date: String) -> String {
        pick("Data pribadi telah dihapus pada \(date) atas permintaan (UU PDP). Yang tersisa hanya nisan data ini dan jejak audit, tanpa isi data pribadi.",
             "Personal data was erased on \(date) on request (UU PDP). Only this tombstone and the audit trail remain, without the personal values.")
    }
    func headlineKTA(_ kta: String) -> String { "KTA \(kta)" }
    var erasedHeadline: String { pick("Data pribadi telah dihapus", "Personal data erased") }
    // Employment and education.
    var educationLevel: String { pick("Jenjang", "Level") }
    // Membership.
    func statusSince(_ status: String, _ date: String) -> String { pick("\(status) sejak \(date)", "\(status) since \(date)") }
    var undated: String { pick("tanpa tanggal", "undated") }
    // Positions, Musda, activities.
    var resultPending: String { pick("belum ada hasil", "no result yet") }
    func certificate(_ number: String, issuer: String?, expires: String?) -> String {
        var text = pick("sertifikat \(number)", "certificate \(number)")
        if let issuer { text += pick(" dari \(issuer)", " from \(issuer)") }
        if let expires { text += pick(", berlaku s.d. \(expires)", ", valid until \(expires)") }
        return text
    }
    func department(_ name: String) -> String { pick("bidang \(name)", "department \(name)") }
    // Consent.
    func purpose(_ purpose: Consent.Purpose) -> String {
        switch purpose {
        case .membership: return pick("Keanggotaan", "Membership")
        case .certificationReferral: return pick("Rekomendasi sertifikasi", "Certification referral")
        case .statisticsToDPP: return pick("Statistik ke DPP", "Statistics to the DPP")
        }
    }
    var consentKey: String { pick("Persetujuan", "Consent") }
    // Restriction of processing (UU PDP, issue 16).
    var helpRestrict: String {
        pick("Batasi pemrosesan data orang ini (UU PDP), atau cabut pembatasannya; dengan alasan",
             "Restrict processing of this person's data (UU PDP), or lift the restriction; with a reason")
    }
    func restrictTitle(_ name: String) -> String { pick("Batasi pemrosesan – \(name)", "Restrict processing – \(name)") }
    func liftTitle(_ name: String) -> String { pick("Cabut pembatasan – \(name)", "Lift the restriction – \(name)") }
    var restricted: String {
        pick("Pemrosesan dibatasi: data dibekukan dan tidak ikut ekspor atau laporan.", "Processing restricted: the record is frozen and left out of exports and reports.")
    }
    var restrictionLifted: String { pick("Pembatasan dicabut.", "Restriction lifted.") }
    var restrictedMark: String { pick("DIBATASI", "RESTRICTED") }
    var sectionRestriction: String { pick("PEMBATASAN PEMROSESAN", "RESTRICTION OF PROCESSING") }
    var restrictionExplained: String {
        pick("Data dibekukan: tidak dapat diubah, tidak ikut ekspor dan laporan, sampai dicabut (b).",
             "The record is frozen: no edits, left out of exports and reports, until lifted (b).")
    }
    var restrictedSince: String { pick("Sejak", "Since") }
    var helpConsent: String {
        pick("Catat atau tarik persetujuan per tujuan (UU PDP); penarikan menghentikan pemrosesan untuk tujuan itu",
             "Record or withdraw consent per purpose (UU PDP); a withdrawal stops that processing")
    }
    var consentTitle: String { pick("Persetujuan (UU PDP)", "Consent (UU PDP)") }
    func consentItem(_ purpose: String, given: String?) -> String {
        given.map { pick("\(purpose) — diberikan \($0) (tarik)", "\(purpose) — given \($0) (withdraw)") }
            ?? pick("\(purpose) — belum diberikan (catat)", "\(purpose) — not given (record)")
    }
    func withdrawQuestion(_ purpose: String) -> [String] {
        [pick("Tarik persetujuan untuk \(purpose) hari ini?", "Withdraw consent for \(purpose) today?"),
         pick("Data orang ini tidak lagi diproses untuk tujuan itu; riwayat persetujuan tetap tercatat.",
              "This person's data is no longer processed for that purpose; the consent's history stays recorded.")]
    }
    func consentMethodTitle(_ purpose: String) -> String { pick("\(purpose): cara persetujuan", "\(purpose): given by") }
    func consentRecorded(_ purpose: String) -> String { pick("Persetujuan \(purpose) dicatat.", "Consent for \(purpose) recorded.") }
    func consentWithdrawnNow(_ purpose: String) -> String {
        pick("Persetujuan \(purpose) ditarik.", "Consent for \(purpose) withdrawn.")
    }
    func consentGiven(_ date: String, method: String, notice: String) -> String {
        pick("diberikan \(date), \(method), pemberitahuan versi \(notice)", "given \(date), \(method), notice version \(notice)")
    }
    func consentWithdrawn(_ date: String) -> String { pick("dicabut \(date)", "withdrawn \(date)") }
    // Overridden warnings and audit.
    func acknowledged(_ warning: String, reason: String, by: String, at: String) -> String {
        let start = warning.prefix(1).uppercased() + warning.dropFirst()
        return pick("\(start) — alasan: \(reason) (\(by), \(at))", "\(start) — reason: \(reason) (\(by), \(at))")
    }
    func auditReason(_ reason: String) -> String { pick("Alasan: \(reason)", "Reason: \(reason)") }
    func auditWarnings(_ list: String) -> String { pick("Peringatan diabaikan: \(list)", "Warnings overridden: \(list)") }
    var auditEmpty: String { pick("Belum ada catatan.", "No entries yet.") }
    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .insert: return pick("Tambah", "Added")
        case .update: return pick("Ubah", "Changed")
        case .delete: return pick("Hapus", "Deleted")
        case .statusChange: return pick("Ubah status", "Status change")
        case .erase: return pick("Hapus data pribadi", "Personal data erased")
        case .bulkInsert: return pick("Impor massal", "Bulk import")
        case .read: return pick("Dibaca", "Read")
        }
    }
    func auditEntity(_ entity: String) -> String {
        switch entity {
        case "person": return pick("data pribadi", "personal data")
        case "membership": return pick("keanggotaan", "membership")
        case "consent": return pick("persetujuan", "consent")
        case "assignment": return pick("jabatan", "board position")
        case "attendance": return pick("kehadiran Musda", "Musda attendance")
        case "formatur_member": return pick("tim formatur", "formatur team")
        case "participation": return pick("keikutsertaan kegiatan", "activity participation")
        case "reconcile_decision": return pick("keputusan rekonsiliasi DPP", "DPP reconciliation decision")
        case "restriction": return pick("pembatasan pemrosesan", "restriction of processing")
        default: return entity
        }
    }
    /// Names of the record's keys, as the audit images store them.
    func auditKey(_ key: String) -> String {
        if let field = Field(rawValue: key) { return Catalog.midSentence(catalog.fieldLabel(field)) }
        // A reconciliation writes fields by their import names (`regency`, `joinDate`).
        if let field = ImportField(rawValue: key) { return Catalog.midSentence(catalog.census.fieldName(field)) }
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
    func warningName(_ code: String) -> String {
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
}
