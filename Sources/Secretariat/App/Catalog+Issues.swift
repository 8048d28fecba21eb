import Domain

// MARK: - Field labels and sex names: the domain's typed values, named here
extension Catalog {
    /// The label of a form field the rules can point at: `Tanggal lahir` / `Date of birth`.
    public func fieldLabel(_ field: Field) -> String {
        switch field {
        case .name: return pick("Nama", "Name")
        case .nik: return "NIK"
        case .sex: return pick("Jenis kelamin", "Sex")
        case .birthPlace: return pick("Tempat lahir", "Place of birth")
        case .birthDate: return pick("Tanggal lahir", "Date of birth")
        case .phone: return pick("Telepon", "Phone")
        case .email: return pick("Surel", "Email")
        case .address: return pick("Alamat", "Address")
        case .domicileRegency: return pick("Kab/kota domisili", "Regency of domicile")
        case .employmentStatus: return pick("Status kepegawaian", "Employment status")
        case .employerType: return pick("Jenis pemberi kerja", "Employer type")
        case .employer: return pick("Tempat kerja", "Employer")
        case .educationLevel: return pick("Pendidikan", "Education")
        case .graduationYear: return pick("Tahun lulus", "Graduation year")
        case .kta: return pick("Nomor KTA", "KTA number")
        case .status: return "Status"
        case .statusDate: return pick("Tanggal status", "Status date")
        case .statusReason: return pick("Alasan", "Reason")
        case .channel: return pick("Jalur pendaftaran", "Registration channel")
        case .joinDate: return pick("Tanggal bergabung", "Join date")
        case .termName: return pick("Nama periode", "Term name")
        case .termStart: return pick("Awal periode", "Term start")
        case .termEnd: return pick("Akhir periode", "Term end")
        case .termStatus: return pick("Status periode", "Term status")
        case .decreeNumber: return pick("Nomor SK", "Decree number")
        case .decreeDate: return pick("Tanggal SK", "Decree date")
        case .holder: return pick("Pemegang jabatan", "Holder")
        case .assignmentStart: return pick("Tanggal mulai", "Start date")
        case .assignmentEnd: return pick("Tanggal selesai", "End date")
        case .endReason: return pick("Alasan berakhir", "Reason for leaving")
        case .positionTitle: return pick("Nama jabatan", "Position title")
        case .departmentName: return pick("Nama bidang", "Bidang name")
        case .arrivalTime: return pick("Jam datang", "Arrival time")
        case .departureTime: return pick("Jam pulang", "Departure time")
        case .startTime: return pick("Jam mulai", "Start time")
        case .endTime: return pick("Jam selesai", "End time")
        case .quorumRule: return pick("Aturan kuorum", "Quorum rule")
        case .minutesText: return pick("Isi notulen", "Minutes text")
        case .programmeTitle: return pick("Nama program", "Programme title")
        case .programmeStart: return pick("Mulai program", "Programme start")
        case .programmeEnd: return pick("Akhir program", "Programme end")
        case .targetDescription: return pick("Sasaran", "Target")
        case .targetValue: return pick("Target", "Target figure")
        case .realisationDate: return pick("Tanggal realisasi", "Realisation date")
        case .realisationValue: return pick("Nilai realisasi", "Realisation value")
        case .activityTitle: return pick("Nama kegiatan", "Activity title")
        case .activityYear: return pick("Tahun kegiatan", "Activity year")
        case .figureTotal: return pick("Jumlah total", "Total")
        case .figurePart: return pick("Rincian", "Parts")
        case .figureAsOf: return pick("Per tanggal", "As-of date")
        case .certificateExpiry: return pick("Masa berlaku sertifikat", "Certificate expiry")
        case .certificateNumber: return pick("Nomor sertifikat", "Certificate number")
        case .partnerName: return pick("Nama mitra", "Partner name")
        case .lpjSummary: return pick("Ringkasan LPJ", "LPJ summary")
        case .verdictNote: return pick("Catatan putusan", "Verdict notes")
        case .votes: return pick("Perolehan suara", "Votes")
        case .acclamationReason: return pick("Alasan aklamasi", "Reason for acclamation")
        case .ineligibleReason: return pick("Alasan pencalonan", "Reason for the candidacy")
        case .formaturDeadline: return pick("Tenggat formatur", "Formatur deadline")
        case .dropReason: return pick("Alasan dihentikan", "Reason for dropping")
        case .restrictionReason: return pick("Alasan pembatasan", "Reason for the restriction")
        case .musdaNumber: return pick("Nomor Musda", "Musda number")
        case .musdaDate: return pick("Tanggal Musda", "Musda date")
        case .sessionNumber: return pick("Nomor sesi", "Session number")
        case .accountName: return pick("Nama akun", "Account name")
        case .educationInstitution: return labelInstitution
        case .educationMajor: return labelMajor
        case .source: return labelSource
        case .note: return labelNote
        }
    }

