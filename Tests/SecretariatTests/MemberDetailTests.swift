import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Anggota › Detail through the whole app on the in-memory terminal.
final class MemberDetailTests: XCTestCase {
    private let ilham: Int64 = 57   // demo member with a NIK: 1601030209830026

    func testWahidinAt80x24() {
        let h = MemberFixtures.detail(MemberFixtures.wahidin)
        XCTAssertEqual(h.header, "Menu › Anggota › Detail")
        assertSnapshot(h.terminal, named: "member-detail-80x24")
    }

    func testWahidinAt120x40() {
        let h = MemberFixtures.detail(MemberFixtures.wahidin, size: Size(width: 120, height: 40))
        assertSnapshot(h.terminal, named: "member-detail-120x40")
    }

    func testWahidinScrolledToTheEndShowsPositionsMusdaAndAudit() {
        let h = MemberFixtures.detail(MemberFixtures.wahidin, size: Size(width: 120, height: 40))
        h.run([.char("G")])
        assertSnapshot(h.terminal, named: "member-detail-120x40-end")
        XCTAssertTrue(h.screen.contains("penguji · Tambah jabatan"), h.screen)
    }

    func testInEnglish() {
        let h = MemberFixtures.detail(MemberFixtures.wahidin, language: .english)
        XCTAssertTrue(h.screen.contains("IDENTITY"))
        XCTAssertTrue(h.screen.contains("Date of birth"))
        XCTAssertFalse(h.screen.contains("IDENTITAS"))
    }

