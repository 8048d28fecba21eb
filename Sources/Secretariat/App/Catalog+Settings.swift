import Domain
import Storage

// MARK: - Pengaturan (settings, users and roles) and `sekretariat user`
extension Catalog {
    public var settings: SettingsWords { SettingsWords(catalog: self) }

    /// Why a setting's value was refused (the screen's message line and the command line).
    func settingErrorText(_ key: SettingKey, _ error: SettingError) -> String {
        let label = settings.label(key)
        switch error {
        case .required: return pick("\(label) wajib diisi.", "\(label) is required.")
        case .tooLong(let max):
            return pick("\(label) terlalu panjang (paling banyak \(max) karakter).", "\(label) is too long (at most \(max) characters).")
        case .outOfRange(let range):
            return range.upperBound == Int.max
                ? pick("\(label): paling sedikit \(range.lowerBound).", "\(label): at least \(range.lowerBound).")
                : pick("\(label): bilangan bulat \(range.lowerBound)–\(range.upperBound).",
                       "\(label): a whole number from \(range.lowerBound) to \(range.upperBound).")
        case .notAChoice: return pick("\(label): pilih salah satu pilihan yang ada.", "\(label): pick one of the choices.")
        case .patternWithoutNumber:
            return pick("Pola nomor harus memuat {nomor}, atau semua keputusan bernomor sama.",
                        "The pattern must contain {nomor}, or every decision gets the same number.")
        case .controlCharacters:
            return pick("\(label) memuat karakter kendali; ketik ulang tanpa karakter itu.",
                        "\(label) contains control characters; type it again without them.")
        }
    }
}

/// Words of the Pengaturan screen and of `sekretariat user`.
public struct SettingsWords: FamilyWords {
    let catalog: Catalog

    public func label(_ key: SettingKey) -> String {
        switch key {
        case .organisationName: return pick("Nama organisasi", "Organisation name")
        case .dpdExpansion: return pick("Kepanjangan DPD", "DPD stands for")
        case .address: return pick("Alamat sekretariat", "Secretariat address")
        case .contactLine: return pick("Kontak (kop surat)", "Contact (letterhead)")
        case .logoPath: return pick("Logo (kop surat)", "Logo (letterhead)")
        case .termLengthYears: return pick("Masa periode (tahun)", "Term length (years)")
        case .retentionYears: return pick("Masa simpan data (tahun)", "Retention (years)")
        case .quorumRule: return pick("Kuorum bawaan Musda", "Default Musda quorum")
        case .decisionNumberPattern: return pick("Pola nomor keputusan", "Decision number pattern")
        case .interfaceLanguage: return pick("Bahasa antarmuka", "Interface language")
        case .privacyNoticeVersion: return pick("Versi pemberitahuan PDP", "Privacy notice version")
        case .decreeLegalBasis: return pick("Mengingat (keputusan)", "Legal basis (decrees)")
        }
    }

    /// A stored value as the screen shows it: choices by name, empty as a dash.
    public func display(_ key: SettingKey, _ value: String) -> String {
        switch key {
        case .quorumRule: return QuorumRule(code: value).map(catalog.musda.quorumRuleName) ?? value
        case .interfaceLanguage: return languageName(value)
        default: return value.isEmpty ? "—" : value
        }
    }

    public func languageName(_ code: String) -> String {
        switch code {
        case "id": return "Bahasa Indonesia"
        case "en": return "English"
        default: return pick("Otomatis (ikut LANG)", "Automatic (follows LANG)")
        }
    }

