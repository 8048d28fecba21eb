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
