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
        case .termLengthYears: return pick("Masa periode (tahun)", "Term length (years)")
        case .retentionYears: return pick("Masa simpan data (tahun)", "Retention (years)")
        case .quorumRule: return pick("Kuorum bawaan Musda", "Default Musda quorum")
        case .decisionNumberPattern: return pick("Pola nomor keputusan", "Decision number pattern")
        case .interfaceLanguage: return pick("Bahasa antarmuka", "Interface language")
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

    public func roleDescription(_ role: Role) -> String {
        switch role {
        case .admin: return pick("pengaturan, pengguna, penghapusan, NIK lengkap", "settings, users, erasure, full NIKs")
        case .operator: return pick("mengisi dan mengubah data, NIK lengkap", "enters and edits data, full NIKs")
        case .pembaca: return pick("hanya membaca, NIK selalu disamarkan", "read only, NIKs always masked")
        }
    }
}