    func testScrollKeysMoveTheContentAndStopAtTheEnds() {
        let h = MemberFixtures.detail(MemberFixtures.wahidin)
        func position() -> String { String(h.lines[1].split(separator: "  ").last ?? "").trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(position().hasPrefix("baris 1–20 dari "), h.lines[1])
        let total = Int(position().split(separator: " ").last!)!
        XCTAssertGreaterThan(total, 40, "Wahidin's detail is longer than one screen")
        h.run([.char("j"), .down])
        XCTAssertTrue(position().hasPrefix("baris 3–22 "), position())
        h.run([.char("k")])
        XCTAssertTrue(position().hasPrefix("baris 2–21 "), position())
        h.run([.pageDown])
        XCTAssertTrue(position().hasPrefix("baris 21–40 "), "a page keeps one line of context: \(position())")
        h.run([.char("G")])
        XCTAssertEqual(position(), "baris \(total - 19)–\(total) dari \(total)")
        h.run([.down, .pageDown])
        XCTAssertEqual(position(), "baris \(total - 19)–\(total) dari \(total)", "no scrolling past the end")
        h.run([.char("g")])
        XCTAssertTrue(position().hasPrefix("baris 1–20 "))
        h.run([.end, .pageUp, .home, .up])
        XCTAssertTrue(position().hasPrefix("baris 1–20 "), "no scrolling above the top")
    }

    func testNIKIsMaskedUntilAskedAndTheMessageSaysItIsPersonalData() throws {
        // Showing the NIK writes an audit entry: a store of its own, so the shared one's
        // snapshots never see it.
        let store = MemberFixtures.fixedClockStore()
        let reads = try store.audit.entries(personId: ilham, limit: 1000).filter { $0.action == .read }.count
        let h = MemberFixtures.detail(ilham, store: store)
        XCTAssertTrue(h.screen.contains("1601********0026 (disamarkan)"), h.screen)
        XCTAssertFalse(h.screen.contains("1601030209830026"))
        XCTAssertTrue(h.keyBar.contains("u Buka NIK"), h.keyBar)
        h.run([.char("u")])
        XCTAssertTrue(h.screen.contains("1601030209830026 (data pribadi, UU PDP)"), h.screen)
        XCTAssertTrue(h.messageLine.contains("NIK ditampilkan lengkap: data pribadi (UU PDP)."), h.messageLine)
        XCTAssertTrue(h.keyBar.contains("u Samarkan NIK"), h.keyBar)
        h.run([.char("u")])
        XCTAssertFalse(h.screen.contains("1601030209830026"))
        XCTAssertTrue(h.messageLine.contains("NIK disamarkan."))
        XCTAssertEqual(try store.audit.entries(personId: ilham, limit: 1000).filter { $0.action == .read }.count, reads + 1,
                       "showing the NIK is audited as a read; masking it again is not")
    }

    func testEscAndQGoBackToTheList() {
        var h = MemberFixtures.detail(ilham)
        h.run([.escape])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota")
        h = MemberFixtures.detail(ilham)
        h.run([.char("q")])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota")
    }

    func testHelpListsTheDetailKeys() {
        let h = MemberFixtures.detail(ilham)
        h.run([.char("?")])
        XCTAssertTrue(h.screen.contains("Bantuan: Detail"))
        XCTAssertTrue(h.screen.contains("Tampilkan / samarkan NIK lengkap"))
        XCTAssertTrue(h.screen.contains("e/F4"))
    }

    func testStatusHistoryOverriddenWarningsAndAuditReasons() throws {
        let store = MemberFixtures.fixedClockStore()
        // A NIK whose birth date differs from the one entered: saved with an override reason.
        var person = try XCTUnwrap(store.people.person(id: ilham))
        person.birthDate = LocalDate(year: 1983, month: 9, day: 3)
        try store.people.save(PersonDraft(person: person, membership: store.people.membership(personId: ilham)),
                              overrideReason: "KTP lama salah cetak")
        try store.people.changeStatus(personId: ilham, to: .nonaktif, date: LocalDate(year: 2025, month: 5, day: 1),
                                      reason: "Tugas belajar", overrideReason: nil)
        let h = MemberFixtures.detail(ilham, store: store, size: Size(width: 120, height: 40))
        XCTAssertTrue(h.screen.contains("Nonaktif sejak 1 Mei 2025"), h.screen)
        XCTAssertTrue(h.screen.contains("Alasan status"))
        h.run([.char("G")])
        let screen = h.screen
        XCTAssertTrue(screen.contains("1 Mei 2025") && screen.contains("Aktif → Nonaktif: Tugas belajar"), screen)
        XCTAssertTrue(screen.contains("Tanggal lahir berbeda dengan NIK — alasan: KTP lama salah cetak (penguji, 2 Juni 2025 10.04)"), screen)
        XCTAssertTrue(screen.contains("penguji · Ubah status keanggotaan: Aktif → Nonaktif"), screen)
        XCTAssertTrue(screen.contains("penguji · Ubah data pribadi: tanggal lahir"), screen)
        XCTAssertTrue(screen.contains("Alasan: KTP lama salah cetak"), screen)
        XCTAssertTrue(screen.contains("Peringatan diabaikan: tanggal lahir berbeda dengan NIK"), screen)
    }

    func testAnErasedPersonShowsATombstoneNotTheirData() throws {
        let store = MemberFixtures.fixedClockStore()
        try store.people.erase(personId: ilham, reason: "Permintaan penghapusan (UU PDP)")
        let h = MemberFixtures.detail(ilham, store: store)
        XCTAssertTrue(h.screen.contains("Data pribadi telah dihapus pada 2 Juni 2025"), h.screen)
        XCTAssertFalse(h.screen.contains("Ilham"), "no personal data on a tombstone")
        XCTAssertFalse(h.screen.contains("1601"), "no NIK on a tombstone")
        XCTAssertTrue(h.screen.contains("RIWAYAT PERUBAHAN"))
        XCTAssertTrue(h.screen.contains("Hapus data pribadi: nama, NIK"), h.screen)
        h.run([.char("e")])
        XCTAssertTrue(h.header.hasPrefix("Menu › Anggota › Detail"), "nothing to edit on a tombstone: \(h.header)")
        XCTAssertTrue(h.messageLine.contains("sudah dihapus"), h.messageLine)
        h.run([.char("u")])
        XCTAssertFalse(h.screen.contains("1601"))
    }

    func testUnknownPersonSaysSo() {
        let h = MemberFixtures.detail(999_999)
        XCTAssertTrue(h.screen.contains("Data orang ini tidak ditemukan."))
        h.run([.char("e"), .char("j")])
        XCTAssertTrue(h.header.hasPrefix("Menu › Anggota › Detail"))
    }

    func testComingBackFromTheFormRereadsThePerson() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = MemberFixtures.detail(ilham, store: store)
        h.run([.char("e")])
        XCTAssertEqual(h.header, "Menu › Anggota › Detail › Ubah", "e opens the form")
        var person = try XCTUnwrap(store.people.person(id: ilham))
        person.phone = "081234567890"
        try store.people.save(PersonDraft(person: person, membership: store.people.membership(personId: ilham)), overrideReason: nil)
        h.run([.escape])
        XCTAssertTrue(h.header.hasSuffix("Detail"), h.header)
        XCTAssertTrue(h.screen.contains("081234567890"), "resume re-read the person: \(h.screen)")
    }