    /// `Laki-laki` / `Perempuan` (`Male` / `Female`).
    public func personSexName(_ sex: Sex) -> String {
        sex == .male ? pick("Laki-laki", "Male") : pick("Perempuan", "Female")
    }
}

// MARK: - Validation issues, worded for any screen (and the command line) that shows them
extension Catalog {
    /// One sentence per `ValidationIssue`, with the values it carries: `NIK harus 16 angka, bukan 15.`
    public func issueText(_ issue: ValidationIssue) -> String {
        let d = IndonesianFormat.date
        switch issue {
        case .required(let f): return pick("\(fieldLabel(f)) wajib diisi.", "\(fieldLabel(f)) is required.")
        case .tooLong(let f, let max):
            return pick("\(fieldLabel(f)) terlalu panjang (paling banyak \(max) karakter).",
                        "\(fieldLabel(f)) is too long (at most \(max) characters).")
        case .nik(.notDigits): return pick("NIK hanya boleh berisi angka.", "The NIK may contain digits only.")
        case .nik(.wrongLength(let n)): return pick("NIK harus 16 angka, bukan \(n).", "The NIK must have 16 digits, not \(n).")
        case .nik(.invalidDate(let day, let month, let year)):
            let date = "\(twoDigits(day))-\(twoDigits(month))-\(twoDigits(year))"
            return pick("Tanggal lahir dalam NIK tidak valid (\(date)).", "The birth date in the NIK is not a real date (\(date)).")
        case .nik(.zeroSerial): return pick("Nomor urut NIK tidak boleh 0000.", "The NIK serial may not be 0000.")
        case .phone(.characters):
            return pick("Nomor telepon hanya boleh berisi angka, spasi, tanda hubung atau +62.",
                        "A phone number may contain digits, spaces, dashes or +62 only.")
        case .phone(.length): return pick("Panjang nomor telepon tidak sesuai.", "The phone number has the wrong length.")
        case .phone(.prefix): return pick("Nomor telepon diawali 08 (HP), kode wilayah seperti 0711, atau +62; bukan 00 atau 01.",
                                          "A phone number starts with 08 (mobile), an area code such as 0711, or +62; not 00 or 01.")
        case .emailInvalid: return pick("Alamat surel tidak valid.", "The email address is not valid.")
        case .dateInFuture(let f): return pick("\(fieldLabel(f)) tidak boleh di masa depan.", "\(fieldLabel(f)) may not be in the future.")
        case .dateBefore(let f, let r):
            return pick("\(fieldLabel(f)) tidak boleh sebelum \(fieldLabel(r).lowercased()).",
                        "\(fieldLabel(f)) may not be before the \(fieldLabel(r).lowercased()).")
        case .employerTypeRequired:
            return pick("Jenis pemberi kerja wajib diisi untuk non-ASN.", "Employer type is required for non-ASN.")
        case .employerTypeForASN: return pick("Jenis pemberi kerja hanya untuk non-ASN.", "Employer type applies to non-ASN only.")
        case .yearOutOfRange(let f): return pick("\(fieldLabel(f)) di luar rentang yang wajar.", "\(fieldLabel(f)) is out of range.")
        case .unknownRegion(let code): return pick("Kode kab/kota \(code) tidak dikenal.", "Unknown regency code \(code).")
        case .nikWarning(let w):
            switch w {
            case .otherProvince(let p):
                return pick("NIK dari provinsi lain (kode \(p)), bukan Sumatera Selatan.",
                            "The NIK is from another province (code \(p)), not Sumatera Selatan.")
            case .unknownProvince(let p): return pick("Kode provinsi NIK (\(p)) tidak dikenal.", "Unknown NIK province code (\(p)).")
            case .unknownRegency(let r):
                return pick("Kode kab/kota \(r) tidak ada dalam tabel Kemendagri.", "Regency code \(r) is not in the Kemendagri table.")
            case .districtZero: return pick("Kode kecamatan NIK 00 tidak lazim.", "District code 00 in the NIK is unusual.")
            case .birthDateMismatch(let nik, let entered):
                return pick("Tanggal lahir di NIK (\(d(nik))) berbeda dengan isian (\(d(entered))).",
                            "The NIK's birth date (\(d(nik))) differs from the one entered (\(d(entered))).")
            case .sexMismatch(let nik, _):
                let sex = personSexName(nik).lowercased()
                return pick("Jenis kelamin menurut NIK \(sex), berbeda dengan isian.", "The NIK says \(sex), unlike the entry.")
            case .regencyMismatch(let nik, let dom, let split):
                return pick("NIK terdaftar di kab/kota \(nik), domisili \(dom)" + (split ? " (wilayah pemekaran)." : "."),
                            "The NIK was issued in regency \(nik), domicile is \(dom)" + (split ? " (a split-off regency)." : "."))
            }
        case .ageImplausible(let age): return pick("Umur \(age) tahun tidak lazim untuk anggota.", "An age of \(age) is unusual for a member.")
        case .duplicateNIK(_, let name): return pick("NIK sama dengan milik \(name).", "Same NIK as \(name).")
        case .likelyDuplicate(_, let name):
            return pick("Mungkin orang yang sama dengan \(name) (nama dan tanggal lahir sama).",
                        "Possibly the same person as \(name) (same name and birth date).")
        case .duplicateKTA(_, let name): return pick("Nomor KTA sudah dipakai oleh \(name).", "KTA number already used by \(name).")
        case .reactivatingDeceased:
            return pick("Anggota tercatat meninggal; pastikan perubahan status ini benar.",
                        "The member is recorded as deceased; make sure this change is right.")
        case .timeBefore(let f, let r):
            return pick("\(fieldLabel(f)) tidak boleh sebelum \(fieldLabel(r).lowercased()).",
                        "\(fieldLabel(f)) may not be before the \(fieldLabel(r).lowercased()).")
        case .quorumCannotHold(let required, let registered):
            return pick("Kuorum \(required) peserta tidak mungkin tercapai: hanya \(registered) peserta terdaftar.",
                        "A quorum of \(required) delegates cannot be reached: only \(registered) are registered.")
        case .minutesFinal:
            return pick("Notulen ini sudah final; buka kembali dengan alasan untuk mengubahnya.",
                        "These minutes are final; reopen them with a reason to change them.")
        case .alreadyUsed(let f): return pick("\(fieldLabel(f)) ini sudah dipakai.", "This \(fieldLabel(f).lowercased()) is already used.")
        case .outsideTerm(let f): return pick("\(fieldLabel(f)) di luar masa periode.", "\(fieldLabel(f)) is outside the term.")
        case .seatTaken(let holder, let since):
            let from = since.map { pick(" sejak \(d($0))", " since \(d($0))") } ?? ""
            return pick("Kursi ini masih dipegang \(holder)\(from) pada tanggal itu; akhiri dulu atau pakai Ganti.",
                        "This seat is still held by \(holder)\(from) on that date; end it first or use Replace.")
        case .hasHistory(let f):
            switch f {
            case .departmentName:
                return pick("Bidang ini punya riwayat pemegang jabatan; tidak dapat dihapus.", "This bidang has a history of holders; it cannot be removed.")
            case .targetDescription:
                return pick("Sasaran ini sudah punya realisasi; tidak dapat dihapus.", "This target has realisation; it cannot be removed.")
            case .targetValue:
                return pick("Sasaran ini sudah punya realisasi; jenisnya tidak dapat diubah.", "This target has realisation; its kind cannot change.")
            default:
                return pick("Kursi ini punya riwayat pemegang; tidak dapat dihapus.", "This seat has a history of holders; it cannot be removed.")
            }
        case .statusBackward(let from, let to):
            return pick("Status periode hanya maju: dari \(termStatusName(from)) tidak dapat kembali ke \(termStatusName(to)).",
                        "A term's status only moves forward: \(termStatusName(from)) cannot go back to \(termStatusName(to)).")
        case .anotherTermActive(let name):
            return pick("Periode \(name) masih aktif; hanya satu periode yang aktif.", "Term \(name) is still active; only one term is active at a time.")
        case .notAMember: return pick("Orang ini tidak punya keanggotaan.", "This person has no membership.")
        case .memberNotActive(let status):
            return pick("Keanggotaan orang ini berstatus \(membershipStatusName(status).lowercased()), bukan aktif.",
                        "This person's membership is \(membershipStatusName(status).lowercased()), not active.")
        case .holdsAnotherSeat(let title):
            return pick("Orang ini sudah memegang jabatan \(title) pada periode ini.", "This person already holds \(title) in this term.")
        case .negative(let f): return pick("\(fieldLabel(f)) tidak boleh negatif.", "\(fieldLabel(f)) may not be negative.")
        case .notPositive(let f): return pick("\(fieldLabel(f)) harus lebih dari 0.", "\(fieldLabel(f)) must be more than 0.")
        case .partsWithoutTotal:
            return pick("Rincian diisi tanpa jumlah total; isi totalnya seperti yang dilaporkan.",
                        "Parts entered without a total; enter the total as reported.")
        case .milestoneValue: return pick("Tonggak hanya tercapai (1) atau belum (0).", "A milestone is reached (1) or not (0).")
        case .originNotEarlier:
            return pick("Program asal harus dari periode sebelumnya.", "The programme carried on must be from an earlier term.")
        case .dateNotInYear: return pick("Tanggal kegiatan tidak jatuh pada tahunnya.", "The activity's date is not in its year.")
        case .dateAfter(let f, let r):
            return pick("\(fieldLabel(f)) tidak boleh sesudah \(fieldLabel(r).lowercased()).",
                        "\(fieldLabel(f)) may not be after the \(fieldLabel(r).lowercased()).")
        case .realisationOutsidePeriod(let n):
            return pick("\(n) entri realisasi jatuh di luar masa ini; hapus atau sesuaikan dulu entri itu.",
                        "\(n) realisation entries fall outside this period; remove them first.")
        case .certificateWithoutCompetence:
            return pick("Sertifikat hanya untuk hasil kompeten.", "A certificate goes with the result kompeten only.")
        case .controlCharacters(let f):
            return pick("\(fieldLabel(f)) memuat karakter kendali; ketik ulang tanpa karakter itu.",
                        "\(fieldLabel(f)) contains control characters; type it again without them.")
        case .accountNameInvalid:
            return pick("Nama akun hanya berisi huruf, angka, titik, _ atau -, diawali huruf, paling banyak 32 karakter.",
                        "An account name has letters, digits, dots, _ or -, starts with a letter, at most 32 characters.")
        case .votesExceedBallots(let counted, let ballots):
            return pick("Suara yang dihitung (\(counted): suara calon, abstain dan tidak sah) melebihi surat suara (\(ballots)); periksa lagi angkanya.",
                        "Ballots counted (\(counted): votes, abstain and invalid) exceed the ballots cast (\(ballots)); check the figures.")
        case .noCandidates: return pick("Belum ada calon; tambahkan calon dulu.", "No candidates yet; add a candidate first.")
        case .acclamationNeedsOneCandidate(let n):
            return pick("Aklamasi hanya untuk satu calon; ada \(n) calon. Pilih pemungutan suara atau hapus calon lain.",
                        "Acclamation is for one candidate; there are \(n). Choose a vote or remove the others.")
        case .noElectedChair:
            return pick("Belum ada ketua terpilih; tetapkan hasil pemilihan dulu.", "No chair has been elected; declare the election's result first.")
        case .verdictAlreadyRecorded:
            return pick("LPJ ini sudah diputus; putusan kedua tidak dicatat.", "This LPJ has a verdict already; a second one is not recorded.")
        case .electionDecided:
            return pick("Hasil pemilihan sudah ditetapkan; calon, suara dan metodenya tidak dapat diubah lagi.",
                        "The election's result has been declared; its candidates, votes and method can no longer change.")
        case .alreadyHandedOver:
            return pick("Serah terima Musda ini sudah dilakukan.", "This Musda has handed over already.")
        case .numberOutOfRange(let f, let lower, let upper):
            return pick("\(fieldLabel(f)) harus antara \(lower) dan \(upper).", "\(fieldLabel(f)) must be between \(lower) and \(upper).")
        case .newTermHasData(let what):
            return pick("Serah terima tidak dapat dibatalkan: periode baru sudah berisi data baru (\(what)).",
                        "The handover cannot be undone: the new term holds new data (\(what)).")
        }
    }

    /// As `issueText`, with regency names where the issue carries only codes.
    func issueText(_ issue: ValidationIssue, regions: RegionDirectory) -> String {
        guard case .nikWarning(.regencyMismatch(let nik, let domicile, let split)) = issue else { return issueText(issue) }
        func name(_ code: String) -> String { regions.region(code: code).map { "\($0.name) (\(code))" } ?? code }
        let note = split ? pick(" Domisili adalah wilayah pemekaran dari kab/kota NIK.", " The domicile was split off from the NIK's regency.") : ""
        return pick("NIK terdaftar di \(name(nik)), domisili di \(name(domicile)).", "The NIK was issued in \(name(nik)); domicile is \(name(domicile)).") + note
    }

    /// `5` → `05`, as the NIK writes its date parts.
    private func twoDigits(_ n: Int) -> String { n >= 0 && n < 10 ? "0\(n)" : "\(n)" }
}
