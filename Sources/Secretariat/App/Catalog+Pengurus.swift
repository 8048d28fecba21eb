import Domain
import Storage

// MARK: - Pengurus (terms, the board, seats, the person picker)
extension Catalog {
    /// Pengurus: terms, the board of a term, filling and ending seats.
    var board: BoardWords { BoardWords(catalog: self) }
    /// The person picker, shared by every screen that chooses a person.
    var picker: PickerWords { PickerWords(catalog: self) }
}

/// Words of the Pengurus screens only; shared words stay on `Catalog` (Catalog+Vocabulary).
struct BoardWords: FamilyWords {
    let catalog: Catalog

    // Terms list
    var columnTerm: String { pick("Periode", "Term") }
    var columnStart: String { pick("Mulai", "Start") }
    var columnEnd: String { pick("Selesai", "End") }
    var columnStatus: String { "Status" }
    var columnDecree: String { "SK" }
    var columnSeats: String { pick("Kursi", "Seats") }
    var noDecree: String { pick("belum ada", "none yet") }
    var noTerms: String { pick("Belum ada periode. Tekan a untuk menambah.", "No terms yet. Press a to add one.") }
    var openBoard: String { pick("Susunan", "Board") }
    var add: String { pick("Tambah", "Add") }
    var edit: String { pick("Ubah", "Edit") }
    var status: String { "Status" }
    var helpOpenBoard: String { pick("Buka susunan pengurus periode ini", "Open this term's board") }
    var helpAddTerm: String { pick("Tambah periode", "Add a term") }
    var helpEditTerm: String { pick("Ubah nama, tanggal, SK dan catatan periode", "Edit the term's name, dates, decree and note") }
    var helpStatus: String { pick("Ubah status periode (hanya maju), dengan alasan", "Change the term's status (forward only), with a reason") }
    var helpMove: String { pick("Pindah baris", "Move between rows") }
    var helpPage: String { pick("Halaman sebelumnya / berikutnya", "Previous / next page") }
    var helpEnds: String { pick("Baris pertama / terakhir", "First / last row") }
    func seatsFilled(_ filled: Int, of total: Int) -> String {
        pick("\(filled) dari \(total) kursi terisi", "\(filled) of \(total) seats filled")
    }

    // Term form
    var addTermTitle: String { pick("Tambah periode", "Add a term") }
    var editTermTitle: String { pick("Ubah periode", "Edit term") }
    var labelStandardSeats: String { pick("Kursi baku (8 bidang)", "Standard seats (8 bidang)") }
    var formHint: String { pick("Tab pindah isian · F2 simpan · Esc batal", "Tab next field · F2 save · Esc cancel") }
    func termSaved(_ name: String) -> String { pick("Periode \(name) tersimpan.", "Term \(name) saved.") }
    var save: String { pick("Simpan", "Save") }
    var helpSave: String { pick("Simpan", "Save") }
    var helpNextField: String { pick("Pindah isian", "Next field") }
    var helpCancel: String { pick("Batal, tutup tanpa menyimpan", "Cancel, close without saving") }
    var helpChoice: String { pick("Ganti pilihan", "Change the choice") }

    // Term status
    var statusTitle: String { pick("Ubah status periode", "Change the term's status") }
    var labelNewStatus: String { pick("Status baru", "New status") }
    var labelReason: String { pick("Alasan", "Reason") }
    var reasonRequired: String { pick("Alasan wajib diisi; dicatat di riwayat perubahan.", "A reason is required; it goes into the change history.") }
    var statusOrder: String { pick("Status hanya maju: persiapan → aktif → demisioner → selesai.",
                                   "Status only moves forward: in preparation → active → outgoing → closed.") }
    func noNextStatus(_ name: String) -> String {
        pick("Periode \(name) sudah selesai; statusnya tidak dapat diubah lagi.", "Term \(name) is closed; its status cannot change any more.")
    }
    var demoteTitle: String { pick("Satu periode aktif", "One active term") }
    func demoteQuestion(_ active: String, _ next: String) -> [String] {
        [pick("Periode \(active) masih aktif.", "Term \(active) is still active."),
         pick("Jadikan \(active) demisioner agar \(next) aktif?", "Make \(active) outgoing so that \(next) is active?")]
    }
    func statusChanged(_ name: String, _ status: String) -> String {
        pick("Status periode \(name) kini \(status).", "Term \(name) is now \(status).")
    }

