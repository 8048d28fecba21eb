import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class DemoTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
    }

    func testMembersAndPeople() throws {
        XCTAssertEqual(try store.members.count(MemberQuery(), upTo: nil), MemberCount(value: 124, isExact: true))
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 128, "124 members and 4 non-member guests")
        let byRegency = try store.pool.read { db in
            try Dictionary(Row.fetchAll(db, sql: "SELECT regency, count(*) AS n FROM membership GROUP BY regency")
                .map { ($0["regency"] as String, $0["n"] as Int) }, uniquingKeysWith: +)
        }
        XCTAssertEqual(byRegency, ["1671": 46, "1607": 8, "1610": 8, "1602": 6, "1603": 6, "1606": 6, "1604": 5, "1601": 5,
                                   "1608": 5, "1673": 5, "1605": 4, "1674": 4, "1613": 4, "1609": 3, "1672": 3, "1611": 3, "1612": 3])
        let employment = try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.employment_status || '/' || coalesce(p.employer_type, '') AS k, count(*) AS n
                FROM membership m JOIN person p ON p.id = m.person_id GROUP BY k
                """).reduce(into: [String: Int]()) { $0[$1["k"]] = $1["n"] }
        }
        XCTAssertEqual(employment, ["pns/": 56, "pppk/": 18, "non_asn/kontrak": 24, "non_asn/lks": 16,
                                    "non_asn/perusahaan": 6, "non_asn/dosen_swasta": 4])
        XCTAssertEqual(try store.members.count(MemberQuery(filter: MemberFilter(employment: .asn)), upTo: nil).value, 74)
        XCTAssertEqual(try store.members.count(MemberQuery(filter: MemberFilter(channel: .dppWebsite)), upTo: nil).value, 3)
        XCTAssertEqual(try count("SELECT count(*) FROM consent WHERE withdrawn_on IS NOT NULL"), 2)
    }

    func testEdgeCasesWentThroughValidation() throws {
        let acks = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT code, count(*) AS n FROM warning_ack GROUP BY code")
                .reduce(into: [String: Int]()) { $0[$1["code"]] = $1["n"] }
        }
        XCTAssertEqual(acks, ["nik.regency_mismatch": 4, "nik.birth_date_mismatch": 1, "nik.duplicate": 1])
        let duplicates = try count("SELECT count(*) FROM (SELECT nik FROM person WHERE nik IS NOT NULL GROUP BY nik HAVING count(*) > 1)")
        XCTAssertEqual(duplicates, 1)
        let rejected = try XCTUnwrap(store.people.lookup("syahrial ismail", limit: 5).first)
        XCTAssertNil(rejected.nik, "the 31-February NIK was rejected, the member kept")
        XCTAssertTrue(rejected.note?.contains("31 Februari") == true)
        let wahidin = try XCTUnwrap(store.people.lookup("wahidin", limit: 5).first)
        XCTAssertNil(wahidin.nik)
        XCTAssertNil(wahidin.birthDate)
        XCTAssertEqual(wahidin.employment?.employerType, .privateLecturer)
        let statuses = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM membership GROUP BY status")
                .reduce(into: [String: Int]()) { $0[$1["status"]] = $1["n"] }
        }
        XCTAssertEqual(statuses, ["aktif": 117, "nonaktif": 4, "keluar": 2, "meninggal": 1])
        XCTAssertEqual(try store.members.members(MemberQuery(search: "seno"), page: .first, limit: 5).map(\.name), ["Séno Wibisono"])
    }

    func testBoard() throws {
        let term = try XCTUnwrap(store.board.activeTerm())
        XCTAssertEqual(term.name, "2023–2028")
        let officers = try store.board.officers(termId: term.id!)
        XCTAssertEqual(officers.count, 45)
        XCTAssertEqual(Set(officers.map(\.personId)).count, 45, "45 different people")
        XCTAssertEqual(officers.filter { $0.kind.category == .adviser }.count, 5)
        XCTAssertEqual(officers.filter { $0.kind.category == .executive }.count, 8)
        XCTAssertEqual(officers.filter { $0.kind.category == .department }.count, 32)
        XCTAssertEqual(officers.first { $0.kind == .ketua }?.personName, "Wahidin")
        XCTAssertEqual(Set(officers.compactMap(\.department)).count, 8)
        let previous = try XCTUnwrap(store.board.terms().first { $0.name == "2019–2023" })
        XCTAssertEqual(try store.board.officers(termId: previous.id!).first { $0.kind == .ketua }?.personName, "Hendra Saputra")
    }

    func testMusda() throws {
        let musdas = try store.musda.musdas()
        XCTAssertEqual(musdas.map(\.kind), [.musda, .pembentukan])
        let formation = musdas[1]
        XCTAssertEqual(formation.date, date("2019-04-08"))
        let musda = musdas[0]
        XCTAssertEqual(musda.title, "Musda I")
        XCTAssertEqual(IndonesianFormat.longDate(musda.date), "Minggu, 14 Mei 2023")
        let lpj = try XCTUnwrap(store.musda.lpj(musdaId: musda.id!))
        XCTAssertEqual(lpj.verdict, .diterimaDenganCatatan)
        XCTAssertEqual(lpj.termId, musda.closesTermId)
        let sessions = try store.musda.sessions(musdaId: musda.id!)
        XCTAssertEqual(sessions.filter { $0.kind == .pleno }.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(sessions.filter { $0.kind == .komisi }.count, 3)
        let quorum = try store.musda.quorum(musdaId: musda.id!, eligible: nil)
        XCTAssertEqual(quorum.delegates, 38)
        XCTAssertEqual(quorum.observers, 12)
        XCTAssertTrue(quorum.isMet)
        let decisions = try store.musda.decisions(musdaId: musda.id!)
        XCTAssertEqual(decisions.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertTrue(decisions[0].text?.hasPrefix("01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023") == true)
        let election = try XCTUnwrap(store.musda.elections(musdaId: musda.id!).first)
        XCTAssertEqual(election.problems(votingDelegates: 38), [])
        XCTAssertEqual(election.ballots, 38)
        XCTAssertEqual(election.witnesses.count, 2)
        XCTAssertEqual(election.decisionId, decisions[4].id)
        XCTAssertEqual(lpj.decisionId, decisions[2].id)
        let winner = try XCTUnwrap(election.candidates.first { $0.elected })
        XCTAssertEqual(try store.people.person(id: winner.personId)?.name, "Wahidin")
        XCTAssertEqual(try store.musda.formatur(musdaId: musda.id!).count, 5)
        XCTAssertTrue(musda.theme?.contains("berintegritas") == true)
    }

    func testProgrammesAndFigures() throws {
        XCTAssertEqual(try store.programmes.programmes(termId: nil).count, 8, "4 of 2019–2023, 4 of 2023–2028")
        let activities = try store.activities.activities()
        XCTAssertEqual(activities.map(\.year), [2020, 2021, 2024])
        let test2020 = try XCTUnwrap(activities[0].participants)
        XCTAssertEqual(test2020.total, 148)
        XCTAssertEqual(test2020.parts.map(\.value), [40, 128])
        XCTAssertEqual(test2020.discrepancy, FigureDiscrepancy(total: 148, partsSum: 168))
        let test2021 = try XCTUnwrap(activities[1].participants)
        XCTAssertTrue(test2021.isNotReported)
        XCTAssertEqual(try count("SELECT count(*) FROM figure WHERE total = 0"), 0, "not reported is NULL, never 0")
    }

    func testCheckReportsTheDiscrepancyAsAWarningAndNoErrors() throws {
        let findings = try store.check()
        XCTAssertEqual(findings.filter { $0.severity == .error }, [])
        let warnings = findings.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.filter { $0.code == "figure.parts_total" }.map(\.problem),
                       [.figure(subject: "Peserta uji kompetensi 2020", discrepancy: FigureDiscrepancy(total: 148, partsSum: 168))])
        XCTAssertEqual(warnings.filter { $0.code == "nik.duplicate" }.map(\.problem),
                       [.duplicateNIK(masked: "1606********0014", personIds: [96, 108])])
        XCTAssertFalse(warnings.contains { $0.code == "file.mode" })
    }

    func testExportMembersCSVMasksNIKs() throws {
        var text = ""
        try store.export(.members, format: .csv, unmask: false) { text += $0 }
        let rows = CSV.parse(text)
        XCTAssertEqual(rows.count, 125, "header and 124 members")
        XCTAssertEqual(rows[0].prefix(3), ["kta", "nama", "nik"])
        let niks = rows.dropFirst().map { $0[2] }.filter { !$0.isEmpty }
        XCTAssertFalse(niks.isEmpty)
        XCTAssertTrue(niks.allSatisfy { $0.count == 16 && $0.dropFirst(4).prefix(8) == "********" })
        var unmasked = ""
        let reads = try count("SELECT count(*) FROM audit WHERE action = 'baca' AND entity = 'export'")
        try store.export(.members, format: .csv, unmask: true) { unmasked += $0 }
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE action = 'baca' AND entity = 'export'"), reads + 1,
                       "an export with full NIKs is audited as a read")
        XCTAssertTrue(CSV.parse(unmasked).dropFirst().map { $0[2] }.filter { !$0.isEmpty }.allSatisfy { $0.allSatisfy(\.isNumber) })
    }

    func testExportJSONAndOfficers() throws {
        var json = ""
        try store.export(.officers, format: .json, unmask: false) { json += $0 }
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 45)
        XCTAssertEqual(objects.first { $0["jabatan"] as? String == "Ketua" }?["nama"] as? String, "Wahidin")
        var programmes = ""
        try store.export(.programmes, format: .json, unmask: false) { programmes += $0 }
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(programmes.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(rows.compactMap { $0["program"] as? String }).count, 7, "the recruitment title is in both terms")
        XCTAssertTrue(rows.contains { $0["realisasi"] is NSNull }, "unreported realisation is null")
    }

    func testBackupIsOwnerOnlyAndComplete() throws {
        let destination = directory + "/cadangan.sqlite"
        try store.backup(to: destination)
        let mode = try FileManager.default.attributesOfItem(atPath: destination)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        let copy = try Store.open(path: destination)
        XCTAssertEqual(try copy.members.count(MemberQuery(), upTo: nil).value, 124)
        try copy.close()
        XCTAssertThrowsError(try store.backup(to: destination)) { XCTAssertEqual($0 as? StoreError, .fileExists(destination)) }
    }

    func testOpenOrCreateDefaultInstallsTheDemoOnce() throws {
        let path = directory + "/baru/data/sekretariat.sqlite"
        let (first, created) = try Store.openOrCreateDefault(path: path)
        XCTAssertTrue(created)
        XCTAssertEqual(try first.members.count(MemberQuery(), upTo: nil).value, 124)
        try first.close()
        let mode = try FileManager.default.attributesOfItem(atPath: directory + "/baru/data")[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o700)
        let (second, again) = try Store.openOrCreateDefault(path: path)
        XCTAssertFalse(again)
        XCTAssertEqual(try second.members.count(MemberQuery(), upTo: nil).value, 124)
        try second.close()
    }
}

/// `check` opens the file read-only so that checking never touches it, and still checks the
/// search index through a connection lent for the moment.
final class ReadOnlyCheckTests: StoreTestCase {
    func testARequestedReadOnlyCheckFindsADamagedSearchIndexAndLeavesTheFileAlone() throws {
        try DemoOrganisation.install(into: store)
        // A block of the index overwritten, as a torn write would leave it.
        try store.write { try $0.execute(sql: "UPDATE person_fts_data SET block = X'0000' WHERE id = (SELECT max(id) FROM person_fts_data WHERE id > 10)") }
        let path = store.path
        try store.close()
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let reader = try Store.open(path: path, readOnly: true, operatorName: "penguji")
        var findings = try reader.check()
        try reader.close()
        XCTAssertFalse(findings.contains { if case .searchIndex = $0.problem { return true } else { return false } }, "no writer: not checked here")
        findings += try Store.searchIndexFinding(path: path).map { [$0] } ?? []
        XCTAssertTrue(findings.contains { if case .searchIndex = $0.problem { return true } else { return false } }, "\(findings)")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date, before)
        store = try Store.open(path: path, operatorName: "penguji")  // for tearDown
    }
}
