import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class BulkMembersTests: StoreTestCase {
    func testGeneratedMembersJoinTheDemoAndEverythingStillWorks() throws {
        try DemoOrganisation.install(into: store)
        try store.close()
        let path = directory + "/test.sqlite"
        var reported: [Int] = []
        try BulkMembers.append(to: path, count: 2_500, seed: 7, operatorName: "penguji") { reported.append($0) }
        XCTAssertEqual(reported, [2_500])
        store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })

        XCTAssertEqual(try store.members.count(MemberQuery(), upTo: nil).value, 124 + 2_500)
        XCTAssertEqual(try store.check().filter { $0.severity == .error }, [], "integrity, keys, search index")
        XCTAssertEqual(try count("SELECT count(DISTINCT kta) FROM membership"), 124 + 2_500)
        XCTAssertEqual(try count("SELECT count(*) FROM (SELECT nik FROM person WHERE nik IS NOT NULL GROUP BY nik HAVING count(*) > 1)"), 1,
                       "only the demo's deliberate duplicate")
        let bulk = try store.audit.recent(limit: 5).filter { $0.action == .bulkInsert }
        XCTAssertEqual(bulk.count, 1)
        XCTAssertTrue(bulk[0].after?.contains("\"count\":2500") == true)
        XCTAssertEqual(try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")

        // The search index was rebuilt and its triggers restored: a normal save shows up at once.
        let generated = try XCTUnwrap(store.members.members(MemberQuery(search: "ahmad"), page: .first, limit: 100)
            .first { $0.personId > 128 })
        let person = try XCTUnwrap(store.people.person(id: generated.personId))
        var draft = PersonDraft(person: person, membership: try store.people.membership(personId: generated.personId))
        draft.person.name = "Ahmad Qwertyuiop"
        try store.people.save(draft, overrideReason: "uji")
        XCTAssertEqual(try store.members.members(MemberQuery(search: "qwerty"), page: .first, limit: 5).map(\.personId),
                       [generated.personId])
        // Same seed, same people.
        let other = directory + "/other.sqlite"
        let again = try Store.open(path: other, create: true)
        try DemoOrganisation.install(into: again)
        try again.close()
        try BulkMembers.append(to: other, count: 2_500, seed: 7)
        let names = { (p: String) in try DatabaseQueue(path: p).read { try String.fetchAll($0, sql: "SELECT name FROM person WHERE id > 128 ORDER BY id LIMIT 50") } }
        XCTAssertEqual(try names(other), try names(path).map { $0 == "Ahmad Qwertyuiop" ? person.name : $0 })
    }
}
