import Domain
import Storage
import XCTest
@testable import Secretariat

/// Domain and Storage return typed values; the catalog words them. These are the words that
/// used to live on the types themselves (`ValidationIssue.indonesian`, `Finding.english`…),
/// asserted through the catalog, text for text.
final class CatalogWordingTests: XCTestCase {
    let id = Catalog(.indonesian), en = Catalog(.english)
    static let date1 = LocalDate(year: 1988, month: 3, day: 15)!, date2 = LocalDate(year: 1988, month: 3, day: 16)!

    // MARK: - Validation issues, field labels, sex names

    /// Every validation issue (and the variants of each), in both languages.
    static let issues: [(ValidationIssue, String, String)] = {
        let date1 = CatalogWordingTests.date1, date2 = CatalogWordingTests.date2
        return [
            (.required(.name), "Nama wajib diisi.", "Name is required."),
            (.tooLong(.address, max: 200), "Alamat terlalu panjang (paling banyak 200 karakter).", "Address is too long (at most 200 characters)."),
            (.nik(.notDigits), "NIK hanya boleh berisi angka.", "The NIK may contain digits only."),
            (.nik(.wrongLength(15)), "NIK harus 16 angka, bukan 15.", "The NIK must have 16 digits, not 15."),
            (.nik(.invalidDate(day: 31, month: 2, year: 90)), "Tanggal lahir dalam NIK tidak valid (31-02-90).", "The birth date in the NIK is not a real date (31-02-90)."),
            (.nik(.invalidDate(day: 5, month: 13, year: 1)), "Tanggal lahir dalam NIK tidak valid (05-13-01).", "The birth date in the NIK is not a real date (05-13-01)."),
            (.nik(.zeroSerial), "Nomor urut NIK tidak boleh 0000.", "The NIK serial may not be 0000."),
            (.phone(.characters), "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung atau +62.", "A phone number may contain digits, spaces, dashes or +62 only."),
            (.phone(.length), "Panjang nomor telepon tidak sesuai.", "The phone number has the wrong length."),
            (.phone(.prefix), "Nomor telepon diawali 08 (HP), kode wilayah seperti 0711, atau +62; bukan 00 atau 01.",
             "A phone number starts with 08 (mobile), an area code such as 0711, or +62; not 00 or 01."),
            (.emailInvalid, "Alamat surel tidak valid.", "The email address is not valid."),
            (.dateInFuture(.birthDate), "Tanggal lahir tidak boleh di masa depan.", "Date of birth may not be in the future."),
            (.dateBefore(.statusDate, reference: .joinDate), "Tanggal status tidak boleh sebelum tanggal bergabung.", "Status date may not be before the join date."),
            (.employerTypeRequired, "Jenis pemberi kerja wajib diisi untuk non-ASN.", "Employer type is required for non-ASN."),
            (.employerTypeForASN, "Jenis pemberi kerja hanya untuk non-ASN.", "Employer type applies to non-ASN only."),
            (.yearOutOfRange(.graduationYear), "Tahun lulus di luar rentang yang wajar.", "Graduation year is out of range."),
            (.unknownRegion("1699"), "Kode kab/kota 1699 tidak dikenal.", "Unknown regency code 1699."),
            (.nikWarning(.otherProvince("31")), "NIK dari provinsi lain (kode 31), bukan Sumatera Selatan.", "The NIK is from another province (code 31), not Sumatera Selatan."),
            (.nikWarning(.unknownProvince("99")), "Kode provinsi NIK (99) tidak dikenal.", "Unknown NIK province code (99)."),
            (.nikWarning(.unknownRegency("1699")), "Kode kab/kota 1699 tidak ada dalam tabel Kemendagri.", "Regency code 1699 is not in the Kemendagri table."),
            (.nikWarning(.districtZero), "Kode kecamatan NIK 00 tidak lazim.", "District code 00 in the NIK is unusual."),
            (.nikWarning(.birthDateMismatch(nik: date1, entered: date2)), "Tanggal lahir di NIK (15 Maret 1988) berbeda dengan isian (16 Maret 1988).", "The NIK's birth date (15 Maret 1988) differs from the one entered (16 Maret 1988)."),
            (.nikWarning(.sexMismatch(nik: .female, entered: .male)), "Jenis kelamin menurut NIK perempuan, berbeda dengan isian.", "The NIK says female, unlike the entry."),
            (.nikWarning(.sexMismatch(nik: .male, entered: .female)), "Jenis kelamin menurut NIK laki-laki, berbeda dengan isian.", "The NIK says male, unlike the entry."),
            (.nikWarning(.regencyMismatch(nik: "1671", domicile: "1604", splitFrom: false)), "NIK terdaftar di kab/kota 1671, domisili 1604.", "The NIK was issued in regency 1671, domicile is 1604."),
            (.nikWarning(.regencyMismatch(nik: "1603", domicile: "1612", splitFrom: true)), "NIK terdaftar di kab/kota 1603, domisili 1612 (wilayah pemekaran).", "The NIK was issued in regency 1603, domicile is 1612 (a split-off regency)."),
            (.ageImplausible(11), "Umur 11 tahun tidak lazim untuk anggota.", "An age of 11 is unusual for a member."),
            (.duplicateNIK(personId: 3, name: "Siti Aminah"), "NIK sama dengan milik Siti Aminah.", "Same NIK as Siti Aminah."),
            (.likelyDuplicate(personId: 4, name: "Budi Santoso"), "Mungkin orang yang sama dengan Budi Santoso (nama dan tanggal lahir sama).", "Possibly the same person as Budi Santoso (same name and birth date)."),
            (.duplicateKTA(personId: 5, name: "Rina Marlina"), "Nomor KTA sudah dipakai oleh Rina Marlina.", "KTA number already used by Rina Marlina."),
            (.reactivatingDeceased, "Anggota tercatat meninggal; pastikan perubahan status ini benar.", "The member is recorded as deceased; make sure this change is right."),
            (.outsideTerm(.assignmentStart), "Tanggal mulai di luar masa periode.", "Start date is outside the term."),
            (.seatTaken(holder: "Wahidin", since: date1), "Kursi ini masih dipegang Wahidin sejak 15 Maret 1988 pada tanggal itu; akhiri dulu atau pakai Ganti.",
             "This seat is still held by Wahidin since 15 Maret 1988 on that date; end it first or use Replace."),
            (.hasHistory(.positionTitle), "Kursi ini punya riwayat pemegang; tidak dapat dihapus.", "This seat has a history of holders; it cannot be removed."),
            (.hasHistory(.departmentName), "Bidang ini punya riwayat pemegang jabatan; tidak dapat dihapus.", "This bidang has a history of holders; it cannot be removed."),
            (.statusBackward(from: .aktif, to: .persiapan), "Status periode hanya maju: dari aktif tidak dapat kembali ke persiapan.",
             "A term's status only moves forward: active cannot go back to in preparation."),
            (.anotherTermActive("2023–2028"), "Periode 2023–2028 masih aktif; hanya satu periode yang aktif.", "Term 2023–2028 is still active; only one term is active at a time."),
            (.minutesFinal, "Notulen ini sudah final; buka kembali dengan alasan untuk mengubahnya.",
             "These minutes are final; reopen them with a reason to change them."),
            (.alreadyUsed(.termName), "Nama periode ini sudah dipakai.", "This term name is already used."),
            (.timeBefore(.departureTime, reference: .arrivalTime), "Jam pulang tidak boleh sebelum jam datang.",
             "Departure time may not be before the arrival time."),
            (.quorumCannotHold(required: 60, registered: 38), "Kuorum 60 peserta tidak mungkin tercapai: hanya 38 peserta terdaftar.",
             "A quorum of 60 delegates cannot be reached: only 38 are registered."),
            (.notAMember, "Orang ini tidak punya keanggotaan.", "This person has no membership."),
            (.memberNotActive(.keluar), "Keanggotaan orang ini berstatus keluar, bukan aktif.", "This person's membership is left, not active."),
            (.holdsAnotherSeat(title: "Ketua"), "Orang ini sudah memegang jabatan Ketua pada periode ini.", "This person already holds Ketua in this term."),
            (.negative(.realisationValue), "Nilai realisasi tidak boleh negatif.", "Realisation value may not be negative."),
            (.notPositive(.targetValue), "Target harus lebih dari 0.", "Target figure must be more than 0."),
            (.partsWithoutTotal, "Rincian diisi tanpa jumlah total; isi totalnya seperti yang dilaporkan.",
             "Parts entered without a total; enter the total as reported."),
            (.milestoneValue, "Tonggak hanya tercapai (1) atau belum (0).", "A milestone is reached (1) or not (0)."),
            (.originNotEarlier, "Program asal harus dari periode sebelumnya.", "The programme carried on must be from an earlier term."),
            (.dateNotInYear, "Tanggal kegiatan tidak jatuh pada tahunnya.", "The activity's date is not in its year."),
            (.dateAfter(.realisationDate, reference: .programmeEnd), "Tanggal realisasi tidak boleh sesudah akhir program.",
             "Realisation date may not be after the programme end."),
            (.realisationOutsidePeriod(count: 3), "3 entri realisasi jatuh di luar masa ini; hapus atau sesuaikan dulu entri itu.",
             "3 realisation entries fall outside this period; remove them first."),
            (.certificateWithoutCompetence, "Sertifikat hanya untuk hasil kompeten.", "A certificate goes with the result kompeten only."),
            (.accountNameInvalid, "Nama akun hanya berisi huruf, angka, titik, _ atau -, diawali huruf, paling banyak 32 karakter.",
             "An account name has letters, digits, dots, _ or -, starts with a letter, at most 32 characters."),
            (.controlCharacters(.name), "Nama memuat karakter kendali; ketik ulang tanpa karakter itu.",
             "Name contains control characters; type it again without them."),
            (.votesExceedBallots(counted: 39, ballots: 38),
             "Suara yang dihitung (39: suara calon, abstain dan tidak sah) melebihi surat suara (38); periksa lagi angkanya.",
             "Ballots counted (39: votes, abstain and invalid) exceed the ballots cast (38); check the figures."),
            (.noCandidates, "Belum ada calon; tambahkan calon dulu.", "No candidates yet; add a candidate first."),
            (.acclamationNeedsOneCandidate(2), "Aklamasi hanya untuk satu calon; ada 2 calon. Pilih pemungutan suara atau hapus calon lain.",
             "Acclamation is for one candidate; there are 2. Choose a vote or remove the others."),
            (.noElectedChair, "Belum ada ketua terpilih; tetapkan hasil pemilihan dulu.",
             "No chair has been elected; declare the election's result first."),
            (.verdictAlreadyRecorded, "LPJ ini sudah diputus; putusan kedua tidak dicatat.",
             "This LPJ has a verdict already; a second one is not recorded."),
            (.electionDecided, "Hasil pemilihan sudah ditetapkan; calon, suara dan metodenya tidak dapat diubah lagi.",
             "The election's result has been declared; its candidates, votes and method can no longer change."),
            (.numberOutOfRange(.musdaNumber, lower: 1, upper: 99), "Nomor Musda harus antara 1 dan 99.",
             "Musda number must be between 1 and 99."),
            (.alreadyHandedOver, "Serah terima Musda ini sudah dilakukan.", "This Musda has handed over already."),
            (.newTermHasData("program"), "Serah terima tidak dapat dibatalkan: periode baru sudah berisi data baru (program).",
             "The handover cannot be undone: the new term holds new data (program)."),
        ]
    }()

