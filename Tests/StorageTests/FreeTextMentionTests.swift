import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Erasure lists the free text that still names the person (issue 16): prose is not scrubbed
/// blindly, so the admin reviews these places.
final class FreeTextMentionTests: StoreTestCase {
    func testErasureListsTheMinutesDecisionsActionItemsAndNotesThatNameThePerson() throws {
        let id = try store.people.save(member("Désy Ratnasari", sex: .female, serial: 1), overrideReason: nil)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO musda (id, kind, number, date, place, quorum) VALUES (1, 'musda', 1, '2023-05-14', 'Palembang', 'setengah_plus_satu')")
            try db.execute(sql: "INSERT INTO musda_session (id, musda_id, kind, title, sort_order) VALUES (1, 1, 'pleno', 'Sidang Pleno I', 1)")
            try db.execute(sql: "INSERT INTO minutes (session_id, text) VALUES (1, '[10.02] DESY RATNASARI membacakan tata tertib.')")
            try db.execute(sql: "INSERT INTO decision (musda_id, number, title, text) VALUES (1, 1, 'Tata tertib', 'Diusulkan oleh desy ratnasari')")
            try db.execute(sql: "INSERT INTO decision (musda_id, number, title, text) VALUES (1, 2, 'Jadwal', 'Tanpa nama')")
            try db.execute(sql: "INSERT INTO action_item (musda_id, text) VALUES (1, 'Kirim notulen @Désy Ratnasari')")
        }
        let mentions = try store.people.erase(personId: id, reason: "permintaan")
        let day = LocalDate(year: 2023, month: 5, day: 14)!
        XCTAssertEqual(mentions.map(\.place), [
            .minutes(musda: day, session: "Sidang Pleno I", version: nil),
            .decision(musda: day, title: "Tata tertib"),
            .actionItem(musda: day, text: "Kirim notulen @Désy Ratnasari"),
        ], "case and accents ignored; the decision without the name is not listed")
        XCTAssertEqual(try count("SELECT count(*) FROM minutes WHERE text LIKE '%RATNASARI%'"), 1, "prose is left for review, not edited")
    }

    /// A note is named by its record, as the screens name it (a fresh pair of eyes read
    /// "catatan term #1" after erasing the demo's first chair).
    func testANoteIsNamedByItsRecord() throws {
        try DemoOrganisation.install(into: store)
        let hendra = try XCTUnwrap(try store.people.lookup("Hendra Saputra", limit: 5).first { $0.name == "Hendra Saputra" })
        let mentions = try store.people.erase(personId: hendra.id!, reason: "permintaan")
        let term = try XCTUnwrap(store.board.terms().first { $0.name == "2019–2023" })
        XCTAssertTrue(mentions.map(\.place).contains(.note(table: "term", id: term.id!, label: "2019–2023")), "\(mentions)")
    }
}
