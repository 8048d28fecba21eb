import Documents
import Domain
import Storage

// MARK: - Musda (the list, a Musda's record and its tabs, the minutes editor)
extension Catalog {
    public var musda: MusdaWords { MusdaWords(catalog: self) }
}

/// Words of the Musda screens only; shared words stay on `Catalog` (Catalog+Vocabulary).
public struct MusdaWords: FamilyWords {
    let catalog: Catalog

    // The list
    var columnMusda: String { "Musda" }
    var columnDate: String { pick("Tanggal", "Date") }
    var columnPlace: String { pick("Tempat", "Place") }
    var columnStatus: String { "Status" }
    var columnTheme: String { pick("Tema", "Theme") }
    var none: String { pick("Belum ada Musda.", "No Musda yet.") }
    var helpOpen: String { pick("Buka catatan Musda ini", "Open this Musda's record") }
    func kindName(_ kind: Musda.Kind) -> String {
        switch kind {
        case .pembentukan: return pick("Pembentukan", "Formation")
        case .musda: return "Musda"
        case .musdalub: return "Musdalub"
        }
    }
    func statusName(_ status: Musda.Status) -> String {
        switch status {
        case .rencana: return pick("rencana", "planned")
        case .berlangsung: return pick("berlangsung", "in session")
        case .selesai: return pick("selesai", "over")
        }
    }
    public func quorumRuleName(_ rule: QuorumRule) -> String {
        switch rule {
        case .halfPlusOne: return pick("½ + 1 peserta terdaftar", "½ + 1 of registered delegates")
        case .twoThirds: return pick("⅔ peserta terdaftar", "⅔ of registered delegates")
        case .fixed(let n): return pick("\(n) peserta hadir", "\(n) delegates present")
        }
    }

    // Add and edit
    var addTitle: String { pick("Tambah Musda", "Add a Musda") }
    var editTitle: String { pick("Ubah Musda", "Edit the Musda") }
    /// Typed as a number, shown as a Roman numeral (Musda II).
    var labelNumber: String { pick("Nomor (1, 2…)", "Number (1, 2…)") }
    var fixedRule: String { pick("jumlah tetap", "a fixed number") }
    var labelFixedQuorum: String { pick("Jumlah tetap", "Fixed number") }
    var add: String { pick("Tambah", "Add") }
    var edit: String { pick("Ubah", "Edit") }
    var helpAdd: String { pick("Tambah Musda", "Add a Musda") }
    var helpEdit: String { pick("Ubah jenis, nomor, tanggal, tempat, tema, status dan aturan kuorum", "Edit kind, number, date, place, theme, status and quorum rule") }
    var saved: String { pick("Musda tersimpan.", "Musda saved.") }

    // Tabs
    var tabSummary: String { pick("Ringkasan", "Summary") }
    var tabSessions: String { pick("Sesi & Acara", "Sessions & agenda") }
    var tabAttendance: String { pick("Daftar Hadir", "Attendance") }
    var tabMinutes: String { pick("Notulen", "Minutes") }
    var tabDecisions: String { pick("Keputusan", "Decisions") }
    var nextTab: String { pick("Ganti tab", "Next tab") }
    var helpTabs: String { pick("Pindah tab (juga ←/→)", "Change tab (also ←/→)") }
    var helpSession: String { pick("Sesi sebelumnya / berikutnya", "Previous / next session") }
    var sessionWord: String { pick("Sesi", "Session") }
    func sessionLine(_ title: String, _ times: String) -> String { pick("Sesi: \(title)", "Session: \(title)") + (times.isEmpty ? "" : "  \(times)") }

    // Quorum, on every tab
    func quorumLine(present: Int, registered: Int, required: Int, met: Bool) -> String {
        pick("Kuorum: ", "Quorum: ") + quorumBody(present: present, registered: registered, required: required, met: met)
    }
    func quorumBody(present: Int, registered: Int, required: Int, met: Bool) -> String {
        pick("\(present) hadir dari \(registered) peserta, syarat ≥ \(required) — ", "\(present) present of \(registered) delegates, needs ≥ \(required) — ")
            + (met ? pick("tercapai", "reached") : pick("TIDAK TERCAPAI", "NOT REACHED"))
    }
    func quorumCannotHold(required: Int, registered: Int) -> String {
        pick("Kuorum: ", "Quorum: ") + quorumCannotHoldBody(required: required, registered: registered)
    }
    func quorumCannotHoldBody(required: Int, registered: Int) -> String {
        pick("syarat \(required) peserta tidak mungkin, hanya \(registered) terdaftar — ubah aturan kuorum",
             "\(required) delegates is impossible with \(registered) registered — change the rule")
    }