    /// One index per `ValidationIssue` case: adding a case stops this compiling until it has a sample above.
    private static func caseIndex(_ issue: ValidationIssue) -> Int {
        switch issue {
        case .required: return 0
        case .tooLong: return 1
        case .nik: return 2
        case .phone: return 3
        case .emailInvalid: return 4
        case .dateInFuture: return 5
        case .dateBefore: return 6
        case .employerTypeRequired: return 7
        case .employerTypeForASN: return 8
        case .yearOutOfRange: return 9
        case .unknownRegion: return 10
        case .nikWarning: return 11
        case .ageImplausible: return 12
        case .duplicateNIK: return 13
        case .likelyDuplicate: return 14
        case .duplicateKTA: return 15
        case .reactivatingDeceased: return 16
        case .outsideTerm: return 17
        case .seatTaken: return 18
        case .hasHistory: return 19
        case .statusBackward: return 20
        case .anotherTermActive: return 21
        case .notAMember: return 22
        case .memberNotActive: return 23
        case .holdsAnotherSeat: return 24
        case .alreadyUsed: return 25
        case .timeBefore: return 26
        case .quorumCannotHold: return 27
        case .minutesFinal: return 28
        case .negative: return 29
        case .notPositive: return 30
        case .partsWithoutTotal: return 31
        case .milestoneValue: return 32
        case .originNotEarlier: return 33
        case .dateNotInYear: return 34
        case .dateAfter: return 35
        case .realisationOutsidePeriod: return 36
        case .certificateWithoutCompetence: return 37
        case .accountNameInvalid: return 38
        case .controlCharacters: return 39
        case .votesExceedBallots: return 40
        case .noCandidates: return 41
        case .acclamationNeedsOneCandidate: return 42
        case .noElectedChair: return 43
        case .verdictAlreadyRecorded: return 44
        case .electionDecided: return 45
        case .alreadyHandedOver: return 46
        case .newTermHasData: return 47
        case .numberOutOfRange: return 48
        }
    }

