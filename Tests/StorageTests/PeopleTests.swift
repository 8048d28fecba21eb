import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class PeopleTests: StoreTestCase {
    func testRoundTrip() throws {
        var draft = member("Siti Nurhaliza Pratiwi", sex: .female, born: "1988-03-15", serial: 1)
        draft.person.email = "Siti.Pratiwi@Example.ID"
        draft.person.phone = "+62 812-1111-2222"
        draft.person.birthPlace = "Palembang"
        draft.person.address = "Jl. Merdeka No. 5"
        draft.person.education = Education(level: .s1, institution: "STISIPOL Candradimuka", major: "Ilmu Kesejahteraan Sosial",
                                           graduationYear: 2010)
        draft.membership?.channel = .dppWebsite
        let id = try store.people.save(draft, overrideReason: nil)
        let person = try XCTUnwrap(store.people.person(id: id))
        XCTAssertEqual(person.nik, "1671025503880001")
        XCTAssertEqual(person.email, "Siti.Pratiwi@example.id")
        XCTAssertEqual(person.phone, "081211112222")
        XCTAssertEqual(person.education, draft.person.education)
        XCTAssertEqual(person.birthPlace, "Palembang")
        let membership = try XCTUnwrap(store.people.membership(personId: id))
        XCTAssertEqual(membership.kta, "16.71.000001")
        XCTAssertEqual(membership.channel, .dppWebsite)
        XCTAssertEqual(membership.status, .aktif)

        var edit = PersonDraft(person: person, membership: membership)
        edit.person.name = "Siti Nurhaliza"
        edit.membership?.kta = "16.71.000099"
        XCTAssertEqual(try store.people.save(edit, overrideReason: nil), id)
        XCTAssertEqual(try store.people.person(id: id)?.name, "Siti Nurhaliza")
        let row = try XCTUnwrap(store.members.row(personId: id, in: MemberQuery(search: "000099")))
        XCTAssertEqual(row.name, "Siti Nurhaliza", "search text follows KTA and name changes")
        XCTAssertNil(try store.members.row(personId: id, in: MemberQuery(search: "16.71.000001")), "the old KTA is gone")
        XCTAssertNotNil(try store.members.row(personId: id, in: MemberQuery(search: "pratiwi")), "still in the email")
    }

    func testHardErrorsWriteNothing() throws {
        var draft = member("Rina Lestari", sex: .female, serial: 1)
        draft.person.nik = "1674013102900003"
        XCTAssertThrowsError(try store.people.save(draft, overrideReason: "apa pun")) { error in
            XCTAssertEqual(error as? StoreError, .invalid([.nik(.invalidDate(day: 31, month: 2, year: 90))]))
        }
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity <> 'user'"), 0, "only the creator's admin role")
    }

    func testWarningsNeedAReasonThatGoesIntoTheAudit() throws {
        var draft = member("Ilham Saleh", serial: 7)
        draft.person.domicileRegency = "1610"   // NIK says Palembang
        let report = try store.people.validate(draft)
        XCTAssertTrue(report.canSave)
        XCTAssertEqual(report.pendingWarnings, [.nikWarning(.regencyMismatch(nik: "1671", domicile: "1610", splitFrom: false))])
        XCTAssertThrowsError(try store.people.save(draft, overrideReason: "  ")) {
            guard case .needsOverride(let issues) = $0 as? StoreError else { return XCTFail("\($0)") }
            XCTAssertEqual(issues.map(\.code), ["nik.regency_mismatch"])
        }
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 0)

        let id = try store.people.save(draft, overrideReason: "Pindah domisili; KTP diperiksa")
        let entry = try XCTUnwrap(store.audit.entries(personId: id, limit: 10).first { $0.entity == "person" })
        XCTAssertEqual(entry.action, .insert)
        XCTAssertEqual(entry.reason, "Pindah domisili; KTP diperiksa")
        XCTAssertEqual(entry.warnings, ["nik.regency_mismatch"])
        XCTAssertEqual(entry.operatorName, "penguji")

        // Saved again unchanged: the same warning was already overridden, no reason asked.
        var again = try XCTUnwrap(store.people.validate(PersonDraft(person: store.people.person(id: id)!,
                                                                     membership: store.people.membership(personId: id))))
        XCTAssertEqual(again.warnings.first?.acknowledgedReason, "Pindah domisili; KTP diperiksa")
        XCTAssertFalse(again.needsReason)
        // A different finding asks again.
        var moved = again.draft
        moved.person.domicileRegency = "1604"
        again = try store.people.validate(moved)
        XCTAssertTrue(again.needsReason)
    }

    func testDuplicatesAreFound() throws {
        let first = try store.people.save(member("Sandi Wibowo", serial: 14), overrideReason: nil)
        var same = member("Sandi Wibowo S.Tr.Sos", serial: 14, kta: "16.71.000200")
        let report = try store.people.validate(same)
        XCTAssertEqual(report.pendingWarnings, [.duplicateNIK(personId: first, name: "Sandi Wibowo")])
        same.person.nik = nil
        same.person.name = "Sandi Wibowo"
        XCTAssertEqual(try store.people.validate(same).pendingWarnings, [.likelyDuplicate(personId: first, name: "Sandi Wibowo")])
        let takenKTA = member("Orang Lain", serial: 99, kta: "16.71.000014")
        XCTAssertEqual(try store.people.validate(takenKTA).errors, [.duplicateKTA(personId: first, name: "Sandi Wibowo")])
    }

    func testStatusChangesKeepHistory() throws {
        let id = try store.people.save(member("Joko Purnomo", serial: 3), overrideReason: nil)
        XCTAssertThrowsError(try store.people.changeStatus(personId: id, to: .keluar, date: nil, reason: nil, overrideReason: nil)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.required(.statusDate), .required(.statusReason)]))
        }
        try store.people.changeStatus(personId: id, to: .keluar, date: date("2024-02-01"), reason: "Pindah ke Jambi", overrideReason: nil)
        try store.people.changeStatus(personId: id, to: .meninggal, date: date("2025-03-01"), reason: "Meninggal dunia", overrideReason: nil)
        XCTAssertThrowsError(try store.people.changeStatus(personId: id, to: .aktif, date: nil, reason: nil, overrideReason: nil)) {
            XCTAssertEqual($0 as? StoreError, .needsOverride([.reactivatingDeceased]))
        }
        let detail = try XCTUnwrap(store.people.detail(personId: id))
        XCTAssertEqual(detail.membership?.status, .meninggal)
        XCTAssertEqual(detail.statusHistory.map(\.to), [.aktif, .keluar, .meninggal])
        XCTAssertEqual(detail.statusHistory.map(\.from), [nil, .aktif, .keluar])
        XCTAssertEqual(detail.statusHistory[1].reason, "Pindah ke Jambi")
        let statusEntries = detail.audit.filter { $0.action == .statusChange }
        XCTAssertEqual(statusEntries.count, 2)
        XCTAssertEqual(statusEntries.first?.reason, "Meninggal dunia")
    }

    func testEveryWriteIsAudited() throws {
        let before = try count("SELECT count(*) FROM audit")
        let id = try store.people.save(member("Agus Setiawan", serial: 5), overrideReason: nil)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE person_id = ?", [id]), 2, "person and membership")
        let consent = try store.people.recordConsent(Consent(personId: id, purpose: .membership, noticeVersion: "v1",
                                                              givenOn: date("2020-01-10"), method: "formulir tertulis"))
        try store.people.withdrawConsent(id: consent, on: date("2025-01-01"))
        let termId = try store.board.save(Term(name: "2023–2028", start: date("2023-05-14"), end: date("2028-05-14"), status: .aktif))
        let position = try store.board.save(Position(termId: termId, kind: .ketua, title: "Ketua", order: 1))
        try store.board.assign(Assignment(positionId: position, personId: id), overrideReason: "uji")
        try store.settings.set(.termLengthYears, to: "4")
        let actions = try store.audit.recent(limit: 20).map { "\($0.entity).\($0.action.rawValue)" }
        XCTAssertEqual(Array(actions.reversed()), ["user.tambah", "person.tambah", "membership.tambah", "consent.tambah", "consent.ubah",
                                                   "term.tambah", "position.tambah", "assignment.tambah", "setting.tambah"])
        XCTAssertEqual(try count("SELECT count(*) FROM audit") - before, 8)
        let update = try XCTUnwrap(store.audit.entries(entity: "consent", id: consent).first)
        XCTAssertTrue(update.before?.contains("\"withdrawnOn\"") == false)
        XCTAssertTrue(update.after?.contains("\"withdrawnOn\":\"2025-01-01\"") == true)
    }

    func testAuditRowsRollBackWithTheChange() throws {
        struct Boom: Error {}
        XCTAssertThrowsError(try store.pool.write { db in
            _ = try PeopleStore(store: store).save(db, member("Dewi Anggraini", sex: .female, serial: 9), overrideReason: nil)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE entity <> 'user'"), 2,
                           "written inside the transaction")
            throw Boom()
        })
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity <> 'user'"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM person"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'dewi'"), 0)
    }

    func testErasureRemovesPersonalDataEverywhere() throws {
        var draft = member("Marlina Sembiring", sex: .female, born: "1990-07-21", serial: 21)
        draft.person.email = "marlina.s@example.id"
        draft.person.address = "Jl. Veteran No. 9"
        let id = try store.people.save(draft, overrideReason: nil)
        var edit = try XCTUnwrap(store.people.validate(draft).draft)
        edit.person.id = id
        edit.person.phone = "081299998888"
        try store.people.save(edit, overrideReason: nil)
        try store.people.changeStatus(personId: id, to: .nonaktif, date: date("2024-01-01"), reason: "Sakit berkepanjangan",
                                      overrideReason: nil)
        let termId = try store.board.save(Term(name: "2023–2028", start: date("2023-05-14"), end: nil, status: .aktif))
        let position = try store.board.save(Position(termId: termId, kind: .sekretaris, title: "Sekretaris", order: 1))
        try store.board.assign(Assignment(positionId: position, personId: id), overrideReason: "uji")

        try store.people.erase(personId: id, reason: "Permintaan penghapusan no. 3/2026")

        let tombstone = try XCTUnwrap(store.people.person(id: id))
        XCTAssertTrue(tombstone.isErased)
        XCTAssertEqual(tombstone.name, "")
        XCTAssertNil(tombstone.nik)
        XCTAssertNil(tombstone.email)
        XCTAssertNil(tombstone.birthDate)
        XCTAssertNil(try store.people.membership(personId: id))
        XCTAssertEqual(try count("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'marlina'"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM status_change WHERE person_id = ?", [id]), 0)
        XCTAssertEqual(try store.board.officers(termId: termId).map(\.isErased), [true], "the board keeps the seat")

        // The audit trail stays, without the personal values.
        let entries = try store.audit.entries(personId: id, limit: 50)
        XCTAssertGreaterThanOrEqual(entries.count, 6)
        XCTAssertEqual(entries.first?.action, .erase)
        XCTAssertEqual(entries.first?.reason, "Permintaan penghapusan no. 3/2026")
        XCTAssertTrue(entries.first?.before?.contains("\"email\"") == true, "names the erased fields")
        let everything = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT coalesce(before, '') || coalesce(after, '') || coalesce(reason, '') FROM audit")
        }.joined()
        for secret in ["Marlina", "marlina", "1671026107900021", "081299998888", "Veteran", "Sakit berkepanjangan", "16.71.000021"] {
            XCTAssertFalse(everything.contains(secret), "audit still holds \(secret)")
        }
        XCTAssertTrue(entries.contains { $0.action == .statusChange && $0.reason == "[dihapus]" })
        XCTAssertThrowsError(try store.people.erase(personId: id, reason: "lagi")) { XCTAssertEqual($0 as? StoreError, .erased(id)) }
    }

    func testDetailCollectsRoles() throws {
        let id = try store.people.save(member("Teguh Nugroho", serial: 2), overrideReason: nil)
        let termId = try store.board.save(Term(name: "2023–2028", start: date("2023-05-14"), end: nil, status: .aktif))
        let positions = try store.board.applyTemplate(termId: termId)
        XCTAssertEqual(positions.count, 45)
        let coordinator = try XCTUnwrap(positions.first { $0.kind == .koordinator })
        try store.board.assign(Assignment(positionId: coordinator.id!, personId: id), overrideReason: "uji")
        let musdaId = try store.musda.save(Musda(kind: .musda, number: 1, date: date("2023-05-14"), place: "Palembang"))
        try store.musda.save(Attendance(musdaId: musdaId, personId: id, role: .delegate))
        let activity = try store.activities.save(Activity(kind: .competencyTest, title: "Uji Kompetensi 2020", year: 2020))
        try store.activities.save(Participation(activityId: activity, personId: id, category: .peksos, result: .kompeten))

        let detail = try XCTUnwrap(store.people.detail(personId: id))
        XCTAssertEqual(detail.positions.map(\.title), ["Koordinator Bidang Organisasi & Keanggotaan"])
        XCTAssertEqual(detail.positions.first?.department, "Organisasi & Keanggotaan")
        XCTAssertEqual(detail.musdas.map(\.title), ["Musda I"])
        XCTAssertEqual(detail.musdas.first?.role, .delegate)
        XCTAssertEqual(detail.activities.map(\.result), [.kompeten])
        let json = try store.people.exportPersonalData(personId: id, format: .json)
        XCTAssertTrue(json.contains("\"name\" : \"Teguh Nugroho\""))
        XCTAssertTrue(json.contains("Musda I"))
    }
}

