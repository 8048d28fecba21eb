import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class BusyTests: StoreTestCase {
    /// Another process holds the write lock longer than this store waits: a typed `.busy`,
    /// worded for the user, not SQLite's "database is locked".
    func testAWriteBlockedByAnotherConnectionIsBusy() throws {
        let impatient = try openAgain(operatorName: "kedua", busyTimeout: 0.1)
        defer { try? impatient.close() }
        let other = try DatabaseQueue(path: directory + "/test.sqlite")
        defer { try? other.close() }
        try other.writeWithoutTransaction { db in
            try db.beginTransaction(.immediate)
            defer { try? db.rollback() }
            XCTAssertThrowsError(try impatient.people.save(member("Tono Sugiarto", serial: 40), overrideReason: nil)) {
                XCTAssertEqual($0 as? StoreError, .busy)
            }
            XCTAssertThrowsError(try impatient.drafts.save(Draft(kind: "person", recordKey: "new", payload: "Tono"))) {
                XCTAssertEqual($0 as? StoreError, .busy)
            }
            XCTAssertThrowsError(try impatient.settings.set(.termLengthYears, to: "4")) {
                XCTAssertEqual($0 as? StoreError, .busy)
            }
            XCTAssertThrowsError(try impatient.check(), "the index check needs the writer: busy, not a damaged index") {
                XCTAssertEqual($0 as? StoreError, .busy)
            }
            XCTAssertEqual(try impatient.members.count(MemberQuery(), upTo: nil).value, 0, "reading still works under WAL")
        }
        // Once the other side lets go, the same write goes through.
        try impatient.people.save(member("Tono Sugiarto", serial: 40), overrideReason: nil)
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 1)
    }

    /// The store says what happened, not how to say it: the catalog words it (SecretariatTests).
    func testBusyCarriesNoWords() {
        XCTAssertEqual(String(describing: StoreError.busy), "busy")
    }

    func testSQLiteFailuresMapToTypedErrors() {
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")), .busy)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_LOCKED, message: "database table is locked")), .busy)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")), .diskFull)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database")), .readOnly)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed")), .damaged)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error")), .ioFailure)
        XCTAssertEqual(StoreError(DatabaseError(resultCode: .SQLITE_MISMATCH, message: "datatype mismatch")),
                       .database("datatype mismatch"), "anything else keeps SQLite's text, for the log")
    }
}
