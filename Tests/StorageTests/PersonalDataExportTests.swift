import Domain
import Foundation
import XCTest
@testable import Storage

/// The right of access and portability (UU PDP): one person's whole record, found by KTA or
/// NIK, as JSON or CSV, the export itself audited as a read.
final class PersonalDataExportTests: StoreTestCase {
    func testTheWholeRecordWithItsAuditFoundByKTAOrNIK() throws {
        try DemoOrganisation.install(into: store)
        let test = try XCTUnwrap(store.activities.activities().first { $0.year == 2020 })
        let participant = try XCTUnwrap(store.activities.participations(activityId: test.id!).first)
        let id = participant.personId
        let person = try XCTUnwrap(store.people.person(id: id))
        let kta = try XCTUnwrap(store.people.membership(personId: id)?.kta)
        XCTAssertEqual(try store.people.personId(kta: kta), id)
        let nik = try XCTUnwrap(person.nik)
        let spaced = "\(nik.prefix(6)) \(nik.dropFirst(6).prefix(6)) \(nik.suffix(4))"
        XCTAssertEqual(try store.people.personId(kta: spaced), id, "a NIK typed with spaces")
        XCTAssertNil(try store.people.personId(kta: "16.99.999999"))

        let reads = try store.audit.entries(personId: id, limit: 1000).filter { $0.action == .read }.count
        let json = try store.people.exportPersonalData(personId: id, format: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((object["person"] as? [String: Any])?["name"] as? String, person.name)
        XCTAssertEqual(((object["activities"] as? [[String: Any]])?.first)?["title"] as? String, test.title)
        let audit = try XCTUnwrap(object["audit"] as? [[String: Any]])
        XCTAssertTrue(audit.contains { $0["action"] as? String == "tambah" && $0["entity"] as? String == "person" }, "the insert is there")
        XCTAssertEqual(try store.audit.entries(personId: id, limit: 1000).filter { $0.action == .read }.count, reads + 1,
                       "the export is audited as a read")

        let csv = try store.people.exportPersonalData(personId: id, format: .csv)
        let rows = CSV.parse(csv)
        XCTAssertEqual(rows.first, ["bagian", "nilai"])
        XCTAssertTrue(rows.contains(["person.name", person.name]), "\(rows.prefix(5))")
        XCTAssertTrue(rows.contains(["membership.kta", kta]))
        XCTAssertTrue(rows.contains { $0[0].hasPrefix("audit[0].") }, "every audit entry, flattened")
    }

    /// Issue 12: a candidate's votes, a saksi, a formatur seat are theirs to see too.
    func testTheRecordHoldsTheirRolesInMusdaElections() throws {
        try DemoOrganisation.install(into: store)
        let musda = try XCTUnwrap(store.musda.musdas().first { $0.number == 1 })
        let election = try XCTUnwrap(store.musda.elections(musdaId: musda.id!).first)
        let winner = try XCTUnwrap(election.elected?.personId)
        let json = try store.people.exportPersonalData(personId: winner, format: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let roles = try XCTUnwrap(object["musdaRoles"] as? [[String: Any]])
        XCTAssertTrue(roles.contains { $0["role"] as? String == "calon" && $0["votes"] as? Int == 29 && $0["elected"] as? Bool == true }, "\(roles)")
        XCTAssertTrue(roles.contains { $0["role"] as? String == "formatur (ketua terpilih)" }, "\(roles)")
        let witness = try XCTUnwrap(election.witnesses.first)
        let theirs = try store.people.exportPersonalData(personId: witness, format: .json)
        XCTAssertTrue(theirs.contains("\"saksi\""), theirs)
    }

    /// Issues 13, 14 and 16: the census and alumni rows about them (by link or NIK), the
    /// incidents that exposed them, a restriction, and the decisions about their fields.
    func testTheRecordHoldsCensusAlumniBreachesAndRestriction() throws {
        try DemoOrganisation.install(into: store)
        let id = try XCTUnwrap(store.people.personId(kta: "16.71.000002"))
        let nik = try XCTUnwrap(store.people.person(id: id)?.nik)
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO census_record (batch, name, nik, source, outcome) VALUES ('uji', 'Hendra S.', ?, 'Dinsos', 'belum_diproses')
                """, arguments: [nik])
            try db.execute(sql: """
                INSERT INTO alumni_record (person_id, name, institution, programme) VALUES (?, 'Hendra Saputra', 'Poltekesos Bandung', 'Pekerjaan Sosial')
                """, arguments: [id])
        }
        try store.breaches.save(Breach(description: "Daftar anggota terkirim ke grup yang salah", discoveredOn: store.today,
                                       discoveredAt: ClockTime(hour: 0, minute: 0)!, personIds: [id]))
        try store.restrict(personId: id, reason: "Keberatan atas pemrosesan")
        let json = try store.people.exportPersonalData(personId: id, format: .json)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((object["censusRecords"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Hendra S."], "found by NIK")
        XCTAssertEqual((object["alumniRecords"] as? [[String: Any]])?.map { $0["institution"] as? String }, ["Poltekesos Bandung"])
        XCTAssertEqual((object["breaches"] as? [[String: Any]])?.map { $0["description"] as? String },
                       ["Daftar anggota terkirim ke grup yang salah"])
        XCTAssertEqual((object["restriction"] as? [String: Any])?["reason"] as? String, "Keberatan atas pemrosesan")
        XCTAssertEqual((object["reconciliationDecisions"] as? [Any])?.count, 0)
    }

    /// Tried as a new user would: someone counted in the census, never a member, asked for
    /// their data and got "no such person". The census and alumni rows with their NIK are theirs.
    func testSomeoneOnlyInTheCensusGetsTheirRows() throws {
        try DemoOrganisation.install(into: store)
        let nik = "1671015405900006"
        XCTAssertNil(try store.people.personId(kta: nik))
        XCTAssertNil(try store.people.exportRecords(nik: nik, format: .json), "nothing held: nothing to give")
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO census_record (batch, name, nik, phone, source, outcome) VALUES ('uji', 'Enam', ?, '081234567890', 'Dinsos', 'belum_diproses')
                """, arguments: [nik])
        }
        let json = try XCTUnwrap(try store.people.exportRecords(nik: nik, format: .json))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["member"] as? Bool, false)
        XCTAssertEqual((object["censusRecords"] as? [[String: Any]])?.first?["phone"] as? String, "081234567890")
        let csv = try XCTUnwrap(try store.people.exportRecords(nik: nik, format: .csv))
        XCTAssertTrue(CSV.parse(csv).contains(["censusRecords[0].name", "Enam"]), csv)
        let recordId = try XCTUnwrap(try store.read { try Int64.fetchOne($0, sql: "SELECT id FROM census_record WHERE nik = ?", arguments: [nik]) })
        XCTAssertEqual(try store.audit.entries(entity: "census_record", id: recordId).filter { $0.action == .read }.count, 2,
                       "each export audited as a read")
    }
}
