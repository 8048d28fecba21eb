/// Interface language. Indonesian is the default; English on request.
public enum Language: String, Sendable, CaseIterable {
    case indonesian = "id"
    case english = "en"

    /// `--lang` wins; then the database's setting when it names a language (Pengaturan);
    /// otherwise an English LC_ALL / LC_MESSAGES / LANG selects English.
    public static func resolve(flag: String?, setting: String? = nil, environment: [String: String]) -> Language? {
        if let flag { return Language(rawValue: flag.lowercased()) }
        if let setting, let chosen = Language(rawValue: setting) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .english : .indonesian
            }
        }
        return .indonesian
    }
}

/// Every user-visible string of the application, in one place.
///
/// Each entry holds both languages side by side, so a missing translation is visible in
/// review and the compiler checks that every string exists. Screens add their strings in
/// `Catalog+<Screen>.swift` extensions of this one type.
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func pick(_ indonesian: String, _ english: String) -> String {
        language == .indonesian ? indonesian : english
    }
}

/// One family's words (`c.members`, `c.memberForm`…): a view of the catalog in its language.
protocol FamilyWords: Sendable {
    var catalog: Catalog { get }
}

extension FamilyWords {
    var language: Language { catalog.language }
    func pick(_ indonesian: String, _ english: String) -> String { catalog.pick(indonesian, english) }
}

// MARK: - Shell, shared by every screen
extension Catalog {
    var appName: String { "Sekretariat DPD IPSPI Sumsel" }
    var menu: String { "Menu" }
    var help: String { pick("Bantuan", "Help") }
    var quit: String { pick("Keluar", "Quit") }
    var helpTitle: String { pick("Bantuan", "Help") }
    var helpFooter: String { pick("Esc: tutup bantuan", "Esc: close help") }
    var helpGlobalSection: String { pick("Di semua layar", "On every screen") }
    var helpKeyHelp: String { pick("Tampilkan bantuan layar ini", "Show help for this screen") }
    var helpKeyBack: String { pick("Kembali / batal (tidak pernah keluar)", "Back / cancel (never quits)") }
    var helpKeyClose: String { pick("Tutup layar ini", "Close this screen") }
    var helpKeyQuit: String { pick("Keluar dari aplikasi", "Quit the application") }
    var helpKeyRedraw: String { pick("Gambar ulang layar", "Redraw the screen") }
    var quitConfirmTitle: String { pick("Keluar", "Quit") }
    var quitConfirmUnsaved: String {
        pick("Ada isian yang belum disimpan. Keluar sekarang? Isian itu disimpan sebagai draf dan ditawarkan lagi saat dibuka.",
             "There is an unsaved entry. Quit now? It is kept as a draft and offered again when you come back.")
    }
    public func demoInstalled(_ path: String) -> String {
        pick("Basis data baru dibuat dengan organisasi contoh: \(path)", "New database created with the demo organisation: \(path)")
    }
    var readOnlyRefusal: String {
        pick("Basis data dibuka hanya-baca; data tidak dapat diubah.", "The database is open read-only; data cannot be changed.")
    }
    var rootEscapeHint: String { pick("Tekan Q atau F10 untuk keluar.", "Press Q or F10 to quit.") }
    public func tooSmall(_ size: (width: Int, height: Int), minimum: (width: Int, height: Int)) -> [String] {
        [pick("Terminal terlalu kecil", "Terminal too small"),
         pick("Ukuran \(size.width)x\(size.height), perlu paling sedikit \(minimum.width)x\(minimum.height).",
              "Size \(size.width)x\(size.height), needs at least \(minimum.width)x\(minimum.height)."),
         pick("Perbesar jendela, atau F10 untuk keluar.", "Enlarge the window, or F10 to quit.")]
    }
}

// MARK: - Sections: the menu's items, and each family's place in the header
extension Catalog {
    var sectionMembers: String { pick("Anggota", "Members") }
    var sectionBoard: String { pick("Pengurus", "Board") }
    var sectionMusda: String { "Musda" }
    var sectionProgrammes: String { pick("Program Kerja", "Work Programmes") }
    var sectionCensus: String { pick("Pendataan", "Census") }
    var sectionReports: String { pick("Laporan", "Reports") }
    var sectionSettings: String { pick("Pengaturan", "Settings") }
}

// MARK: - Main menu
extension Catalog {
    /// The main menu, and the screen a section not built yet shows.
    var mainMenu: MainMenuWords { MainMenuWords(catalog: self) }
}

/// Words of the main menu only; shared words stay on `Catalog` (Catalog+Vocabulary).
struct MainMenuWords: FamilyWords {
    let catalog: Catalog

    var helpMove: String { pick("Pindah pilihan", "Move the selection") }
    var helpOpen: String { pick("Buka bagian terpilih", "Open the selected section") }
    var helpNumber: String { pick("Buka bagian dengan nomornya", "Open a section by its number") }
    var footer: String { pick("Basis data", "Database") }
    func account(_ name: String, _ role: String, readOnly: Bool) -> String {
        pick("Pengguna: \(name) (\(role))", "User: \(name) (\(role))")
            + (readOnly ? pick(" · basis data hanya-baca", " · database read-only") : "")
    }
}
