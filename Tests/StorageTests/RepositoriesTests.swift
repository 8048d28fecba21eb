import Domain
import Foundation
import XCTest
@testable import Storage

final class RepositoriesTests: StoreTestCase {
    /// Screens hold `any Repositories`; everything they need must be reachable through it.
    func testTheStoreServesScreensThroughTheRepositoriesSeam() throws {
        let repositories: any Repositories = store
        XCTAssertEqual(repositories.path, directory + "/test.sqlite")
        XCTAssertEqual(repositories.operatorName, "penguji")
        XCTAssertEqual(repositories.today, date("2026-01-15"))
        XCTAssertEqual(repositories.regions.region(code: "1671")?.shortName, "Palembang")

        let id = try repositories.people.save(member("Budi Santoso", serial: 1), overrideReason: nil)
        XCTAssertEqual(try repositories.members.count(MemberQuery(), upTo: nil).value, 1)
        XCTAssertEqual(try repositories.audit.entries(personId: id, limit: 10).count, 2)
        let termId = try repositories.board.save(Term(name: "2023–2028", start: date("2023-05-14"), end: nil, status: .aktif))
        XCTAssertEqual(try repositories.board.activeTerm()?.id, termId)
        XCTAssertEqual(try repositories.musda.musdas(), [])
        XCTAssertEqual(try repositories.programmes.programmes(termId: termId), [])
        XCTAssertEqual(try repositories.activities.activities(), [])
        XCTAssertEqual(try repositories.census.records(batch: nil), [])
        try repositories.settings.set(.termLengthYears, to: "4")
        XCTAssertEqual(try repositories.settings.value(.termLengthYears), "4")
        try repositories.drafts.save(Draft(kind: "person", recordKey: "new", payload: "{}"))
        XCTAssertEqual(try repositories.drafts.pending().map(\.recordKey), ["new"])
    }
}
