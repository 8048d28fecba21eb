import Domain
import Storage

// MARK: - Anggota (member list)
extension Catalog {
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

    var membersSearch: String { pick("Cari", "Search") }
    var membersAdd: String { pick("Tambah", "Add") }
    var membersEdit: String { pick("Ubah", "Edit") }
    var membersErase: String { pick("Hapus", "Erase") }
    var membersSort: String { pick("Urut", "Sort") }
    var membersFilter: String { "Filter" }
    var membersSearchDone: String { pick("Selesai", "Done") }
    var membersSearchClear: String { pick("Hapus pencarian", "Clear search") }
    var membersFilterApply: String { pick("Terapkan", "Apply") }
    var membersFilterHint: String {
        pick("←/→ pilih · Tab pindah · F2 terapkan · Esc batal", "←/→ choose · Tab next · F2 apply · Esc cancel")
    }
    var membersFilterTitle: String { pick("Filter anggota", "Filter members") }
    var membersSearchPrompt: String { pick("Cari: ", "Search: ") }
    /// While a slow search runs off the loop, the previous rows stay and the prompt line says so.
    var membersSearching: String { pick("mencari…", "searching…") }
    func membersSortLabel(_ by: String) -> String { pick("Urut: \(by)", "Sort: \(by)") }
    func membersFilterLabel(_ f: String) -> String { "Filter: \(f)" }
    func membersSortedBy(_ by: String) -> String { pick("Diurutkan menurut \(by).", "Sorted by \(by).") }
    var membersEmpty: String { pick("Belum ada anggota. Tekan a untuk menambah.", "No members yet. Press a to add one.") }
    var membersNoMatch: String { pick("Tidak ada anggota yang cocok. Esc menghapus pencarian, x menghapus filter.",
                                      "No member matches. Esc clears the search, x clears the filters.") }
    var membersNoSearch: String { pick("Belum ada pencarian: tekan / untuk mencari.", "No search yet: press / to search.") }

    var membersHelpMove: String { pick("Pindah satu baris", "Move one row") }
    var membersHelpPage: String { pick("Pindah satu halaman", "Move one page") }
    var membersHelpEnds: String { pick("Ke awal / akhir daftar", "To the start / end of the list") }
    var membersHelpOpen: String { pick("Buka rincian anggota", "Open the member's detail") }
    var membersHelpSearch: String {
        pick("Cari nama, NIK, KTA, email, telepon sambil mengetik", "Search name, NIK, KTA, email, phone as you type")
    }
    var membersHelpAdd: String { pick("Tambah anggota", "Add a member") }
    var membersHelpEdit: String { pick("Ubah anggota terpilih", "Edit the selected member") }
    var membersHelpErase: String {
        pick("Hapus data pribadi (permintaan UU PDP); jejak audit tetap", "Erase personal data (UU PDP request); the audit trail stays")
    }
    var membersHelpSort: String { pick("Ganti urutan: nama, kab/kota, tanggal masuk", "Change order: name, regency, join date") }
    var membersHelpFilter: String {
        pick("Filter kab/kota, kepegawaian, status, jalur daftar", "Filter by regency, employment, status, channel")
    }
    var membersHelpClearFilters: String { pick("Hapus semua filter", "Clear all filters") }
    var membersHelpNext: String { pick("Hasil pencarian berikutnya", "Next search match") }
    var membersHelpPrevious: String { pick("Hasil pencarian sebelumnya", "Previous search match") }

    var membersEraseTitle: String { pick("Hapus data pribadi", "Erase personal data") }
    func membersEraseMessage(_ name: String) -> [String] {
        [pick("Data pribadi \(name) akan dihapus (UU PDP).", "\(name)'s personal data will be erased (UU PDP)."),
         pick("Nisan data dan jejak audit tetap disimpan.", "A tombstone and the audit trail are kept."),
         pick("Tindakan ini tidak dapat dibatalkan.", "This cannot be undone.")]
    }
    var membersEraseWord: String { pick("HAPUS", "ERASE") }
    func membersEraseTypePrompt(_ word: String) -> String { pick("Ketik \(word) untuk memastikan:", "Type \(word) to confirm:") }
    var membersEraseConfirm: String { pick("Hapus", "Erase") }
    var membersEraseReason: String { pick("Permintaan penghapusan data pribadi (UU PDP)", "Personal data erasure request (UU PDP)") }
    var membersErased: String { pick("Data pribadi telah dihapus.", "Personal data erased.") }
}

extension Catalog {
    var membersHelpSearchDone: String { pick("Selesai mengetik; daftar tetap tersaring", "Done typing; the list stays filtered") }
    var membersHelpSearchClear: String { pick("Hapus pencarian", "Clear the search") }
    var membersFilterHelpApply: String { pick("Terapkan filter", "Apply the filters") }
    var membersFilterHelpCancel: String { pick("Batal; filter tidak berubah", "Cancel; the filters stay as they were") }
}
