import Domain
import Storage

// MARK: - Program Kerja (programmes, activities, partners)
extension Catalog {
    public var work: WorkWords { WorkWords(catalog: self) }
}

/// Words of the Program Kerja screens only; shared words stay on `Catalog` (Catalog+Vocabulary).
public struct WorkWords: FamilyWords {
    let catalog: Catalog

    // Tabs
    var tabProgrammes: String { pick("Program", "Programmes") }
    var tabActivities: String { pick("Kegiatan", "Activities") }
    var tabPartners: String { pick("Mitra", "Partners") }

    // The programme list
    func termLine(_ name: String, _ status: String) -> String { pick("Periode \(name) (\(status))", "Term \(name) (\(status))") }
    func filterLine(status: String?, department: String?) -> String {
        pick("Status: \(status ?? "semua") · Bidang: \(department ?? "semua")", "Status: \(status ?? "all") · Bidang: \(department ?? "all")")
    }
    var columnProgramme: String { "Program" }
    var columnDepartment: String { pick("Bidang", "Bidang") }
    var columnStatus: String { "Status" }
    var columnPeriod: String { pick("Masa", "Period") }
    var columnProgress: String { pick("Capaian", "Progress") }
    var noProgrammes: String { pick("Belum ada program kerja pada periode ini.", "No work programmes in this term yet.") }
    var noMatch: String { pick("Tidak ada program yang cocok dengan saringan.", "No programme matches the filter.") }
    var noTerm: String { pick("Belum ada periode; tambahkan di Pengurus.", "No term yet; add one under Pengurus.") }
    func candidates(_ n: Int) -> String {
        pick("\(n) program belum selesai: kandidat dilanjutkan ke periode berikutnya (s: saring).",
             "\(n) unfinished programmes: candidates to carry over to the next term (s: filter).")
    }
    var candidateFilter: String { pick("kandidat dilanjutkan", "to carry over") }
    var candidateMark: String { pick("kandidat", "candidate") }
    func statusName(_ s: Programme.Status) -> String {
        switch s {
        case .rencana: return pick("rencana", "planned")
        case .berjalan: return pick("berjalan", "running")
        case .selesai: return pick("selesai", "done")
        case .tertunda: return pick("tertunda", "stalled")
        case .dilanjutkan: return pick("dilanjutkan", "carried over")
        case .dibatalkan: return pick("dibatalkan", "dropped")
        }
    }
    var all: String { pick("semua", "all") }
    var noDepartment: String { "—" }
    var termWord: String { pick("Periode", "Term") }
    var filterStatus: String { pick("Status", "Status") }
    var filterDepartment: String { pick("Bidang", "Bidang") }
    var chooseStatusTitle: String { pick("Saring menurut status", "Filter by status") }
    var chooseDepartmentTitle: String { pick("Saring menurut bidang", "Filter by bidang") }
    var helpOpen: String { pick("Buka program, kegiatan atau mitra ini", "Open this programme, activity or partner") }
    var helpAdd: String { pick("Tambah program, kegiatan atau mitra", "Add a programme, activity or partner") }
    var helpEdit: String { pick("Ubah yang terpilih", "Edit the selected one") }
    var helpFilterStatus: String { pick("Saring program menurut status (juga: kandidat dilanjutkan)", "Filter programmes by status (also: to carry over)") }
    var helpFilterDepartment: String { pick("Saring program menurut bidang", "Filter programmes by bidang") }
    var helpTerm: String { pick("Periode sebelumnya / berikutnya", "Previous / next term") }
    var helpTabs: String { pick("Pindah tab: Program, Kegiatan, Mitra (juga ←/→)", "Change tab: Programmes, Activities, Partners (also ←/→)") }
    var nextTab: String { pick("Ganti tab", "Next tab") }
    var firstTerm: String { pick("Ini periode pertama.", "This is the first term.") }
    var lastTerm: String { pick("Ini periode terakhir.", "This is the last term.") }
    func entriesShown(_ shown: Int, of total: Int) -> String {
        pick(" — \(shown) terbaru dari \(total) entri; semuanya ada di ekspor programmes", " — newest \(shown) of \(total); all of them in the programmes export")
    }
    func moreKnownThanTotal(_ known: Int, _ total: Int) -> String {
        pick("⚠ \(known) peserta dikenal di register, lebih dari total \(total) yang dilaporkan",
             "⚠ \(known) participants known in the register, more than the \(total) reported")
    }
    var add: String { pick("Tambah", "Add") }
    var edit: String { pick("Ubah", "Edit") }
    var saved: String { pick("Tersimpan.", "Saved.") }

