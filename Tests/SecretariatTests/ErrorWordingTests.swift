import Domain
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
        XCTAssertEqual(h.messageLine, "Basis data sedang dipakai proses lain; tidak ada yang berubah. Coba lagi sebentar.")
        XCTAssertFalse(h.screen.contains("locked"), h.screen)
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota › Ubah", "the form stays open with the typing")
        XCTAssertNotEqual(try store.people.person(id: 57)?.phone, "0711000111")
    }

    /// One sample of every `StoreError` case (both sides of `positionDepartment`).
    static let everyStoreError: [StoreError] = [
        .fileMissing("/x"), .fileExists("/x"), .notADatabase("/x"), .cannotCreate(path: "/x/y", reason: "folder /x tidak ada"),
        .newerSchema(found: 99, known: 9), .invalid([.required(.name)]), .needsOverride([.ageImplausible(11)]),
        .notFound(entity: "person", id: 1), .erased(1), .positionDepartment(.koordinator), .positionDepartment(.ketua), .busy,
        .conflict(current: PersonDraft(person: Person(name: "Agus Setiawan"), version: 2)), .readOnly, .diskFull, .damaged,
        .ioFailure, .database("disk I/O error"), .olderSchemaReadOnly(found: 13, known: 14),
        .notPermitted(operatorName: "tamu", role: .pembaca, needs: .edit),
        .notPermitted(operatorName: "tamu", role: .pembaca, needs: .unmask),
        .notPermitted(operatorName: "ana", role: .operator, needs: .administer),
        .setting(.termLengthYears, .outOfRange(1...10)), .lastAdmin("root"), .restricted(1),
    ]

    /// One index per case: adding a case stops this compiling until it has a sample above.
    private static func caseIndex(_ error: StoreError) -> Int {
        switch error {
        case .fileMissing: return 0
        case .fileExists: return 1
        case .notADatabase: return 2
        case .cannotCreate: return 3
        case .newerSchema: return 4
        case .invalid: return 5
        case .needsOverride: return 6
        case .notFound: return 7
        case .erased: return 8
        case .positionDepartment: return 9
        case .busy: return 10
        case .conflict: return 11
        case .readOnly: return 12
        case .diskFull: return 13
        case .damaged: return 14
        case .ioFailure: return 15
        case .database: return 16
        case .olderSchemaReadOnly: return 17
        case .notPermitted: return 18
        case .setting: return 19
        case .lastAdmin: return 20
        case .restricted: return 21
        }
    }

    func testEveryStoreErrorHasIndonesianAndEnglishWords() {
        XCTAssertEqual(Set(Self.everyStoreError.map(Self.caseIndex)), Set(0...21), "a sample of every case")
        for error in Self.everyStoreError {
            let id = Catalog(.indonesian).storeErrorText(error), en = Catalog(.english).storeErrorText(error)
            XCTAssertFalse(id.isEmpty)
            XCTAssertFalse(en.isEmpty)
            XCTAssertNotEqual(id, en, "\(error) is worded in both languages")
        }
        XCTAssertEqual(Set(Self.everyStoreError.map(Catalog(.indonesian).storeErrorText)).count, Self.everyStoreError.count,
                       "no two cases share a wording")
        XCTAssertTrue(Catalog(.indonesian).storeErrorText(.database("disk I/O error")).hasPrefix("Kesalahan basis data"))
    }
}
