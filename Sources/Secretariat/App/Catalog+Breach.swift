import Domain
import Foundation

// MARK: - Insiden data pribadi (UU 27/2022 Art. 46, issue 16)
extension Catalog {
    var breach: BreachWords { BreachWords(catalog: self) }
}

/// Words of the breach register in Pengaturan.
struct BreachWords: FamilyWords {
    let catalog: Catalog

    var tab: String { pick("Insiden", "Breaches") }
    func summary(_ n: Int, due: Int) -> String {
        pick("\(n) insiden · \(due) belum diberitahukan (tenggat 3 × 24 jam, UU PDP Pasal 46)",
             "\(n) breaches · \(due) not yet notified (within 3 × 24 hours, UU PDP Art. 46)")
    }
    var empty: String { pick("Belum ada insiden. a mencatat insiden baru.", "No breach recorded. a records one.") }
    var columnDiscovered: String { pick("Diketahui", "Discovered") }
    var columnWhat: String { pick("Insiden dan data yang terungkap", "What happened, which data") }
    var columnPeople: String { pick("Orang", "People") }
    var columnDeadline: String { pick("Tenggat", "Notify by") }

    /// `sisa 2 h 23 j` (days, hours) while due, `LEWAT 5 j 10 m` once passed; `terkirim 2 Des 2026` once sent.
    func remaining(_ minutes: Int) -> String {
        let m = abs(minutes), days = m / 1440, hours = (m % 1440) / 60, mins = m % 60
        let span = days > 0 ? pick("\(days) h \(hours) j", "\(days) d \(hours) h") : pick("\(hours) j \(mins) m", "\(hours) h \(mins) m")
        return minutes >= 0 ? pick("sisa \(span)", "\(span) left") : pick("LEWAT \(span)", "OVERDUE \(span)")
    }
    func notified(_ date: String) -> String { pick("terkirim \(date)", "sent \(date)") }
    func whatFull(_ text: String) -> String { pick("Insiden: \(text).", "Breach: \(text).") }
    func peopleLine(_ names: [String]) -> String {
        names.isEmpty ? pick("Orang terdampak belum dicatat (o menambah).", "No one recorded as affected yet (o adds).")
            : pick("Terdampak: ", "Affected: ") + names.joined(separator: ", ") + "."
    }

    var addWord: String { pick("Catat", "Record") }
    var helpAdd: String { pick("Catat insiden baru: apa yang terjadi, data apa, kapan diketahui", "Record a new breach: what happened, which data, when discovered") }
    var helpChange: String { pick("Ubah insiden yang dipilih", "Edit the chosen breach") }
    var personWord: String { pick("Orang", "Person") }
    var helpPerson: String { pick("Tambahkan orang yang datanya terdampak (cari nama, NIK atau KTA)", "Add a person whose data it touched (search by name, NIK or KTA)") }
    var notifiedWord: String { pick("Diberitahukan", "Notified") }
    var helpNotified: String { pick("Tandai pemberitahuan sudah dikirim hari ini", "Mark the notification sent today") }
    var letterWord: String { pick("Surat", "Letter") }
    var helpLetter: String { pick("Cetak surat pemberitahuan (DOCX, PDF, HTML, Markdown)", "Print the notification letter (DOCX, PDF, HTML, Markdown)") }

    var addTitle: String { pick("Catat insiden data pribadi", "Record a personal data breach") }
    var editTitle: String { pick("Ubah insiden data pribadi", "Edit a personal data breach") }
    var labelWhat: String { pick("Apa dan data apa", "What and which data") }
    var labelDay: String { pick("Diketahui tanggal", "Discovered on") }
    var labelTime: String { pick("Pukul", "At") }
    var labelCause: String { pick("Bagaimana terjadi", "How it happened") }
    var labelMeasures: String { pick("Penanganan", "Handling") }
    var personTitle: String { pick("Orang yang terdampak", "Person affected") }
    var noneSelected: String { pick("Pilih insiden dulu (a mencatat yang baru).", "Choose a breach first (a records one).") }
    var saved: String { pick("Insiden disimpan.", "Breach saved.") }
    func personAdded(_ name: String, count: Int) -> String { pick("\(name) dicatat terdampak (\(count) orang).", "\(name) recorded as affected (\(count) people).") }
    func alreadyListed(_ name: String) -> String { pick("\(name) sudah tercatat pada insiden ini.", "\(name) is already recorded for this breach.") }
    var notifiedTitle: String { pick("Pemberitahuan terkirim", "Notification sent") }
    func notifiedQuestion(_ date: String) -> String {
        pick("Catat bahwa pemberitahuan insiden ini dikirim hari ini, \(date)?", "Record that this breach's notification went out today, \(date)?")
    }
    var notifiedSaved: String { pick("Pemberitahuan dicatat terkirim.", "Notification recorded as sent.") }
    func alreadyNotified(_ date: String) -> String { pick("Sudah diberitahukan \(date).", "Already notified on \(date).") }

    func problemText(_ p: BreachProblem) -> String {
        switch p {
        case .descriptionRequired: return pick("Tulis apa yang terjadi dan data apa yang terungkap.", "Write what happened and which data were exposed.")
        case .tooLong(let max): return pick("Terlalu panjang (paling banyak \(max) huruf).", "Too long (at most \(max) characters).")
        case .discoveredInFuture: return pick("Waktu diketahui tidak boleh di masa depan.", "The discovery cannot be in the future.")
        case .notifiedBeforeDiscovery: return pick("Tanggal pemberitahuan sebelum insiden diketahui.", "Notified before the breach was discovered.")
        }
    }
}