    func testEveryValidationIssueIsWordedAsBefore() {
        XCTAssertEqual(Set(Self.issues.map { Self.caseIndex($0.0) }), Set(0...48), "a sample of every case")
        for (issue, indonesian, english) in Self.issues {
            XCTAssertEqual(id.issueText(issue), indonesian, "\(issue)")
            XCTAssertEqual(en.issueText(issue), english, "\(issue)")
            XCTAssertNotEqual(indonesian, english)
        }
    }

    /// From the domain's rules tests: the validator's regency warning, and a NIK date that does not exist.
    func testTheValidatorsFindingsReadAsBefore() {
        XCTAssertEqual(id.issueText(.nikWarning(.regencyMismatch(nik: "1671", domicile: "1604", splitFrom: false))),
                       "NIK terdaftar di kab/kota 1671, domisili 1604.")
        XCTAssertEqual(id.issueText(.nik(.invalidDate(day: 31, month: 2, year: 90))), "Tanggal lahir dalam NIK tidak valid (31-02-90).")
    }

    func testEveryFieldHasItsLabel() {
        let labels: [(Field, String, String)] = [
            (.name, "Nama", "Name"),
            (.nik, "NIK", "NIK"),
            (.sex, "Jenis kelamin", "Sex"),
            (.birthPlace, "Tempat lahir", "Place of birth"),
            (.birthDate, "Tanggal lahir", "Date of birth"),
            (.phone, "Telepon", "Phone"),
            (.email, "Surel", "Email"),
            (.address, "Alamat", "Address"),
            (.domicileRegency, "Kab/kota domisili", "Regency of domicile"),
            (.employmentStatus, "Status kepegawaian", "Employment status"),
            (.employerType, "Jenis pemberi kerja", "Employer type"),
            (.employer, "Tempat kerja", "Employer"),
            (.educationLevel, "Pendidikan", "Education"),
            (.graduationYear, "Tahun lulus", "Graduation year"),
            (.kta, "Nomor KTA", "KTA number"),
            (.status, "Status", "Status"),
            (.statusDate, "Tanggal status", "Status date"),
            (.statusReason, "Alasan", "Reason"),
            (.channel, "Jalur pendaftaran", "Registration channel"),
            (.joinDate, "Tanggal bergabung", "Join date"),
            (.termName, "Nama periode", "Term name"),
            (.termStart, "Awal periode", "Term start"),
            (.termEnd, "Akhir periode", "Term end"),
            (.termStatus, "Status periode", "Term status"),
            (.decreeNumber, "Nomor SK", "Decree number"),
            (.decreeDate, "Tanggal SK", "Decree date"),
            (.holder, "Pemegang jabatan", "Holder"),
            (.assignmentStart, "Tanggal mulai", "Start date"),
            (.assignmentEnd, "Tanggal selesai", "End date"),
            (.endReason, "Alasan berakhir", "Reason for leaving"),
            (.positionTitle, "Nama jabatan", "Position title"),
            (.departmentName, "Nama bidang", "Bidang name"),
            (.arrivalTime, "Jam datang", "Arrival time"),
            (.departureTime, "Jam pulang", "Departure time"),
            (.startTime, "Jam mulai", "Start time"),
            (.endTime, "Jam selesai", "End time"),
            (.quorumRule, "Aturan kuorum", "Quorum rule"),
            (.minutesText, "Isi notulen", "Minutes text"),
            (.programmeTitle, "Nama program", "Programme title"),
            (.programmeStart, "Mulai program", "Programme start"),
            (.programmeEnd, "Akhir program", "Programme end"),
            (.targetDescription, "Sasaran", "Target"),
            (.targetValue, "Target", "Target figure"),
            (.realisationDate, "Tanggal realisasi", "Realisation date"),
            (.realisationValue, "Nilai realisasi", "Realisation value"),
            (.activityTitle, "Nama kegiatan", "Activity title"),
            (.activityYear, "Tahun kegiatan", "Activity year"),
            (.figureTotal, "Jumlah total", "Total"),
            (.figurePart, "Rincian", "Parts"),
            (.figureAsOf, "Per tanggal", "As-of date"),
            (.certificateNumber, "Nomor sertifikat", "Certificate number"),
            (.certificateExpiry, "Masa berlaku sertifikat", "Certificate expiry"),
            (.partnerName, "Nama mitra", "Partner name"),
            (.accountName, "Nama akun", "Account name"),
            (.educationInstitution, "Perguruan tinggi/sekolah", "Institution"),
            (.educationMajor, "Program studi", "Study programme"),
            (.source, "Sumber data", "Source"),
            (.note, "Catatan", "Note"),
            (.lpjSummary, "Ringkasan LPJ", "LPJ summary"),
            (.verdictNote, "Catatan putusan", "Verdict notes"),
            (.votes, "Perolehan suara", "Votes"),
            (.acclamationReason, "Alasan aklamasi", "Reason for acclamation"),
            (.ineligibleReason, "Alasan pencalonan", "Reason for the candidacy"),
            (.formaturDeadline, "Tenggat formatur", "Formatur deadline"),
            (.dropReason, "Alasan dihentikan", "Reason for dropping"),
            (.musdaNumber, "Nomor Musda", "Musda number"),
            (.musdaDate, "Tanggal Musda", "Musda date"),
            (.sessionNumber, "Nomor sesi", "Session number"),
            (.restrictionReason, "Alasan pembatasan", "Reason for the restriction"),
        ]
        XCTAssertEqual(labels.map(\.0), Field.allCases)
        for (field, indonesian, english) in labels {
            XCTAssertEqual(id.fieldLabel(field), indonesian)
            XCTAssertEqual(en.fieldLabel(field), english)
        }
    }

