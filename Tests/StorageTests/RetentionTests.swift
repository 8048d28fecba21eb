import Domain
import Foundation
import XCTest
@testable import Storage

/// Retention (issue 16, DOMAIN.md §6): people kept past the DPD's chosen period after their
/// membership ended are listed for review; nothing is erased by listing.
final class RetentionTests: StoreTestCase {
    func testOnlyMembershipsThatEndedBeforeTheRetentionPeriodAreListed() throws {
        // Today is 2026-01-15 (StoreTestCase.now); the default period is 5 years: before 2021-01-15.
        let left = try store.people.save(member("Agus Lama", serial: 1, joined: "2010-01-10"), overrideReason: nil)
        let recent = try store.people.save(member("Budi Baru", serial: 2, joined: "2010-01-10"), overrideReason: nil)
        let paused = try store.people.save(member("Citra Jeda", sex: .female, serial: 3, joined: "2010-01-10"), overrideReason: nil)
        let died = try store.people.save(member("Dedi Wafat", serial: 4, joined: "2010-01-10"), overrideReason: nil)
        let erased = try store.people.save(member("Eko Hapus", serial: 5, joined: "2010-01-10"), overrideReason: nil)
        try store.people.changeStatus(personId: left, to: .keluar, date: date("2020-03-01"), reason: "pindah", overrideReason: nil)
        try store.people.changeStatus(personId: recent, to: .keluar, date: date("2021-02-01"), reason: "pindah", overrideReason: nil)
        try store.people.changeStatus(personId: paused, to: .nonaktif, date: date("2015-01-01"), reason: "cuti", overrideReason: nil)
        try store.people.changeStatus(personId: died, to: .meninggal, date: date("2021-01-14"), reason: "wafat", overrideReason: nil)
        try store.people.changeStatus(personId: erased, to: .keluar, date: date("2016-01-01"), reason: "pindah", overrideReason: nil)
        try store.people.erase(personId: erased, reason: "permintaan")

        let (cutoff, due) = try store.retentionDue(today: store.today)
        XCTAssertEqual(cutoff, date("2021-01-15"))
        XCTAssertEqual(due.map(\.name), ["Agus Lama", "Dedi Wafat"])
        XCTAssertEqual(due.map(\.endedOn), [date("2020-03-01"), date("2021-01-14")])

        try store.settings.set(.retentionYears, to: "10")
        XCTAssertEqual(try store.retentionDue(today: store.today).people, [], "nobody ended before 2016-01-15")
        XCTAssertEqual(try store.people.person(id: left)?.name, "Agus Lama", "listing erases nothing")
    }
}
