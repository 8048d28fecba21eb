/// What an import writes into: the member register, the census, or the alumni trace
/// (issue 13). The raw values are the command-line words.
public enum ImportTarget: String, Hashable, Sendable, Codable, CaseIterable {
    case members
    case census
    case alumni
    /// A DPP website export, reconciled against the register (issue 14): read, never imported.
    case dpp

    /// The targets `sekretariat import` and the import screen write into.
    public static let importable: [ImportTarget] = [.members, .census, .alumni]

    /// The fields a file's columns can map to for this target, in the order the mapping shows them.
    public var fields: [ImportField] {
        switch self {
        case .members:
            return [.name, .nik, .kta, .sex, .birthPlace, .birthDate, .birthPlaceAndDate, .phone, .email, .address,
                    .regency, .employmentStatus, .employer, .educationLevel, .institution, .major, .graduationYear,
                    .joinDate, .note]
        case .census:
            return [.name, .nik, .sex, .birthDate, .birthPlaceAndDate, .phone, .email, .regency, .sector, .employer,
                    .profession, .collectedOn, .note]
        case .alumni:
            return [.name, .nik, .birthDate, .birthPlaceAndDate, .phone, .email, .institution, .major,
                    .graduationYear, .practising, .employer, .note]
        case .dpp:
            return [.name, .nik, .kta, .sex, .birthPlace, .birthDate, .birthPlaceAndDate, .phone, .email, .province, .regency,
                    .employmentStatus, .employer, .joinDate, .note]
        }
    }

    /// Fields a row cannot do without.
    public var requiredFields: [ImportField] {
        switch self {
        case .members: return [.name]
        case .census: return [.name, .regency]
        case .alumni: return [.name, .institution]
        // A name or a NIK: checked per row by the reconciliation, which matches on either.
        case .dpp: return []
        }
    }
}

/// A column's meaning. `birthPlaceAndDate` is the `Tempat, Tgl Lahir` column, split into
/// `birthPlace` and `birthDate` when read.
public enum ImportField: String, Hashable, Sendable, Codable, CaseIterable {
    case name, nik, kta, sex, birthPlace, birthDate, birthPlaceAndDate, phone, email, address, regency
    case employmentStatus, employer, sector, profession, educationLevel, institution, major, graduationYear
    case practising, collectedOn, joinDate, note
    /// The province a DPP export gives each member: `16` for Sumatera Selatan, the text as
    /// written for any other (`ProvinceName.canonical`).
    case province

    /// Longest text kept for a free-text field (names: PersonValidator.maxNameLength).
    public var maxLength: Int { self == .name ? PersonValidator.maxNameLength : PersonValidator.maxTextLength }
}

/// A column-to-field mapping: column index (0-based) → field. Columns left out are ignored.
public typealias ImportMapping = [Int: ImportField]

