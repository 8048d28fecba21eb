import Domain
import Storage

// MARK: - Musda outcomes (the LPJ, Pemilihan and Formatur tabs, the handover screen)
extension Catalog {
    var outcome: OutcomeWords { OutcomeWords(catalog: self) }
}

/// Words of the Musda outcome tabs and the handover (issue 12).
struct OutcomeWords: FamilyWords {
    let catalog: Catalog

    var tabElection: String { pick("Pemilihan", "Election") }
    var tabFormatur: String { "Formatur" }

    // Summary
    var noVerdict: String { pick("belum diputus", "no verdict yet") }
    var notElected: String { pick("belum ditetapkan", "not declared yet") }
    func formaturLine(count: Int, _ progress: FormaturProgress, _ c: Catalog) -> String {
        pick("\(count) orang", "\(count) people") + " · " + progressText(progress, c)
    }

    // LPJ
    var editReport: String { pick("Laporan", "Report") }
    var helpEditReport: String { pick("Catat laporan: periode, sesi penyampaian, ringkasan", "Record the report: term, session, summary") }
    var verdict: String { pick("Putusan", "Verdict") }
    var helpVerdict: String {
        pick("Catat putusan LPJ pada sesi aktif (sekali; periode menjadi demisioner)",
             "Record the LPJ verdict in the current session (once; the term becomes demisioner)")
    }
    func verdictName(_ v: LPJ.Verdict) -> String {
        switch v {
        case .diterima: return pick("diterima", "accepted")
        case .diterimaDenganCatatan: return pick("diterima dengan catatan", "accepted with notes")
        case .ditolak: return pick("ditolak", "rejected")
        }
    }
    var reportTitle: String { pick("Laporan Pertanggungjawaban (LPJ)", "Accountability report (LPJ)") }
    var labelTerm: String { pick("Periode", "Term") }
    var labelPresentedIn: String { pick("Disampaikan di", "Presented in") }
    var noSessionChoice: String { pick("(belum ditentukan)", "(not set)") }
    var reportSaved: String { pick("Laporan LPJ tersimpan.", "LPJ report saved.") }
    func reportLine(term: String, presented: String) -> String {
        pick("Periode \(term) · disampaikan: \(presented)", "Term \(term) · presented: \(presented)")
    }
    func verdictWord(_ verdict: String) -> String { pick("Putusan: \(verdict.uppercased())", "Verdict: \(verdict.uppercased())") }
    /// After the verdict: its decision's number, else the session it was reached in.
    func verdictDetail(session: String?, number: String?) -> String {
        if let number { return pick(" · Keputusan \(number)", " · Decision \(number)") }
        return session.map { " · \($0)" } ?? ""
    }
    var verdictPending: String { pick("Putusan: belum ada (tekan v pada sesi putusan)", "Verdict: none yet (press v in the deciding session)") }
    var more: String { pick("… (e: selengkapnya)", "… (e: all of it)") }
    var notePrefix: String { pick("Catatan: ", "Notes: ") }
    var summaryPrefix: String { pick("Ringkasan: ", "Summary: ") }
    var noSummary: String { pick("belum dicatat (tekan e)", "not recorded (press e)") }
    func programmesOf(_ term: String, count: Int) -> String {
        pick("Program kerja periode \(term) dan realisasinya (\(count)):", "Programmes of term \(term) and their realisation (\(count)):")
    }
    var noProgrammes: String { pick("Periode ini belum punya program kerja.", "This term has no programmes.") }
    var verdictTitle: String { pick("Putusan LPJ", "LPJ verdict") }
    func verdictNoteTitle(_ verdict: String) -> String { pick("Catatan putusan: \(verdict)", "Verdict notes: \(verdict)") }
    func verdictQuestion(_ verdict: String, term: String, session: String) -> [String] {
        [pick("Catat putusan LPJ \"\(verdict)\" pada \(session)?", "Record the LPJ verdict \"\(verdict)\" in \(session)?"),
         pick("Periode \(term) menjadi demisioner, dan putusan diberi nomor keputusan berikutnya.",
              "Term \(term) becomes demisioner, and the verdict gets the next decision number."),
         pick("Putusan dicatat sekali dan tidak dapat diganti.", "A verdict is recorded once and cannot be replaced.")]
    }
    func verdictDecisionTitle(_ v: LPJ.Verdict, term: String) -> String {
        switch v {
        case .diterima: return "Penerimaan Laporan Pertanggungjawaban Pengurus DPD Periode \(term)"
        case .diterimaDenganCatatan: return "Penerimaan dengan Catatan Laporan Pertanggungjawaban Pengurus DPD Periode \(term)"
        case .ditolak: return "Penolakan Laporan Pertanggungjawaban Pengurus DPD Periode \(term)"
        }
    }
    func verdictRecorded(_ verdict: String, number: String, term: String) -> String {
        pick("LPJ \(verdict): keputusan \(number); periode \(term) demisioner.", "LPJ \(verdict): decision \(number); term \(term) is demisioner.")
    }