    // Board
    var groupAdvisers: String { pick("PEMBINA / PENASEHAT", "PATRONS / ADVISERS") }
    var groupExecutive: String { pick("PENGURUS HARIAN", "EXECUTIVE") }
    func groupDepartment(_ name: String) -> String { pick("BIDANG ", "BIDANG ") + name.uppercased() }
    var vacant: String { pick("kosong", "vacant") }
    var erased: String { pick("[data dihapus]", "[erased]") }
    var columnSeat: String { pick("Jabatan", "Position") }
    var columnHolder: String { pick("Pemegang", "Holder") }
    var columnKTA: String { "KTA" }
    var columnSince: String { pick("Sejak", "Since") }
    var emptyBoard: String { pick("Periode ini belum punya kursi. Tekan b untuk menambah bidang, a untuk kursi.",
                                  "This term has no seats yet. Press b to add a bidang, a for a seat.") }
    var history: String { pick("Riwayat", "History") }
    var fillOrReplace: String { pick("Isi/Ganti", "Fill/Replace") }
    var endSeat: String { pick("Akhiri", "End") }
    var addSeat: String { pick("Tambah kursi", "Add seat") }
    var orgChart: String { pick("Bagan", "Chart") }
    var helpHistory: String { pick("Riwayat pemegang kursi ini, dengan tanggal", "This seat's holders, with dates") }
    var helpFill: String { pick("Isi kursi kosong atau ganti pemegangnya", "Fill a vacant seat or replace its holder") }
    var helpEnd: String { pick("Akhiri jabatan pemegang tanpa pengganti", "End the holder's term without a successor") }
    var helpAddSeat: String { pick("Tambah kursi di kelompok ini", "Add a seat to this group") }
    var helpRemoveSeat: String { pick("Hapus kursi (atau bidang) yang belum pernah diisi", "Remove a seat (or bidang) never filled") }
    var helpAddDepartment: String { pick("Tambah bidang", "Add a bidang") }
    var helpRenameDepartment: String { pick("Ubah nama bidang", "Rename the bidang") }
    var helpOrgChart: String { pick("Bagan organisasi periode ini", "This term's organisation chart") }
    var pickASeat: String { pick("Pilih sebuah kursi dulu (baris jabatan, bukan judul kelompok).", "Choose a seat first (a position row, not a group title).") }
    var pickADepartment: String { pick("Pilih judul bidang atau kursi di dalamnya.", "Choose a bidang title or one of its seats.") }
    var nothingToEnd: String { pick("Kursi ini kosong; tidak ada jabatan yang diakhiri.", "This seat is vacant; there is nothing to end.") }
    func assigned(_ name: String, _ seat: String, _ since: String) -> String {
        pick("\(name) memegang \(seat) sejak \(since).", "\(name) holds \(seat) from \(since).")
    }
    func ended(_ seat: String, _ on: String) -> String {
        pick("Jabatan \(seat) berakhir \(on); kursi kosong.", "\(seat) ended on \(on); the seat is vacant.")
    }

    // Seat history
    func historyTitle(_ seat: String) -> String { pick("Riwayat: \(seat)", "History: \(seat)") }
    var columnUntil: String { pick("Sampai", "Until") }
    var columnNote: String { pick("Keterangan", "Note") }
    var holding: String { pick("menjabat", "holding") }
    var termEnded: String { pick("akhir periode", "end of term") }
    var historyKeys: String { pick("Esc tutup", "Esc close") }
    var noHistory: String { pick("Kursi ini belum pernah diisi.", "This seat has never been filled.") }
    func endReasonName(_ reason: AssignmentEndReason) -> String {
        switch reason {
        case .mengundurkanDiri: return pick("mengundurkan diri", "resigned")
        case .meninggal: return pick("meninggal", "died")
        case .diberhentikan: return pick("diberhentikan", "dismissed")
        case .rotasi: return pick("rotasi", "rotation")
        }
    }

    // Fill, replace, end
    func fillTitle(_ seat: String) -> String { pick("Isi kursi: \(seat)", "Fill seat: \(seat)") }
    func replaceTitle(_ seat: String) -> String { pick("Ganti: \(seat)", "Replace: \(seat)") }
    func endTitle(_ seat: String) -> String { pick("Akhiri: \(seat)", "End: \(seat)") }
    var labelPerson: String { pick("Orang", "Person") }
    var labelOutgoing: String { pick("Pemegang lama", "Outgoing") }
    var labelHandover: String { pick("Tanggal serah terima", "Handover date") }
    var labelLastDay: String { pick("Berakhir mulai", "Ends from") }
    var labelNote: String { pick("Keterangan", "Note") }
    var chooseReason: String { pick("(pilih)", "(choose)") }
    var replaceExplain: String {
        pick("Pemegang lama berhenti pada tanggal ini dan pemegang baru mulai pada hari yang sama.",
             "The outgoing holder stops on this date and the new one starts the same day.")
    }
    var endExplain: String { pick("Mulai tanggal ini kursi kosong; riwayatnya tetap tersimpan.", "From this date the seat is vacant; its history stays.") }
    var overrideTitle: String { pick("Perlu alasan", "A reason is needed") }
    var overrideIntro: String {
        pick("Pilihan ini memunculkan peringatan. Tulis alasannya (dicatat di riwayat perubahan):",
             "This choice raises warnings. Type the reason (it goes into the change history):")
    }
    var overrideKeys: String { pick("Enter simpan · Esc kembali", "Enter save · Esc back") }

