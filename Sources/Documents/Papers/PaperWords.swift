import Domain

/// The fixed wording of the papers. Official papers of an Indonesian organisation are in
/// Indonesian whatever the interface language, so these words are not in the UI catalog.
public enum PaperWords {
    static let chair = "Pimpinan Sidang"
    static let chairLead = "Ketua Sidang"
    static let chairSecretary = "Sekretaris Sidang"
    static let chairMember = "Anggota"
    static let number = "Nomor"
    static let closing = "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."

    static func role(_ role: Attendance.Role) -> String {
        switch role {
        case .delegate: return "Peserta"
        case .observer: return "Peninjau"
        case .guest: return "Undangan"
        }
    }

    /// `Minggu, 14 Mei 2023`.
    static func day(_ date: LocalDate) -> String { IndonesianFormat.longDate(date) }

    /// `KESATU`, `KEDUA`…: the parts of a decree's Memutuskan.
    static func ordinal(_ n: Int) -> String {
        let words = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]
        return n >= 1 && n <= words.count ? words[n - 1] : "KE-\(n)"
    }

    /// `a.`, `b.`… for Menimbang; past `z.` the letters double (`aa.`).
    static func letter(_ i: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return i < 26 ? "\(letters[i])." : "\(letters[i / 26 - 1])\(letters[i % 26])."
    }

    /// `38 (tiga puluh delapan)`: numbers in a berita acara are written in figures and words.
    static func spelled(_ n: Int) -> String { "\(n) (\(IndonesianNumberWords.words(n)))" }
}

/// Whole numbers in Indonesian words: `tiga puluh delapan`, `seratus dua`, `seribu`.
public enum IndonesianNumberWords {
    public static func words(_ n: Int) -> String {
        if n < 0 { return "minus " + words(-n) }
        let units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
        switch n {
        case 0..<12: return units[n]
        case 12..<20: return units[n - 10] + " belas"
        case 20..<100: return units[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + units[n % 10])
        case 100..<200: return "seratus" + (n == 100 ? "" : " " + words(n - 100))
        case 200..<1000: return units[n / 100] + " ratus" + (n % 100 == 0 ? "" : " " + words(n % 100))
        case 1000..<2000: return "seribu" + (n == 1000 ? "" : " " + words(n - 1000))
        case 2000..<1_000_000: return words(n / 1000) + " ribu" + (n % 1000 == 0 ? "" : " " + words(n % 1000))
        default: return IndonesianFormat.number(n)
        }
    }
}
