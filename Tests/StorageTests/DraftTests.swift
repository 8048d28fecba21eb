import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class DraftTests: StoreTestCase {
    func testSavingADraftWritesNoAuditRow() throws {
        let id = try store.people.save(member("Rina Lestari", sex: .female, serial: 1), overrideReason: nil)
        let audited = try count("SELECT count(*) FROM audit")
        try store.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id, payload: #"{"phone":"0812"}"#,
                                    baseVersion: 1))
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: #"{"name":"Budi"}"#))
        try store.drafts.discard(kind: "person", recordKey: "new")
        XCTAssertEqual(try count("SELECT count(*) FROM audit"), audited, "drafts are work in progress, never audited")
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 1)
        let saved = try XCTUnwrap(store.drafts.find(kind: "person", recordKey: String(id)))
        XCTAssertEqual(saved, Draft(kind: "person", recordKey: String(id), personId: id, payload: #"{"phone":"0812"}"#,
                                    baseVersion: 1, updatedAt: Self.now, operatorName: "penguji"))
    }

    func testSavingAgainReplacesTheDraft() throws {
        let clock = TestClock(Self.now)
        let store = try openAgain(operatorName: "penguji", clock: { clock.now })
        defer { try? store.close() }
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: "Bud", baseVersion: nil))
        clock.advance(1.5)
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: "Budi Santoso", baseVersion: nil,
                                    updatedAt: .distantPast, operatorName: "orang lain"))
        let draft = try XCTUnwrap(store.drafts.find(kind: "person", recordKey: "new"))
        XCTAssertEqual(draft.payload, "Budi Santoso")
        XCTAssertEqual(draft.updatedAt, Self.now + 1.5, "the store's clock, not the caller's date")
        XCTAssertEqual(draft.operatorName, "penguji", "the store's operator, not the caller's")
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 1)
    }

    func testDiscardRemovesOnlyThatDraft() throws {
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: "a"))
        try store.drafts.save(Draft(kind: "minutes", recordKey: "new", payload: "b"))
        try store.drafts.discard(kind: "person", recordKey: "new")
        XCTAssertNil(try store.drafts.find(kind: "person", recordKey: "new"))
        XCTAssertEqual(try store.drafts.find(kind: "minutes", recordKey: "new")?.payload, "b")
        try store.drafts.discard(kind: "person", recordKey: "new")   // nothing left: no error
        XCTAssertEqual(try store.drafts.pending().map(\.kind), ["minutes"])
    }

    func testPendingIsNewestFirst() throws {
        let clock = TestClock(Self.now)
        let store = try openAgain(operatorName: "penguji", clock: { clock.now })
        defer { try? store.close() }
        for key in ["1", "2", "3"] {
            try store.drafts.save(Draft(kind: "person", recordKey: key, payload: key))
            clock.advance(2)
        }
        try store.drafts.save(Draft(kind: "person", recordKey: "1", payload: "1 lagi"))
        XCTAssertEqual(try store.drafts.pending().map(\.recordKey), ["1", "3", "2"])
    }

    func testAnotherOperatorsDraftsAreNotReturned() throws {
        let other = try openAgain(operatorName: "budi")
        defer { try? other.close() }
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: "milik penguji"))
        try other.drafts.save(Draft(kind: "person", recordKey: "new", payload: "milik budi"))
        try other.drafts.save(Draft(kind: "minutes", recordKey: "7", payload: "notulen budi"))

        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "new")?.payload, "milik penguji")
        XCTAssertNil(try store.drafts.find(kind: "minutes", recordKey: "7"))
        XCTAssertEqual(try store.drafts.pending().map(\.payload), ["milik penguji"])
        XCTAssertEqual(Set(try other.drafts.pending().map(\.payload)), ["milik budi", "notulen budi"])
        try other.drafts.discard(kind: "person", recordKey: "new")
        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "new")?.payload, "milik penguji",
                       "discarding one's own draft leaves the other operator's")
    }

    func testErasureDeletesTheDraftsAboutThePersonAndRefusesNewOnes() throws {
        let id = try store.people.save(member("Marlina Sembiring", sex: .female, born: "1990-07-21", serial: 21), overrideReason: nil)
        let other = try openAgain(operatorName: "budi")
        defer { try? other.close() }
        try store.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id, payload: "Marlina, 0812 9999 8888"))
        try other.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id, payload: "Marlina Sembiring"))
        try store.drafts.save(Draft(kind: "person", recordKey: "new", payload: "orang lain"))

        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 4/2026")

        XCTAssertEqual(try count("SELECT count(*) FROM draft WHERE person_id = ?", [id]), 0, "every operator's draft about them")
        XCTAssertEqual(try count("SELECT count(*) FROM draft WHERE payload LIKE '%Marlina%'"), 0)
        XCTAssertEqual(try store.drafts.pending().map(\.recordKey), ["new"], "drafts about others stay")
        XCTAssertThrowsError(try store.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id, payload: "x"))) {
            XCTAssertEqual($0 as? StoreError, .erased(id))
        }
    }

    // MARK: Sessions: two windows of one operator

    func testTwoWindowsOfOneOperatorNeitherSeeNorOverwriteEachOthersLiveDraft() throws {
        let windowB = try openAgain(operatorName: "penguji")
        defer { try? windowB.close() }
        try store.drafts.save(Draft(kind: "person", recordKey: "5", payload: "A mengetik"))

        XCTAssertNil(try windowB.drafts.find(kind: "person", recordKey: "5"), "A's live typing is not offered to B")
        XCTAssertEqual(try windowB.drafts.pending(), [], "nor at B's start")
        XCTAssertEqual(try windowB.drafts.editedElsewhere(kind: "person", recordKey: "5"), Self.now)
        XCTAssertNil(try windowB.drafts.editedElsewhere(kind: "person", recordKey: "6"))

        try windowB.drafts.save(Draft(kind: "person", recordKey: "5", payload: "B mengetik"))
        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "5")?.payload, "A mengetik", "B did not overwrite A")
        XCTAssertEqual(try windowB.drafts.find(kind: "person", recordKey: "5")?.payload, "B mengetik")
        try windowB.drafts.discard(kind: "person", recordKey: "5")
        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "5")?.payload, "A mengetik", "B's save or drop leaves A's")
        XCTAssertNil(try store.drafts.editedElsewhere(kind: "person", recordKey: "5"))
    }

    func testADraftLeftByAClosedWindowIsOfferedAndTakenOver() throws {
        let windowB = try openAgain(operatorName: "penguji")
        try windowB.drafts.save(Draft(kind: "person", recordKey: "5", payload: "B sebelum putus"))
        try windowB.close()   // as far as drafts go, the same as B's process dying

        XCTAssertEqual(try store.drafts.pending().map(\.payload), ["B sebelum putus"])
        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "5")?.payload, "B sebelum putus")
        XCTAssertNil(try store.drafts.editedElsewhere(kind: "person", recordKey: "5"), "an ended window edits nothing")
        try store.drafts.save(Draft(kind: "person", recordKey: "5", payload: "B sebelum putus, dilanjutkan A"))
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 1, "the restored draft replaced the orphan")
        try store.drafts.discard(kind: "person", recordKey: "5")
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 0)
    }

    func testAnOrphanIsDroppedWithTheUsersOwnDiscard() throws {
        try insertDraft(session: "", payload: "dari versi lama")
        XCTAssertEqual(try store.drafts.find(kind: "person", recordKey: "5")?.payload, "dari versi lama",
                       "drafts from before sessions existed are offered back")
        try store.drafts.discard(kind: "person", recordKey: "5")
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 0)
    }

    /// A process that exited but is not reaped yet (a zombie: for about a second after a hang-up
    /// here) answers kill(0); its drafts are free all the same, so a quick restart offers them.
    func testAnExitedProcessNotYetReapedIsNotAlive() throws {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        XCTAssertEqual(posix_spawn(&pid, "/bin/true", nil, nil, argv, nil), 0)
        defer { var status: Int32 = 0; waitpid(pid, &status, 0) }
        let deadline = Date().addingTimeInterval(5)
        while EditingSession.processState(pid)?.state != "Z", Date() < deadline { usleep(10_000) }
        let zombie = try XCTUnwrap(EditingSession.processState(pid), "not reaped: still in procfs")
        XCTAssertEqual(zombie.state, "Z")
        XCTAssertEqual(kill(pid, 0), 0, "a zombie answers kill(0)")
        let session = EditingSession(host: EditingSession.localHost, pid: pid, start: zombie.start, instance: 1)
        XCTAssertFalse(session.isAlive(lastWrite: Self.now, now: Self.now))
    }

    func testAProcessIsAliveOnlyWithItsPidAndStartTime() throws {
        let host = EditingSession.localHost
        let exited = Process()
        exited.executableURL = URL(fileURLWithPath: "/bin/true")
        try exited.run()
        exited.waitUntilExit()
        let ended = EditingSession(host: host, pid: exited.processIdentifier, start: 1, instance: 1)
        XCTAssertFalse(ended.isAlive(lastWrite: Self.now, now: Self.now), "a pid that exited")

        let initStart = try XCTUnwrap(EditingSession.processStart(1), "procfs gives pid 1's start time")
        XCTAssertTrue(EditingSession(host: host, pid: 1, start: initStart, instance: 1).isAlive(lastWrite: Self.now, now: Self.now))
        XCTAssertFalse(EditingSession(host: host, pid: 1, start: initStart + 1, instance: 1).isAlive(lastWrite: Self.now, now: Self.now),
                       "the same pid started at another time is another process")

        let otherHost = EditingSession(host: host + "-lain", pid: 1, start: 1, instance: 1)
        XCTAssertTrue(otherHost.isAlive(lastWrite: Self.now, now: Self.now + 3600), "another host cannot be checked: recent counts as alive")
        XCTAssertFalse(otherHost.isAlive(lastWrite: Self.now, now: Self.now + 13 * 3600))

        try insertDraft(session: ended.text, payload: "proses mati")
        XCTAssertEqual(try store.drafts.pending().map(\.payload), ["proses mati"])
        XCTAssertEqual(EditingSession(text: ended.text), ended)
        XCTAssertNil(EditingSession(text: "bukan/sesi"))
    }

    private func insertDraft(session: String, payload: String) throws {
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO draft (kind, record_key, operator, session, payload, updated_at)
                VALUES ('person', '5', 'penguji', ?, ?, '2026-01-01T00:00:00Z')
                """, arguments: [session, payload])
        }
    }
}