    // Seats and bidang
    var addSeatTitle: String { pick("Tambah kursi", "Add a seat") }
    var labelSeatKind: String { pick("Jenis jabatan", "Kind") }
    var addDepartmentTitle: String { pick("Tambah bidang", "Add a bidang") }
    var renameDepartmentTitle: String { pick("Ubah nama bidang", "Rename the bidang") }
    func removeSeatQuestion(_ seat: String) -> [String] {
        [pick("Hapus kursi \(seat)?", "Remove the seat \(seat)?"),
         pick("Hanya kursi yang belum pernah diisi yang dapat dihapus.", "Only a seat never filled can be removed.")]
    }
    func removeDepartmentQuestion(_ name: String) -> [String] {
        [pick("Hapus bidang \(name) beserta kursinya yang kosong?", "Remove the bidang \(name) and its empty seats?"),
         pick("Bidang yang kursinya pernah diisi tidak dapat dihapus.", "A bidang whose seats were ever filled cannot be removed.")]
    }
    var removeTitle: String { pick("Hapus", "Remove") }
    func seatAdded(_ seat: String) -> String { pick("Kursi \(seat) ditambahkan.", "Seat \(seat) added.") }
    func seatRemoved(_ seat: String) -> String { pick("Kursi \(seat) dihapus.", "Seat \(seat) removed.") }
    func departmentSaved(_ name: String) -> String { pick("Bidang \(name) tersimpan.", "Bidang \(name) saved.") }
    func departmentRemoved(_ name: String) -> String { pick("Bidang \(name) dihapus.", "Bidang \(name) removed.") }
    var removeReason: String { pick("Dihapus dari susunan pengurus", "Removed from the board") }
    func positionKindName(_ kind: PositionKind) -> String {
        switch kind {
        case .pembina: return "Pembina"
        case .penasehat: return pick("Penasehat", "Adviser")
        case .ketua: return pick("Ketua", "Chair")
        case .wakilKetua: return pick("Wakil Ketua", "Vice-chair")
        case .sekretaris: return pick("Sekretaris", "Secretary")
        case .wakilSekretaris: return pick("Wakil Sekretaris", "Deputy secretary")
        case .bendahara: return pick("Bendahara", "Treasurer")
        case .wakilBendahara: return pick("Wakil Bendahara", "Deputy treasurer")
        case .koordinator: return pick("Koordinator", "Coordinator")
        case .anggotaBidang: return pick("Anggota", "Member")
        }
    }
}

/// Words of the person picker (Pengurus now; Musda attendance and candidates later).
struct PickerWords: FamilyWords {
    let catalog: Catalog

    var title: String { pick("Pilih orang", "Choose a person") }
    var label: String { pick("Cari:", "Search:") }
    var placeholder: String { pick("nama, NIK atau KTA", "name, NIK or KTA") }
    var typeToSearch: String { pick("Ketik sebagian nama, NIK atau KTA.", "Type part of a name, NIK or KTA.") }
    var noMatch: String { pick("Tidak ada yang cocok.", "No match.") }
    var searching: String { pick("mencari…", "searching…") }
    var noMatchAddNew: String { pick("Tidak ada yang cocok. Ctrl-N: catat sebagai orang baru (bukan anggota).",
                                     "No match. Ctrl-N: record as a new person (not a member).") }
    var newPerson: String { pick("Orang baru", "New person") }
    var helpNewPerson: String { pick("Catat orang yang belum ada di daftar, dengan nama yang diketik (bukan anggota)",
                                     "Record someone not in the register, under the typed name (not a member)") }
    var typeNameFirst: String { pick("Ketik namanya dulu.", "Type the name first.") }
    func alreadyInRegister(_ name: String) -> String {
        pick("\(name) sudah ada di register: pilih dari daftar dengan Enter, atau ketik nama yang berbeda.",
             "\(name) is already in the register: choose them with Enter, or type a different name.")
    }
    var newPersonSource: String { pick("Daftar hadir Musda", "Musda attendance") }
    func count(_ n: Int, more: Bool) -> String {
        more ? pick("\(n)+ cocok; ketik lebih banyak untuk mempersempit", "\(n)+ matches; type more to narrow")
             : pick("\(n) cocok", "\(n) matches")
    }
    var columnName: String { pick("Nama", "Name") }
    var columnKTA: String { "KTA" }
    var columnStatus: String { "Status" }
    var columnRegency: String { pick("Kab/Kota", "Regency") }
    var notAMember: String { pick("bukan anggota", "not a member") }
    var choose: String { pick("Pilih", "Choose") }
    var helpType: String { pick("Ketik nama, NIK atau KTA; hasil mengikuti tiap huruf", "Type a name, NIK or KTA; matches follow each letter") }
    var helpMove: String { pick("Pindah di antara hasil", "Move among the matches") }
    var helpChoose: String { pick("Pilih orang yang disorot", "Choose the highlighted person") }
    /// The chooser of words (a status, a class, a field): not people.
    var columnChoice: String { pick("Pilihan", "Choice") }
    var helpChooseItem: String { pick("Pilih baris yang disorot", "Choose the highlighted row") }
    var helpCancel: String { pick("Batal, tutup pemilih", "Cancel, close the picker") }
}
