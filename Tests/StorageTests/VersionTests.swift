import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class VersionTests: StoreTestCase {
    func version(_ id: Int64) throws -> Int64? { try store.people.editable(personId: id)?.version }

    func testEveryChangeToAPersonOrTheirMembershipMovesTheVersionOn() throws {
        let id = try store.people.save(member("Joko Purnomo", serial: 3), overrideReason: nil)
        let loaded = try XCTUnwrap(store.people.editable(personId: id))
        XCTAssertEqual(loaded.version, 1)
        XCTAssertEqual(loaded.person.name, "Joko Purnomo")
        XCTAssertEqual(loaded.membership?.kta, "16.71.000003")

        try store.people.save(loaded, overrideReason: nil)
        XCTAssertEqual(try version(id), 1, "saving without a change writes nothing")
        var phone = loaded
        phone.person.phone = "081355556666"
        try store.people.save(phone, overrideReason: nil)
        XCTAssertEqual(try version(id), 2)
        var channel = try XCTUnwrap(store.people.editable(personId: id))
        channel.membership?.channel = .dppWebsite
        try store.people.save(channel, overrideReason: nil)
        XCTAssertEqual(try version(id), 3, "a membership-only change counts")
        try store.people.changeStatus(personId: id, to: .nonaktif, date: date("2025-01-01"), reason: "Tugas belajar",
                                      overrideReason: nil)
        XCTAssertEqual(try version(id), 4)
        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 1/2026")
        XCTAssertEqual(try version(id), 5)
        XCTAssertNil(try store.people.editable(personId: 999_999))
    }

    /// The lost update of the issue, literally: two operators edit the same member at once.
    func testAStaleSaveIsAConflictAndCanBeRebased() throws {
        let id = try store.people.save(member("Rudi Hartono", serial: 31), overrideReason: nil)
        let ana = try openAgain(operatorName: "ana")
        let budi = try openAgain(operatorName: "budi")
        defer { try? ana.close(); try? budi.close() }

        let loadedByAna = try XCTUnwrap(ana.people.editable(personId: id))
        var b = try XCTUnwrap(budi.people.editable(personId: id))
        b.person.phone = "081377778888"
        try budi.people.save(b, overrideReason: nil)

        var a = loadedByAna
        a.person.email = "rudi.h@example.id"
        var current: PersonDraft?
        XCTAssertThrowsError(try ana.people.save(a, overrideReason: nil)) { error in
            guard case .conflict(let stored)? = error as? StoreError else { return XCTFail("\(error)") }
            current = stored
        }
        let stored = try XCTUnwrap(store.people.person(id: id))
        XCTAssertEqual(stored.phone, "081377778888", "B's save stands")
        XCTAssertNil(stored.email, "nothing of A's was written")
        XCTAssertEqual(try store.audit.entries(personId: id, limit: 50).filter { $0.operatorName == "ana" }, [])
        let conflict = try XCTUnwrap(current)
        XCTAssertEqual(conflict.person.phone, "081377778888", "the conflict carries the record as B left it")
        XCTAssertEqual(conflict.version, 2)

        // A re-applies only the fields A changed onto the current record.
        var rebased = conflict
        let fields: [WritableKeyPath<Person, String?>] = [\.phone, \.email, \.address, \.birthPlace, \.note]
        for field in fields where a.person[keyPath: field] != loadedByAna.person[keyPath: field] {
            rebased.person[keyPath: field] = a.person[keyPath: field]
        }
        try ana.people.save(rebased, overrideReason: nil)

        let final = try XCTUnwrap(store.people.person(id: id))
        XCTAssertEqual(final.phone, "081377778888")
        XCTAssertEqual(final.email, "rudi.h@example.id")
        XCTAssertEqual(try version(id), 3)
        let byAna = try store.audit.entries(personId: id, limit: 50).filter { $0.operatorName == "ana" }
        XCTAssertEqual(byAna.map(\.changes), [[FieldChange(field: "email", before: nil, after: "rudi.h@example.id")]],
                       "A's entry changes only the email")
    }

    func testAVersionlessSaveStaysUncheckedForImports() throws {
        let id = try store.people.save(member("Dewi Anggraini", sex: .female, serial: 9), overrideReason: nil)
        var first = try XCTUnwrap(store.people.editable(personId: id))
        first.person.phone = "081211112222"
        try store.people.save(first, overrideReason: nil)
        var stale = PersonDraft(person: try XCTUnwrap(store.people.person(id: id)))
        stale.person.address = "Jl. Veteran No. 9"
        XCTAssertNil(stale.version)
        try store.people.save(stale, overrideReason: nil)
        XCTAssertEqual(try store.people.person(id: id)?.address, "Jl. Veteran No. 9")
        XCTAssertEqual(try version(id), 3)
    }

    func testAConflictIsATypedErrorWithTheStoredRecord() throws {
        let id = try store.people.save(member("Agus Setiawan", serial: 5), overrideReason: nil)
        var old = try XCTUnwrap(store.people.editable(personId: id))
        var newer = old
        newer.person.phone = "081299990000"
        try store.people.save(newer, overrideReason: nil)
        old.person.note = "catatan"
        XCTAssertThrowsError(try store.people.save(old, overrideReason: nil)) { error in
            guard case .conflict(let current)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(current.person.phone, "081299990000", "the stored record, to re-apply the edits onto")
            XCTAssertEqual(current.version, 2)
        }
        XCTAssertNil(try store.people.person(id: id)?.note)
    }
}