    /// `124/200 (62%)`; a milestone: `tercapai` / `belum`.
    func progressLabel(_ t: TargetProgress) -> String {
        switch t.target.kind {
        case .numeric:
            let aim = t.target.value.map(String.init) ?? "?"
            guard let realised = t.realised else { return pick("0/\(aim) (belum ada)", "0/\(aim) (none yet)") }
            return "\(realised)/\(aim) (\(t.percent ?? 0)%)"
        case .milestone:
            return t.realised == 1 ? pick("tercapai", "reached") : pick("belum tercapai", "not reached")
        }
    }
    /// The list's gauge: one numeric target's figure, or the mean of several (each counted up
    /// to its target), with how many.
    func overallLabel(_ row: ProgrammeRow) -> String? {
        let numeric = row.numericTargets
        guard let progress = row.progress else { return nil }
        if numeric.count == 1 { return progressLabel(numeric[0]) }
        return pick("\(Int(progress * 100))% dari \(numeric.count) sasaran", "\(Int(progress * 100))% of \(numeric.count) targets")
    }
    /// The gauge's figure where the full one leaves no room: `62%`.
    func shortProgress(_ fraction: Double) -> String { "\(Int(fraction * 100))%" }
    func period(_ start: LocalDate, _ end: LocalDate?) -> String {
        let s = catalog.shortDate(start)
        return end.map { "\(s) – \(catalog.shortDate($0))" } ?? pick("sejak \(s)", "from \(s)")
    }
    func periodYears(_ start: LocalDate, _ end: LocalDate?) -> String { end.map { "\(start.year)–\($0.year)" } ?? "\(start.year)–" }

    // The programme page
    func programmeHead(term: String, department: String?, status: String) -> String {
        pick("Periode \(term) · Bidang \(department ?? "—") · Status \(status)", "Term \(term) · Bidang \(department ?? "—") · Status \(status)")
    }
    func periodLine(_ text: String) -> String { pick("Masa: \(text)", "Period: \(text)") }
    func carriedFrom(_ link: ProgrammeLink) -> String {
        pick("Lanjutan dari: \(link.title) (\(link.termName))", "Carries on: \(link.title) (\(link.termName))")
    }
    func carriedTo(_ links: [ProgrammeLink]) -> String {
        let list = links.map { "\($0.title) (\($0.termName))" }.joined(separator: "; ")
        return pick("Dilanjutkan ke: \(list)", "Carried on in: \(list)")
    }
    var candidateLine: String {
        pick("Belum selesai dan belum dilanjutkan: kandidat dilanjutkan pada serah terima Musda.",
             "Unfinished and not carried on: a candidate to carry over at the Musda handover.")
    }
    func partnersLine(_ names: [String]) -> String { pick("Mitra: ", "Partners: ") + (names.isEmpty ? "—" : names.joined(separator: "; ")) }
    var columnTarget: String { pick("Sasaran", "Target") }
    var columnDate: String { pick("Tanggal", "Date") }
    var columnValue: String { pick("Nilai", "Value") }
    var columnEvidence: String { pick("Sumber / bukti", "Source / evidence") }
    var columnEnteredBy: String { pick("Dicatat oleh", "Entered by") }
    var noTargets: String { pick("Belum ada sasaran; tambahkan dengan a.", "No targets yet; add one with a.") }
    func entriesTitle(_ target: String) -> String { pick("Realisasi: \(target)", "Realisation: \(target)") }
    var noEntries: String { pick("Belum ada realisasi; catat dengan r.", "No realisation yet; enter some with r.") }
    func milestoneValue(_ v: Int) -> String { v > 0 ? pick("tercapai", "reached") : pick("belum", "not yet") }
    var realise: String { pick("Realisasi", "Realise") }
    var addTarget: String { pick("Sasaran", "Target") }
    var helpRealise: String { pick("Catat realisasi sasaran terpilih: tanggal, nilai, sumber", "Enter realisation of the selected target: date, value, source") }
    var helpAddTarget: String { pick("Tambah sasaran: angka dengan satuan, atau tonggak", "Add a target: a number with a unit, or a milestone") }
    var helpEditTarget: String { pick("Ubah sasaran terpilih", "Edit the selected target") }
    var helpRemoveTarget: String { pick("Hapus sasaran terpilih (hanya bila belum ada realisasi)", "Remove the selected target (only without realisation)") }
    var helpUndoEntry: String { pick("Hapus entri realisasi paling atas (tanggal terbaru) sasaran terpilih, dengan alasan", "Remove the selected target's top (newest-dated) realisation entry, with a reason") }
    var helpEditProgramme: String { pick("Ubah program: nama, bidang, status, masa, asal", "Edit the programme: title, bidang, status, period, origin") }
    var helpPartners: String { pick("Tautkan atau lepaskan mitra", "Link or unlink partners") }
    var helpLinks: String { pick("Buka program asal atau lanjutannya", "Open the programme it carries on, or where it went") }
    var partnersWord: String { pick("Mitra", "Partners") }
    var removeTargetTitle: String { pick("Hapus sasaran", "Remove target") }
    func removeTargetQuestion(_ d: String) -> [String] { [pick("Hapus sasaran \"\(d)\"?", "Remove the target \"\(d)\"?")] }
    func undoEntryTitle(_ value: String, _ date: String) -> String {
        pick("Hapus entri \(value) tanggal \(date)", "Remove the entry of \(value) on \(date)")
    }
    var reasonLabel: String { pick("Alasan", "Reason") }
    var entryRemoved: String { pick("Entri realisasi dihapus; alasannya tercatat di jejak audit.", "Entry removed; the reason is in the audit trail.") }
    var targetRemoved: String { pick("Sasaran dihapus.", "Target removed.") }
    var noLinks: String { pick("Program ini tidak punya asal atau lanjutan.", "This programme carries nothing on and was not carried on.") }
    var chooseLinkTitle: String { pick("Buka program", "Open programme") }
    func partnerChoice(_ name: String, linked: Bool) -> String { (linked ? "[x] " : "[ ] ") + name }
    var choosePartnerTitle: String { pick("Tautkan / lepaskan mitra", "Link / unlink a partner") }
    func partnerLinked(_ name: String, _ linked: Bool) -> String {
        linked ? pick("\(name) ditautkan.", "\(name) linked.") : pick("\(name) dilepas.", "\(name) unlinked.")
    }
    var noPartners: String { pick("Belum ada mitra; tambahkan di tab Mitra.", "No partners yet; add one on the Partners tab.") }