    func testAuditNamesOnlyTheFieldsThatChanged() {
        let before = #"{"id":1,"name":"A","employment":{"status":"non_asn","employer":"X","employerType":"lks"},"phone":"0811"}"#
        let after = #"{"id":1,"name":"A","employment":{"employerType":"lks","employer":"X","status":"non_asn"},"email":"a@b.id"}"#
        XCTAssertEqual(DetailContent.changedKeys(FieldChange.diff(before: before, after: after)), ["phone", "email"],
                       "nested objects with their keys in another order are the same; identifiers are left out")
    }
}

/// Issue 16: consent is withdrawn, and given again, from the detail, per purpose.
final class MemberDetailConsentTests: XCTestCase {
    func testConsentIsWithdrawnAndRecordedAgainFromTheDetail() throws {
        let store = MemberFixtures.fixedClockStore()
        let id: Int64 = 1
        XCTAssertTrue(try XCTUnwrap(store.people.detail(personId: id)).consents.contains { $0.purpose == .statisticsToDPP && $0.isActive })
        let h = MemberFixtures.detail(id, store: store)
        XCTAssertTrue(h.keyBar.contains("p Persetujuan"), h.keyBar)
        h.run([.char("p")])
        XCTAssertNotNil(h.row(containing: "Rekomendasi sertifikasi — belum diberikan (catat)"), h.screen)
        h.type("statistik")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Tarik persetujuan untuk Statistik ke DPP hari ini?"), h.screen)
        h.run([.char("y")])
        XCTAssertEqual(h.messageLine, "Persetujuan Statistik ke DPP ditarik.")
        let withdrawn = try XCTUnwrap(store.people.detail(personId: id)?.consents.first { $0.purpose == .statisticsToDPP })
        XCTAssertEqual(withdrawn.withdrawnOn, LocalDate(MemberFixtures.instant, timeZone: .current))
        XCTAssertEqual(try store.audit.entries(personId: id, limit: 200).filter { $0.entity == "consent" && $0.action == .update }.count, 1)

        h.run([.char("p")])
        h.type("rekomendasi")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Rekomendasi sertifikasi: cara persetujuan"), h.screen)
        h.type("tertulis")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Persetujuan Rekomendasi sertifikasi dicatat.")
        let referral = try XCTUnwrap(store.people.detail(personId: id)?.consents.first { $0.purpose == .certificationReferral })
        XCTAssertEqual(referral.method, "formulir tertulis")
        XCTAssertEqual(referral.noticeVersion, SettingKey.privacyNoticeVersion.defaultValue)
    }
}

/// Restriction of processing from the detail (UU PDP, issue 16): `b` with a reason, the
/// record marked and frozen, `b` again lifts it.
final class MemberDetailRestrictionTests: XCTestCase {
    func testBRestrictsWithAReasonFreezesAndLifts() throws {
        let store = MemberFixtures.fixedClockStore()
        let id: Int64 = 1
        let h = MemberFixtures.detail(id, store: store)
        h.run([.char("b")])
        XCTAssertNotNil(h.row(containing: "Batasi pemrosesan – "), h.screen)
        h.type("Permintaan subjek data")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Pemrosesan dibatasi: data dibekukan dan tidak ikut ekspor atau laporan.")
        XCTAssertTrue(h.lines[0].contains("DIBATASI") || h.lines[1].contains("DIBATASI"), h.screen)
        XCTAssertNotNil(h.row(containing: "PEMBATASAN PEMROSESAN"), "shown first, as a section: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Permintaan subjek data"), h.screen)
        h.run([.char("e")])
        XCTAssertTrue(h.messageLine.hasPrefix("Pemrosesan data orang ini dibatasi (UU PDP)"), "refused at once: \(h.messageLine)")
        h.run([.char("b")])
        XCTAssertNotNil(h.row(containing: "Cabut pembatasan – "), h.screen)
        h.type("Selesai ditangani")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Pembatasan dicabut.")
        XCTAssertNil(try store.people.detail(personId: id)?.restriction)
    }
}
