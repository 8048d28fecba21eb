import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The breach register (UU 27/2022 Art. 46, issue 16): an admin's, audited, the people kept.
final class BreachRegisterTests: StoreTestCase {
    func testAnAdminRecordsABreachWithItsPeopleAndEveryChangeIsAudited() throws {
        let a = try store.people.save(member("Ani Restu", sex: .female, serial: 1), overrideReason: nil)
        let b = try store.people.save(member("Budi Bebas", serial: 2), overrideReason: nil)
        var breach = Breach(description: "Berkas anggota terlampir di surel ke alamat yang salah", discoveredOn: date("2026-01-15"),
                            discoveredAt: ClockTime("09.30")!, personIds: [a, b, a])
        let id = try store.breaches.save(breach)
        breach.id = id
        breach.notifiedOn = date("2026-01-15")
        try store.breaches.save(breach)
        let kept = try XCTUnwrap(store.breaches.breaches().first)
        XCTAssertEqual(kept.personIds, [a, b], "each person once")
        XCTAssertEqual(kept.notifiedOn, date("2026-01-15"))
        XCTAssertEqual(try store.breaches.names([a, b]), [a: "Ani Restu", b: "Budi Bebas"])
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'breach'"), 2)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'breach' AND after LIKE '%Ani%'"), 0,
                       "the audit holds ids, not names")
    }

    func testARecordThatCannotBeKeptAndAnOperatorAreRefused() throws {
        XCTAssertThrowsError(try store.breaches.save(Breach(description: "x", discoveredOn: date("2026-01-16"), discoveredAt: ClockTime("08.00")!))) {
            XCTAssertEqual($0 as? BreachProblem, .discoveredInFuture)
        }
        let other = try openAgain(operatorName: "budi", role: .operator)
        defer { try? other.close() }
        XCTAssertThrowsError(try other.breaches.save(Breach(description: "x", discoveredOn: date("2026-01-15"), discoveredAt: ClockTime("08.00")!))) {
            guard case StoreError.notPermitted = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try count("SELECT count(*) FROM breach"), 0)
    }
}
