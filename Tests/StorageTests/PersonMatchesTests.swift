import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The person picker's matches (`PeopleStore.matches`) are the same whichever plan finds them:
/// the first `limit` people, never erased, whose words begin with every typed word, in name order
/// (name key, birth date, id). The plans differ by how dense and how fast-in-FTS the text is, so
/// the texts below reach each one on a register larger than every walk window.
final class PersonMatchesTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try store.close()
        let path = directory + "/test.sqlite"
        try BulkMembers.append(to: path, count: PeopleStore.pickerSlowWindow + 3_000, seed: 29)
        store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
    }

    /// What the picker must answer, by the plainest query: every row tested, then sorted.
    func reference(_ text: String, limit: Int) throws -> [Int64] {
        let words = TextKey.queryTokens(text)
        let conditions = (words.map { _ in "instr(search_text, ?) > 0" } + ["erased_on IS NULL"]).joined(separator: " AND ")
        return try store.pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM person NOT INDEXED WHERE \(conditions) ORDER BY name_key, birth_date, id LIMIT \(limit)
                """, arguments: StatementArguments(words.map { " " + $0 }))
        }
    }

    func assertSameAsReference(_ texts: [String], limit: Int = 40, file: StaticString = #filePath, line: UInt = #line) throws {
        for text in texts {
            let found = try store.people.matches(text, limit: limit, cancellation: nil)
            let expected = try reference(text, limit: limit + 1)
            XCTAssertEqual(found.matches.map(\.personId), Array(expected.prefix(limit)), "`\(text)`", file: file, line: line)
            XCTAssertEqual(found.hasMore, expected.count > limit, "`\(text)`: more", file: file, line: line)
        }
    }

    /// One letter: common ones fill the page among the first names; rare ones (none, or a few
    /// within the window) fall back to their match set.
    func testEveryLetterAndDigit() throws {
        try assertSameAsReference("abcdefghijklmnopqrstuvwxyz0123456789".map(String.init))
    }

    /// A letter rare among the first names but present later, and one found nowhere.
    func testRareLettersPastTheWindowComeFromTheMatchSet() throws {
        let rare = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM person ORDER BY name_key DESC LIMIT 3")
        }
        let initials = rare.compactMap { TextKey.tokens($0).first?.first }.map(String.init)
        try assertSameAsReference(initials + ["q", "x"])
    }

    /// Long numbers (a NIK or KTA typed in part) walk first too, then their match set.
    func testLongNumbers() throws {
        let nik = try XCTUnwrap(try store.pool.read { try String.fetchOne($0, sql: "SELECT nik FROM person WHERE nik IS NOT NULL ORDER BY name_key DESC LIMIT 1") })
        try assertSameAsReference(["1671", "16", String(nik.prefix(8)), nik, "9999999"])
    }

    /// Words FTS answers (two letters or more): sparse, dense within the first names, and dense
    /// only further on; two words; a slow word beside a fast one.
    func testWordsAndPairs() throws {
        try assertSameAsReference(["si", "siti", "ha", "wahyu", "zul", "rahma n", "s w", "a 1671", "gmail", "nomatchatall"])
    }

    /// An erased person is never offered, whichever plan runs.
    func testErasedPeopleAreLeftOut() throws {
        let first = try XCTUnwrap(try store.people.matches("a", limit: 1, cancellation: nil).matches.first)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE person SET erased_on = '2026-01-15' WHERE id = ?", arguments: [first.personId])
        }
        XCTAssertFalse(try store.people.matches("a", limit: 40, cancellation: nil).matches.contains { $0.personId == first.personId })
        try assertSameAsReference(["a", TextKey.tokens(first.name).first!])
    }
}
