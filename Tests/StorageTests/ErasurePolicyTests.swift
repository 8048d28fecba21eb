import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Holds the schema to `Erasure.policy`: every table that can point at a person has a
/// declared fate on erasure, and erasure does what is declared.
final class ErasurePolicyTests: StoreTestCase {
    /// Tables whose rows can point at a person: a foreign key to `person` (or to `membership`,
    /// keyed by the person), or a `person_id` column with no foreign key at all.
    func tablesPointingAtAPerson() throws -> Set<String> {
        try store.pool.read { db in
            var out: Set<String> = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                let parents = try String.fetchAll(db, sql: #"SELECT "table" FROM pragma_foreign_key_list(?)"#, arguments: [table])
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                if parents.contains("person") || parents.contains("membership") || columns.contains("person_id") {
                    out.insert(table)
                }
            }
            return out
        }
    }

    func testEveryTableThatPointsAtAPersonHasAnErasurePolicy() throws {
        let tables = try tablesPointingAtAPerson()
        XCTAssertTrue(tables.isSuperset(of: ["membership", "status_change", "assignment", "audit", "draft"]),
                      "foreign keys, keys through membership and bare person_id columns are all found: \(tables.sorted())")
        XCTAssertEqual(tables.subtracting(Erasure.policy.keys).sorted(), [],
                       "these tables point at a person but Erasure.policy does not say what erasure does to them")
        XCTAssertEqual(Set(Erasure.policy.keys).subtracting(tables).sorted(), [],
                       "Erasure.policy names tables that do not point at a person")

        // What a later migration adding such a table without a policy would look like: caught.
        try store.pool.write { db in
            try db.execute(sql: "CREATE TABLE penghargaan (id INTEGER PRIMARY KEY, penerima INTEGER REFERENCES person(id))")
            try db.execute(sql: "CREATE TABLE catatan_lama (id INTEGER PRIMARY KEY, person_id INTEGER)")
        }
        XCTAssertEqual(try tablesPointingAtAPerson().subtracting(Erasure.policy.keys), ["penghargaan", "catatan_lama"])
    }

    func rows(_ table: String, _ personId: Int64) throws -> Int {
        try count("SELECT count(*) FROM \(table) WHERE person_id = ?", [personId])
    }

