/// Ready text for validation findings, in Indonesian (default) and English. The UI may use
/// these or its own catalog keyed by `ValidationIssue.code`.
extension Field {
    public var indonesian: String {
        switch self {
        case .name: return "Nama"
        case .nik: return "NIK"
        case .sex: return "Jenis kelamin"
        case .birthPlace: return "Tempat lahir"
        case .birthDate: return "Tanggal lahir"
        case .phone: return "Telepon"
        case .email: return "Surel"
        case .address: return "Alamat"
        case .domicileRegency: return "Kab/kota domisili"
        case .employmentStatus: return "Status kepegawaian"
        case .employerType: return "Jenis pemberi kerja"
        case .employer: return "Tempat kerja"
        case .educationLevel: return "Pendidikan"
        case .graduationYear: return "Tahun lulus"
        case .kta: return "Nomor KTA"
        case .status: return "Status"
        case .statusDate: return "Tanggal status"
        case .statusReason: return "Alasan"
        case .channel: return "Jalur pendaftaran"
        case .joinDate: return "Tanggal bergabung"
        case .termName: return "Nama periode"
        case .termStart: return "Awal periode"
        case .termEnd: return "Akhir periode"
        case .termStatus: return "Status periode"
        case .decreeNumber: return "Nomor SK"
        case .decreeDate: return "Tanggal SK"
        case .holder: return "Pemegang jabatan"
        case .assignmentStart: return "Tanggal mulai"
        case .assignmentEnd: return "Tanggal selesai"
        case .endReason: return "Alasan berakhir"
        case .positionTitle: return "Nama jabatan"
        case .departmentName: return "Nama bidang"
        }
    }

    public var english: String {
        switch self {
        case .name: return "Name"
        case .nik: return "NIK"
        case .sex: return "Sex"
        case .birthPlace: return "Place of birth"
        case .birthDate: return "Date of birth"
        case .phone: return "Phone"
        case .email: return "Email"
        case .address: return "Address"
        case .domicileRegency: return "Regency of domicile"
        case .employmentStatus: return "Employment status"
        case .employerType: return "Employer type"
        case .employer: return "Employer"
        case .educationLevel: return "Education"
        case .graduationYear: return "Graduation year"
        case .kta: return "KTA number"
        case .status: return "Status"
        case .statusDate: return "Status date"
        case .statusReason: return "Reason"
        case .channel: return "Registration channel"
        case .joinDate: return "Join date"
        case .termName: return "Term name"
        case .termStart: return "Term start"
        case .termEnd: return "Term end"
        case .termStatus: return "Term status"
        case .decreeNumber: return "Decree number"
        case .decreeDate: return "Decree date"
        case .holder: return "Holder"
        case .assignmentStart: return "Start date"
        case .assignmentEnd: return "End date"
        case .endReason: return "Reason for leaving"
        case .positionTitle: return "Position title"
        case .departmentName: return "Bidang name"
        }
    }
}

extension Sex {
    public var indonesian: String { self == .male ? "Laki-laki" : "Perempuan" }
    public var english: String { self == .male ? "Male" : "Female" }
}

extension ValidationIssue {
    public var indonesian: String {
        let d = IndonesianFormat.date
        switch self {
        case .required(let f): return "\(f.indonesian) wajib diisi."
        case .tooLong(let f, let max): return "\(f.indonesian) terlalu panjang (paling banyak \(max) karakter)."
        case .nik(.notDigits): return "NIK hanya boleh berisi angka."
        case .nik(.wrongLength(let n)): return "NIK harus 16 angka, bukan \(n)."
        case .nik(.invalidDate(let day, let month, let year)):
            return "Tanggal lahir dalam NIK tidak valid (\(pad(day, 2))-\(pad(month, 2))-\(pad(year, 2)))."
        case .nik(.zeroSerial): return "Nomor urut NIK tidak boleh 0000."
        case .phone(.characters): return "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung atau +62."
        case .phone(.length): return "Panjang nomor telepon tidak sesuai."
        case .phone(.prefix): return "Nomor telepon harus diawali 0 atau +62."
        case .emailInvalid: return "Alamat surel tidak valid."
        case .dateInFuture(let f): return "\(f.indonesian) tidak boleh di masa depan."
        case .dateBefore(let f, let r): return "\(f.indonesian) tidak boleh sebelum \(r.indonesian.lowercased())."
        case .employerTypeRequired: return "Jenis pemberi kerja wajib diisi untuk non-ASN."
        case .employerTypeForASN: return "Jenis pemberi kerja hanya untuk non-ASN."
        case .yearOutOfRange(let f): return "\(f.indonesian) di luar rentang yang wajar."
        case .unknownRegion(let code): return "Kode kab/kota \(code) tidak dikenal."
        case .nikWarning(let w):
            switch w {
            case .otherProvince(let p): return "NIK dari provinsi lain (kode \(p)), bukan Sumatera Selatan."
            case .unknownProvince(let p): return "Kode provinsi NIK (\(p)) tidak dikenal."
            case .unknownRegency(let r): return "Kode kab/kota \(r) tidak ada dalam tabel Kemendagri."
            case .districtZero: return "Kode kecamatan NIK 00 tidak lazim."
            case .birthDateMismatch(let nik, let entered):
                return "Tanggal lahir di NIK (\(d(nik))) berbeda dengan isian (\(d(entered)))."
            case .sexMismatch(let nik, _):
                return "Jenis kelamin menurut NIK \(nik.indonesian.lowercased()), berbeda dengan isian."
            case .regencyMismatch(let nik, let dom, let split):
                return "NIK terdaftar di kab/kota \(nik), domisili \(dom)" + (split ? " (wilayah pemekaran)." : ".")
            }
        case .ageImplausible(let age): return "Umur \(age) tahun tidak lazim untuk anggota."
        case .duplicateNIK(_, let name): return "NIK sama dengan milik \(name)."
        case .likelyDuplicate(_, let name): return "Mungkin orang yang sama dengan \(name) (nama dan tanggal lahir sama)."
        case .duplicateKTA(_, let name): return "Nomor KTA sudah dipakai oleh \(name)."
        case .reactivatingDeceased: return "Anggota tercatat meninggal; pastikan perubahan status ini benar."
        case .outsideTerm(let f): return "\(f.indonesian) di luar masa periode."
        case .seatTaken(let holder, let since):
            return "Kursi ini masih dipegang \(holder)" + (since.map { " sejak \(d($0))" } ?? "") + " pada tanggal itu; akhiri dulu atau pakai Ganti."
        case .hasHistory(let f):
            return f == .departmentName ? "Bidang ini punya riwayat pemegang jabatan; tidak dapat dihapus."
                                        : "Kursi ini punya riwayat pemegang; tidak dapat dihapus."
        case .statusBackward(let from, let to): return "Status periode hanya maju: dari \(from.rawValue) tidak dapat kembali ke \(to.rawValue)."
        case .anotherTermActive(let name): return "Periode \(name) masih aktif; hanya satu periode yang aktif."
        case .notAMember: return "Orang ini tidak punya keanggotaan."
        case .memberNotActive(let s): return "Keanggotaan orang ini berstatus \(s.rawValue), bukan aktif."
        case .holdsAnotherSeat(let title): return "Orang ini sudah memegang jabatan \(title) pada periode ini."
        }
    }