    func testFreeTextPlacesAreNamedInIndonesian() {
        XCTAssertEqual(id.members.mentionPlace(FreeTextMention(place: .note(table: "term", id: 1, label: "2019–2023"))),
                       "catatan periode 2019–2023")
        XCTAssertEqual(id.members.mentionPlace(FreeTextMention(place: .note(table: "lpj", id: 2, label: "Musda 2028"))), "LPJ Musda 2028")
        XCTAssertEqual(id.members.mentionPlace(FreeTextMention(place: .note(table: "realisation", id: 3, label: "Rekrutmen"))),
                       "catatan realisasi program Rekrutmen")
    }

    func testSexNames() {
        XCTAssertEqual(Sex.allCases.map(id.personSexName), ["Laki-laki", "Perempuan"])
        XCTAssertEqual(Sex.allCases.map(en.personSexName), ["Male", "Female"])
    }

    // MARK: - Storage errors

    func testBusyIsWordedInBothLanguages() {
        XCTAssertEqual(id.storeErrorText(.busy), "Basis data sedang dipakai proses lain; tidak ada yang berubah. Coba lagi sebentar.")
        XCTAssertEqual(en.storeErrorText(.busy), "The database is busy in another process; nothing changed. Try again in a moment.")
    }

    func testAConflictIsWordedInBothLanguages() {
        let conflict = StoreError.conflict(current: PersonDraft(person: Person(name: "Agus Setiawan"), version: 2))
        XCTAssertEqual(id.storeErrorText(conflict),
                       "Data ini sudah diubah orang lain setelah Anda membukanya; tidak ada yang disimpan.")
        XCTAssertEqual(en.storeErrorText(conflict), "Someone else changed this record after you opened it; nothing was saved.")
    }

