import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class MigrationTests: StoreTestCase {
    /// Shipped migrations are never renamed or reordered; new ones go at the end.
    func testMigrationsAreAppendOnly() {
        XCTAssertEqual(Schema.migrations.map(\.name), [
            "001 wilayah, orang, keanggotaan, audit", "002 kepengurusan", "003 musda",
            "004 program, kegiatan, angka, mitra, pendataan", "005 pencarian orang (FTS5)", "006 indeks status anggota",
            "007 teks pencarian pada keanggotaan", "008 draf", "009 versi orang", "010 draf per sesi", "011 periode: persiapan, SK; riwayat jabatan",
            "012 musda: status, jam sesi, kehadiran per sesi, notulen final, keputusan draf, tindak lanjut",
            "013 program kerja: periode, asal, sasaran dan realisasi; kegiatan: jenjang, mitra; sertifikat",
            "014 impor: batch, perubahan, pemetaan; sensus dan alumni lengkap",
            "015 kunci pencocokan nama orang; anggota aktif per kab/kota", "016 pengguna dan peran", "017 hasil musda: LPJ, pemilihan, saksi, serah terima",
            "018 dokumen bernomor; menimbang dan mengingat keputusan", "019 indeks laporan", "020 pembatasan pemrosesan",
            "021 rekonsiliasi DPP", "022 insiden data pribadi",
        ])
    }

    func testTheDraftTableAndThePersonVersion() throws {
        try store.pool.read { db in
            let columns = try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info('draft') ORDER BY cid")
            XCTAssertEqual(columns.map { $0["name"] as String }, ["kind", "record_key", "operator", "session", "person_id",
                                                                   "payload", "base_version", "updated_at"])
            XCTAssertEqual(columns.filter { $0["pk"] as Int > 0 }.map { $0["name"] as String },
                           ["kind", "record_key", "operator", "session"])
            XCTAssertEqual(columns.filter { $0["notnull"] as Bool }.map { $0["name"] as String },
                           ["kind", "record_key", "operator", "session", "payload", "updated_at"])
            let sql = try XCTUnwrap(String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'draft'"))
            XCTAssertTrue(sql.contains("WITHOUT ROWID"))
            XCTAssertEqual(try String.fetchAll(db, sql: #"SELECT "table" FROM pragma_foreign_key_list('draft')"#), ["person"])
            let version = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT \"notnull\", dflt_value FROM pragma_table_info('person') WHERE name = 'version'"))
            XCTAssertEqual(version["notnull"] as Bool, true)
            XCTAssertEqual(version["dflt_value"] as String, "1")
        }
    }

    /// A file written before drafts and versions (schema 7), as a previous release left it.
    func makeVersion7File(_ path: String) throws -> Int64 {
        let pool = try DatabasePool(path: path)
        defer { try? pool.close() }
        try Schema.migrator().migrate(pool, upTo: Schema.migrations[6].name)
        // The columns of version 7, as a file of that time holds them (today's writer knows later ones).
        return try pool.write { db in
            try db.execute(sql: """
                INSERT INTO person (name, name_key, search_text, phone, created_at, updated_at)
                VALUES ('Dr. Budi Santoso, S.Sos', 'dr budi santoso s sos', ' dr budi santoso s sos 081211112222', '081211112222',
                        '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')
                """)
            return db.lastInsertedRowID
        }
    }

    func testAnOlderFileMigratesAndItsPeopleStartAtVersionOne() throws {
        let path = directory + "/lama.sqlite"
        let id = try makeVersion7File(path)
        XCTAssertEqual(try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 7)
        let old = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? old.close() }
        XCTAssertEqual(try old.schemaVersion().version, Schema.latestVersion)
        XCTAssertEqual(try old.people.editable(personId: id)?.version, 1)
        XCTAssertEqual(try old.people.editable(personId: id)?.person.name, "Dr. Budi Santoso, S.Sos")
        XCTAssertEqual(try old.read { try String.fetchOne($0, sql: "SELECT match_key FROM person WHERE id = ?", arguments: [id]) },
                       "budi santoso", "migration 015 folds the names already there")
        try old.drafts.save(Draft(kind: "person", recordKey: String(id), personId: id, payload: "{}"))
        XCTAssertEqual(try old.drafts.pending().count, 1)
    }

    /// Migrating needs the write lock; when another process holds it past the timeout, the
    /// user is told to retry, and the file is left at its old version.
    func testOpeningAnOlderFileWhileAnotherProcessWritesIsBusy() throws {
        let path = directory + "/lama.sqlite"
        _ = try makeVersion7File(path)
        let other = try DatabaseQueue(path: path)
        defer { try? other.close() }
        try other.writeWithoutTransaction { db in
            try db.beginTransaction(.immediate)
            defer { try? db.rollback() }
            XCTAssertThrowsError(try Store.open(path: path, busyTimeout: 0.1)) { XCTAssertEqual($0 as? StoreError, .busy) }
        }
        XCTAssertEqual(try other.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 7)
        let store = try Store.open(path: path, busyTimeout: 0.1)
        XCTAssertEqual(try store.schemaVersion().version, Schema.latestVersion)
        try store.close()
    }

    /// Drafts written before sessions existed (schema 9) are offered back after the upgrade.
    func testADraftFromBeforeSessionsIsOfferedAfterTheUpgrade() throws {
        let path = directory + "/lama9.sqlite"
        let pool = try DatabasePool(path: path)
        try Schema.migrator().migrate(pool, upTo: Schema.migrations[8].name)
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO draft (kind, record_key, operator, payload, updated_at)
                VALUES ('anggota', 'baru', 'penguji', '{"name":"Budi"}', '2026-01-01T00:00:00.000Z')
                """)
        }
        try pool.close()
        let store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? store.close() }
        XCTAssertEqual(try store.drafts.pending().map(\.payload), [#"{"name":"Budi"}"#])
        XCTAssertEqual(try store.drafts.find(kind: "anggota", recordKey: "baru")?.payload, #"{"name":"Budi"}"#)
    }

    /// Migration 017 (issue 12): a verdict the musda row held moves to its LPJ, and a vote's
    /// valid ballots become the ballots cast (valid plus invalid), the counts otherwise unchanged.
    func testAVersion16FileKeepsItsVerdictAndItsCounts() throws {
        let path = directory + "/v16.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            try Schema.migrator().migrate(pool, upTo: Schema.migrations[15].name)
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO term (id, name, start_date, status) VALUES (1, '2019–2023', '2019-04-08', 'demisioner');
                    INSERT INTO musda (id, kind, number, date, place, closes_term_id, quorum, lpj_verdict, lpj_note)
                        VALUES (1, 'musda', 1, '2023-05-14', 'Palembang', 1, 'setengah_plus_satu', 'ditolak', 'Laporan keuangan belum ada');
                    INSERT INTO person (id, name, name_key, search_text, created_at, updated_at)
                        VALUES (1, 'Calon Satu', 'calon satu', '', '2023-01-01T00:00:00.000Z', '2023-01-01T00:00:00.000Z');
                    INSERT INTO election (id, musda_id, office, method, valid_ballots, invalid_ballots) VALUES (1, 1, 'Ketua', 'pemungutan_suara', 37, 1);
                    INSERT INTO election_candidate (election_id, person_id, votes, elected) VALUES (1, 1, 37, 1);
                    """)
            }
            try pool.close()
        }
        let store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? store.close() }
        let lpj = try XCTUnwrap(store.musda.lpj(musdaId: 1))
        XCTAssertEqual(lpj.verdict, .ditolak)
        XCTAssertEqual(lpj.verdictNote, "Laporan keuangan belum ada")
        XCTAssertEqual(lpj.termId, 1)
        let election = try XCTUnwrap(store.musda.elections(musdaId: 1).first)
        XCTAssertEqual(election.ballots, 38)
        XCTAssertEqual(election.invalidBallots, 1)
        XCTAssertEqual(election.candidates.map(\.votes), [37])
        XCTAssertEqual(election.problems(votingDelegates: nil), [])
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "PRAGMA foreign_key_check") }, nil)
    }

    func testAVersion17FileKeepsItsDocumentsInTheRegister() throws {
        let path = directory + "/v17.sqlite"
        do {
            let pool = try DatabasePool(path: path)
            try Schema.migrator().migrate(pool, upTo: Schema.migrations[16].name)
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO musda (id, kind, number, date, place, quorum) VALUES (1, 'musda', 1, '2023-05-14', 'Palembang', 'setengah_plus_satu');
                    INSERT INTO musda_document (id, musda_id, kind, number, title, date)
                        VALUES (7, 1, 'undangan', '05/UND/DPD-IPSPI/SUMSEL/IV/2023', 'Undangan Musda I', '2023-04-24');
                    INSERT INTO decision (musda_id, number, title, from_minutes) VALUES (1, 1, 'Jadwal acara', 0);
                    """)
            }
            try pool.close()
        }
        let store = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? store.close() }
        let documents = try store.musda.documents(musdaId: 1)
        XCTAssertEqual(documents.map(\.id), [7])
        XCTAssertEqual(documents.first?.number, "05/UND/DPD-IPSPI/SUMSEL/IV/2023")
        XCTAssertEqual(documents.first?.subject, "", "a paper recorded by hand names no subject")
        XCTAssertEqual(try store.musda.decisions(musdaId: 1).first?.considering, nil, "no Menimbang of its own: the default")
        XCTAssertEqual(try store.read { try Int.fetchOne($0, sql: "PRAGMA foreign_key_check") }, nil)
    }
}