    // Pemilihan
    var chairWord: String { pick("Ketua", "Chair") }
    func defaultOffice(_ term: String) -> String { "Ketua DPD IPSPI Sumatera Selatan \(term)" }
    var addCandidate: String { pick("Tambah calon", "Add candidate") }
    var helpAddCandidate: String { pick("Tambah calon (cari nama, NIK atau KTA)", "Add a candidate (search name, NIK or KTA)") }
    var votes: String { pick("Suara", "Votes") }
    var helpVotes: String { pick("Ketik perolehan suara calon terpilih di daftar", "Type the selected candidate's votes") }
    var counts: String { pick("Hitungan", "Counts") }
    var helpCounts: String { pick("Surat suara, abstain dan suara tidak sah", "Ballots cast, abstain and invalid ballots") }
    var declare: String { pick("Tetapkan", "Declare") }
    var helpDeclare: String {
        pick("Tetapkan calon di daftar sebagai terpilih, pada sesi aktif dan jam ini, dengan nomor keputusan",
             "Declare the selected candidate elected, in the current session at this time, with a decision number")
    }
    var helpMethod: String { pick("Metode: pemungutan suara atau aklamasi", "Method: vote or acclamation") }
    var helpOffice: String { pick("Ubah jabatan yang dipilih", "Edit the office being elected") }
    var helpWitness: String { pick("Tambah atau hapus saksi (dari yang hadir di sesi aktif)", "Add or remove a witness (from those present)") }
    var helpRemoveCandidate: String { pick("Hapus calon (sebelum hasil ditetapkan)", "Remove the candidate (before the result)") }
    func methodName(_ m: Election.Method) -> String {
        switch m {
        case .vote: return pick("pemungutan suara", "vote")
        case .acclamation: return pick("aklamasi", "acclamation")
        }
    }
    var candidateTitle: String { pick("Tambah calon", "Add a candidate") }
    func ineligibleTitle(_ name: String) -> String { pick("Alasan pencalonan: \(name)", "Reason for the candidacy: \(name)") }
    var reasonNeeded: String { pick("Calon tetap dapat dicatat dengan alasan.", "The candidate can stand with a reason.") }
    func alreadyCandidate(_ name: String) -> String { pick("\(name) sudah menjadi calon.", "\(name) is already a candidate.") }
    func candidateAdded(_ name: String) -> String { pick("Calon \(name) ditambahkan.", "Candidate \(name) added.") }
    func candidateRemoved(_ name: String) -> String { pick("Calon \(name) dihapus.", "Candidate \(name) removed.") }
    var removeCandidateTitle: String { pick("Hapus calon", "Remove candidate") }
    func removeCandidateQuestion(_ name: String, votes: Int?) -> [String] {
        let lost = votes.map { v in pick("Perolehan \(v) suara yang sudah diketik ikut terhapus.", "The \(v) votes typed for them go too.") }
        return [pick("Hapus \(name) dari daftar calon?", "Remove \(name) from the candidates?")] + (lost.map { [$0] } ?? [])
    }
    var candidateKept: String { pick("Calon tidak dihapus.", "The candidate was kept.") }
    func votesTitle(_ name: String) -> String { pick("Perolehan suara: \(name)", "Votes: \(name)") }
    var votesInvalid: String { pick("Ketik jumlah suara dengan angka 0–9.", "Type the votes in digits 0–9.") }
    var votesSaved: String { pick("Perolehan suara tersimpan, seperti diketik.", "Votes saved as typed.") }
    var noVotesInAcclamation: String { pick("Aklamasi tidak memakai hitungan suara.", "Acclamation has no vote count.") }
    var countsTitle: String { pick("Hitungan surat suara", "Ballot count") }
    func countsIntro(present: Int?) -> String {
        pick("Ketik angka seperti dibacakan; tidak dikoreksi.", "Type the figures as read out; they are not corrected.")
            + (present.map { pick(" Peserta hadir di sesi: \($0).", " Delegates present: \($0).") } ?? "")
    }
    var labelBallots: String { pick("Surat suara", "Ballots cast") }
    var labelAbstentions: String { "Abstain" }
    var labelInvalid: String { pick("Tidak sah", "Invalid") }
    var countsSaved: String { pick("Hitungan tersimpan, seperti diketik.", "Counts saved as typed.") }
    var methodTitle: String { pick("Metode pemilihan", "Election method") }
    var acclamationTitle: String { pick("Aklamasi: mengapa tanpa pemungutan suara?", "Acclamation: why no vote?") }
    func methodSaved(_ name: String) -> String { pick("Metode: \(name).", "Method: \(name).") }
    var officeTitle: String { pick("Jabatan yang dipilih", "Office being elected") }
    var labelOffice: String { pick("Jabatan", "Office") }
    var officeSaved: String { pick("Jabatan tersimpan.", "Office saved.") }
    var declareTitle: String { pick("Tetapkan hasil pemilihan", "Declare the result") }
    func declareQuestion(name: String, office: String, session: String?, time: String, warnings: [String]) -> [String] {
        var lines = [pick("Tetapkan \(name) sebagai \(office)?", "Declare \(name) elected \(office)?"),
                     pick("Dicatat pada \(session ?? "–") pukul \(time), dengan nomor keputusan berikutnya.",
                          "Recorded in \(session ?? "–") at \(time), with the next decision number.")]
        if !warnings.isEmpty {
            lines.append(pick("Perhatian: ", "Note: ") + warnings.joined(separator: "; ")
                         + pick(" (angka disimpan seperti diketik).", " (figures are kept as typed)."))
        }
        return lines
    }
    func electionDecisionTitle(_ office: String) -> String { "Penetapan \(office) Terpilih" }
    func electionDecisionText(name: String, office: String, method: Election.Method, votes: Int?) -> String {
        switch method {
        case .acclamation: return "Menetapkan \(name) sebagai \(office) secara aklamasi."
        case .vote: return "Menetapkan \(name) sebagai \(office) melalui pemungutan suara" + (votes.map { " dengan \($0) suara." } ?? ".")
        }
    }
    func declared(_ name: String, number: String) -> String {
        pick("\(name) ditetapkan terpilih; keputusan \(number).", "\(name) declared elected; decision \(number).")
    }
    var witnessTitle: String { pick("Saksi (pilih lagi untuk menghapus)", "Witness (choose again to remove)") }
    func witnessAdded(_ name: String) -> String { pick("\(name) menjadi saksi.", "\(name) is a witness.") }
    func witnessRemoved(_ name: String) -> String { pick("\(name) bukan saksi lagi.", "\(name) is no longer a witness.") }
    func officeLine(_ office: String, method: String) -> String { "\(office) · \(method)" }
    func declaredLine(session: String, time: String) -> String {
        pick("Ditetapkan pukul \(time), \(session)", "Declared at \(time), \(session)")
    }
    func decisionLine(_ number: String) -> String { pick("Keputusan \(number)", "Decision \(number)") }
    var notDeclared: String { pick("Hasil belum ditetapkan (t pada calon terpilih)", "Result not declared yet (t on the winner)") }
    var columnVotes: String { pick("Suara", "Votes") }
    var columnResult: String { pick("Hasil", "Result") }
    var elected: String { pick("TERPILIH", "ELECTED") }
    func ineligible(_ reason: String) -> String { pick("tidak memenuhi syarat: \(reason)", "not eligible: \(reason)") }
    var noCandidatesYet: String { pick("Belum ada calon. Tekan a untuk menambah.", "No candidates yet. Press a to add one.") }
    func countsLine(ballots: Int?, abstentions: Int?, invalid: Int?, counted: Int, present: Int?) -> String {
        func n(_ v: Int?) -> String { v.map(String.init) ?? "–" }
        return pick("Surat suara \(n(ballots)) · abstain \(n(abstentions)) · tidak sah \(n(invalid)) · terhitung \(counted) · peserta hadir \(n(present))",
                    "Ballots \(n(ballots)) · abstain \(n(abstentions)) · invalid \(n(invalid)) · counted \(counted) · delegates present \(n(present))")
    }
    func acclamationLine(_ reason: String) -> String { pick("Tanpa pemungutan suara: \(reason)", "No vote held: \(reason)") }
    var keptAsEntered: String { pick("disimpan seperti diketik", "kept as typed") }
    func witnessLine(_ names: [String]) -> String {
        pick("Saksi: ", "Witnesses: ") + (names.isEmpty ? pick("belum ada (tekan s)", "none yet (press s)") : names.joined(separator: ", "))
    }