    func testANewerSchemaIsWordedInBothLanguages() {
        let newer = StoreError.newerSchema(found: 99, known: 9)
        XCTAssertEqual(id.storeErrorText(newer),
                       "Basis data memakai skema versi 99, lebih baru dari versi 9 aplikasi ini. Perbarui aplikasi.")
        XCTAssertEqual(en.storeErrorText(newer), "The database uses schema version 99, newer than this application's 9. Update the application.")
    }

    func testRefusedDataIsWordedWithItsIssues() {
        XCTAssertEqual(id.storeErrorText(.invalid([.required(.name), .nik(.wrongLength(15))])),
                       "Data tidak valid: Nama wajib diisi. NIK harus 16 angka, bukan 15.")
        XCTAssertEqual(en.storeErrorText(.needsOverride([.ageImplausible(11)])),
                       "A reason is needed to override: An age of 11 is unusual for a member.")
    }

    // MARK: - Check findings

    /// Every finding `Store.check()` can report, in both languages.
    static let findings: [(Finding.Problem, String, String)] = [
        (.integrity("row 3 missing from index person_nik"),
         "Integritas SQLite: row 3 missing from index person_nik", "SQLite integrity: row 3 missing from index person_nik"),
        (.brokenReference(table: "assignment", rowid: 7, parent: "position"),
         "Rujukan rusak: assignment #7 ke position", "Broken reference: assignment #7 to position"),
        (.brokenReference(table: "assignment", rowid: nil, parent: "position"),
         "Rujukan rusak: assignment #? ke position", "Broken reference: assignment #? to position"),
        (.officerNotPerson(term: "2023–2028", title: "Ketua"),
         "Pengurus 2023–2028, Ketua: tidak terhubung ke orang yang ada", "Officer 2023–2028, Ketua: not linked to an existing person"),
        (.officerErased(term: "2023–2028", title: "Bendahara"),
         "Pengurus 2023–2028, Bendahara: data pribadinya sudah dihapus", "Officer 2023–2028, Bendahara: their personal data was erased"),
        (.figure(subject: "Peserta uji kompetensi 2020", discrepancy: FigureDiscrepancy(total: 148, partsSum: 168)),
         "Peserta uji kompetensi 2020: Σ rincian 168 ≠ total 148 (+20)", "Peserta uji kompetensi 2020: Σ parts 168 ≠ total 148 (+20)"),
        (.duplicateNIK(masked: "1606********0014", personIds: [96, 108]),
         "NIK 1606********0014 dipakai 2 orang (#96, 108)", "NIK 1606********0014 used by 2 people (#96, 108)"),
        (.election(office: "Ketua", problem: .countedBelowBallots(counted: 36, ballots: 38)),
         "Ketua: suara terhitung 36 ≠ surat suara 38", "Ketua: ballots counted 36 ≠ ballots cast 38"),
        (.noQuorum(musda: "Musda II"), "Musda II: kuorum tidak terpenuhi", "Musda II: no quorum"),
        (.searchIndex("database disk image is malformed"),
         "Indeks pencarian rusak: database disk image is malformed", "Search index damaged: database disk image is malformed"),
        (.fileMode(octal: "644"), "Berkas basis data dapat dibaca pengguna lain (mode 644); sebaiknya 600, atau 660 di folder bersama (init --shared)",
         "The database file is readable by other users (mode 644); 600 is advised, or 660 in a shared folder (init --shared)"),
    ]