    // Summary
    var labelKind: String { pick("Jenis", "Kind") }
    var labelDate: String { pick("Tanggal", "Date") }
    var labelPlace: String { pick("Tempat", "Place") }
    var labelTheme: String { pick("Tema", "Theme") }
    var labelStatus: String { "Status" }
    var labelQuorum: String { pick("Aturan kuorum", "Quorum rule") }
    var labelCloses: String { pick("Menutup periode", "Closes term") }
    var labelOpens: String { pick("Membuka periode", "Opens term") }
    var labelChair: String { pick("Ketua terpilih", "Chair elected") }
    var labelSessions: String { pick("Sesi", "Sessions") }
    var labelAttendance: String { pick("Daftar hadir", "Attendance") }
    var labelDecisions: String { pick("Keputusan", "Decisions") }
    func attendanceCounts(delegates: Int, observers: Int, guests: Int) -> String {
        pick("\(delegates) peserta, \(observers) peninjau, \(guests) undangan", "\(delegates) delegates, \(observers) observers, \(guests) guests")
    }
    func decisionCounts(adopted: Int, drafts: Int) -> String {
        pick("\(adopted) ditetapkan, \(drafts) draf", "\(adopted) adopted, \(drafts) drafts")
    }

    // Sessions & agenda
    var noSessions: String { pick("Belum ada sesi.", "No sessions yet.") }
    func chairs(_ names: String) -> String { pick("Pimpinan sidang: \(names)", "Chaired by: \(names)") }
    var helpChooseSession: String { pick("Jadikan sesi ini sesi aktif (daftar hadir, notulen)", "Make this the current session (attendance, minutes)") }
    var chooseSession: String { pick("Pilih sesi", "Choose") }
    func sessionChosen(_ title: String) -> String { pick("Sesi aktif: \(title).", "Current session: \(title).") }

    var labelSessionKind: String { pick("Jenis sesi", "Kind") }
    var labelSessionNumber: String { pick("Nomor (Pleno I, Komisi A = 1)", "Number (Pleno I, Komisi A = 1)") }
    var labelTitle: String { pick("Judul", "Title") }
    func sessionKindName(_ kind: MusdaSession.Kind) -> String {
        switch kind {
        case .pembukaan: return pick("Pembukaan", "Opening")
        case .pleno: return pick("Sidang Pleno", "Plenary")
        case .komisi: return pick("Komisi", "Commission")
        case .penutupan: return pick("Penutupan", "Closing")
        }
    }
    /// `Sidang Pleno III`, `Komisi B`, `Pembukaan`.
    func sessionTitle(_ kind: MusdaSession.Kind, number: Int?) -> String {
        switch kind {
        case .pleno: return "Sidang Pleno" + (number.map { " " + IndonesianFormat.roman($0) } ?? "")
        case .komisi:
            let letter = number.flatMap { $0 >= 1 && $0 <= 26 ? String(UnicodeScalar(UInt8(64 + $0))) : nil }
            return "Komisi" + (letter.map { " " + $0 } ?? "")
        default: return sessionKindName(kind)
        }
    }
    var addSessionTitle: String { pick("Tambah sesi", "Add a session") }
    var editSessionTitle: String { pick("Ubah sesi", "Edit the session") }
    var addItemTitle: String { pick("Tambah acara", "Add an agenda item") }
    var editItemTitle: String { pick("Ubah acara", "Edit the agenda item") }
    func sessionSaved(_ title: String) -> String { pick("Sesi \(title) tersimpan.", "Session \(title) saved.") }
    func itemSaved(_ title: String) -> String { pick("Acara \(title) tersimpan.", "Agenda item \(title) saved.") }
    var addSession: String { pick("Tambah sesi", "Add session") }
    var addItem: String { pick("Tambah acara", "Add item") }
    var helpAddSession: String { pick("Tambah sesi", "Add a session") }
    var helpAddItem: String { pick("Tambah acara pada sesi ini", "Add an agenda item to this session") }
    var helpEditRow: String { pick("Ubah sesi atau acara yang disorot", "Edit the highlighted session or item") }
    var helpMoveItem: String { pick("Pindahkan acara ke atas / ke bawah", "Move the agenda item up / down") }
    var helpChair: String { pick("Tambah atau lepas pimpinan sidang (dari yang hadir)", "Add or remove a chair (from those present)") }
    /// `p` acts on the session of the selected row, which may not be the current one: both say which.
    func chairTitle(_ session: String) -> String { pick("Pimpinan sidang – \(session)", "Chair – \(session)") }
    func chairAdded(_ name: String, session: String) -> String { pick("\(name) memimpin \(session).", "\(name) chairs \(session).") }
    func chairRemoved(_ name: String, session: String) -> String {
        pick("\(name) tidak lagi memimpin \(session).", "\(name) no longer chairs \(session).")
    }
    var pickAnItem: String { pick("Pilih sebuah acara (bukan baris sesi).", "Choose an agenda item (not a session row).") }