    // Formatur
    var addMember: String { pick("Tambah anggota", "Add member") }
    var helpAddMember: String { pick("Tambah anggota formatur (ketua terpilih ikut otomatis)", "Add a formatur member (the chair-elect joins first)") }
    var helpRemoveMember: String { pick("Hapus anggota formatur", "Remove the formatur member") }
    var deadlineWord: String { pick("Tenggat", "Deadline") }
    var helpDeadline: String { pick("Tenggat menyusun pengurus (bawaan 14 hari)", "Deadline to compose the board (14 days by default)") }
    var handoverWord: String { pick("Serah terima", "Handover") }
    var helpHandover: String {
        pick("Serah terima: periode baru dengan ketua terpilih, program yang belum selesai dilanjutkan",
             "Handover: the new term with the chair-elect, unfinished programmes carried over")
    }
    var helpUndoHandover: String { pick("Batalkan serah terima (selama periode baru belum diisi)", "Undo the handover (while the new term is untouched)") }
    var formaturTitle: String { pick("Tambah anggota formatur", "Add a formatur member") }
    func alreadyMember(_ name: String) -> String { pick("\(name) sudah anggota formatur.", "\(name) is already in the formatur.") }
    func memberAdded(_ name: String) -> String { pick("\(name) masuk formatur.", "\(name) joined the formatur.") }
    func memberRemoved(_ name: String) -> String { pick("\(name) keluar dari formatur.", "\(name) left the formatur.") }
    var membersFirst: String { pick("Tambahkan anggota formatur dulu (a); tenggat dicatat bersama mereka.",
                                    "Add the formatur's members first (a); the deadline is kept with them.") }
    var labelDeadline: String { pick("Tenggat", "Deadline") }
    var deadlineTitle: String { pick("Tenggat formatur", "Formatur deadline") }
    func deadlineSaved(_ date: String) -> String { pick("Tenggat formatur: \(date).", "Formatur deadline: \(date).") }
    var columnRole: String { pick("Peran", "Role") }
    var chairElect: String { pick("ketua terpilih", "chair-elect") }
    var member: String { pick("anggota", "member") }
    var noFormatur: String { pick("Belum ada formatur. Tekan a untuk menambah.", "No formatur yet. Press a to add.") }
    func progressText(_ progress: FormaturProgress, _ c: Catalog) -> String {
        switch progress {
        case .composed: return pick("pengurus sudah disusun", "board composed")
        case .noDeadline: return pick("tanpa tenggat", "no deadline")
        case .due(let days, let deadline):
            return days == 0 ? pick("tenggat hari ini (\(c.shortDate(deadline)))", "due today (\(c.shortDate(deadline)))")
                : pick("sisa \(days) hari (tenggat \(c.shortDate(deadline)))", "\(days) days left (due \(c.shortDate(deadline)))")
        case .overdue(let days, let deadline):
            return pick("LEWAT \(days) hari dari tenggat \(c.shortDate(deadline))", "OVERDUE by \(days) days (due \(c.shortDate(deadline)))")
        }
    }
    func deadlineLine(_ progress: FormaturProgress, _ c: Catalog) -> String {
        pick("Menyusun pengurus: ", "Composing the board: ") + progressText(progress, c)
    }
    func deadlineWas(_ date: String) -> String { pick(" (tenggat \(date))", " (due \(date))") }
    var handoverPending: String { pick("Serah terima: belum (tekan s).", "Handover: not yet (press s).") }
    func termOpened(_ term: String) -> String {
        pick("Periode \(term) sudah dibuka oleh Musda ini.", "Term \(term) was opened by this Musda already.")
    }
    func handoverDone(term: String, when: String, by: String, carried: Int, dropped: Int, finished: Int) -> String {
        pick("Serah terima \(when) oleh \(by): periode \(term); program dilanjutkan \(carried), dihentikan \(dropped), selesai \(finished).",
             "Handed over \(when) by \(by): term \(term); programmes carried \(carried), dropped \(dropped), finished \(finished).")
    }
    var noHandover: String { pick("Belum ada serah terima.", "No handover yet.") }
    var noOutgoingTerm: String {
        pick("Periode yang diakhiri belum diketahui: catat periode LPJ dulu (tab LPJ, e).",
             "The outgoing term is not known: record the LPJ's term first (LPJ tab, e).")
    }
    var undoTitle: String { pick("Batalkan serah terima", "Undo the handover") }
    func undoQuestion(_ term: String) -> [String] {
        [pick("Hapus periode \(term) dan kembalikan status program yang diputuskan?", "Remove term \(term) and restore the programmes' statuses?"),
         pick("Hanya bisa selama periode baru belum diisi data baru.", "Only while the new term holds no new data.")]
    }
    var undone: String { pick("Serah terima dibatalkan.", "Handover undone.") }

