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
}
