import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Erasure that really erases (issue: Trust, UU PDP): after `erase`, none of the person's
/// identifiers is readable anywhere in the database file or its WAL, the search index's
/// segments and free pages included, nor in a backup made afterwards, as `strings` would find.
final class ErasureFileTests: StoreTestCase {
    func testNoIdentifierIsLeftInTheFileTheWALOrAFreshBackup() throws {
        try DemoOrganisation.install(into: store)
        var draft = member("Qorinawati Zuhdiyanto", sex: .female, born: "1988-03-21", serial: 4711, kta: "16.71.994711")
        draft.person.email = "qorinawati.zuhdi@contoh.id"
        draft.person.address = "Jl. Kenanga Ungu 17, Palembang"
        let id = try store.people.save(draft, overrideReason: nil)
        // Edits leave older copies of the row (and of its index entries) behind in pages and segments.
        var edited = PersonDraft(person: try XCTUnwrap(store.people.person(id: id)), membership: try store.people.membership(personId: id))
        edited.person.phone = "081277004711"
        try store.people.save(edited, overrideReason: nil)
        let person = try XCTUnwrap(store.people.person(id: id))
        let secrets = [person.name, "qorinawati", "zuhdiyanto", try XCTUnwrap(person.nik), "081200004711", "081277004711",
                       "qorinawati.zuhdi@contoh.id", "Kenanga Ungu", "16.71.994711"]
        let file = directory + "/test.sqlite"
        XCTAssertFalse(leaks(of: secrets, in: [file, file + "-wal"]).isEmpty, "the test must see the data before erasure")

        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 12/2026")

        XCTAssertEqual(leaks(of: secrets, in: [file, file + "-wal"]), [], "after erasure")
        let backup = directory + "/cadangan.sqlite"
        try store.backup(to: backup)
        XCTAssertEqual(leaks(of: secrets, in: [backup]), [], "in a backup made afterwards")
        XCTAssertEqual(try store.people.matches("Qorinawati", limit: 5, cancellation: nil).matches, [], "nor found by search")
    }

    /// The secrets found in the files' bytes, case-insensitively, as `strings | grep -i` would.
    private func leaks(of secrets: [String], in paths: [String]) -> [String] {
        let bytes = paths.compactMap { FileManager.default.contents(atPath: $0) }.map { Data($0.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }) }
        return secrets.filter { secret in
            let needle = Data(secret.lowercased().utf8)
            return bytes.contains { $0.range(of: needle) != nil }
        }
    }
}
