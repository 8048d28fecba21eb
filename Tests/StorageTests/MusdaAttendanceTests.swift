import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The daftar hadir per session and the live quorum (issue: Musda minutes).
final class MusdaAttendanceTests: StoreTestCase {
    private var musda: Musda!
    private var pleno2: MusdaSession!

    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
        musda = try XCTUnwrap(store.musda.musdas().first { $0.kind == .musda })
        pleno2 = try XCTUnwrap(store.musda.sessions(musdaId: musda.id!).first { $0.title.hasPrefix("Sidang Pleno II:") })
    }

    private func time(_ text: String) -> ClockTime { ClockTime(text)! }

    func testTheDemoHas38DelegatesAnd12ObserversInTheRoom() throws {
        let rows = try store.musda.attendees(musdaId: musda.id!, sessionId: pleno2.id!)
        XCTAssertEqual(rows.filter { $0.attendance.role == .delegate }.count, 38)
        XCTAssertEqual(rows.filter { $0.attendance.role == .observer }.count, 12)
        XCTAssertEqual(rows.filter { !$0.isMember }.count, 4, "the four guests G001–G004 hold no membership")
        XCTAssertTrue(rows.allSatisfy(\.isPresent))
        XCTAssertEqual(pleno2.startsAt, time("10.00"))
        let quorum = try store.musda.sessionQuorum(sessionId: pleno2.id!)
        XCTAssertEqual([quorum.present, quorum.registered, quorum.required], [38, 38, 20])
        XCTAssertTrue(quorum.isMet)
    }

    func testMoreDelegatesMoveTheQuorumAndEnoughDeparturesLoseIt() throws {
        let newcomers = try store.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT person_id FROM membership WHERE status = 'aktif'
                AND person_id NOT IN (SELECT person_id FROM attendance) ORDER BY person_id LIMIT 5
                """)
        }
        for id in newcomers {
            try store.musda.register(personId: id, musdaId: musda.id!, role: .delegate, representing: nil,
                                     sessionId: pleno2.id!, at: time("10.20"))
        }
        var quorum = try store.musda.sessionQuorum(sessionId: pleno2.id!)
        XCTAssertEqual([quorum.present, quorum.registered, quorum.required], [43, 43, 22])
        let delegates = try store.musda.attendees(musdaId: musda.id!, sessionId: pleno2.id!).filter { $0.attendance.role == .delegate }
        for row in delegates.prefix(21) { try store.musda.depart(attendanceId: row.id, sessionId: pleno2.id!, at: time("11.00")) }
        quorum = try store.musda.sessionQuorum(sessionId: pleno2.id!)
        XCTAssertEqual(quorum.present, 22)
        XCTAssertTrue(quorum.isMet)
        try store.musda.depart(attendanceId: delegates[21].id, sessionId: pleno2.id!, at: time("11.05"))
        quorum = try store.musda.sessionQuorum(sessionId: pleno2.id!)
        XCTAssertEqual(quorum.present, 21)
        XCTAssertFalse(quorum.isMet, "21 of 43 is not ½ + 1")
        try store.musda.arrive(attendanceId: delegates[21].id, sessionId: pleno2.id!, at: time("11.10"))
        XCTAssertTrue(try store.musda.sessionQuorum(sessionId: pleno2.id!).isMet, "back in the room")
        let audit = try store.audit.entries(entity: "presence", id: delegates[21].id)
        XCTAssertGreaterThanOrEqual(audit.count, 2, "the departure and the return are both in the audit")
    }

    func testADepartureBeforeTheArrivalIsRefused() throws {
        let row = try XCTUnwrap(store.musda.attendees(musdaId: musda.id!, sessionId: pleno2.id!).first)
        XCTAssertThrowsError(try store.musda.depart(attendanceId: row.id, sessionId: pleno2.id!, at: time("09.00"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.timeBefore(.departureTime, reference: .arrivalTime)]))
        }
        XCTAssertTrue(try store.musda.attendees(musdaId: musda.id!, sessionId: pleno2.id!).first?.isPresent ?? false)
    }

    func testANonMemberGuestIsRegisteredWithoutAMembership() throws {
        let guest = try store.people.save(PersonDraft(person: Person(name: "Kepala Dinas Sosial"), membership: nil), overrideReason: nil)
        try store.musda.register(personId: guest, musdaId: musda.id!, role: .guest, representing: "Dinas Sosial Provinsi",
                                 sessionId: pleno2.id!, at: time("10.05"))
        let row = try XCTUnwrap(store.musda.attendees(musdaId: musda.id!, sessionId: pleno2.id!).first { $0.attendance.personId == guest })
        XCTAssertEqual(row.attendance.role, .guest)
        XCTAssertFalse(row.isMember)
        XCTAssertEqual(row.attendance.arrivedAt, time("10.05"))
        XCTAssertEqual(try store.musda.sessionQuorum(sessionId: pleno2.id!).present, 38, "a guest has no vote")
    }

    func testAQuorumRuleThatCannotHoldIsRefused() throws {
        var m = try XCTUnwrap(musda)
        m.quorum = .fixed(60)
        XCTAssertThrowsError(try store.musda.save(m)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.quorumCannotHold(required: 60, registered: 38)]))
        }
        m.quorum = .fixed(30)
        try store.musda.save(m)
        XCTAssertEqual(try store.musda.sessionQuorum(sessionId: pleno2.id!).required, 30)
        XCTAssertEqual(QuorumRule(code: "tetap:30"), .fixed(30))
        XCTAssertEqual(QuorumRule.twoThirds.required(eligible: 38), 26)
    }

    func testSavedMinutesTurnTheirActionLinesIntoActionItemsWithOwners() throws {
        let text = "Rapat pleno.\nTINDAK LANJUT: Mengirim SK ke DPP @Wahidin 14-06-2023\nTINDAK LANJUT: Mencetak sertifikat @Tamu_Asing"
        try store.musda.saveMinutes(sessionId: pleno2.id!, text: text, actions: MinutesLines.actions(in: text))
        var items = try store.musda.actionItems(musdaId: musda.id!)
        XCTAssertEqual(items.map(\.owner), ["Wahidin", "Tamu Asing"])
        let wahidin = try XCTUnwrap(store.people.lookup("Wahidin", limit: 1).first?.id)
        XCTAssertEqual(items.map(\.ownerPersonId), [wahidin, nil], "an @name matched to an attendee")
        XCTAssertEqual(items.first?.due, date("2023-06-14"))
        // Saving again replaces the drafted items rather than adding them twice.
        try store.musda.saveMinutes(sessionId: pleno2.id!, text: text, actions: MinutesLines.actions(in: text))
        items = try store.musda.actionItems(musdaId: musda.id!)
        XCTAssertEqual(items.count, 2)
        try store.musda.finaliseMinutes(sessionId: pleno2.id!)
        XCTAssertThrowsError(try store.musda.saveMinutes(sessionId: pleno2.id!, text: "x", actions: [])) {
            XCTAssertEqual($0 as? StoreError, .invalid([.minutesFinal]))
        }
    }
}
