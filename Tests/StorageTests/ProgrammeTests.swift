import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Program Kerja in storage: the demo's programmes, targets with dated realisation, the rules
/// that refuse bad input, figures kept as reported, partners, and the exports.
final class ProgrammeTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
    }

    private func issues(of error: Error) -> [ValidationIssue]? {
        guard case StoreError.invalid(let issues)? = error as? StoreError else { return nil }
        return issues
    }

    private func term(_ year: Int) throws -> Term { try XCTUnwrap(store.board.terms().first { $0.start.year == year }) }

    private func recruitment() throws -> ProgrammeRow {
        try XCTUnwrap(store.programmes.rows(termId: term(2023).id!).first { $0.programme.title == "Rekrutmen dan pendataan anggota" })
    }

    func testTheRecruitmentProgrammeShows124Of200AndLinksToItsOriginBothWays() throws {
        let row = try recruitment()
        XCTAssertEqual(row.departmentName, "Organisasi & Keanggotaan")
        let members = try XCTUnwrap(row.targets.first)
        XCTAssertEqual(members.target.description, "Anggota terdata")
        XCTAssertEqual(members.realised, 124)
        XCTAssertEqual(members.target.value, 200)
        XCTAssertEqual(members.percent, 62)
        XCTAssertEqual(row.origin?.termName, "2019–2023")
        let origin = try XCTUnwrap(store.programmes.record(id: row.origin!.id))
        XCTAssertEqual(origin.row.successors.map(\.termName), ["2023–2028"])
        XCTAssertEqual(origin.row.programme.status, .dilanjutkan)
        XCTAssertFalse(origin.row.isCarryOverCandidate)
    }

    func testRealisationAddsUpAndRecordsWhoEnteredIt() throws {
        let target = try XCTUnwrap(recruitment().targets.first?.target)
        try store.programmes.add(Realisation(targetId: target.id!, date: date("2025-08-01"), value: 10, note: "Pendataan Kab. Lahat"))
        let after = try XCTUnwrap(recruitment().targets.first)
        XCTAssertEqual(after.realised, 134)
        XCTAssertEqual(after.percent, 67)
        XCTAssertEqual(after.entries.last?.enteredBy, "penguji")
        XCTAssertEqual(after.entries.last?.note, "Pendataan Kab. Lahat")
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'realisation' AND action = 'tambah' AND operator = 'penguji'"),
                       try count("SELECT count(*) FROM realisation"))
    }

    func testBadRealisationIsRefusedWithItsReasonAndNothingIsWritten() throws {
        let target = try XCTUnwrap(recruitment().targets.first?.target)
        let before = try count("SELECT count(*) FROM realisation")
        func refused(_ r: Realisation) -> [ValidationIssue] {
            do { try store.programmes.add(r); return [] } catch StoreError.invalid(let issues) { return issues } catch { return [] }
        }
        XCTAssertEqual(refused(Realisation(targetId: target.id!, date: date("2023-05-13"), value: 5)),
                       [.dateBefore(.realisationDate, reference: .programmeStart)], "the term starts 2023-05-14")
        XCTAssertEqual(refused(Realisation(targetId: target.id!, date: date("2025-01-01"), value: -3)), [.negative(.realisationValue)])
        XCTAssertEqual(refused(Realisation(targetId: target.id!, date: date("2026-02-01"), value: 1)), [.dateInFuture(.realisationDate)])
        XCTAssertEqual(try count("SELECT count(*) FROM realisation"), before)
    }

    func testRealisationAfterTheProgrammeEndsOrOfZeroIsRefused() throws {
        let old = try XCTUnwrap(store.programmes.rows(termId: term(2019).id!).first { $0.programme.title == "Pelatihan mahasiswa IKS" })
        let target = try XCTUnwrap(old.targets.first?.target)
        XCTAssertThrowsError(try store.programmes.add(Realisation(targetId: target.id!, date: date("2025-01-01"), value: 5))) {
            XCTAssertEqual(issues(of: $0), [.dateAfter(.realisationDate, reference: .programmeEnd)], "the 2019–2023 term ended 2023-05-14")
        }
        XCTAssertNoThrow(try store.programmes.add(Realisation(targetId: target.id!, date: date("2023-05-14"), value: 5)), "its last day")
        let current = try XCTUnwrap(recruitment().targets.first?.target)
        XCTAssertThrowsError(try store.programmes.add(Realisation(targetId: current.id!, date: date("2025-01-01"), value: 0))) {
            XCTAssertEqual(issues(of: $0), [.notPositive(.realisationValue)])
        }
    }

    func testANewPeriodMayNotLeaveRealisationOutsideIt() throws {
        var p = try recruitment().programme
        p.startsOn = date("2024-01-01")
        XCTAssertThrowsError(try store.programmes.save(p)) {
            XCTAssertEqual(issues(of: $0), [.realisationOutsidePeriod(count: 2)], "both targets have an entry of 2023-05-14")
        }
        p.startsOn = date("2023-05-14")
        XCTAssertNoThrow(try store.programmes.save(p))
    }

    func testProgrammeTitlesAndPartnerNamesAreUniqueWhateverTheCaseAndSpaces() throws {
        let t2023 = try term(2023)
        XCTAssertThrowsError(try store.programmes.save(Programme(termId: t2023.id!, title: "rekrutmen  DAN pendataan anggota", status: .rencana))) {
            XCTAssertEqual(issues(of: $0), [.alreadyUsed(.programmeTitle)])
        }
        XCTAssertNoThrow(try store.programmes.save(Programme(termId: try term(2019).id!, title: "Kemitraan dengan instansi pemerintah dan swasta",
                                                             status: .rencana)), "another term may reuse a title")
        XCTAssertThrowsError(try store.activities.save(Partner(name: "  LSP  Kemensos  RI ", kind: .certificationBody))) {
            XCTAssertEqual(issues(of: $0), [.alreadyUsed(.partnerName)])
        }
        let id = try store.activities.save(Partner(name: "  Yayasan   Peduli  ", kind: .ngo))
        XCTAssertEqual(try store.activities.partners().first { $0.id == id }?.name, "Yayasan Peduli")
    }

    func testAnActivityYearFarAheadAndAFigureAsOfTheFutureAreRefused() throws {
        var activity = try XCTUnwrap(store.activities.activities().first { $0.year == 2020 })
        activity.year = 2099
        activity.date = nil
        XCTAssertThrowsError(try store.activities.save(activity)) { XCTAssertEqual(issues(of: $0), [.yearOutOfRange(.activityYear)]) }
        activity.year = 2020
        activity.participants?.asOf = date("2030-01-01")
        XCTAssertThrowsError(try store.activities.save(activity)) { XCTAssertEqual(issues(of: $0), [.dateInFuture(.figureAsOf)]) }
    }

    func testPartsKnownAboveTheTotalAreAMismatchEvenWithOneNotReported() {
        let figure = ReportedFigure(subject: "x", total: 100, parts: [.init(label: "Peksos", value: nil), .init(label: "TKS", value: 128)])
        XCTAssertEqual(figure.discrepancy, FigureDiscrepancy(total: 100, partsSum: 128, isPartial: true))
        let below = ReportedFigure(subject: "x", total: 100, parts: [.init(label: "Peksos", value: nil), .init(label: "TKS", value: 60)])
        XCTAssertNil(below.discrepancy, "the unreported part may make up the rest")
    }

    func testACertificateGoesWithTheResultKompetenAndDoesNotExpireBeforeTheTest() throws {
        let activity = try XCTUnwrap(store.activities.activities().first { $0.year == 2020 })
        let person = try XCTUnwrap(store.activities.participations(activityId: activity.id!).first).personId
        var p = Participation(activityId: activity.id!, personId: person, category: .peksos, result: .belumKompeten, certificateNumber: "SERT-001")
        XCTAssertThrowsError(try store.activities.save(p)) { XCTAssertEqual(issues(of: $0), [.certificateWithoutCompetence]) }
        p.result = .kompeten
        p.expiresOn = date("1990-01-01")
        XCTAssertThrowsError(try store.activities.save(p)) { XCTAssertEqual(issues(of: $0), [.yearOutOfRange(.certificateExpiry)]) }
    }

    func testAMilestoneIsReachedOrNot() throws {
        let row = try XCTUnwrap(store.programmes.rows(termId: term(2023).id!).first { $0.programme.status == .rencana })
        let milestone = try XCTUnwrap(row.targets.first { $0.target.kind == .milestone })
        XCTAssertNil(milestone.realised)
        XCTAssertEqual(milestone.fraction, 0)
        XCTAssertThrowsError(try store.programmes.add(Realisation(targetId: milestone.target.id!, date: date("2025-01-01"), value: 2)))
        try store.programmes.add(Realisation(targetId: milestone.target.id!, date: date("2025-01-01"), value: 1, note: "Instrumen v1"))
        let reached = try XCTUnwrap(store.programmes.record(id: row.programme.id!)?.row.targets.first { $0.target.kind == .milestone })
        XCTAssertEqual(reached.realised, 1)
        XCTAssertEqual(reached.fraction, 1)
        XCTAssertNil(reached.percent)
    }

    func testTargetsNeedANumberAboveZeroAndOneWithRealisationStays() throws {
        let row = try recruitment()
        XCTAssertThrowsError(try store.programmes.save(Target(programmeId: row.programme.id!, description: "X", kind: .numeric, value: 0))) {
            XCTAssertEqual(issues(of: $0), [.notPositive(.targetValue)])
        }
        XCTAssertThrowsError(try store.programmes.save(Target(programmeId: row.programme.id!, description: " ", kind: .numeric)))
        XCTAssertThrowsError(try store.programmes.removeTarget(id: row.targets[0].target.id!)) {
            XCTAssertEqual(issues(of: $0), [.hasHistory(.targetDescription)])
        }
        let id = try store.programmes.save(Target(programmeId: row.programme.id!, description: "Lulusan IKS terjaring", kind: .numeric,
                                                  unit: "orang", value: 50))
        XCTAssertEqual(try recruitment().targets.last?.target.id, id, "a new target goes at the end")
        try store.programmes.removeTarget(id: id)
        XCTAssertEqual(try recruitment().targets.count, 2)
    }

    func testProgrammePeriodAndOriginRules() throws {
        let t2023 = try term(2023), t2019 = try term(2019)
        let later = try recruitment()
        func issues(_ p: Programme) -> [ValidationIssue] {
            do { try store.programmes.save(p); return [] } catch StoreError.invalid(let i) { return i } catch { return [] }
        }
        XCTAssertEqual(issues(Programme(termId: t2023.id!, title: "  ", status: .rencana)), [.required(.programmeTitle)])
        XCTAssertEqual(issues(Programme(termId: t2023.id!, title: "X", status: .rencana, startsOn: date("2022-01-01"))),
                       [.outsideTerm(.programmeStart)])
        XCTAssertEqual(issues(Programme(termId: t2023.id!, title: "X", status: .rencana, startsOn: date("2025-01-01"), endsOn: date("2024-01-01"))),
                       [.dateBefore(.programmeEnd, reference: .programmeStart)])
        XCTAssertEqual(issues(Programme(termId: t2019.id!, title: "X", status: .rencana, carriedFromId: later.programme.id)),
                       [.originNotEarlier], "a programme cannot carry on one of a later term")
    }

    func testTheUnfinishedProgrammesOf2019AreTheCandidatesToCarryOver() throws {
        let candidates = try store.programmes.carryOverCandidates(termId: term(2019).id!)
        XCTAssertEqual(candidates.map(\.programme.title), ["Pembentukan DPC di kabupaten/kota", "Pelatihan mahasiswa IKS"])
        XCTAssertEqual(candidates.map(\.programme.status), [.tertunda, .berjalan])
    }

    func testFiguresAreKeptAsReportedAndBadOnesRefused() throws {
        func issues(_ f: ReportedFigure) -> [ValidationIssue] {
            do { try store.activities.save(f); return [] } catch StoreError.invalid(let i) { return i } catch { return [] }
        }
        XCTAssertEqual(issues(ReportedFigure(subject: "x", total: nil, parts: [.init(label: "Peksos", value: 4)])), [.partsWithoutTotal])
        XCTAssertEqual(issues(ReportedFigure(subject: "x", total: -1)), [.negative(.figureTotal)])
        XCTAssertEqual(issues(ReportedFigure(subject: "x", total: 3, parts: [.init(label: "TKS", value: -2)])), [.negative(.figurePart)])
        // A mismatch is not refused: it is stored as given and warned about.
        let id = try store.activities.save(ReportedFigure(subject: "Peserta", total: 10, parts: [.init(label: "A", value: 4), .init(label: "B", value: 4)]))
        let stored = try XCTUnwrap(store.activities.figures().first { $0.id == id })
        XCTAssertEqual(stored.total, 10)
        XCTAssertEqual(stored.discrepancy?.difference, -2)
    }

    func testThe2020TestHasItsParticipantsPartnersAndProgramme() throws {
        let test2020 = try XCTUnwrap(store.activities.activityRows().first { $0.activity.year == 2020 })
        XCTAssertEqual(test2020.partnerNames, ["LSP Kemensos RI", "Pusbangprof Peksos & Pensos Kemensos RI"])
        let record = try XCTUnwrap(store.activities.record(activityId: test2020.activity.id!))
        XCTAssertEqual(record.programme?.termName, "2019–2023")
        XCTAssertEqual(record.participants.count, 8)
        XCTAssertEqual(record.participants.filter { $0.participation.category == .tks }.count, 3)
        XCTAssertTrue(record.participants.allSatisfy { $0.participation.result == nil }, "results were not reported")
    }

    func testACertificateIsRecordedAndErasureClearsItsNumberButKeepsTheResult() throws {
        let activity = try XCTUnwrap(store.activities.activityRows().first { $0.activity.year == 2020 }).activity
        let lsp = try XCTUnwrap(store.activities.partners().first { $0.kind == .certificationBody })
        let person = try XCTUnwrap(store.activities.participations(activityId: activity.id!).first).personId
        var p = Participation(activityId: activity.id!, personId: person, category: .peksos, result: .kompeten,
                              certificateNumber: "", issuerId: lsp.id, expiresOn: date("2025-12-31"))
        XCTAssertThrowsError(try store.activities.save(p), "an expiry without a certificate number")
        p.certificateNumber = "  LSP-KS/2020/0042 "
        try store.activities.save(p)
        let row = try XCTUnwrap(store.activities.record(activityId: activity.id!)?.participants.first { $0.participation.personId == person })
        XCTAssertEqual(row.participation.certificateNumber, "LSP-KS/2020/0042")
        XCTAssertEqual(row.issuerName, "LSP Kemensos RI")
        XCTAssertEqual(try store.people.detail(personId: person)?.activities.first?.certificateNumber, "LSP-KS/2020/0042")
        try store.people.erase(personId: person, reason: "permintaan subjek data")
        let erased = try XCTUnwrap(store.activities.participations(activityId: activity.id!).first { $0.personId == person })
        XCTAssertEqual(erased.result, .kompeten, "the count of results stays")
        XCTAssertNil(erased.certificateNumber)
        XCTAssertNil(erased.expiresOn)
    }

    func testPartnersAreUniqueByNameAndListWhatTheyArePartOf() throws {
        XCTAssertThrowsError(try store.activities.save(Partner(name: "lsp kemensos ri", kind: .certificationBody))) {
            XCTAssertEqual(issues(of: $0), [.alreadyUsed(.partnerName)])
        }
        XCTAssertThrowsError(try store.activities.save(Partner(name: " ", kind: .company)))
        let stisipol = try XCTUnwrap(store.activities.partnerRows().first { $0.partner.name.hasPrefix("STISIPOL") })
        XCTAssertEqual(stisipol.activityCount, 1)
        XCTAssertEqual(stisipol.programmeCount, 3)
        let record = try XCTUnwrap(store.activities.partnerRecord(id: stisipol.partner.id!))
        XCTAssertEqual(record.programmes.map(\.termName), ["2019–2023", "2023–2028", "2023–2028"])
        try store.programmes.setPartner(programmeId: record.programmes[0].id, partnerId: stisipol.partner.id!, linked: false)
        XCTAssertEqual(try store.activities.partnerRecord(id: stisipol.partner.id!)?.programmes.count, 2)
    }

    func testExportActivitiesKeepsNotReportedEmptyNeverZero() throws {
        var json = ""
        try store.export(.activities, format: .json, unmask: false) { json += $0 }
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let y2020 = try XCTUnwrap(rows.first { $0["tahun"] as? String == "2020" })
        XCTAssertEqual(y2020["peserta_total"] as? String, "148")
        XCTAssertEqual(y2020["peserta_peksos"] as? String, "40")
        XCTAssertEqual(y2020["peserta_tks"] as? String, "128")
        XCTAssertEqual(y2020["selisih_rincian"] as? String, "+20")
        let y2021 = try XCTUnwrap(rows.first { $0["tahun"] as? String == "2021" })
        for key in ["peserta_total", "peserta_peksos", "peserta_tks"] { XCTAssertTrue(y2021[key] is NSNull, key) }
        var csv = ""
        try store.export(.activities, format: .csv, unmask: false) { csv += $0 }
        let table = CSV.parse(csv)
        let total = try XCTUnwrap(table[0].firstIndex(of: "peserta_total"))
        XCTAssertEqual(table.first { $0[0] == "2021" }?[total], "")
    }

    func testExportedCellsAreNeverReadAsFormulasInASpreadsheet() throws {
        let id = try store.activities.save(Partner(name: "=HYPERLINK(\"http://x.test\",\"klik\")", kind: .company))
        let activity = try XCTUnwrap(store.activities.activities().first { $0.year == 2020 })
        try store.activities.setPartner(activityId: activity.id!, partnerId: id, linked: true)
        var csv = ""
        try store.export(.activities, format: .csv, unmask: false) { csv += $0 }
        let row = try XCTUnwrap(CSV.parse(csv).first { $0.first == "2020" })
        XCTAssertTrue(row.contains { $0.hasPrefix("'=HYPERLINK") }, "\(row)")
        XCTAssertTrue(row.contains("+20"), "a signed number stays a number: \(row)")
        XCTAssertEqual(CSV.inert("-2"), "-2")
        XCTAssertEqual(CSV.inert("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSV.inert("-1+1"), "'-1+1")
        XCTAssertEqual(CSV.inert("Budi"), "Budi")
    }

    func testExportProgrammesOfOneTermHasTargetsRealisationAndStatus() throws {
        var json = ""
        try store.export(.programmes, format: .json, unmask: false, termId: term(2023).id) { json += $0 }
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(rows.compactMap { $0["periode"] as? String }), ["2023–2028"])
        let members = try XCTUnwrap(rows.first { $0["sasaran"] as? String == "Anggota terdata" })
        XCTAssertEqual(members["target"] as? String, "200")
        XCTAssertEqual(members["realisasi"] as? String, "124")
        XCTAssertEqual(members["persen"] as? String, "62")
        XCTAssertEqual(members["status"] as? String, "berjalan")
        XCTAssertEqual(members["dilanjutkan_dari"] as? String, "Rekrutmen dan pendataan anggota (2019–2023)")
        XCTAssertTrue(rows.contains { $0["realisasi"] is NSNull }, "a target without entries is null, not 0")
    }

    func testAnOldSingleRealisationFigureBecomesOneDatedEntry() throws {
        let path = directory + "/lama12.sqlite"
        let pool = try DatabasePool(path: path)
        try Schema.migrator().migrate(pool, upTo: Schema.migrations[11].name)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO term (id, name, start_date, status) VALUES (1, '2019–2023', '2019-04-08', 'selesai')")
            try db.execute(sql: "INSERT INTO programme (id, term_id, title, status) VALUES (5, 1, 'Rekrutmen', 'direncanakan')")
            try db.execute(sql: """
                INSERT INTO programme_target (programme_id, sort_order, description, unit, target, realisation) VALUES
                (5, 1, 'Kab/kota', 'kab/kota', 17, 17), (5, 2, 'Anggota', 'orang', 300, NULL), (5, 3, 'Laporan', NULL, NULL, NULL)
                """)
            try db.execute(sql: "INSERT INTO partner (id, name, kind) VALUES (2, 'Dinsos', 'pemerintah')")
            try db.execute(sql: "INSERT INTO activity (id, kind, title, year, partner_id) VALUES (9, 'pertemuan', 'Rapat', 2020, 2)")
        }
        try pool.close()
        let old = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? old.close() }
        let row = try XCTUnwrap(old.programmes.rows(termId: 1).first)
        XCTAssertEqual(row.programme.status, .rencana)
        XCTAssertEqual(row.targets.map(\.target.kind), [.numeric, .numeric, .milestone])
        XCTAssertEqual(row.targets.map(\.realised), [17, nil, nil])
        XCTAssertEqual(row.targets[0].entries.first?.date, date("2019-04-08"))
        XCTAssertEqual(try old.activities.activityRows().first?.partnerNames, ["Dinsos"])
        XCTAssertEqual(try old.activities.activities().first?.kind, .meeting)
        XCTAssertEqual(try old.pool.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.count, 0)
    }
}
