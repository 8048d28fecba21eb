import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class SchemaTests: StoreTestCase {
    func testMigratesFromEmpty() throws {
        let version = try store.schemaVersion()
        XCTAssertEqual(version.version, Schema.latestVersion)
        XCTAssertEqual(version.latestKnown, Schema.latestVersion)
        XCTAssertEqual(version.migrations, Schema.migrations.map(\.name))
        for table in ["region", "person", "membership", "audit", "term", "position", "assignment", "musda", "decision",
                      "election", "programme", "figure", "activity", "person_fts"] {
            XCTAssertTrue(try store.pool.read { try $0.tableExists(table) }, table)
        }
        let pragmas = try store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        XCTAssertEqual(pragmas.0, "wal")
        XCTAssertEqual(pragmas.1, 1)
        XCTAssertEqual(pragmas.2, 1, "synchronous = NORMAL")
    }

    func testRegionsHaveBothCodeSets() throws {
        XCTAssertEqual(store.regions.regions.count, 17)
        let differing = store.regions.regions.filter { $0.code != $0.bpsCode }.map(\.shortName)
        XCTAssertEqual(Set(differing), ["OKU Timur", "OKU Selatan", "Pagar Alam", "Lubuklinggau", "Prabumulih"])
        XCTAssertEqual(store.regions.region(code: "1674")?.bpsCode, "1672")
        XCTAssertEqual(store.regions.region(code: "1612")?.parentCode, "1603")
        XCTAssertEqual(store.regions.regions.filter { !$0.bpsVerified }.map(\.code).sorted(), ["1608", "1609", "1673"])
        XCTAssertEqual(store.regions.regions.filter { $0.kind == .kota }.count, 4)
    }

    func testFileIsOwnerOnly() throws {
        _ = try store.people.save(member("Budi Santoso", serial: 1), overrideReason: nil)
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: store.path + suffix)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "mode of \(suffix)")
        }
    }

    func testReopeningKeepsDataAndVersion() throws {
        let id = try store.people.save(member("Budi Santoso", serial: 1), overrideReason: nil)
        try store.close()
        store = try Store.open(path: directory + "/test.sqlite")
        XCTAssertEqual(try store.people.person(id: id)?.name, "Budi Santoso")
        XCTAssertEqual(try store.schemaVersion().version, Schema.latestVersion)
    }

    func testNewerSchemaIsRefusedWithoutChangingTheFile() throws {
        try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        try store.close()
        store = nil
        let path = directory + "/test.sqlite"
        XCTAssertThrowsError(try Store.open(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(found: 99, known: Schema.latestVersion))
        }
        let queue = try DatabaseQueue(path: path)
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, 99)
    }

    func testUnknownMigrationIsRefused() throws {
        try store.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999 dari masa depan')") }
        try store.close()
        store = nil
        XCTAssertThrowsError(try Store.open(path: directory + "/test.sqlite")) { error in
            guard case .newerSchema = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    func testMissingFileAndNotADatabase() throws {
        XCTAssertThrowsError(try Store.open(path: directory + "/tidak-ada.sqlite")) {
            XCTAssertEqual($0 as? StoreError, .fileMissing(self.directory + "/tidak-ada.sqlite"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/tidak-ada.sqlite"))
        let text = directory + "/catatan.txt"
        try "bukan basis data, hanya teks biasa yang cukup panjang untuk header".write(toFile: text, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(path: text)) { XCTAssertEqual($0 as? StoreError, .notADatabase(text)) }
    }

    func testCSVReader() {
        let rows = CSV.parse("a,b,c\n1,\"x, \"\"y\"\"\",\n\"multi\nline\",2,3\n")
        XCTAssertEqual(rows, [["a", "b", "c"], ["1", "x, \"y\"", ""], ["multi\nline", "2", "3"]])
        XCTAssertEqual(CSV.line(["a", "b,c", "d\"e", ""]), "a,\"b,c\",\"d\"\"e\",\n")
    }
}
