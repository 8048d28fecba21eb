import XCTest
@testable import Domain

final class RulesTests: XCTestCase {
    let today = Fixtures.today
    let regions = Fixtures.regions

    func testTotalsVsPartsIsReportedNeverCorrected() {
        let test2020 = ReportedFigure(subject: "Peserta uji kompetensi 2020", total: 148,
                                      parts: [.init(label: "Pekerja Sosial", value: 40), .init(label: "TKS", value: 128)])
        let d = test2020.discrepancy
        XCTAssertEqual(d?.partsSum, 168)
        XCTAssertEqual(d?.difference, 20)
        XCTAssertEqual(d, FigureDiscrepancy(total: 148, partsSum: 168))
        XCTAssertEqual(test2020.total, 148, "the total stays as reported")
        XCTAssertEqual(FigureDiscrepancy(total: 10, partsSum: 7).difference, -3)
    }

    func testNotReportedIsNotZero() {
        let test2021 = ReportedFigure(subject: "Peserta uji kompetensi 2021", total: nil,
                                      parts: [.init(label: "Pekerja Sosial", value: nil), .init(label: "TKS", value: nil)])
        XCTAssertTrue(test2021.isNotReported)
        XCTAssertNil(test2021.discrepancy)
        let partial = ReportedFigure(subject: "x", total: 10, parts: [.init(label: "a", value: 3), .init(label: "b", value: nil)])
        XCTAssertNil(partial.discrepancy, "an unknown part makes the sum unknown, not short")
        XCTAssertFalse(partial.isNotReported)
        XCTAssertNil(ReportedFigure(subject: "x", total: 168, parts: [.init(label: "a", value: 40), .init(label: "b", value: 128)]).discrepancy)
    }

    func testPhoneNormalisation() {
        XCTAssertEqual(Phone.normalize("+62 812-3456-7890"), .success("081234567890"))
        XCTAssertEqual(Phone.normalize("6281234567890"), .success("081234567890"))
        XCTAssertEqual(Phone.normalize("0812 3456 789"), .success("08123456789"))
        XCTAssertEqual(Phone.normalize("(0711) 354123"), .success("0711354123"))
        XCTAssertEqual(Phone.normalize("0812"), .failure(.length))
        XCTAssertEqual(Phone.normalize("08123456789012345"), .failure(.length))
        XCTAssertEqual(Phone.normalize("0812-abc-7890"), .failure(.characters))
        XCTAssertEqual(Phone.normalize("812345678"), .failure(.prefix))
    }

    func testEmail() {
        XCTAssertEqual(Email.normalize(" Siti.Pratiwi@Gmail.COM "), "Siti.Pratiwi@gmail.com")
        XCTAssertNil(Email.normalize("siti@"))
        XCTAssertNil(Email.normalize("siti@gmail"))
        XCTAssertNil(Email.normalize("si ti@gmail.com"))
        XCTAssertNil(Email.normalize("siti@@gmail.com"))
        XCTAssertNil(Email.normalize("siti@gmail..com"))
    }

    func testPersonValidatorSeparatesErrorsFromWarnings() {
        let person = Person(name: "  Siti Nurhaliza Pratiwi ", nik: "1671 0255 0388 0001", sex: .female,
                            birthDate: LocalDate(year: 1988, month: 3, day: 15), phone: "+62 812 1111 2222",
                            email: "siti@Example.ID", domicileRegency: "1604",
                            employment: Employment(status: .pns, employer: "Dinas Sosial"))
        let (clean, issues) = PersonValidator.check(person, regions: regions, today: today)
        XCTAssertEqual(clean.name, "Siti Nurhaliza Pratiwi")
        XCTAssertEqual(clean.nik, "1671025503880001")
        XCTAssertEqual(clean.phone, "081211112222")
        XCTAssertEqual(clean.email, "siti@example.id")
        XCTAssertEqual(issues, [.nikWarning(.regencyMismatch(nik: "1671", domicile: "1604", splitFrom: false))])
        XCTAssertEqual(issues.errors, [])
        XCTAssertEqual(issues.first?.code, "nik.regency_mismatch")
        XCTAssertEqual(issues.first?.field, .nik)
        XCTAssertEqual(issues.first?.severity, .warning)
    }

    func testPersonValidatorHardErrors() {
        let person = Person(name: "", nik: "1674013102900003", birthDate: LocalDate(year: 2030, month: 1, day: 1),
                            phone: "12", email: "nope", domicileRegency: "1699",
                            employment: Employment(status: .nonASN))
        let issues = PersonValidator.check(person, regions: regions, today: today).1
        XCTAssertEqual(Set(issues.map(\.code)), [
            "required.name", "nik.invalid_date", "date.future.birthDate", "phone.prefix", "email.invalid",
            "region.unknown", "employment.employer_type_required",
        ])
        XCTAssertTrue(issues.allSatisfy(\.isError))
        XCTAssertTrue(issues.contains(.nik(.invalidDate(day: 31, month: 2, year: 90))), "\(issues)")
    }