    public var english: String {
        let d = IndonesianFormat.date
        switch self {
        case .required(let f): return "\(f.english) is required."
        case .tooLong(let f, let max): return "\(f.english) is too long (at most \(max) characters)."
        case .nik(.notDigits): return "The NIK may contain digits only."
        case .nik(.wrongLength(let n)): return "The NIK must have 16 digits, not \(n)."
        case .nik(.invalidDate(let day, let month, let year)):
            return "The birth date in the NIK is not a real date (\(pad(day, 2))-\(pad(month, 2))-\(pad(year, 2)))."
        case .nik(.zeroSerial): return "The NIK serial may not be 0000."
        case .phone(.characters): return "A phone number may contain digits, spaces, dashes or +62 only."
        case .phone(.length): return "The phone number has the wrong length."
        case .phone(.prefix): return "A phone number starts with 0 or +62."
        case .emailInvalid: return "The email address is not valid."
        case .dateInFuture(let f): return "\(f.english) may not be in the future."
        case .dateBefore(let f, let r): return "\(f.english) may not be before the \(r.english.lowercased())."
        case .employerTypeRequired: return "Employer type is required for non-ASN."
        case .employerTypeForASN: return "Employer type applies to non-ASN only."
        case .yearOutOfRange(let f): return "\(f.english) is out of range."
        case .unknownRegion(let code): return "Unknown regency code \(code)."
        case .nikWarning(let w):
            switch w {
            case .otherProvince(let p): return "The NIK is from another province (code \(p)), not Sumatera Selatan."
            case .unknownProvince(let p): return "Unknown NIK province code (\(p))."
            case .unknownRegency(let r): return "Regency code \(r) is not in the Kemendagri table."
            case .districtZero: return "District code 00 in the NIK is unusual."
            case .birthDateMismatch(let nik, let entered):
                return "The NIK's birth date (\(d(nik))) differs from the one entered (\(d(entered)))."
            case .sexMismatch(let nik, _): return "The NIK says \(nik.english.lowercased()), unlike the entry."
            case .regencyMismatch(let nik, let dom, let split):
                return "The NIK was issued in regency \(nik), domicile is \(dom)" + (split ? " (a split-off regency)." : ".")
            }
        case .ageImplausible(let age): return "An age of \(age) is unusual for a member."
        case .duplicateNIK(_, let name): return "Same NIK as \(name)."
        case .likelyDuplicate(_, let name): return "Possibly the same person as \(name) (same name and birth date)."
        case .duplicateKTA(_, let name): return "KTA number already used by \(name)."
        case .reactivatingDeceased: return "The member is recorded as deceased; make sure this change is right."
        case .outsideTerm(let f): return "\(f.english) is outside the term."
        case .seatTaken(let holder, let since):
            return "This seat is still held by \(holder)" + (since.map { " since \(d($0))" } ?? "") + " on that date; end it first or use Replace."
        case .hasHistory(let f):
            return f == .departmentName ? "This bidang has a history of holders; it cannot be removed."
                                        : "This seat has a history of holders; it cannot be removed."
        case .statusBackward(let from, let to): return "A term's status only moves forward: \(from.rawValue) cannot go back to \(to.rawValue)."
        case .anotherTermActive(let name): return "Term \(name) is still active; only one term is active at a time."
        case .notAMember: return "This person has no membership."
        case .memberNotActive(let s): return "This person's membership is \(s.rawValue), not active."
        case .holdsAnotherSeat(let title): return "This person already holds \(title) in this term."
        }
    }
}