    var tabGeneral: String { pick("Umum", "General") }
    var tabUsers: String { pick("Pengguna", "Users") }
    var change: String { pick("Ubah", "Change") }
    func helpChange(_ users: Bool) -> String {
        users ? pick("Ubah peran pengguna terpilih (admin)", "Change the selected user's role (admin)")
              : pick("Ubah nilai pengaturan terpilih (admin)", "Change the selected setting (admin)")
    }
    var addUser: String { pick("Tambah", "Add") }
    var helpAddUser: String { pick("Tambah akun pengguna (admin)", "Add a user account (admin)") }
    var helpTabs: String { pick("Pindah tab: Umum, Pengguna, Insiden", "Switch tab: General, Users, Breaches") }
    var addUserTitle: String { pick("Tambah pengguna", "Add a user") }
    func roleTitle(_ name: String) -> String { pick("Peran \(name)", "Role of \(name)") }
    var columnSetting: String { pick("Pengaturan", "Setting") }
    var columnValue: String { pick("Nilai", "Value") }
    var columnRole: String { pick("Peran", "Role") }
    var columnSince: String { pick("Sejak", "Since") }
    var columnBy: String { pick("Oleh", "By") }
    /// Who gave the first admin its role: nobody; it created the database.
    var creator: String { pick("(pembuat)", "(creator)") }
    func whoAmI(_ name: String, _ role: String, canChange: Bool) -> String {
        canChange ? pick("Anda: \(name) (\(role)). Setiap perubahan dicatat di audit.",
                         "You: \(name) (\(role)). Every change is audited.")
                  : pick("Anda: \(name) (\(role)). Hanya admin yang dapat mengubah halaman ini.",
                         "You: \(name) (\(role)). Only an admin can change this page.")
    }
    var youAreMarked: String { pick("* = Anda.", "* = you.") }
    func youHaveNoRole(_ name: String) -> String {
        pick("\(name) (Anda) belum diberi peran, jadi pembaca.", "\(name) (you) has no role yet, so reads only.")
    }
    var unknownReads: String {
        pick("Akun sistem yang tidak tercantum hanya dapat membaca.", "An OS account not listed here reads only.")
    }
    func hint(_ key: SettingKey) -> String {
        switch key {
        case .termLengthYears: return pick("Tahun, 1–10 (periode baru memakai ini)", "Years, 1–10 (used for new terms)")
        case .retentionYears:
            return pick("Tahun setelah keanggotaan berakhir, 1–50 (UU PDP tidak menetapkan)", "Years after membership ends, 1–50")
        case .decisionNumberPattern: return pick("{nomor} {seri} {bulan} {tahun}", "{nomor} {seri} {bulan} {tahun}")
        case .contactLine: return pick("Telepon, email, situs (boleh kosong)", "Telephone, email, website (may be empty)")
        case .logoPath: return pick("Berkas PNG atau JPEG di server (boleh kosong)", "A PNG or JPEG file on this machine (may be empty)")
        case .privacyNoticeVersion:
            return pick("Dicatat bersama setiap persetujuan; ganti bila teks pemberitahuan berubah",
                        "Recorded with each consent; change it when the notice's text changes")
        case .decreeLegalBasis:
            return pick("Dasar hukum keputusan; butir dipisah titik koma (;)", "The decrees' legal basis; points separated by ;")
        default: return pick("Satu baris, seperti tercetak di kop surat", "One line, as printed on the letterhead")
        }
    }
    func saved(_ label: String) -> String { pick("\(label) disimpan.", "\(label) saved.") }
    var languageNextStart: String {
        pick("Bahasa disimpan; berlaku saat aplikasi dibuka lagi.", "Language saved; it applies the next time the application opens.")
    }
    func userAdded(_ name: String) -> String {
        pick("\(name) ditambahkan sebagai pembaca; Enter untuk memberi peran lain.",
             "\(name) added as a reader; Enter gives another role.")
    }
    func alreadyListed(_ name: String) -> String { pick("\(name) sudah tercantum.", "\(name) is already listed.") }
    func roleSet(_ name: String, _ role: String) -> String { pick("Peran \(name): \(role).", "\(name)'s role: \(role).") }

    public func roleDescription(_ role: Role) -> String {
        switch role {
        case .admin: return pick("pengaturan, pengguna, penghapusan, NIK lengkap", "settings, users, erasure, full NIKs")
        case .operator: return pick("mengisi dan mengubah data, NIK lengkap", "enters and edits data, full NIKs")
        case .pembaca: return pick("hanya membaca, NIK selalu disamarkan", "read only, NIKs always masked")
        }
    }
}