    func testAgeWarning() {
        let child = Person(name: "Anak", birthDate: LocalDate(year: 2015, month: 1, day: 1))
        XCTAssertEqual(PersonValidator.check(child, regions: regions, today: today).1, [.ageImplausible(11)])
    }

    func testMembershipStatusNeedsDateAndReason() {
        let m = Membership(kta: "16.71.000001", status: .aktif, joinDate: LocalDate(year: 2019, month: 4, day: 8))
        XCTAssertEqual(MembershipValidator.checkChange(from: m, to: .keluar, date: nil, reason: " ", today: today),
                       [.required(.statusDate), .required(.statusReason)])
        XCTAssertEqual(MembershipValidator.checkChange(from: m, to: .keluar, date: LocalDate(year: 2018, month: 1, day: 1),
                                                       reason: "Pindah", today: today),
                       [.dateBefore(.statusDate, reference: .joinDate)])
        XCTAssertEqual(MembershipValidator.checkChange(from: m, to: .nonaktif, date: LocalDate(year: 2024, month: 1, day: 1),
                                                       reason: "Tidak membayar iuran", today: today), [])
        var dead = m
        dead.status = .meninggal
        XCTAssertEqual(MembershipValidator.checkChange(from: dead, to: .aktif, date: nil, reason: nil, today: today),
                       [.reactivatingDeceased])
    }

    func testQuorum() {
        XCTAssertEqual(QuorumRule.halfPlusOne.required(eligible: 38), 20)
        XCTAssertEqual(QuorumRule.twoThirds.required(eligible: 38), 26)
        XCTAssertEqual(QuorumRule.twoThirds.required(eligible: 39), 26)
        XCTAssertTrue(QuorumRule.halfPlusOne.isMet(present: 20, eligible: 38))
        XCTAssertFalse(QuorumRule.halfPlusOne.isMet(present: 19, eligible: 38))
    }

    func testElectionProblems() {
        let good = Election(musdaId: 1, office: "Ketua", method: .vote, ballots: 38, invalidBallots: 1,
                            candidates: [.init(personId: 1, votes: 29, elected: true), .init(personId: 2, votes: 8)])
        XCTAssertEqual(good.problems(votingDelegates: 38), [])
        XCTAssertEqual(good.refusals(), [])
        // Fewer counted than cast, more cast than delegates present, the winner not the top: kept, warned.
        let odd = Election(musdaId: 1, office: "Ketua", method: .vote, ballots: 41, abstentions: 1, invalidBallots: 1,
                           candidates: [.init(personId: 1, votes: 10, elected: true), .init(personId: 2, votes: 27)])
        XCTAssertEqual(odd.refusals(), [])
        XCTAssertEqual(odd.problems(votingDelegates: 38), [.countedBelowBallots(counted: 39, ballots: 41),
                                                           .ballotsNotDelegates(ballots: 41, delegates: 38),
                                                           .electedIsNotTopVoted])
        // Without ballots given, the count itself is held against the delegates present.
        let uncast = Election(musdaId: 1, office: "Ketua", method: .vote, abstentions: 1, invalidBallots: 1,
                              candidates: [.init(personId: 1, votes: 30), .init(personId: 2, votes: 6)])
        XCTAssertEqual(uncast.problems(votingDelegates: 40), [.ballotsNotDelegates(ballots: 38, delegates: 40)])
        // More counted than cast cannot be true: refused. So is a negative count.
        let impossible = Election(musdaId: 1, office: "Ketua", method: .vote, ballots: 38,
                                  candidates: [.init(personId: 1, votes: 30), .init(personId: 2, votes: 9)])
        XCTAssertEqual(impossible.refusals(), [.votesExceedBallots(counted: 39, ballots: 38)])
        let negative = Election(musdaId: 1, office: "Ketua", method: .vote, candidates: [.init(personId: 1, votes: -1)])
        XCTAssertEqual(negative.refusals(), [.negative(.votes)])

        let acclaimed = Election(musdaId: 1, office: "Ketua", method: .acclamation, candidates: [.init(personId: 1, elected: true)])
        XCTAssertEqual(acclaimed.problems(votingDelegates: 38), [])
        XCTAssertEqual(acclaimed.declarationRefusals(electing: 1), [.required(.acclamationReason)])
        var reasoned = acclaimed
        reasoned.acclamationReason = "Calon tunggal"
        XCTAssertEqual(reasoned.declarationRefusals(electing: 1), [])
        XCTAssertEqual(Election(musdaId: 1, office: "Ketua", method: .vote, candidates: []).declarationRefusals(electing: 1), [.noCandidates])
    }