    /// Every text value in the table's rows about the person.
    func texts(_ table: String, _ personId: Int64) throws -> [String] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE person_id = ?", arguments: [personId]).flatMap { row in
                row.databaseValues.compactMap { String.fromDatabaseValue($0) }
            }
        }
    }

    /// Gives the person a row in `table` through the application's own writes.
    func giveRow(in table: String, to id: Int64, person: Person) throws {
        switch table {
        case "warning_ack":
            var draft = try XCTUnwrap(store.people.editable(personId: id))
            draft.person.domicileRegency = person.nik?.hasPrefix("1671") == true ? "1604" : "1671"   // NIK says otherwise
            try store.people.save(draft, overrideReason: "Pindah domisili; KTP diperiksa")
        case "status_change":
            try store.people.changeStatus(personId: id, to: .nonaktif, date: date("2025-01-01"), reason: "Tugas belajar",
                                          overrideReason: nil)
        case "census_record":
            try store.census.save(CensusRecord(batch: "pendataan 2019", name: person.name, nik: person.nik,
                                               source: "formulir kertas", personId: id, outcome: .matched))
        case "alumni_record":
            try store.census.save(AlumniRecord(personId: id, name: person.name, institution: "Universitas Sriwijaya",
                                               programme: "Ilmu Kesejahteraan Sosial"))
        case "draft":
            try store.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id,
                                        payload: "\(person.name) \(person.phone ?? "")"))
        case "consent":
            try store.people.recordConsent(Consent(personId: id, purpose: .certificationReferral, noticeVersion: "v1",
                                                   givenOn: date("2024-01-10"), method: "formulir tertulis"))
        case "assignment":
            let term = try XCTUnwrap(store.board.activeTerm())
            let position = try XCTUnwrap(store.board.positions(termId: term.id!).first)
            try store.board.assign(Assignment(positionId: position.id!, personId: id), overrideReason: "uji")
        case "attendance":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            try store.musda.save(Attendance(musdaId: musda.id!, personId: id, role: .observer))
        case "election_candidate":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            try store.musda.save(Election(musdaId: musda.id!, office: "Ketua Komisi A", method: .acclamation,
                                          candidates: [Election.Candidate(personId: id, elected: true)]))
        case "election_witness":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            try store.musda.save(Election(musdaId: musda.id!, office: "Ketua Komisi B", method: .acclamation, witnesses: [id],
                                          candidates: []))
        case "formatur_member":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            try store.musda.save(FormaturMember(musdaId: musda.id!, personId: id, isChairElect: false, deadline: nil))
        case "participation":
            let activity = try XCTUnwrap(store.activities.activities().first)
            try store.activities.save(Participation(activityId: activity.id!, personId: id, category: .peksos))
        case "session_chair":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            let session = try XCTUnwrap(store.musda.sessions(musdaId: musda.id!).first)
            try store.musda.setChairs(sessionId: session.id!, personIds: [id])
        case "action_item":
            let musda = try XCTUnwrap(store.musda.musdas().first)
            try store.musda.save(ActionItem(musdaId: musda.id!, text: "Menyusun laporan", owner: person.name, ownerPersonId: id))
        case "import_change":
            // A members file that changes the person's phone: the batch records before and after.
            let nik = try XCTUnwrap(person.nik)
            let file = NSTemporaryDirectory() + "erasure-import-\(UUID().uuidString).csv"
            try "Nama Lengkap,NIK,No HP\n\(person.name),\(nik),081299998888\n".write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let table = try SpreadsheetFile.read(path: file)
            let preview = try store.imports.preview(table, target: .members, mapping: [0: .name, 1: .nik, 2: .phone], source: "uji",
                                                    fileName: "uji.csv", progress: ImportProgress())
            XCTAssertEqual(preview.rows.map(\.kind), [.update])
            _ = try store.imports.commit(preview, decisions: [:], progress: ImportProgress())
        case "restriction":
            try store.restrict(personId: id, reason: "Permintaan subjek data")
        case "breach_person":
            try store.breaches.save(Breach(description: "Daftar hadir terbawa orang lain", discoveredOn: store.today,
                                           discoveredAt: ClockTime(hour: 0, minute: 0)!, personIds: [id]))
        case "reconcile_decision":
            // A DPP export holding the person with another phone: ours kept, the decision on them.
            let nik = try XCTUnwrap(person.nik)
            let file = NSTemporaryDirectory() + "erasure-dpp-\(UUID().uuidString).csv"
            try "Nama Lengkap,NIK,No HP\n\(person.name),\(nik),081277776666\n".write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let table = try SpreadsheetFile.read(path: file, checksum: true)
            let r = try store.reconciliations.reconcile(table, mapping: [0: .name, 1: .nik, 2: .phone],
                                                        file: .at(file, table: table, today: store.today), source: "uji",
                                                        progress: ImportProgress())
            let row = try XCTUnwrap(r.rows.first { $0.number == 2 })
            XCTAssertEqual(row.kind, .differing)
            _ = try store.reconciliations.decide(ReconcileDecision(choice: .keptOurs, field: .phone), on: row, in: r)
        default:
            XCTFail("no way yet to give a person a row in \(table): add one here, so erasure is tested on it")
        }
    }

    func testErasingADemoPersonAppliesEachTablesPolicy() throws {
        try DemoOrganisation.install(into: store)
        let tables = Erasure.policy.keys.filter { $0 != "audit" }.sorted()
        // The member with a NIK who already has rows in the most of those tables (an officer,
        // delegate, candidate…); the rest are added below.
        let union = tables.map { "SELECT DISTINCT person_id, '\($0)' AS t FROM \($0)" }.joined(separator: " UNION ALL ")
        let id = try XCTUnwrap(store.pool.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT person_id FROM (\(union))
                WHERE person_id IN (SELECT person_id FROM membership) AND person_id IN (SELECT id FROM person WHERE nik IS NOT NULL)
                GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1
                """)
        })
        let person = try XCTUnwrap(store.people.person(id: id))
        let kta = try XCTUnwrap(store.people.membership(personId: id)?.kta)
        let covered = try tables.filter { try rows($0, id) > 0 }
        XCTAssertGreaterThanOrEqual(covered.count, 5, "the demo gives a busy member many roles: \(covered)")
        // A restriction freezes the record, so it comes last: the other rows are written first.
        let order = tables.filter { $0 != "restriction" } + ["restriction"]
        for table in order where try rows(table, id) == 0 { try giveRow(in: table, to: id, person: person) }
        var before: [String: Int] = [:]
        for table in Erasure.policy.keys {
            before[table] = try rows(table, id)
            XCTAssertGreaterThan(before[table]!, 0, "\(table): the person must have a row for its policy to be checked")
        }

        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 9/2026")

        XCTAssertNotNil(try store.people.person(id: id)?.erasedOn)
        let secrets = [person.name, try XCTUnwrap(person.nik), try XCTUnwrap(person.phone), kta] + [person.email, person.address].compactMap { $0 }
        for (table, policy) in Erasure.policy.sorted(by: { $0.key < $1.key }) {
            let after = try rows(table, id)
            switch policy {
            case .deleted:
                XCTAssertEqual(after, 0, "\(table): deleted")
            case .keptAsReference:
                XCTAssertEqual(after, before[table], "\(table): kept")
                XCTAssertEqual(try count("""
                    SELECT count(*) FROM \(table) t JOIN person p ON p.id = t.person_id WHERE t.person_id = ? AND p.erased_on IS NOT NULL
                    """, [id]), after, "\(table): the kept rows point at the tombstone")
            case .redacted:
                XCTAssertEqual(after, before[table]! + 1, "\(table): rows stay, plus the erasure's own entry")
                XCTAssertTrue(try texts(table, id).contains { $0.contains(Erasure.marker) }, "\(table): values blanked")
            }
            let left = try texts(table, id).joined(separator: "\n")
            for secret in secrets { XCTAssertFalse(left.contains(secret), "\(table) still holds \(secret)") }
        }
        let wholeAudit = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(before, '') || coalesce(after, '') || coalesce(reason, '') FROM audit")
        }.joined(separator: "\n")
        for secret in [try XCTUnwrap(person.nik), try XCTUnwrap(person.phone), kta] {
            XCTAssertFalse(wholeAudit.contains(secret), "an audit entry not filed under the person still holds \(secret)")
        }
        let token = TextKey.tokens(person.name).max { $0.count < $1.count }!
        XCTAssertEqual(try count("SELECT count(*) FROM person_fts WHERE person_fts MATCH ? AND rowid = ?", ["\"\(token)\"", id]), 0,
                       "the search index forgot \(token)")
    }
}
