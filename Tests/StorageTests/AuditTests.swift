import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class AuditTests: StoreTestCase {
    func object(_ json: String?) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(XCTUnwrap(json).utf8)) as? [String: Any])
    }

    func testAnUpdateStoresOnlyTheFieldsThatChanged() throws {
        let id = try store.people.save(member("Siti Aminah", sex: .female, serial: 11), overrideReason: nil)
        var edit = try XCTUnwrap(store.people.editable(personId: id))
        edit.person.phone = "081299998888"
        edit.person.address = "Jl. Merdeka No. 5"
        try store.people.save(edit, overrideReason: nil)

        let entry = try XCTUnwrap(store.audit.entries(entity: "person", id: id).first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(entry.changes, [FieldChange(field: "address", before: nil, after: "Jl. Merdeka No. 5"),
                                       FieldChange(field: "phone", before: "08120000011", after: "081299998888")])
        XCTAssertEqual(Set(try object(entry.before).keys), ["id", "phone"], "unchanged fields are not copied")
        XCTAssertEqual(Set(try object(entry.after).keys), ["id", "phone", "address"])
        XCTAssertFalse(entry.after!.contains("Siti"), "the unchanged name is not in the image")
    }

    func testAnInsertKeepsTheWholeRecord() throws {
        var draft = member("Teguh Nugroho", serial: 2)
        draft.person.education = Education(level: .s1, institution: "Universitas Sriwijaya")
        let id = try store.people.save(draft, overrideReason: nil)
        let entry = try XCTUnwrap(store.audit.entries(entity: "person", id: id).first)
        XCTAssertEqual(entry.action, .insert)
        XCTAssertNil(entry.before)
        let fields = entry.changes.map(\.field)
        XCTAssertEqual(fields, fields.sorted())
        XCTAssertTrue(Set(fields).isSuperset(of: ["id", "name", "nik", "phone", "education"]), "\(fields)")
        XCTAssertTrue(entry.changes.allSatisfy { $0.before == nil })
        XCTAssertEqual(entry.changes.first { $0.field == "name" }?.after, "Teguh Nugroho")
        XCTAssertEqual(entry.changes.first { $0.field == "education" }?.after,
                       #"{"institution":"Universitas Sriwijaya","level":"s1"}"#, "objects as compact JSON with sorted keys")
    }

    func testAStatusChangeKeepsTheStatusAndWhatChanged() throws {
        let id = try store.people.save(member("Joko Purnomo", serial: 3), overrideReason: nil)
        try store.people.changeStatus(personId: id, to: .nonaktif, date: date("2025-05-01"), reason: "Tugas belajar",
                                      overrideReason: nil)
        let entry = try XCTUnwrap(store.audit.entries(entity: "membership", id: id).first)
        XCTAssertEqual(entry.action, .statusChange)
        XCTAssertEqual(entry.changes, [FieldChange(field: "status", before: "aktif", after: "nonaktif"),
                                       FieldChange(field: "statusDate", before: nil, after: "2025-05-01"),
                                       FieldChange(field: "statusReason", before: nil, after: "Tugas belajar")])
        XCTAssertEqual(Set(try object(entry.before).keys), ["personId", "status"])
        XCTAssertFalse(entry.after!.contains("16.71.000003"), "the unchanged KTA is not copied")
    }

    func testNestedValuesCompareByValueNotKeyOrder() {
        let before = #"{"id":1,"employment":{"status":"non_asn","employer":"X","employerType":"lks"},"phone":"0811"}"#
        let after = #"{"id":1,"employment":{"employerType":"lks","employer":"X","status":"non_asn"},"email":"a@b.id"}"#
        XCTAssertEqual(FieldChange.diff(before: before, after: after),
                       [FieldChange(field: "email", before: nil, after: "a@b.id"),
                        FieldChange(field: "phone", before: "0811", after: nil)])
    }

    func testImagesKeepTheirJSONTypes() throws {
        let json = #"{"a":1,"b":true,"c":1.5,"d":null,"e":[0,"x",false],"f":{"z":2,"y":"w"}}"#
        XCTAssertEqual(JSONValue.object(json).map { JSONValue.object($0).canonical },
                       #"{"a":1,"b":true,"c":1.5,"d":null,"e":[0,"x",false],"f":{"y":"w","z":2}}"#)
        XCTAssertEqual(FieldChange.diff(before: #"{"a":1,"b":0}"#, after: #"{"a":true,"b":false}"#),
                       [FieldChange(field: "a", before: "1", after: "true"), FieldChange(field: "b", before: "0", after: "false")])
        XCTAssertEqual(Auditor.redacted(#"{"id":12,"order":3,"name":"Siti"}"#), #"{"id":12,"name":"[dihapus]","order":"[dihapus]"}"#)
        XCTAssertEqual(Auditor.redacted(#""bukan objek""#), #""[dihapus]""#)
    }

    func testTheTimeIsADateReadFromTheStoredText() throws {
        let instant = Date(timeIntervalSince1970: 1_768_478_400.123)   // 2026-01-15 12:00:00.123 UTC
        let store = try openAgain(operatorName: "penguji", clock: { instant })
        defer { try? store.close() }
        try store.settings.set(.retentionYears, to: "7")
        let entry = try XCTUnwrap(store.audit.recent(limit: 1).first)
        XCTAssertEqual(entry.at.timeIntervalSince1970, instant.timeIntervalSince1970, accuracy: 0.0005)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE at = '2026-01-15T12:00:00.123Z'"), 1,
                       "the stored text keeps its format")
    }

    func testErasureBlanksTheValuesAndKeepsTheChangedFieldNames() throws {
        let id = try store.people.save(member("Marlina Sembiring", sex: .female, born: "1990-07-21", serial: 21), overrideReason: nil)
        var edit = try XCTUnwrap(store.people.editable(personId: id))
        edit.person.phone = "081299998888"
        try store.people.save(edit, overrideReason: nil)
        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 3/2026")

        let entries = try store.audit.entries(personId: id, limit: 20)
        let update = try XCTUnwrap(entries.first { $0.entity == "person" && $0.action == .update })
        XCTAssertEqual(update.changes, [FieldChange(field: "phone", before: "[dihapus]", after: "[dihapus]")],
                       "which field changed stays; its values go")
        XCTAssertEqual(try object(update.before)["id"] as? Int, Int(id), "identifiers stay")
        let erase = try XCTUnwrap(entries.first)
        XCTAssertEqual(erase.action, .erase)
        XCTAssertEqual(erase.changes.map(\.field), ["name", "nik", "sex", "birthDate", "phone", "domicileRegency", "employment",
                                                "membership"])
        XCTAssertTrue(erase.changes.allSatisfy { $0.before == nil && $0.after == nil })
        let insert = try XCTUnwrap(entries.first { $0.entity == "person" && $0.action == .insert })
        XCTAssertTrue(insert.changes.filter { $0.field != "id" }.allSatisfy { $0.after == "[dihapus]" }, "\(insert.changes)")
    }
}