    // Programme, target and realisation forms
    var addProgrammeTitle: String { pick("Tambah program kerja", "Add a work programme") }
    var editProgrammeTitle: String { pick("Ubah program kerja", "Edit the work programme") }
    var labelTitle: String { pick("Nama program", "Title") }
    var labelDepartment: String { pick("Bidang", "Bidang") }
    var labelStatus: String { "Status" }
    var labelStart: String { pick("Mulai", "Starts") }
    var labelEnd: String { pick("Selesai", "Ends") }
    var labelOrigin: String { pick("Lanjutan dari", "Carries on") }
    var labelDescription: String { pick("Keterangan", "Description") }
    var periodHint: String { pick("Mulai dan selesai kosong: mengikuti masa periode.", "Start and end left empty: the term's.") }
    var addTargetTitle: String { pick("Tambah sasaran", "Add a target") }
    var editTargetTitle: String { pick("Ubah sasaran", "Edit the target") }
    var labelTarget: String { pick("Sasaran", "Target") }
    var labelKind: String { pick("Jenis", "Kind") }
    var labelUnit: String { pick("Satuan", "Unit") }
    var labelValue: String { pick("Target (angka)", "Target figure") }
    func targetKindName(_ k: Target.Kind) -> String {
        k == .numeric ? pick("angka dengan satuan", "a number with a unit") : pick("tonggak (tercapai/belum)", "milestone (reached or not)")
    }
    var realiseTitle: String { pick("Catat realisasi", "Enter realisation") }
    func realiseIntro(_ target: String, _ progress: String) -> String { pick("\(target): sekarang \(progress)", "\(target): now \(progress)") }
    var labelDate: String { pick("Tanggal", "Date") }
    var labelAmount: String { pick("Tambahan", "Added") }
    var labelReached: String { pick("Tercapai", "Reached") }
    var labelEvidence: String { pick("Sumber / bukti", "Source / evidence") }
    func realised(_ progress: String) -> String { pick("Realisasi tercatat; capaian sekarang \(progress).", "Realisation entered; progress is now \(progress).") }

