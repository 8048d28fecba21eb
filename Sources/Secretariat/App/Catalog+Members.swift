import Domain
import Storage

// MARK: - Anggota (member list)
extension Catalog {
    /// Anggota: the member list, its search, filters and erasure.
    var members: MembersWords { MembersWords(catalog: self) }
}

/// Words of the member list only; shared words stay on `Catalog` (Catalog+Vocabulary).
struct MembersWords: FamilyWords {
    let catalog: Catalog

    var columnKTA: String { "KTA" }
    var columnName: String { pick("Nama", "Name") }
    var columnRegency: String { pick("Kab/Kota", "Regency") }
    var columnEmployment: String { pick("Kepegawaian", "Employment") }
    var columnEmploymentShort: String { pick("ASN", "ASN") }
    var columnStatus: String { "Status" }
    var columnChannel: String { pick("Jalur daftar", "Registered via") }
    var columnNIK: String { "NIK" }
    var filterAll: String { pick("(semua)", "(all)") }
    func employmentName(_ e: EmploymentClass) -> String { e == .asn ? "ASN" : "Non-ASN" }
    func sortName(_ s: MemberSort) -> String {
        switch s {
        case .name: return pick("nama", "name")
        case .regency: return pick("kab/kota", "regency")
        case .joinDate: return pick("tanggal masuk", "join date")
        }
    }
    var search: String { pick("Cari", "Search") }
    var add: String { pick("Tambah", "Add") }
    var edit: String { pick("Ubah", "Edit") }
    var erase: String { pick("Hapus", "Erase") }
    var sort: String { pick("Urut", "Sort") }
    var filter: String { "Filter" }
    var searchDone: String { pick("Selesai", "Done") }
    var searchClear: String { pick("Hapus pencarian", "Clear search") }
    var filterApply: String { pick("Terapkan", "Apply") }
    var filterHint: String {
        pick("←/→ pilih · Tab pindah · F2 terapkan · Esc batal", "←/→ choose · Tab next · F2 apply · Esc cancel")
    }
    var filterTitle: String { pick("Filter anggota", "Filter members") }
    var searchPrompt: String { pick("Cari: ", "Search: ") }
    /// While a slow search runs off the loop, the previous rows stay and the prompt line says so.
    var searching: String { pick("mencari…", "searching…") }
    func sortLabel(_ by: String) -> String { pick("Urut: \(by)", "Sort: \(by)") }
    func filterLabel(_ f: String) -> String { "Filter: \(f)" }
    func sortedBy(_ by: String) -> String { pick("Diurutkan menurut \(by).", "Sorted by \(by).") }
    var empty: String { pick("Belum ada anggota. Tekan a untuk menambah.", "No members yet. Press a to add one.") }
    var noMatch: String { pick("Tidak ada anggota yang cocok. Esc menghapus pencarian, x menghapus filter.",
                                      "No member matches. Esc clears the search, x clears the filters.") }
    var noSearch: String { pick("Belum ada pencarian: tekan / untuk mencari.", "No search yet: press / to search.") }
    var helpMove: String { pick("Pindah satu baris", "Move one row") }
    var helpPage: String { pick("Pindah satu halaman", "Move one page") }
    var helpEnds: String { pick("Ke awal / akhir daftar", "To the start / end of the list") }
    var helpOpen: String { pick("Buka rincian anggota", "Open the member's detail") }
    var helpSearch: String {
        pick("Cari nama, NIK, KTA, email, telepon sambil mengetik", "Search name, NIK, KTA, email, phone as you type")
    }
    var helpAdd: String { pick("Tambah anggota", "Add a member") }
    var helpEdit: String { pick("Ubah anggota terpilih", "Edit the selected member") }
    var helpErase: String {
        pick("Hapus data pribadi (permintaan UU PDP); jejak audit tetap", "Erase personal data (UU PDP request); the audit trail stays")
    }
    var helpSort: String { pick("Ganti urutan: nama, kab/kota, tanggal masuk", "Change order: name, regency, join date") }
    var helpFilter: String {
        pick("Filter kab/kota, kepegawaian, status, jalur daftar", "Filter by regency, employment, status, channel")
    }
    var helpClearFilters: String { pick("Hapus semua filter", "Clear all filters") }
    var helpNext: String { pick("Hasil pencarian berikutnya", "Next search match") }
    var helpPrevious: String { pick("Hasil pencarian sebelumnya", "Previous search match") }
    var eraseTitle: String { pick("Hapus data pribadi", "Erase personal data") }
    func eraseMessage(_ name: String) -> [String] {
        [pick("Data pribadi \(name) akan dihapus (UU PDP).", "\(name)'s personal data will be erased (UU PDP)."),
         pick("Nisan data dan jejak audit tetap disimpan.", "A tombstone and the audit trail are kept."),
         pick("Tindakan ini tidak dapat dibatalkan.", "This cannot be undone.")]
    }
    var eraseWord: String { pick("HAPUS", "ERASE") }
    func eraseTypePrompt(_ word: String) -> String { pick("Ketik \(word) untuk memastikan:", "Type \(word) to confirm:") }
    func eraseMismatch(_ word: String) -> String {
        pick("Belum sama: ketik \(word) persis, huruf besar semua.", "Not yet: type \(word) exactly, in capitals.")
    }
    var eraseConfirm: String { pick("Hapus", "Erase") }
    var eraseReason: String { pick("Permintaan penghapusan data pribadi (UU PDP)", "Personal data erasure request (UU PDP)") }
    var erased: String { pick("Data pribadi telah dihapus.", "Personal data erased.") }
    /// The erasure went through; these texts still name the person and need a person to read them.
    func erasedButMentioned(_ mentions: [FreeTextMention]) -> String {
        let places = mentions.prefix(3).map(mentionPlace).joined(separator: "; ")
        let more = mentions.count > 3 ? pick(" dan \(mentions.count - 3) lagi", " and \(mentions.count - 3) more") : ""
        return pick("Data pribadi telah dihapus. Namanya masih disebut di teks bebas; tinjau: \(places)\(more).",
                    "Personal data erased. The name still appears in free text; review: \(places)\(more).")
    }