    // Attendance
    var columnNumber: String { "No" }
    var columnName: String { pick("Nama", "Name") }
    var columnRole: String { pick("Unsur", "Role") }
    var columnFrom: String { pick("Asal", "From") }
    var columnArrived: String { pick("Datang", "In") }
    var columnLeft: String { pick("Pulang", "Out") }
    var notInSession: String { pick("belum masuk", "not in") }
    var noAttendees: String { pick("Belum ada yang hadir. Tekan a untuk mencatat kedatangan.", "Nobody yet. Press a to register an arrival.") }
    var register: String { pick("Catat hadir", "Register") }
    var depart: String { pick("Pulang", "Leaves") }
    var arrive: String { pick("Masuk", "Enters") }
    var helpRegister: String { pick("Catat kedatangan: pilih orang (nama, NIK atau KTA), unsur dan asal", "Register an arrival: person, role, from where") }
    var helpDepart: String { pick("Tandai keluar dari sesi ini, jam sekarang", "Mark as leaving this session, now") }
    var helpArrive: String { pick("Tandai masuk ke sesi ini (lagi), jam sekarang", "Mark as entering this session (again), now") }
    func departTitle(_ name: String) -> String { pick("Keluar: \(name)", "Leaves: \(name)") }
    var registerTitle: String { pick("Catat kedatangan", "Register an arrival") }
    var labelRole: String { pick("Unsur", "Role") }
    var labelFrom: String { pick("Asal (kab/kota, lembaga)", "From (regency, body)") }
    var labelArrival: String { pick("Jam datang", "Arrival") }
    var timeHint: String { pick("JJ.MM", "HH.MM") }
    var timeInvalid: String { pick("Jam tidak valid (JJ.MM, mis. 08.15).", "Not a time (HH.MM, e.g. 08.15).") }
    func registered(_ name: String, _ time: String) -> String { pick("\(name) hadir \(time).", "\(name) in at \(time).") }
    func departed(_ name: String, _ time: String) -> String { pick("\(name) keluar \(time).", "\(name) out at \(time).") }
    func arrived(_ name: String, _ time: String) -> String { pick("\(name) masuk \(time).", "\(name) in at \(time).") }
    var noSession: String { pick("Musda ini belum punya sesi.", "This Musda has no sessions yet.") }
    var alreadyOut: String { pick("Sudah keluar dari sesi ini.", "Already out of this session.") }
    var alreadyIn: String { pick("Sudah ada di sesi ini.", "Already in this session.") }
    func alreadyRegistered(_ name: String, role: String, since: String) -> String {
        pick("\(name) sudah hadir di sesi ini sebagai \(role) sejak \(since); tidak ada yang diubah.",
             "\(name) is already in this session as \(role) since \(since); nothing changed.")
    }

