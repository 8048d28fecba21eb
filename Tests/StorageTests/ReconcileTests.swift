import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The register against a DPP export (issue 14). `Fixtures/dpp/ekspor-dpp.csv` is an invented
/// export of 28 rows built against the demo organisation. By spreadsheet row (the header is
/// row 1): 6 sama (rows 2–7), 7 beda (8–14), 6 hanya DPP (15–20), 3 ragu (21–23), a NIK twice
/// (24–25) and 4 rows of other provinces (26–29).
final class ReconcileTests: StoreTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dpp")
    static var export: String { fixtures.appendingPathComponent("ekspor-dpp.csv").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
    }

    func reconcile(_ path: String = ReconcileTests.export) throws -> Reconciliation {
        let table = try SpreadsheetFile.read(path: path, checksum: true)
        return try store.reconciliations.reconcile(table, mapping: HeaderSynonyms.automaticMapping(headers: table.headers, target: .dpp),
                                                   file: .at(path, table: table, today: store.today), source: "Situs DPP",
                                                   progress: ImportProgress())
    }

    func row(_ r: Reconciliation, _ number: Int) throws -> ReconcileRow { try XCTUnwrap(r.rows.first { $0.number == number }) }

    func testTheExportsClassesAreTheOnesBuiltIntoIt() throws {
        let r = try reconcile()
        func numbers(_ kind: ReconcileClass) -> [Int] { r.rows.filter { $0.kind == kind }.compactMap(\.number) }
        XCTAssertEqual(numbers(.same), [2, 3, 4, 5, 6, 7])
        XCTAssertEqual(numbers(.differing), [8, 9, 10, 11, 12, 13, 14])
        XCTAssertEqual(numbers(.onlyDPP), [15, 16, 17, 18, 19, 20])
        XCTAssertEqual(numbers(.doubtful), [21, 22, 23])
        XCTAssertEqual(r.failed.map(\.number).sorted(), [24, 25], "a NIK twice in the export: neither row is reconciled")
        XCTAssertEqual(r.outsideProvince.map(\.number), [26, 27, 28, 29])
        // Every active member no row reached, the register's own count.
        let reached = Set(r.rows.compactMap { $0.number == nil ? nil : $0.personId } + r.rows.flatMap { $0.candidates.map(\.personId) })
        let active = try store.read { try Int64.fetchAll($0, sql: "SELECT person_id FROM membership WHERE status = 'aktif'") }
        XCTAssertEqual(r.counts[.onlyDPD], active.filter { !reached.contains($0) }.count)
        XCTAssertEqual(r.registerCount, active.count)
        XCTAssertEqual(r.dppCount, 22)
        XCTAssertEqual(r.inBoth, 13)
        XCTAssertEqual(r.file.checksum.count, 64)
    }

    func testDifferencesNameTheFieldAndBothValues() throws {
        let r = try reconcile()
        XCTAssertEqual(try row(r, 8).differences.map(\.field), [.phone])
        XCTAssertEqual(try row(r, 8).differences.first?.theirs, "081277881001", "the export's phone, canonical")
        XCTAssertEqual(try row(r, 9).differences.map { [$0.field.rawValue, $0.ours ?? "-"] }, [["email", "-"]])
        XCTAssertEqual(try row(r, 10).differences.map { [$0.field.rawValue, $0.ours ?? "-", $0.theirs] }, [["regency", "1608", "1671"]])
        XCTAssertEqual(try row(r, 13).differences.map(\.field), [.employer], "a degree after the name is no difference")
        XCTAssertEqual(try row(r, 14).name, "Wahidin", "matched by KTA")
        XCTAssertEqual(try row(r, 14).differences.map(\.field), [.phone])
        let doubtful = try row(r, 22)
        XCTAssertEqual(doubtful.candidates.count, 2, "the NIK's holder and the KTA's holder")
        XCTAssertTrue(doubtful.candidates[0].agreeing.contains(.nik))
        XCTAssertTrue(doubtful.candidates[1].agreeing.contains(.kta))
    }

    func testReconcilingWritesNothing() throws {
        let before = try count("SELECT count(*) FROM audit") + count("SELECT count(*) FROM person")
        _ = try reconcile()
        XCTAssertEqual(try count("SELECT count(*) FROM audit") + count("SELECT count(*) FROM person"), before)
        XCTAssertEqual(try count("SELECT count(*) FROM reconciliation"), 0)
    }

    func testDecisionsPersistAndReopeningShowsOnlyWhatIsPending() throws {
        var r = try reconcile()
        let pendingBefore = r.pending
        let phone = try row(r, 8)
        let taken = try store.reconciliations.decide(ReconcileDecision(choice: .tookTheirs, field: .phone), on: phone, in: r)
        XCTAssertFalse(taken.isPending)
        XCTAssertEqual(try count("SELECT count(*) FROM person WHERE phone = '081277881001'"), 1, "the DPP phone is in the register")
        let added = try store.reconciliations.decide(ReconcileDecision(choice: .added), on: try row(r, 15), in: r)
        let id = try XCTUnwrap(added.personId)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT channel FROM membership WHERE person_id = ?", arguments: [id]) },
                       RegistrationChannel.dppWebsite.rawValue)
        // The export gives no sex or birth date; the NIK 1671064510960003 says both (45: a woman born on the 5th).
        let person = try XCTUnwrap(store.people.person(id: id))
        XCTAssertEqual(person.sex, .female)
        XCTAssertEqual(person.birthDate, LocalDate(iso: "1996-10-05"))
        _ = try store.reconciliations.decide(ReconcileDecision(choice: .ignored, reason: "Pindah ke Jambi"), on: try row(r, 16), in: r)
        _ = try store.reconciliations.decide(ReconcileDecision(choice: .candidate, personId: 96), on: try row(r, 21), in: r)
        r = try reconcile()
        XCTAssertEqual(r.pending, pendingBefore - 4 + 1, "four decided; #108, the candidate not chosen, is hanya DPD and pending")
        XCTAssertEqual(try row(r, 8).kind, .same, "the phone taken: nothing differs now")
        XCTAssertEqual(try row(r, 15).personId, id, "the member added from the row is its match")
        XCTAssertFalse(try row(r, 15).isPending)
        XCTAssertEqual(try store.read { try String.fetchOne($0, sql: "SELECT note FROM person WHERE id = ?", arguments: [id]) },
                       "Instansi menurut DPP: Yayasan Rumah Harapan", "a workplace without an employment status is kept, not lost")
        XCTAssertEqual(try row(r, 16).decision?.reason, "Pindah ke Jambi")
        XCTAssertEqual(try row(r, 21).personId, 96)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'reconcile_decision' AND after LIKE '%ekspor-dpp.csv%'"), 4,
                       "every decision audited with the file's name and checksum")
    }

    func testTheBulkRuleTakesThePhoneOnlyWhereOursIsEmpty() throws {
        let r = try reconcile()
        let rule = try ReconcileRule.parse("take-dpp:phone,email where-empty").get()
        let result = try store.reconciliations.apply(rule, to: r.rows, in: r)
        XCTAssertEqual(result.decided, 2, "Wahidin's phone and row 8's email; row 7's phone differs from one we hold")
        XCTAssertEqual(try count("SELECT count(*) FROM person WHERE name = 'Wahidin' AND phone = '081278900001'"), 1)
        XCTAssertNotNil(try row(reconcile(), 8).differences.first { $0.decision == nil })
    }

    func testADecisionCanBeChangedAndKeepPutsOursBack() throws {
        let r = try reconcile()
        var row = try self.row(r, 8)
        row = try store.reconciliations.decide(ReconcileDecision(choice: .tookTheirs, field: .phone), on: row, in: r)
        row = try store.reconciliations.decide(ReconcileDecision(choice: .typed, field: .phone, value: "0812 3333 4444"), on: row, in: r)
        XCTAssertEqual(row.ours[.phone], "081233334444")
        row = try store.reconciliations.decide(ReconcileDecision(choice: .keptOurs, field: .phone), on: row, in: r)
        XCTAssertEqual(row.ours[.phone], "08788320147", "keep after take: the register's own value back")
        XCTAssertEqual(try count("SELECT count(*) FROM person WHERE phone = '08788320147'"), 1)
        XCTAssertEqual(try self.row(reconcile(), 8).differences.first?.decision?.choice, .keptOurs)
    }

    func testCandidatesLeftAsideAreOnlyDPDAgain() throws {
        let r = try reconcile()
        func onlyDPD(_ r: Reconciliation) -> Set<Int64> { Set(r.rows.filter { $0.kind == .onlyDPD }.compactMap(\.personId)) }
        XCTAssertTrue(onlyDPD(r).isDisjoint(with: [96, 108, 15, 16]), "undecided candidates show under ragu")
        _ = try store.reconciliations.decide(ReconcileDecision(choice: .candidate, personId: 96), on: try row(r, 21), in: r)
        _ = try store.reconciliations.decide(ReconcileDecision(choice: .noneOfThem), on: try row(r, 22), in: r)
        let after = try reconcile()
        XCTAssertTrue(onlyDPD(after).isSuperset(of: [108, 15, 16]), "the candidates not chosen are hanya DPD again")
        XCTAssertFalse(onlyDPD(after).contains(96))
        XCTAssertEqual(after.counts[.onlyDPD], (r.counts[.onlyDPD] ?? 0) + 3)
    }

    func testAnUnreadableCellIsLeftOutAndTheRowKept() throws {
        let path = directory + "/dpp-galat.csv"
        try "Nama Lengkap,NIK,No. HP,Email\r\nSiti Nurhaliza Pratiwi,1671014211950027,12,x@\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try reconcile(path)
        let row = try self.row(r, 2)
        XCTAssertEqual(row.kind, .same, "matched by NIK; the bad phone and email say nothing")
        XCTAssertEqual(row.problems.map(\.field), [.phone, .email])
        XCTAssertTrue(r.failed.isEmpty)
    }

    func testAnIgnoredRowCanStillBeAdded() throws {
        let r = try reconcile()
        let ignored = try store.reconciliations.decide(ReconcileDecision(choice: .ignored, reason: "Belum jelas"), on: try row(r, 17), in: r)
        let added = try store.reconciliations.decide(ReconcileDecision(choice: .added), on: ignored, in: r)
        XCTAssertEqual(added.decision?.choice, .added)
        XCTAssertThrowsError(try store.reconciliations.decide(ReconcileDecision(choice: .added), on: added, in: r),
                             "added once: the row is matched now") { XCTAssertEqual($0 as? ReconcileRefusal, .notApplicable) }
    }

    /// The list sent to the DPP: the members marked, less whoever withdrew consent to data going
    /// to the DPP (the demo has two); its leaving audited as a read of full NIKs.
    func testTheListForTheDPPLeavesOutWithdrawnConsentAndIsAuditedAsARead() throws {
        var r = try reconcile()
        let withdrawn = try store.read { try Int64.fetchAll($0, sql: "SELECT person_id FROM consent WHERE purpose = 'statistik_dpp' AND withdrawn_on IS NOT NULL") }
        let onlyDPD = r.rows.filter { $0.kind == .onlyDPD }
        let chosen = onlyDPD.filter { withdrawn.contains($0.personId ?? 0) }.prefix(1) + onlyDPD.filter { !withdrawn.contains($0.personId ?? 0) }.prefix(2)
        XCTAssertEqual(chosen.count, 3, "a member who withdrew consent is among the hanya DPD")
        for row in chosen {
            let decided = try store.reconciliations.decide(ReconcileDecision(choice: .notInDPP), on: row, in: r)
            r.rows[r.rows.firstIndex { $0.personId == row.personId && $0.number == nil }!] = decided
        }
        let (rows, left) = try store.reconciliations.releaseListForDPP(r, to: "/tmp/daftar.csv")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(left, 1)
        XCTAssertFalse(rows.contains { withdrawn.contains($0.personId ?? 0) })
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'export' AND action = 'baca' AND after LIKE '%belum_terdaftar_dpp%'"), 1)
    }

    /// Restriction (UU PDP): a restricted person is not reconciled. Their row is set aside with the
    /// reason, never offered to be added again, and they are no candidate and not hanya DPD.
    func testARestrictedPersonIsNotReconciled() throws {
        try store.restrict(personId: 3, reason: "Keberatan subjek data")
        try store.restrict(personId: 96, reason: "Keberatan subjek data")
        let r = try reconcile()
        XCTAssertEqual(r.counts[.same], 5)
        XCTAssertEqual(r.failed.first { $0.number == 3 }?.errors.map(\.kind), [.restricted])
        XCTAssertEqual(try row(r, 21).candidates.map(\.personId), [108], "the restricted one is no candidate")
        XCTAssertFalse(r.rows.contains { $0.personId == 3 || $0.personId == 96 })
    }

    func testATypedValueIsCheckedAsACellWouldBe() throws {
        let r = try reconcile()
        XCTAssertThrowsError(try store.reconciliations.decide(ReconcileDecision(choice: .typed, field: .phone, value: "12"),
                                                              on: try row(r, 8), in: r)) { error in
            guard case ReconcileRefusal.invalidValue(.phone, _) = error else { return XCTFail("\(error)") }
        }
        let typed = try store.reconciliations.decide(ReconcileDecision(choice: .typed, field: .phone, value: "+62 812-1111-2222"),
                                                     on: try row(r, 8), in: r)
        XCTAssertEqual(typed.ours[.phone], "081211112222")
    }

    func testAChangedFileIsToldAndItsOldDecisionsDoNotApply() throws {
        let copy = directory + "/ekspor-dpp.csv"
        try FileManager.default.copyItem(atPath: Self.export, toPath: copy)
        let first = try reconcile(copy)
        try store.reconciliations.record(first)
        _ = try store.reconciliations.decide(ReconcileDecision(choice: .keptOurs, field: .phone), on: try row(first, 8), in: first)
        try (String(contentsOfFile: copy, encoding: .utf8) + "29,Budi Baru,,,,,Sumatera Selatan,Kota Palembang,,,,Aktif\r\n")
            .write(toFile: copy, atomically: true, encoding: .utf8)
        let second = try reconcile(copy)
        XCTAssertEqual(second.changedFrom, first.file.checksum)
        XCTAssertTrue(try row(second, 8).isPending, "a decision on other bytes is not this file's")
    }

    func testAFileOfAnotherProvinceOnlyIsRefused() throws {
        let path = directory + "/jambi.csv"
        try "Nama,NIK,Provinsi\r\nRudi,1571021203880001,Jambi\r\nSri,1504054506900002,JAMBI\r\nYoga,1871011005930003,Lampung\r\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try reconcile(path)) { error in
            XCTAssertEqual(error as? ReconcileRefusal, .noRowOfProvince(rows: 3, provinces: ["Jambi (2)", "Lampung (1)"]))
        }
    }

    func testAFileWithNoNameOrNIKColumnIsRefused() throws {
        let path = directory + "/tanpa-nama.csv"
        try "Kode,Alamat\r\n1,Jl. Merdeka\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try reconcile(path)) { error in
            XCTAssertEqual(error as? ReconcileRefusal, .noIdentityColumn(headers: ["Kode", "Alamat"]))
        }
    }

    func testTheRuleTextIsReadOrRefusedWithWhatIsWrong() {
        XCTAssertEqual(try ReconcileRule.parse("take-dpp:phone,email where-empty").get(),
                       ReconcileRule(action: .takeDPP, fields: [.phone, .email], onlyWhereOursEmpty: true))
        XCTAssertEqual(try ReconcileRule.parse("keep-dpd:employer").get(), ReconcileRule(action: .keepDPD, fields: [.employer], onlyWhereOursEmpty: false))
        XCTAssertEqual(ReconcileRule.parse("ambil:phone").failureValue, .action("ambil"))
        XCTAssertEqual(ReconcileRule.parse("take-dpp:hp").failureValue, .field("hp"))
        XCTAssertEqual(ReconcileRule.parse("take-dpp:phone kalau-kosong").failureValue, .condition("kalau-kosong"))
        XCTAssertEqual(ReconcileRule.parse("take-dpp").failureValue, .shape)
    }

    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hex(Data()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Data(String(repeating: "a", count: 1000).utf8)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

private extension Result {
    var failureValue: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
