import Foundation
import GRDB
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Storage failures reach the user in the interface language, from the catalog.
final class ErrorWordingTests: XCTestCase {
    /// Another process holds the write lock: "database is locked" must not reach the user in
    /// SQLite's English, and nothing may be half-written.
    func testALockedDatabaseIsWordedInIndonesianAndNothingIsWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-busy-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/demo.sqlite"
        let setup = try Store.open(path: path, create: true, operatorName: "penguji")
        try DemoOrganisation.install(into: setup)
        try setup.close()
        let store = try Store.open(path: path, operatorName: "penguji", busyTimeout: 0.2)
        let h = MemberFixtures.harness(store) { MemberFormScreen(personId: 57) }
        h.run([.tab, .tab, .tab, .tab, .tab, .ctrl("u")])
        h.type("0711000111")
        // Another process holds the write lock while F2 is pressed.
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.beginTransaction(.immediate)
            defer { try? db.rollback() }
            h.run([.function(2)])
        }
        XCTAssertEqual(h.messageLine, "Basis data sedang dipakai proses lain; belum disimpan. Coba lagi sebentar.")
        XCTAssertFalse(h.screen.contains("locked"), h.screen)
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota › Ubah", "the form stays open with the typing")
        XCTAssertNotEqual(try store.people.person(id: 57)?.phone, "0711000111")
    }

    func testEveryStoreErrorHasIndonesianAndEnglishWords() {
        let cases: [StoreError] = [.busy, .readOnly, .diskFull, .damaged, .ioFailure, .erased(1), .notFound(entity: "person", id: 1),
                                   .fileMissing("/x"), .database("disk I/O error")]
        for error in cases {
            let id = Catalog(.indonesian).storeErrorText(error), en = Catalog(.english).storeErrorText(error)
            XCTAssertFalse(id.isEmpty)
            XCTAssertNotEqual(id, en, "\(error) is worded in both languages")
        }
        XCTAssertTrue(Catalog(.indonesian).storeErrorText(.database("disk I/O error")).hasPrefix("Kesalahan basis data"))
    }
}