    // Minutes (tab and editor)
    var openEditor: String { pick("Ketik notulen", "Type minutes") }
    var helpOpenEditor: String { pick("Buka penyunting notulen sesi ini", "Open this session's minutes editor") }
    var noMinutes: String { pick("Belum ada notulen. Tekan Enter untuk mulai mengetik.", "No minutes yet. Press Enter to start typing.") }
    public func minutesState(final: Bool, version: Int) -> String {
        final ? pick("final, versi \(version)", "final, version \(version)") : pick("draf", "draft")
    }
    var editorTitle: String { pick("Notulen", "Minutes") }
    func lineOf(_ line: Int, _ lines: Int) -> String { pick("baris \(line)/\(lines)", "line \(line)/\(lines)") }
    func autosaved(_ time: String) -> String { pick("Tersimpan otomatis \(time)", "Autosaved \(time)") }
    var unsaved: String { pick("belum tersimpan", "not saved yet") }
    func recovered(_ time: String) -> String {
        pick("Ketikan yang belum disimpan (\(time)) dipulihkan.", "Unsaved typing (\(time)) recovered.")
    }
    var saveAndClose: String { pick("Simpan", "Save") }
    var helpSave: String { pick("Simpan notulen (tercatat di riwayat perubahan)", "Save the minutes (recorded in the change history)") }
    var helpTime: String { pick("Sisipkan jam sekarang [10.32]", "Insert the time now [10.32]") }
    var helpSpeaker: String { pick("Sisipkan nama pembicara dari daftar hadir", "Insert a speaker from the attendance") }
    var helpBack: String { pick("Simpan dan kembali", "Save and go back") }
    var helpKeywords: String {
        pick("Baris KEPUTUSAN: … menjadi draf keputusan; TINDAK LANJUT: … @nama tanggal menjadi tindak lanjut",
             "A line KEPUTUSAN: … drafts a decision; TINDAK LANJUT: … @name date an action item")
    }
    var helpEditing: String { pick("Ctrl-K potong baris, Ctrl-U tempel, Ctrl-Z batal, Ctrl-Y ulang, Ctrl-←/→ per kata",
                                   "Ctrl-K cut line, Ctrl-U paste, Ctrl-Z undo, Ctrl-Y redo, Ctrl-←/→ by word") }
    var time: String { pick("Jam", "Time") }
    var speaker: String { pick("Pembicara", "Speaker") }
    var speakerTitle: String { pick("Pilih pembicara", "Choose the speaker") }
    func minutesSaved(_ session: String) -> String { pick("Notulen \(session) tersimpan.", "Minutes of \(session) saved.") }
    var minutesLocked: String { pick("Notulen ini sudah final; dibuka hanya untuk dibaca.", "These minutes are final; open read-only.") }
    func typedBy(_ name: String) -> String {
        pick("Sedang diketik oleh \(name); ditampilkan hanya untuk dibaca dan diperbarui tiap beberapa detik.",
             "Being typed by \(name); shown read-only and refreshed every few seconds.")
    }
    func readOnlyBy(_ name: String) -> String { pick("hanya baca: \(name) mengetik", "read-only: \(name) typing") }
    var freeToEdit: String { pick("Notulen sudah disimpan oleh pengetiknya; kini dapat disunting di sini.", "The minutes were saved by their typist; you can edit them now.") }
    var nobodyPresent: String { pick("Belum ada yang hadir di sesi ini.", "Nobody is in this session yet.") }

    var finalise: String { pick("Finalkan", "Finalise") }
    var reopen: String { pick("Buka kembali", "Reopen") }
    var helpFinalise: String { pick("Selesaikan notulen: kunci sebagai versi berikutnya (tercatat)", "Finalise the minutes: lock them as the next version (recorded)") }
    var helpReopen: String { pick("Buka kembali notulen yang final, dengan alasan", "Reopen final minutes, with a reason") }
    func finalised(_ version: Int) -> String { pick("Notulen final, versi \(version).", "Minutes final, version \(version).") }
    var reopened: String { pick("Notulen dibuka kembali untuk diubah.", "Minutes reopened for changes.") }
    var reopenTitle: String { pick("Buka kembali notulen", "Reopen the minutes") }
    var pendingFirst: String {
        pick("Ada ketikan yang belum disimpan: buka penyunting (Enter) dan simpan dulu.", "There is unsaved typing: open the editor (Enter) and save it first.")
    }
    var notFinal: String { pick("Notulen ini belum final.", "These minutes are not final.") }
    func versionLine(_ version: Int, _ at: String, _ by: String, _ reopened: String?) -> String {
        pick("Versi \(version): final \(at) oleh \(by)", "Version \(version): final \(at) by \(by)")
            + (reopened.map { pick(" — dibuka kembali: \($0)", " — reopened: \($0)") } ?? "")
    }