/// Issue 16: consent given as a person is added is recorded in the same transaction; an edit
/// records none (consents are then given and withdrawn from the detail).
final class ConsentAtEntryTests: StoreTestCase {
    func testConsentsOfANewPersonAreRecordedWithTheNoticeVersionAndAnEditAddsNone() throws {
        try store.settings.set(.privacyNoticeVersion, to: "2026-01")
        var draft = member("Siti Rahma", sex: .female, serial: 77)
        draft.consents = [.membership, .statisticsToDPP]
        draft.consentMethod = "formulir daring"
        let id = try store.people.save(draft, overrideReason: nil)
        let consents = try XCTUnwrap(store.people.detail(personId: id)).consents
        XCTAssertEqual(consents.map(\.purpose), [.membership, .statisticsToDPP])
        XCTAssertEqual(Set(consents.map(\.noticeVersion)), ["2026-01"])
        XCTAssertEqual(Set(consents.map(\.method)), ["formulir daring"])
        XCTAssertEqual(consents.map(\.givenOn), [LocalDate(Self.now, timeZone: .current), LocalDate(Self.now, timeZone: .current)])

        var edit = try XCTUnwrap(store.people.editable(personId: id))
        edit.person.phone = "081299990000"
        edit.consents = [.certificationReferral]
        try store.people.save(edit, overrideReason: nil)
        XCTAssertEqual(try store.people.detail(personId: id)?.consents.count, 2, "an edit records no consent")
    }
}