/// Header synonyms: the column titles people actually use in regency offices, universities,
/// Google Forms and the DPP website, folded (`HeaderName.fold`) so case, spaces, dots and
/// slashes do not matter.
public enum HeaderSynonyms {
    static let table: [(ImportField, [String])] = [
        (.name, ["nama lengkap", "nama", "nama anggota", "nama peserta", "nama pekerja sosial", "nama alumni",
                 "nama lengkap dan gelar", "nama gelar", "full name", "name", "nama lengkap beserta gelar",
                 "nama lengkap dengan gelar", "nama lengkap gelar"]),
        (.nik, ["nik", "no ktp", "nomor ktp", "no nik", "nomor nik", "nomor induk kependudukan", "ktp", "nik ktp"]),
        (.kta, ["kta", "no kta", "nomor kta", "nomor anggota", "no anggota", "nomor induk anggota", "nia"]),
        (.sex, ["jenis kelamin", "jk", "l p", "kelamin", "gender"]),
        (.birthPlace, ["tempat lahir"]),
        (.birthDate, ["tgl lahir", "tanggal lahir", "tgl lhr", "birth date", "date of birth"]),
        (.birthPlaceAndDate, ["tempat tgl lahir", "tempat tanggal lahir", "ttl", "tempat dan tanggal lahir"]),
        (.phone, ["no hp", "no hp wa", "no wa", "nomor hp", "nomor wa", "no telp", "no telepon", "telepon", "telp", "hp",
                  "whatsapp", "nomor telepon", "nomor hp wa", "no handphone", "handphone", "phone", "nomor whatsapp",
                  "no whatsapp", "nomor wa aktif", "no hp aktif", "nomor hp whatsapp", "phone number"]),
        (.email, ["email", "e mail", "alamat email", "surel", "alamat surel", "email address"]),
        (.address, ["alamat", "alamat rumah", "alamat domisili"]),
        (.province, ["provinsi", "propinsi", "prov", "province", "provinsi domisili", "asal provinsi", "dpd", "wilayah dpd"]),
        (.regency, ["kab kota", "kabupaten", "kota", "kabupaten kota", "kab", "domisili", "kab kota domisili",
                    "wilayah", "asal kab kota", "kabupaten kota domisili", "regency"]),
        (.employmentStatus, ["status kepegawaian", "status asn", "asn non asn", "status pegawai", "kepegawaian"]),
        (.employer, ["instansi", "tempat kerja", "tempat bekerja", "unit kerja", "lembaga", "nama instansi",
                     "instansi tempat kerja", "kantor", "perusahaan", "bekerja di"]),
        (.sector, ["sektor", "sektor kerja", "jenis instansi", "jenis lembaga"]),
        (.profession, ["profesi", "jabatan", "pekerjaan", "jabatan fungsional"]),
        (.educationLevel, ["pendidikan", "pendidikan terakhir", "jenjang", "jenjang pendidikan"]),
        (.institution, ["perguruan tinggi", "kampus", "universitas", "asal kampus", "asal perguruan tinggi",
                        "nama perguruan tinggi", "institusi"]),
        (.major, ["prodi", "program studi", "jurusan"]),
        (.graduationYear, ["tahun lulus", "thn lulus", "angkatan lulus", "lulus tahun", "tahun kelulusan"]),
        (.practising, ["bekerja sebagai peksos", "bekerja sebagai pekerja sosial", "peksos", "praktik",
                       "bekerja di bidang sosial"]),
        (.collectedOn, ["tanggal pendataan", "tgl pendataan", "tanggal data", "timestamp", "tanggal isi",
                        "stempel waktu", "tanggal"]),
        (.joinDate, ["tanggal daftar", "tgl daftar", "tanggal bergabung", "tanggal registrasi"]),
        (.note, ["keterangan", "catatan", "ket"]),
    ]

    static let byHeader: [String: ImportField] = {
        var out: [String: ImportField] = [:]
        for (field, names) in table { for n in names { out[n] = field } }
        return out
    }()

    /// The field a header names, nil when unknown.
    public static func field(for header: String) -> ImportField? { byHeader[HeaderName.fold(header)] }

    /// Maps each header to a field of the target; a field goes to its first column only, so a
    /// second `Nama` column stays unmapped rather than overwriting the first.
    public static func automaticMapping(headers: [String], target: ImportTarget) -> ImportMapping {
        var mapping: ImportMapping = [:]
        var taken = Set<ImportField>()
        let allowed = Set(target.fields)
        for (index, header) in headers.enumerated() {
            guard let field = field(for: header) else { continue }
            // A census or alumni file has no birth place field: its `Tempat Lahir` stays unmapped.
            if field == .birthPlace && !allowed.contains(.birthPlace) { continue }
            guard allowed.contains(field), !taken.contains(field) else { continue }
            mapping[index] = field
            taken.insert(field)
        }
        return mapping
    }
}

/// Header text folded for matching: lower case, diacritics removed, every run of
/// non-alphanumerics one space (`No. HP/WA` → `no hp wa`, `Tempat, Tgl Lahir` → `tempat tgl lahir`).
public enum HeaderName {
    public static func fold(_ header: String) -> String {
        var words: [String] = []
        var current = ""
        for ch in header.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }
}