    // The handover screen
    var carryOver: String { pick("Lanjutkan", "Carry over") }
    var helpCarryOver: String { pick("Lanjutkan program ini di periode baru", "Carry this programme into the new term") }
    var drop: String { pick("Hentikan", "Drop") }
    var helpDrop: String { pick("Hentikan program ini (dengan alasan)", "Drop this programme (with a reason)") }
    var finished: String { pick("Selesai", "Done") }
    var helpFinished: String { pick("Program ini ternyata selesai", "This programme was done after all") }
    var seatsWord: String { pick("Kursi", "Seats") }
    var helpSeats: String { pick("Kursi dari periode lalu atau dari templat", "Seats from the last term or from the template") }
    var seatsKey: Character { "t" }
    var commit: String { pick("Serah terima", "Hand over") }
    var helpCommit: String { pick("Lakukan serah terima (satu transaksi, dengan konfirmasi)", "Hand over (one transaction, confirmed)") }
    func dropTitle(_ title: String) -> String { pick("Hentikan: \(title)", "Drop: \(title)") }
    func newTermLine(_ name: String, from: String, to: String) -> String {
        pick("Periode baru \(name): \(from) – \(to), status persiapan", "New term \(name): \(from) – \(to), status persiapan")
    }
    func chairLine(_ name: String) -> String { pick("Ketua: \(name) (terpilih)", "Ketua: \(name) (elected)") }
    func seatsLine(_ source: SeatSource, previous: String) -> String {
        switch source {
        case .previousTerm: return pick("Kursi: disalin dari periode \(previous), kosong kecuali Ketua (t: templat)",
                                        "Seats: copied from term \(previous), vacant but the Ketua (t: template)")
        case .template: return pick("Kursi: dari templat pengurus, kosong kecuali Ketua (t: periode lalu)",
                                    "Seats: from the board template, vacant but the Ketua (t: last term)")
        }
    }
    func programmesTitle(_ term: String, count: Int) -> String {
        pick("Program periode \(term) yang belum selesai (\(count)):", "Unfinished programmes of term \(term) (\(count)):")
    }
    var columnBefore: String { pick("Status", "Status") }
    var columnFate: String { pick("Keputusan", "Decision") }
    func fateName(_ fate: ProgrammeHandover) -> String {
        switch fate {
        case .carryOver: return pick("dilanjutkan", "carried over")
        case .finished: return pick("selesai", "done")
        case .drop(let reason): return pick("dihentikan: ", "dropped: ") + reason
        }
    }
    var nothingUnfinished: String { pick("Semua program periode ini sudah selesai.", "Every programme of this term is done.") }
    func commitQuestion(term: String, chair: String, carried: Int, dropped: Int, finished: Int) -> [String] {
        [pick("Buat periode \(term) dengan \(chair) sebagai Ketua?", "Create term \(term) with \(chair) as Ketua?"),
         pick("Program: \(carried) dilanjutkan, \(dropped) dihentikan, \(finished) selesai.",
              "Programmes: \(carried) carried over, \(dropped) dropped, \(finished) done."),
         pick("Semua dalam satu transaksi; dapat dibatalkan selama periode baru belum diisi.",
              "All in one transaction; it can be undone while the new term is untouched.")]
    }
    func handedOver(_ term: String, chair: String) -> String {
        pick("Serah terima selesai: periode \(term), Ketua \(chair).", "Handed over: term \(term), Ketua \(chair).")
    }
}