    // Activities
    var columnYear: String { pick("Tahun", "Year") }
    var columnKind: String { pick("Jenis", "Kind") }
    var columnActivity: String { pick("Kegiatan", "Activity") }
    var columnParticipants: String { pick("Peserta", "Participants") }
    var columnPartners: String { pick("Mitra", "Partners") }
    func activityCount(_ n: Int) -> String { pick("\(n) kegiatan, yang terlama di atas", "\(n) activities, oldest first") }
    func partnerCount(_ n: Int) -> String { pick("\(n) mitra", "\(n) partners") }
    var noActivities: String { pick("Belum ada kegiatan.", "No activities yet.") }
    var notReported: String { pick("tidak dilaporkan", "not reported") }
    var estimateMark: String { pick("perkiraan", "estimate") }
    var mismatchLegend: String { pick("rincian tidak sama dengan total", "parts differ from the total") }
    /// `148 peserta (40 Peksos + 128 TKS)`; what was not reported says so, never 0.
    func figureText(_ f: ReportedFigure, noun: String) -> String {
        var text = f.total.map { "\($0) \(noun)" } ?? notReported
        if !f.parts.isEmpty {
            text += " (" + f.parts.map { p in p.value.map { "\($0) \(p.label)" } ?? "\(p.label) \(notReported)" }.joined(separator: " + ") + ")"
        }
        if f.isEstimate { text += ", " + estimateMark }
        return text
    }
    var participantNoun: String { pick("peserta", "participants") }
    /// The list's short cell: `148 ⚠`, `tidak dilaporkan`.
    func figureCell(_ f: ReportedFigure?) -> String {
        guard let f, let total = f.total else { return notReported }
        return "\(total)" + (f.isEstimate ? " ±" : "") + (f.discrepancy != nil ? " Σ≠" : "")
    }
    func dateOrYear(_ a: Activity) -> String { a.date.map(catalog.shortDate) ?? pick("tanggal tidak dicatat", "date not recorded") }
    func activityHead(_ kind: String, _ when: String, _ place: String?) -> String {
        "\(kind) · \(when)" + (place.map { pick(" · Tempat: \($0)", " · Place: \($0)") } ?? "")
    }
    func levelLine(_ level: String?) -> String { pick("Jenjang: ", "Level: ") + (level ?? "—") }
    func programmeLine(_ link: ProgrammeLink?) -> String {
        pick("Program: ", "Programme: ") + (link.map { "\($0.title) (\($0.termName))" } ?? "—")
    }
    func participantsLine(_ text: String) -> String { pick("Peserta: ", "Participants: ") + text }
    func discrepancyWarning(_ d: FigureDiscrepancy) -> String {
        pick("⚠ \(catalog.discrepancyText(d)) — sesuai sumber, tidak dikoreksi", "⚠ \(catalog.discrepancyText(d)) — as reported, not corrected")
    }
    func sourceLine(_ source: String?, asOf: LocalDate?) -> String {
        pick("Sumber: ", "Source: ") + (source ?? "—") + (asOf.map { pick(", per \(catalog.shortDate($0))", ", as of \(catalog.shortDate($0))") } ?? "")
    }
    func noteLine(_ note: String) -> String { pick("Catatan: ", "Note: ") + note }
    var columnName: String { pick("Nama", "Name") }
    var columnCategory: String { pick("Unsur", "Category") }
    var columnResult: String { pick("Hasil", "Result") }
    var columnCertificate: String { pick("No. sertifikat", "Certificate no.") }
    var columnIssuer: String { pick("Penerbit", "Issuer") }
    var columnExpiry: String { pick("Berlaku s.d.", "Valid until") }
    var resultPending: String { pick("belum ada hasil", "no result yet") }
    var notAMember: String { pick("bukan anggota", "not a member") }
    var erased: String { pick("[dihapus]", "[erased]") }
    func knownParticipants(_ n: Int) -> String { pick("Peserta yang dikenal di register: \(n)", "Participants known in the register: \(n)") }
    var noParticipants: String {
        pick("Belum ada peserta yang ditautkan ke register; tambahkan dengan p.", "No participants linked to the register yet; add one with p.")
    }
    var figures: String { pick("Angka", "Figures") }
    var participant: String { pick("Peserta", "Participant") }
    var helpEditActivity: String { pick("Ubah kegiatan: jenis, nama, tahun, tanggal, tempat, jenjang, program", "Edit the activity: kind, title, year, date, place, level, programme") }
    var helpFigures: String { pick("Ubah angka peserta seperti dilaporkan: total, rincian, perkiraan, sumber", "Edit the participant figures as reported: total, parts, estimate, source") }
    var helpAddParticipant: String { pick("Tautkan peserta dari register (anggota atau bukan)", "Link a participant from the register (member or not)") }
    var helpEditParticipant: String { pick("Ubah unsur, hasil dan sertifikat peserta terpilih", "Edit the selected participant's category, result and certificate") }
    var helpRemoveParticipant: String { pick("Lepaskan peserta terpilih dari kegiatan", "Unlink the selected participant") }
    var removeParticipantTitle: String { pick("Lepaskan peserta", "Unlink participant") }
    func removeParticipantQuestion(_ name: String) -> [String] { [pick("Lepaskan \(name) dari kegiatan ini?", "Unlink \(name) from this activity?")] }
    var participantRemoved: String { pick("Peserta dilepas.", "Participant unlinked.") }
    var pickParticipantTitle: String { pick("Tambah peserta", "Add a participant") }
    func alreadyParticipant(_ name: String) -> String { pick("\(name) sudah menjadi peserta; ubah dengan Enter.", "\(name) already takes part; edit with Enter.") }