    func testFormaturCountdownAndNewTerm() {
        let deadline = LocalDate(year: 2028, month: 6, day: 3)!
        XCTAssertEqual(FormaturProgress.of(deadline: deadline, today: LocalDate(year: 2028, month: 5, day: 20)!, composed: false),
                       .due(daysLeft: 14, deadline: deadline))
        XCTAssertEqual(FormaturProgress.of(deadline: deadline, today: LocalDate(year: 2028, month: 6, day: 5)!, composed: false),
                       .overdue(days: 2, deadline: deadline))
        XCTAssertEqual(FormaturProgress.of(deadline: deadline, today: LocalDate(year: 2028, month: 6, day: 5)!, composed: true), .composed)
        let term = HandoverPlan.newTerm(from: LocalDate(year: 2028, month: 5, day: 20)!, years: 5)
        XCTAssertEqual(term.name, "2028–2033")
        XCTAssertEqual(term.end, LocalDate(year: 2033, month: 5, day: 20))
        XCTAssertEqual(term.status, .persiapan)
    }

    func testTermDates() {
        let term = Term(name: "2023–2028", start: LocalDate(year: 2023, month: 5, day: 14)!,
                        end: LocalDate(year: 2019, month: 1, day: 1), status: .aktif)
        XCTAssertEqual(TermValidator.check(term), [.dateBefore(.termEnd, reference: .termStart)])
    }
}

final class DocumentNumberTests: XCTestCase {
    func testThePatternOfTheSettingsWritesTheNumber() {
        let n = DocumentNumber(sequence: 1, series: "MUSDA-I", date: LocalDate(year: 2023, month: 5, day: 14)!)
        XCTAssertEqual(n.formatted(DocumentNumber.defaultPattern), "01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        XCTAssertEqual(n.formatted(DocumentNumber.defaultPattern), n.description)
        XCTAssertEqual(n.formatted("{nomor}/KEP/{seri}/{bulan}-{tahun}/{nomor}"), "01/KEP/MUSDA-I/V-2023/01")
        XCTAssertEqual(n.formatted("tanpa kode"), "tanpa kode")
    }

    func testADecisionTakesTheRomanMonthOfTheDayItWasAdopted() {
        let musda = Musda(kind: .musda, number: 1, date: LocalDate(year: 2023, month: 5, day: 31)!, place: "Palembang")
        let nextDay = Decision(musdaId: 1, number: 7, title: "Rekomendasi", adoptedOn: LocalDate(year: 2023, month: 6, day: 1))
        XCTAssertEqual(nextDay.documentNumber(in: musda)?.description, "07/MUSDA-I/DPD-IPSPI/SUMSEL/VI/2023")
        XCTAssertNil(Decision(musdaId: 1, number: nil, title: "Draf").documentNumber(in: musda))
    }

    func testClockTimesReadAsTyped() {
        XCTAssertEqual(ClockTime("08.15")?.description, "08.15")
        XCTAssertEqual(ClockTime("8:05")?.description, "08.05")
        XCTAssertEqual(ClockTime("0930")?.description, "09.30")
        XCTAssertNil(ClockTime("25.00"))
        XCTAssertNil(ClockTime("10.7"))
        XCTAssertNil(ClockTime("jam 9"))
        XCTAssertTrue(ClockTime("09.00")! < ClockTime("10.00")!)
    }

    func testMinutesLinesDraftDecisionsAndActionItems() {
        let text = """
        [10.32] Wahidin: membuka sidang.
        KEPUTUSAN: LPJ diterima dengan catatan
          [10.40] keputusan: Pendataan ulang anggota
        TINDAK LANJUT: Menyusun laporan pendataan @Siti_Nurhaliza 30-06-2023
        TINDAK LANJUT: Mengirim SK ke DPP @Wahidin paling lambat 14 Jun 2023.
        Tindak lanjut tanpa titik dua tidak dihitung
        """
        XCTAssertEqual(MinutesLines.decisions(in: text), ["LPJ diterima dengan catatan", "Pendataan ulang anggota"])
        let actions = MinutesLines.actions(in: text)
        XCTAssertEqual(actions.map(\.owner), ["Siti Nurhaliza", "Wahidin"])
        XCTAssertEqual(actions.map(\.due), [LocalDate(year: 2023, month: 6, day: 30), LocalDate(year: 2023, month: 6, day: 14)])
    }
}
