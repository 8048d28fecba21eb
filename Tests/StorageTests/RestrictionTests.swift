import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Restriction of processing (UU PDP, issue 16): the record frozen, left out of exports and
/// reports, set and lifted with an audited reason.
final class RestrictionTests: StoreTestCase {
    private func twoMembers() throws -> (restricted: Int64, other: Int64) {
        let a = try store.people.save(member("Ani Restu", sex: .female, serial: 1), overrideReason: nil)
        let b = try store.people.save(member("Budi Bebas", serial: 2, employment: .nonASN), overrideReason: nil)
        return (a, b)
    }

    func testARestrictedRecordIsFrozenUntilLifted() throws {
        let (id, _) = try twoMembers()
        XCTAssertThrowsError(try store.restrict(personId: id, reason: "  ")) {
            XCTAssertEqual($0 as? StoreError, .invalid([.required(.restrictionReason)]))
        }
        try store.restrict(personId: id, reason: "Permintaan tertulis subjek data, 3 Des 2026")
        let detail = try XCTUnwrap(store.people.detail(personId: id))
        XCTAssertEqual(detail.restriction?.reason, "Permintaan tertulis subjek data, 3 Des 2026")

        let draft = try XCTUnwrap(store.people.editable(personId: id))
        var changed = draft
        changed.person.phone = "081299999999"
        XCTAssertThrowsError(try store.people.save(changed, overrideReason: nil)) { XCTAssertEqual($0 as? StoreError, .restricted(id)) }
        XCTAssertThrowsError(try store.people.changeStatus(personId: id, to: .nonaktif, date: date("2026-01-10"), reason: "pindah",
                                                           overrideReason: nil)) {
            XCTAssertEqual($0 as? StoreError, .restricted(id))
        }
        XCTAssertEqual(try store.people.detail(personId: id)?.person.phone, draft.person.phone, "nothing written")

        try store.liftRestriction(personId: id, reason: "Keberatan subjek selesai ditangani")
        XCTAssertNil(try store.people.detail(personId: id)?.restriction)
        var again = try XCTUnwrap(store.people.editable(personId: id))
        again.person.phone = "081299999999"
        XCTAssertNoThrow(try store.people.save(again, overrideReason: nil))
        let trail = try store.read { try Row.fetchAll($0, sql: "SELECT action, reason FROM audit WHERE entity = 'restriction' ORDER BY id") }
        XCTAssertEqual(trail.map { "\($0["action"] as String): \($0["reason"] as String)" },
                       ["tambah: Permintaan tertulis subjek data, 3 Des 2026", "hapus: Keberatan subjek selesai ditangani"])
    }

    func testARestrictedPersonIsLeftOutOfExportsAndReports() throws {
        let (id, _) = try twoMembers()
        func exported() throws -> String {
            var out = ""
            try store.export(.members, format: .csv, unmask: false) { out += $0 }
            return out
        }
        XCTAssertTrue(try exported().contains("Ani Restu"))
        let before = try store.reports.membersPerRegency()["1671"]
        XCTAssertEqual(before?.registered, 2)
        try store.restrict(personId: id, reason: "Permintaan subjek data")
        XCTAssertFalse(try exported().contains("Ani Restu"), "no export while restricted")
        XCTAssertTrue(try exported().contains("Budi Bebas"))
        XCTAssertEqual(try store.reports.membersPerRegency()["1671"]?.registered, 1)
        XCTAssertEqual(try store.reports.membersPerEmployment().filter { $0.status == .pns }.map(\.count).reduce(0, +), 0)
        XCTAssertEqual(try store.reports.membersPerChannel().map(\.count).reduce(0, +), 1)
        XCTAssertEqual(try store.reports.joinsPerYear().map(\.count).reduce(0, +), 1)
    }

    /// A members file naming a restricted person by NIK: their row is `galat` with the reason,
    /// the other person's row is written, and the restricted record is unchanged.
    func testAnImportLeavesARestrictedPersonAlone() throws {
        let (a, b) = try twoMembers()
        try store.restrict(personId: a, reason: "Keberatan subjek data")
        let niks = try [a, b].map { try XCTUnwrap(store.people.editable(personId: $0)?.person.nik) }
        let file = directory + "/anggota.csv"
        try "Nama Lengkap,NIK,No HP\nAni Restu,\(niks[0]),081211110001\nBudi Bebas,\(niks[1]),081211110002\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let table = try SpreadsheetFile.read(path: file)
        let preview = try store.imports.preview(table, target: .members, mapping: [0: .name, 1: .nik, 2: .phone], source: "uji",
                                                fileName: "anggota.csv", progress: ImportProgress())
        XCTAssertEqual(preview.rows.map(\.kind), [.error, .update])
        XCTAssertEqual(preview.rows[0].row.errors.map(\.kind), [.restricted])
        _ = try store.imports.commit(preview, decisions: [:], progress: ImportProgress())
        XCTAssertNotEqual(try store.people.editable(personId: a)?.person.phone, "081211110001")
        XCTAssertEqual(try store.people.editable(personId: b)?.person.phone, "081211110002")
    }

    /// The census coverage and the alumni trace leave a restricted person out, as the reports do.
    func testTheCensusAndAlumniCountsLeaveARestrictedPersonOut() throws {
        let (a, _) = try twoMembers()
        let nik = try XCTUnwrap(store.people.editable(personId: a)?.person.nik)
        try store.census.save(CensusRecord(batch: "uji", regency: "1671", name: "Ani Restu", nik: nik, source: "uji", personId: a, outcome: .matched))
        try store.census.save(AlumniRecord(personId: a, name: "Ani Restu", institution: "Universitas Sriwijaya", programme: "IKS"))
        func palembang() throws -> CoverageRow { try XCTUnwrap(store.census.coverage().first { $0.regency.code == "1671" }) }
        let before = try palembang()
        XCTAssertEqual(before.recorded, 1)
        XCTAssertEqual(try store.census.alumniSummary().map(\.traced).reduce(0, +), 1)
        try store.restrict(personId: a, reason: "Keberatan subjek data")
        let after = try palembang()
        XCTAssertEqual(after.recorded, 0)
        XCTAssertEqual(after.recordedMembers, 0)
        XCTAssertEqual(after.membersNotRecorded, before.membersNotRecorded, "nor counted among the members not recorded")
        XCTAssertEqual(try store.census.alumniSummary().map(\.traced).reduce(0, +), 0)
    }
}

