import Domain
import Storage

// MARK: - Anggota › Tambah / Ubah
extension Catalog {
    /// Anggota › Tambah / Ubah: the member form, its drafts and conflicts.
    var memberForm: MemberFormWords { MemberFormWords(catalog: self) }
}

/// Words of the member form only (its drafts and conflicts included); shared words stay on
/// `Catalog` (Catalog+Vocabulary).
struct MemberFormWords: FamilyWords {
    let catalog: Catalog

    var titleAdd: String { pick("Tambah", "Add") }
    var titleEdit: String { pick("Ubah", "Edit") }
    var save: String { pick("Simpan", "Save") }
    var saved: String { pick("Tersimpan", "Saved") }
    var noValue: String { "–" }
    var requiredNote: String { pick("* wajib diisi", "* required") }
    func fieldPosition(_ index: Int, of total: Int) -> String { pick("isian \(index)/\(total)", "field \(index)/\(total)") }
    // Parts of the form, named on the line above it.
    var partIdentity: String { pick("Data pribadi", "Personal data") }
    var partEmployment: String { pick("Pekerjaan", "Employment") }
    var partEducation: String { pick("Pendidikan", "Education") }
    var partMembership: String { pick("Keanggotaan", "Membership") }
    var partOther: String { pick("Lain-lain", "Other") }
    var partConsent: String { pick("Persetujuan (UU PDP)", "Consent (UU PDP)") }
    var labelConsentMethod: String { pick("Cara persetujuan", "Given by") }
    // Labels `fieldLabel` does not cover, or that read better here.
    var labelEducationLevel: String { pick("Jenjang pendidikan", "Education level") }
    var labelStatus: String { pick("Status keanggotaan", "Membership status") }
    // Problems the form finds before the rules run.
    var yearDigits: String { pick("Tahun lulus ditulis 4 angka, misalnya 2015.", "Write the graduation year as 4 digits, e.g. 2015.") }
    var educationLevelNeeded: String {
        pick("Pilih jenjang pendidikan (isian pendidikan lain sudah diisi).", "Choose the education level (other education fields are filled).")
    }
    var employmentNeeded: String {
        pick("Pilih status kepegawaian (isian pekerjaan lain sudah diisi).", "Choose the employment status (other employment fields are filled).")
    }
    func notSaved(_ first: String, more: Int) -> String {
        more == 0 ? pick("Tidak disimpan: \(first)", "Not saved: \(first)")
            : pick("Tidak disimpan: \(first) (dan \(more) kesalahan lain)", "Not saved: \(first) (and \(more) more)")
    }
    // Warnings that need a reason.
    var overrideTitle: String { pick("Peringatan", "Warnings") }
    var overrideIntro: String {
        pick("Periksa dulu. Untuk tetap menyimpan, tulis alasannya; alasan dicatat di riwayat perubahan.",
             "Check these first. To save anyway, give a reason; it is recorded in the change history.")
    }
    var overrideReason: String { pick("Alasan *", "Reason *") }
    var overrideReasonMissing: String { pick("Alasan wajib diisi untuk menyimpan.", "A reason is required to save.") }
    var overrideKeys: String { pick("Enter: simpan dengan alasan · Esc: kembali ke formulir", "Enter: save with this reason · Esc: back to the form") }
    var overrideSaveLabel: String { pick("Simpan dengan alasan", "Save with reason") }
    var overridePending: String {
        pick("Belum disimpan: ada peringatan yang perlu alasan.", "Not saved yet: there are warnings that need a reason.")
    }
    // Leaving with changes.
    var discardTitle: String { pick("Buang perubahan?", "Discard changes?") }
    var discardMessage: String {
        pick("Perubahan pada formulir ini belum disimpan dan akan hilang.", "The changes in this form are not saved and will be lost.")
    }
    var unavailableErased: String {
        pick("Data pribadi orang ini sudah dihapus; tidak ada yang dapat diubah. Esc: kembali.",
             "This person's personal data was erased; there is nothing to edit. Esc: back.")
    }
    var unavailableMissing: String { pick("Data orang ini tidak ditemukan. Esc: kembali.", "This person was not found. Esc: back.") }
    // Help.
    var helpSave: String { pick("Simpan (diperiksa dulu; peringatan perlu alasan)", "Save (checked first; warnings need a reason)") }
    var helpNext: String { pick("Ke isian berikutnya / sebelumnya", "Next / previous field") }
    var helpChoiceKeys: String { pick("←/→ Spasi", "←/→ Space") }
    var helpChoice: String { pick("Ganti pilihan; huruf melompat ke pilihan berawalan huruf itu", "Change a choice; a letter jumps to an option starting with it") }
    var helpDate: String { pick("Tanggal: ketik angkanya saja (HHBBTTTT); Backspace menghapus", "Dates: type the digits only (DDMMYYYY); Backspace deletes") }
    var helpCancel: String { pick("Batal; bertanya dulu bila ada perubahan", "Cancel; asks first when something changed") }
    var overrideBackHelp: String { pick("Kembali ke formulir tanpa menyimpan", "Back to the form without saving") }
    var draftFoundTitle: String { pick("Isian belum disimpan", "Unsaved entry") }
    func draftFoundMessage(_ when: String) -> [String] {
        [pick("Ada isian yang belum disimpan untuk data ini, terakhir diketik \(when).",
              "There is an unsaved entry for this record, last typed \(when)."),
         pick("Pulihkan isian itu, atau buang?", "Restore it, or drop it?")]
    }
    var draftRestore: String { pick("Pulihkan", "Restore") }
    var draftRestoreHotkey: Character { "p" }
    var draftDrop: String { pick("Buang", "Drop") }
    var draftDropHotkey: Character { pick("b", "d").first! }
    var draftRestored: String { pick("Isian yang belum disimpan dipulihkan. F2 untuk menyimpan.", "Unsaved entry restored. F2 to save.") }
    /// Another window of the same operator holds a live draft of this record.
    func editedElsewhere(since: String) -> String {
        pick("Data ini juga sedang disunting di jendela lain (draf \(since)). Jika keduanya menyimpan, yang kedua diberi tahu.",
             "This record is also being edited in another window (draft \(since)). If both save, the second one is told.")
    }
    var draftUnreadable: String { pick("Draf tidak dapat dibaca; formulir berisi data tersimpan.", "The draft cannot be read; the form shows the stored data.") }
    var conflictTitle: String { pick("Diubah orang lain", "Changed by someone else") }
    func conflictMessage(theirs: String, mine: String, both: String?) -> [String] {
        var lines = [pick("Sejak formulir ini dibuka, orang lain sudah menyimpan perubahan pada: \(theirs).",
                          "Since this form was opened, someone else saved changes to: \(theirs)."),
                     pick("Isian Anda mengubah: \(mine).", "Your entry changes: \(mine).")]
        if let both {
            lines.append(pick("Keduanya mengubah \(both); bila isian Anda dipakai, nilai Anda yang disimpan.",
                              "Both changed \(both); if you keep your entry, your values are saved."))
        }
        lines.append(pick("Pakai isian saya: data terbaru ditambah yang Anda ubah. Muat ulang: tampilkan data terbaru, isian Anda dibuang.",
                          "Keep mine: the latest data plus what you changed. Reload: show the latest data, your entry is dropped."))
        return lines
    }
    var conflictKeepMine: String { pick("Pakai isian saya", "Keep mine") }
    var conflictKeepMineHotkey: Character { pick("p", "k").first! }
    var conflictReload: String { pick("Muat ulang", "Reload") }
    var conflictReloadHotkey: Character { pick("m", "r").first! }
    var conflictReloaded: String { pick("Data terbaru dimuat; isian Anda dibuang.", "Latest data loaded; your entry was dropped.") }
    var conflictNothing: String { pick("tidak ada", "nothing") }
}
