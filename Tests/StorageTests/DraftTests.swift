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
}