    func mentionPlace(_ m: FreeTextMention) -> String {
        switch m.place {
        case .minutes(let musda, let session, let version):
            let v = version.map { pick(" versi \($0)", " version \($0)") } ?? ""
            return pick("notulen \(session)\(v), Musda \(musda.year)", "minutes of \(session)\(v), Musda \(musda.year)")
        case .decision(let musda, let title): return pick("keputusan \"\(title)\", Musda \(musda.year)", "decision \"\(title)\", Musda \(musda.year)")
        case .actionItem(let musda, _): return pick("tindak lanjut, Musda \(musda.year)", "action item, Musda \(musda.year)")
        case .note(let table, _, let label):
            switch table {
            case "term": return pick("catatan periode \(label)", "note on term \(label)")
            case "partner": return pick("catatan mitra \(label)", "note on partner \(label)")
            case "figure": return pick("catatan angka dilaporkan \(label)", "note on reported figure \(label)")
            case "activity": return pick("catatan kegiatan \(label)", "note on activity \(label)")
            case "realisation": return pick("catatan realisasi program \(label)", "note on a realisation of \(label)")
            case "lpj": return pick("LPJ \(label)", "LPJ, \(label)")
            case "election": return pick("alasan aklamasi, \(label)", "acclamation reason, \(label)")
            case "handover_programme": return pick("alasan serah terima program \(label)", "handover reason for \(label)")
            default: return pick("catatan \(label)", "note on \(label)")
            }
        }
    }
    var erasing: String { pick("Menghapus data pribadi dan membersihkan indeks pencarian…", "Erasing personal data and cleaning the search index…") }
    var helpSearchDone: String { pick("Selesai mengetik; daftar tetap tersaring", "Done typing; the list stays filtered") }
    var helpSearchClear: String { pick("Hapus pencarian", "Clear the search") }
    var filterHelpApply: String { pick("Terapkan filter", "Apply the filters") }
    var filterHelpCancel: String { pick("Batal; filter tidak berubah", "Cancel; the filters stay as they were") }
}
