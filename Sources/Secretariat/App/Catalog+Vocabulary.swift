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

    var dialogChoose: String { pick("Pilih", "Choose") }
    var dialogHelpChoose: String { pick("Pilih tombol yang disorot", "Choose the highlighted button") }
    var dialogHelpMove: String { pick("Pindah antar tombol (juga ←/→)", "Move between buttons (also ←/→)") }
    var dialogHelpCancel: String { pick("Batal, tutup dialog", "Cancel, close the dialog") }
    /// Under the quit question on a too-small terminal, where the buttons cannot be drawn.
    var urgentAnswerHint: String { pick("Tekan y untuk ya, t untuk tidak.", "Press y for yes, n for no.") }

    func unexpectedError(_ detail: String) -> String { pick("Terjadi kesalahan: \(detail)", "Something went wrong: \(detail)") }

    /// Any error a screen meets, in the interface language. Storage errors are typed; the
    /// catalog words them, so SQLite's English never reaches the user.
    func errorText(_ error: Error) -> String {
        if let storeError = error as? StoreError { return language == .indonesian ? storeError.indonesian : storeError.english }
        return unexpectedError("\(error)")
    }
}