    /// One index per `Finding.Problem` case: adding a case stops this compiling until it has a sample above.
    static func caseIndex(_ problem: Finding.Problem) -> Int {
        switch problem {
        case .integrity: return 0
        case .brokenReference: return 1
        case .officerNotPerson: return 2
        case .officerErased: return 3
        case .figure: return 4
        case .duplicateNIK: return 5
        case .election: return 6
        case .noQuorum: return 7
        case .searchIndex: return 8
        case .fileMode: return 9
        }
    }

    func testEveryFindingIsWordedInBothLanguages() {
        XCTAssertEqual(Set(Self.findings.map { Self.caseIndex($0.0) }), Set(0...9), "a sample of every case")
        for (problem, indonesian, english) in Self.findings {
            XCTAssertEqual(id.findingText(Finding(problem)), indonesian, "\(problem)")
            XCTAssertEqual(en.findingText(Finding(problem)), english, "\(problem)")
            XCTAssertFalse(indonesian.isEmpty)
            XCTAssertNotEqual(indonesian, english, "\(problem) is worded in both languages")
        }
    }

    func testFigureDiscrepancies() {
        XCTAssertEqual(en.discrepancyText(FigureDiscrepancy(total: 148, partsSum: 168)), "Σ parts 168 ≠ total 148 (+20)")
        XCTAssertEqual(id.discrepancyText(FigureDiscrepancy(total: 148, partsSum: 168)), "Σ rincian 168 ≠ total 148 (+20)")
        XCTAssertEqual(en.discrepancyText(FigureDiscrepancy(total: 10, partsSum: 7)), "Σ parts 7 ≠ total 10 (-3)")
        XCTAssertEqual(id.discrepancyText(FigureDiscrepancy(total: 10, partsSum: 7)), "Σ rincian 7 ≠ total 10 (-3)")
    }

