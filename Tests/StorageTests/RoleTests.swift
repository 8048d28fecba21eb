import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Roles are enforced here, in Storage, whatever the screens hide (issue 16).
final class RoleTests: StoreTestCase {
    func testWhoeverCreatesTheDatabaseIsAdminAndAnUnknownAccountReadsOnly() throws {
        XCTAssertEqual(store.role, .admin)
        XCTAssertEqual(try store.users.all().map(\.name), ["penguji"])
        let stranger = try openAgain(operatorName: "tamu", role: nil)
        defer { try? stranger.close() }
        XCTAssertEqual(stranger.role, .pembaca)
        XCTAssertEqual(try stranger.users.role(of: "tamu"), .pembaca)
        XCTAssertEqual(try stranger.users.all().map(\.name), ["penguji"], "reading records no role")
    }

    func testAPembacaCannotWriteAnythingAndNothingIsWritten() throws {
        let id = try store.people.save(member("Agus Setiawan", serial: 5), overrideReason: nil)
        let reader = try openAgain(operatorName: "tamu", role: .pembaca)
        defer { try? reader.close() }
        let audited = try count("SELECT count(*) FROM audit")
        let refused = StoreError.notPermitted(operatorName: "tamu", role: .pembaca, needs: .edit)
        XCTAssertThrowsError(try reader.people.save(member("Budi Santoso", serial: 6), overrideReason: nil)) {
            XCTAssertEqual($0 as? StoreError, refused)
        }
        XCTAssertThrowsError(try reader.drafts.save(Draft(kind: "person", recordKey: "baru", payload: "{}"))) {
            XCTAssertEqual($0 as? StoreError, refused)
        }
        XCTAssertThrowsError(try reader.census.save(CensusRecord(batch: "tangan", regency: "1671", name: "Citra", source: "tangan"))) {
            XCTAssertEqual($0 as? StoreError, refused)
        }
        XCTAssertThrowsError(try reader.people.recordNIKShown(personId: id)) {
            XCTAssertEqual($0 as? StoreError, .notPermitted(operatorName: "tamu", role: .pembaca, needs: .unmask))
        }
        XCTAssertThrowsError(try reader.people.exportPersonalData(personId: id, format: .json)) {
            XCTAssertEqual($0 as? StoreError, .notPermitted(operatorName: "tamu", role: .pembaca, needs: .unmask))
        }
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM draft"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM census_record"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM audit"), audited)
        // Reading is what a pembaca does.
        XCTAssertEqual(try reader.people.person(id: id)?.name, "Agus Setiawan")
    }

    func testAnOperatorEditsButOnlyAnAdminErasesSetsOrGivesRoles() throws {
        let id = try store.people.save(member("Agus Setiawan", serial: 5), overrideReason: nil)
        let ana = try openAgain(operatorName: "ana", role: .operator)
        defer { try? ana.close() }
        _ = try ana.people.save(member("Budi Santoso", serial: 6), overrideReason: nil)
        try ana.people.recordNIKShown(personId: id)
        let needsAdmin = StoreError.notPermitted(operatorName: "ana", role: .operator, needs: .administer)
        XCTAssertThrowsError(try ana.people.erase(personId: id, reason: "permintaan")) { XCTAssertEqual($0 as? StoreError, needsAdmin) }
        XCTAssertThrowsError(try ana.settings.set(.termLengthYears, to: "4")) { XCTAssertEqual($0 as? StoreError, needsAdmin) }
        XCTAssertThrowsError(try ana.users.setRole(.admin, for: "ana")) { XCTAssertEqual($0 as? StoreError, needsAdmin) }
        XCTAssertEqual(try store.people.person(id: id)?.name, "Agus Setiawan")
        XCTAssertEqual(try store.users.role(of: "ana"), .operator)
    }

    /// A role changed elsewhere counts from the next write, without reopening.
    func testARoleTakenAwayCountsFromTheNextWrite() throws {
        let ana = try openAgain(operatorName: "ana", role: .operator)
        defer { try? ana.close() }
        _ = try ana.people.save(member("Budi Santoso", serial: 6), overrideReason: nil)
        try store.users.setRole(.pembaca, for: "ana")
        XCTAssertThrowsError(try ana.people.save(member("Citra Dewi", sex: .female, serial: 7), overrideReason: nil))
        XCTAssertEqual(ana.role, .pembaca)
    }