    // Documents and the command line
    public var documentWords: MinutesText.Words {
        MinutesText.Words(title: pick("NOTULEN", "MINUTES"), session: pick("Sesi", "Session"), date: pick("Hari/tanggal", "Date"),
                          place: pick("Tempat", "Place"), time: pick("Waktu", "Time"), chairs: pick("Pimpinan sidang", "Chaired by"),
                          attendance: pick("Kehadiran", "Attendance"), quorum: pick("Kuorum", "Quorum"),
                          decisions: pick("Keputusan", "Decisions"), noMinutes: pick("(notulen belum ditulis)", "(no minutes yet)"),
                          noDecisions: pick("(tidak ada keputusan)", "(no decisions)"), status: "Status")
    }
    public func presentCounts(delegates: Int, observers: Int, guests: Int) -> String {
        pick("\(delegates) peserta, \(observers) peninjau, \(guests) undangan hadir", "\(delegates) delegates, \(observers) observers, \(guests) guests present")
    }
    /// The quorum line every Musda screen shows, impossible rules included.
    var adoptTitle: String { pick("Sahkan keputusan", "Adopt the decision") }
    /// Said before a decision, a verdict or an election result is recorded in a session without quorum.
    func noQuorumWarning(_ q: SessionQuorum) -> String {
        pick("Kuorum sesi ini tidak tercapai (\(q.present) hadir dari \(q.registered) peserta, syarat ≥ \(q.required)); "
             + "menurut tata tertib sidang ditunda (skorsing).",
             "This session has no quorum (\(q.present) present of \(q.registered) delegates, needs ≥ \(q.required)); "
             + "by the rules the session is adjourned.")
    }
    var adoptAnyway: String { pick("Tetap sahkan dan beri nomor?", "Adopt and number it anyway?") }
    var notAdopted: String { pick("Keputusan belum disahkan.", "The decision was not adopted.") }
    func quorumLine(_ q: SessionQuorum) -> String {
        q.cannotHold ? quorumCannotHold(required: q.required, registered: q.registered)
            : quorumLine(present: q.present, registered: q.registered, required: q.required, met: q.isMet)
    }

    /// The quorum without its label, for a document's `Kuorum :` line.
    public func quorumText(_ q: SessionQuorum) -> String {
        q.cannotHold ? quorumCannotHoldBody(required: q.required, registered: q.registered)
            : quorumBody(present: q.present, registered: q.registered, required: q.required, met: q.isMet)
    }
    public func unknownMusda(_ reference: String, known: [Musda]) -> String {
        pick("Musda \"\(reference)\" tidak dikenal. Yang ada: ", "Unknown Musda \"\(reference)\". There are: ")
            + known.map { "\($0.title) (\($0.date.year), ID \($0.id ?? 0))" }.joined(separator: ", ")
    }
    public func unknownSession(_ n: Int, count: Int) -> String {
        pick("Sesi \(n) tidak ada; Musda ini punya \(count) sesi (1–\(count)).", "There is no session \(n); this Musda has \(count) (1–\(count)).")
    }

    // Decisions
    var columnDecisionNumber: String { "No" }
    var columnLetterNumber: String { pick("Nomor surat", "Reference") }
    var columnDecision: String { pick("Keputusan", "Decision") }
    var columnSession: String { pick("Sesi", "Session") }
    public var draft: String { pick("draf", "draft") }
    var fromMinutes: String { pick("dari notulen", "from minutes") }
    var noDecisions: String { pick("Belum ada keputusan. Baris KEPUTUSAN: di notulen menjadi draf di sini.",
                                   "No decisions yet. KEPUTUSAN: lines in the minutes become drafts here.") }
    var addDecision: String { pick("Tambah", "Add") }
    var helpAddDecision: String { pick("Tambah draf keputusan langsung (tanpa notulen)", "Add a draft decision directly (not from minutes)") }
    var addDecisionTitle: String { pick("Draf keputusan", "Draft decision") }
    var decisionDrafted: String { pick("Draf keputusan ditambahkan; t untuk menetapkan.", "Draft decision added; t to adopt it.") }
    var adopt: String { pick("Tetapkan", "Adopt") }
    var helpAdopt: String { pick("Tetapkan draf ini: beri nomor keputusan berikutnya", "Adopt this draft: give it the next number") }
    var alreadyAdopted: String { pick("Keputusan ini sudah ditetapkan.", "This decision is already adopted.") }
    func adopted(_ number: String) -> String { pick("Ditetapkan sebagai \(number).", "Adopted as \(number).") }
}