    // Activity, figure and participant forms
    var addActivityTitle: String { pick("Tambah kegiatan", "Add an activity") }
    var editActivityTitle: String { pick("Ubah kegiatan", "Edit the activity") }
    var labelActivity: String { pick("Nama kegiatan", "Title") }
    var labelYear: String { pick("Tahun", "Year") }
    var labelPlace: String { pick("Tempat", "Place") }
    var labelLevel: String { pick("Jenjang", "Level") }
    var labelProgramme: String { pick("Program", "Programme") }
    var labelNote: String { pick("Catatan", "Note") }
    var figuresTitle: String { pick("Angka peserta (seperti dilaporkan)", "Participant figures (as reported)") }
    var figuresIntro: String {
        pick("Kosongkan angka yang tidak dilaporkan: tersimpan sebagai \"tidak dilaporkan\", bukan 0. Total yang berbeda dari jumlah rincian tetap disimpan, dengan peringatan.",
             "Leave unreported figures empty: they are kept as \"not reported\", never 0. A total that differs from its parts is kept, with a warning.")
    }
    var labelTotal: String { pick("Total", "Total") }
    func labelPart(_ label: String) -> String { pick("Rincian \(label)", "Part \(label)") }
    var labelEstimate: String { pick("Perkiraan", "Estimate") }
    var labelAsOf: String { pick("Per tanggal", "As of") }
    var labelSource: String { pick("Sumber", "Source") }
    func savedWithWarning(_ d: FigureDiscrepancy) -> String {
        pick("Tersimpan sesuai isian. Peringatan: \(catalog.discrepancyText(d)).", "Saved as entered. Warning: \(catalog.discrepancyText(d)).")
    }
    var participantTitle: String { pick("Peserta kegiatan", "Participant") }
    var labelCategory: String { pick("Unsur", "Category") }
    var labelResult: String { pick("Hasil", "Result") }
    var labelCertificate: String { pick("No. sertifikat", "Certificate no.") }
    var labelIssuer: String { pick("Penerbit (LSP)", "Issuer (LSP)") }
    var labelExpiry: String { pick("Berlaku s.d.", "Valid until") }
    var defaultParts: [String] { ["Peksos", "TKS"] }

    // Partners
    var columnContact: String { pick("Kontak", "Contact") }
    var columnActivityCount: String { pick("Kegiatan", "Activities") }
    var columnProgrammeCount: String { "Program" }
    var noPartnersYet: String { pick("Belum ada mitra.", "No partners yet.") }
    func partnerKindName(_ k: Partner.Kind) -> String {
        switch k {
        case .government: return pick("pemerintah", "government")
        case .certificationBody: return "LSP"
        case .university: return pick("perguruan tinggi", "university")
        case .company: return pick("swasta", "company")
        case .ngo: return "LKS"
        case .other: return pick("lainnya", "other")
        }
    }
    func kindLine(_ kind: String) -> String { pick("Jenis: ", "Kind: ") + kind }
    func contactLine(_ contact: String?) -> String { pick("Kontak: ", "Contact: ") + (contact ?? "—") }
    var nothing: String { pick("(belum ada)", "(none)") }
    var addPartnerTitle: String { pick("Tambah mitra", "Add a partner") }
    var editPartnerTitle: String { pick("Ubah mitra", "Edit the partner") }
    var labelName: String { pick("Nama", "Name") }
    var labelContact: String { pick("Kontak", "Contact") }
    var helpOpenLinked: String { pick("Buka kegiatan atau program terpilih", "Open the selected activity or programme") }
    var helpEditPartner: String { pick("Ubah nama, jenis, kontak dan catatan mitra", "Edit the partner's name, kind, contact and note") }
}