    func testTheLastAdminStaysAndRoleChangesAreAudited() throws {
        XCTAssertThrowsError(try store.users.setRole(.operator, for: "penguji")) { XCTAssertEqual($0 as? StoreError, .lastAdmin("penguji")) }
        try store.users.setRole(.admin, for: "budi")
        try store.users.setRole(.operator, for: "penguji")
        XCTAssertEqual(try store.users.all().map { "\($0.name)=\($0.role.rawValue)" }, ["budi=admin", "penguji=operator"])
        XCTAssertEqual(try store.users.all().first?.assignedBy, "penguji")
        let audited = try store.read {
            try String.fetchAll($0, sql: "SELECT action || ' ' || coalesce(before, '-') || ' ' || after FROM audit WHERE entity = 'user' ORDER BY id")
        }
        XCTAssertEqual(audited, [
            #"tambah - {"penguji":"admin"}"#,
            #"tambah - {"budi":"admin"}"#,
            #"ubah {"penguji":"admin"} {"penguji":"operator"}"#,
        ])
    }

    func testAnAccountNameIsOneAnOSAccountCanHave() throws {
        for bad in ["", "  ", "1budi", "budi santoso", "budi;rm", String(repeating: "a", count: 33), "bü"] {
            XCTAssertThrowsError(try store.users.setRole(.operator, for: bad), bad) {
                XCTAssertEqual($0 as? StoreError, .invalid([.accountNameInvalid]))
            }
        }
        try store.users.setRole(.operator, for: " ana.putri_2 ")
        XCTAssertEqual(try store.users.role(of: "ana.putri_2"), .operator)
    }

    /// A database from before roles: whoever upgrades it becomes its admin.
    func testWhoeverUpgradesAnOlderDatabaseIsItsAdmin() throws {
        let path = directory + "/lama.sqlite"
        let pool = try DatabasePool(path: path)
        try Schema.migrator().migrate(pool, upTo: Schema.migrations[14].name)
        try pool.close()
        let upgraded = try Store.open(path: path, operatorName: "sekretaris", clock: { Self.now })
        defer { try? upgraded.close() }
        XCTAssertEqual(try upgraded.users.all().map(\.name), ["sekretaris"])
        XCTAssertEqual(upgraded.role, .admin)
    }

    /// A store opened read-only refuses writes before asking SQLite.
    func testAReadOnlyStoreRefusesWrites() throws {
        let reader = try Store.open(path: directory + "/test.sqlite", readOnly: true, operatorName: "penguji")
        defer { try? reader.close() }
        XCTAssertTrue(reader.isReadOnly)
        XCTAssertEqual(reader.role, .admin)
        XCTAssertFalse(reader.may(.edit))
        XCTAssertThrowsError(try reader.settings.set(.termLengthYears, to: "4")) { XCTAssertEqual($0 as? StoreError, .readOnly) }
    }

    func testSettingsAreCheckedBeforeTheyAreStored() throws {
        XCTAssertThrowsError(try store.settings.set(.termLengthYears, to: "0")) {
            XCTAssertEqual($0 as? StoreError, .setting(.termLengthYears, .outOfRange(1...10)))
        }
        XCTAssertThrowsError(try store.settings.set(.decisionNumberPattern, to: "{seri}/{tahun}")) {
            XCTAssertEqual($0 as? StoreError, .setting(.decisionNumberPattern, .patternWithoutNumber))
        }
        XCTAssertThrowsError(try store.settings.set(.interfaceLanguage, to: "fr")) {
            XCTAssertEqual($0 as? StoreError, .setting(.interfaceLanguage, .notAChoice))
        }
        XCTAssertThrowsError(try store.settings.set(.organisationName, to: "IPSPI\u{1B}]0;x\u{07}")) {
            XCTAssertEqual($0 as? StoreError, .setting(.organisationName, .controlCharacters))
        }
        try store.settings.set(.retentionYears, to: " 7 ")
        XCTAssertEqual(try store.settings.current(.retentionYears), "7")
        XCTAssertEqual(try store.settings.current(.contactLine), "", "a default")
        try store.settings.set(.quorumRule, to: "tetap:30")
        XCTAssertEqual(try store.settings.current(.quorumRule), "tetap:30")
    }
}