    func testEveryElectionProblem() {
        let problems: [(ElectionProblem, String, String)] = [
            (.electedCount(2), "2 calon ditetapkan terpilih (seharusnya 1)", "2 candidates marked elected (expected 1)"),
            (.acclamationWithCandidates(3), "aklamasi dengan 3 calon", "acclamation with 3 candidates"),
            (.missingVotes, "perolehan suara calon tidak lengkap", "candidate votes incomplete"),
            (.countedBelowBallots(counted: 36, ballots: 38), "suara terhitung 36 ≠ surat suara 38", "ballots counted 36 ≠ ballots cast 38"),
            (.ballotsNotDelegates(ballots: 41, delegates: 38), "41 surat suara untuk 38 peserta hadir", "41 ballots for 38 delegates present"),
            (.electedIsNotTopVoted, "yang terpilih bukan peraih suara terbanyak", "the elected candidate did not get the most votes"),
        ]
        for (problem, indonesian, english) in problems {
            XCTAssertEqual(id.electionProblemText(problem), indonesian)
            XCTAssertEqual(en.electionProblemText(problem), english)
        }
    }

    /// `sekretariat check` prints these lines; the Indonesian ones are what it printed before the catalog.
    func testTheCheckCommandsLines() {
        XCTAssertEqual(id.checkDatabase(path: "/tmp/demo.sqlite", schemaVersion: 9), "Basis data: /tmp/demo.sqlite (skema versi 9)")
        XCTAssertEqual(en.checkDatabase(path: "/tmp/demo.sqlite", schemaVersion: 9), "Database: /tmp/demo.sqlite (schema version 9)")
        XCTAssertEqual(id.checkLine(Finding(.fileMode(octal: "644"))),
                       "PERINGATAN: Berkas basis data dapat dibaca pengguna lain (mode 644); sebaiknya 600, atau 660 di folder bersama (init --shared)")
        XCTAssertEqual(id.checkLine(Finding(.integrity("page 4 is never used"))), "KESALAHAN: Integritas SQLite: page 4 is never used")
        XCTAssertEqual(en.checkLine(Finding(.noQuorum(musda: "Musda II"))), "WARNING: Musda II: no quorum")
        XCTAssertEqual(en.severityLabel(.error), "ERROR")
        XCTAssertEqual(id.checkSummary(errors: 0, warnings: 3), "Selesai: 0 kesalahan, 3 peringatan.")
        XCTAssertEqual(en.checkSummary(errors: 1, warnings: 3), "Done: 1 error, 3 warnings.")
    }

    /// The demo's check, worded: the reported-figure discrepancy and the duplicate NIK, as the CLI shows them.
    func testTheDemosFindingsReadAsBefore() throws {
        let lines = try TestStore.demo.check().map(id.checkLine)
        XCTAssertTrue(lines.contains("PERINGATAN: Peserta uji kompetensi 2020: Σ rincian 168 ≠ total 148 (+20)"), "\(lines)")
        XCTAssertTrue(lines.contains("PERINGATAN: NIK 1606********0014 dipakai 2 orang (#96, 108)"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("KESALAHAN") }, "\(lines)")
    }
}
