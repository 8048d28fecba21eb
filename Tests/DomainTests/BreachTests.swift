import XCTest
@testable import Domain

/// The breach record (UU 27/2022 Art. 46): the 3 × 24 h deadline from discovery, to the minute.
final class BreachTests: XCTestCase {
    let discovered = Breach(description: "Daftar anggota terkirim ke grup WhatsApp yang salah", discoveredOn: LocalDate(iso: "2026-11-28")!,
                            discoveredAt: ClockTime("21.40")!)

    func testTheDeadlineIsThreeDaysLaterAtTheSameTime() {
        XCTAssertEqual(discovered.deadline.day, LocalDate(iso: "2026-12-01"))
        XCTAssertEqual(discovered.deadline.time, ClockTime("21.40"))
        XCTAssertEqual(discovered.minutesLeft(on: LocalDate(iso: "2026-11-28")!, at: ClockTime("21.40")!), 72 * 60)
        XCTAssertEqual(discovered.minutesLeft(on: LocalDate(iso: "2026-12-01")!, at: ClockTime("21.39")!), 1)
        XCTAssertEqual(discovered.minutesLeft(on: LocalDate(iso: "2026-12-02")!, at: ClockTime("00.40")!), -180, "three hours late")
    }

    func testARecordThatCannotBeKeptSaysWhy() {
        var b = discovered
        b.description = "   "
        b.discoveredOn = LocalDate(iso: "2026-11-30")!
        XCTAssertEqual(b.problems(today: LocalDate(iso: "2026-11-30")!, now: ClockTime("21.00")!), [.descriptionRequired, .discoveredInFuture])
        b.description = String(repeating: "x", count: Breach.maxTextLength + 1)
        b.discoveredOn = LocalDate(iso: "2026-11-29")!
        b.notifiedOn = LocalDate(iso: "2026-11-28")
        XCTAssertEqual(b.problems(today: LocalDate(iso: "2026-11-30")!, now: ClockTime("21.00")!),
                       [.tooLong(max: Breach.maxTextLength), .notifiedBeforeDiscovery])
        XCTAssertEqual(discovered.problems(today: LocalDate(iso: "2026-11-30")!, now: ClockTime("08.00")!), [])
    }
}
