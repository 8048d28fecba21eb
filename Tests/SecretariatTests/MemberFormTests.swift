import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Anggota › Tambah / Ubah through the whole app on the in-memory terminal.
final class MemberFormTests: XCTestCase {
    private let ilham: Int64 = 57   // demo member: NIK 1601030209830026, born 2 Sep 1983, OKU

    // MARK: Helpers

    private func openForm(_ personId: Int64?, store: Store, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        MemberFixtures.harness(store, size: size) { MemberFormScreen(personId: personId) }
    }

    private func formScreen(_ h: AppHarness) -> MemberFormScreen? { h.app.screens.last { $0 is MemberFormScreen } as? MemberFormScreen }

    /// Tabs forward to `field`, as a user would.
    private func go(_ h: AppHarness, to field: MemberField) {
        // The form's own fields: the add form ends with the consent boxes, an edit has none.
        let all = formScreen(h)!.form.fields.map(\.id)
        let current = formScreen(h)!.form.focus
        let steps = (all.firstIndex(of: field)! - current + all.count) % all.count
        h.run(Array(repeating: Key.tab, count: steps))
    }

    /// Replaces the text (or date digits) of a field.
    private func fill(_ h: AppHarness, _ field: MemberField, _ text: String) {
        go(h, to: field)
        h.run([.ctrl("u")])
        h.type(text)
    }

    private func auditCount(_ store: Store) throws -> Int { try store.audit.count() }
    private var message: (AppHarness) -> String { { $0.messageLine } }

    // MARK: Snapshots

    /// Name left empty, an impossible NIK (31 Feb), a short phone, a broken email, and "keluar"
    /// without its date and reason.
    private func enterErrors(_ h: AppHarness) {
        fill(h, .nik, "1674013102900003")
        fill(h, .phone, "0711")
        fill(h, .email, "budi@")
        go(h, to: .status)
        h.run([.char("k")])   // Keluar
        h.run([.function(2)])
    }

    func testFormWithErrorsAt80x24() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo)
        enterErrors(h)
        XCTAssertEqual(h.header, "Menu › Anggota › Tambah")
        assertSnapshot(h.terminal, named: "member-form-errors-80x24")
        XCTAssertEqual(h.terminal.cursor?.y, 2, "focus went to the first field in error (Nama)")
    }

    func testFormWithErrorsAt120x40() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo, size: Size(width: 120, height: 40))
        enterErrors(h)
        assertSnapshot(h.terminal, named: "member-form-errors-120x40")
    }

    func testEditFormAt80x24ShowsTheStoredPerson() {
        let h = openForm(ilham, store: MemberFixtures.fixedDemo)
        XCTAssertEqual(h.header, "Menu › Anggota › Ubah")
        assertSnapshot(h.terminal, named: "member-form-edit-80x24")
    }

    // MARK: Rejected input

    func testInvalidNIKIsRejectedWithAClearMessageAndNothingWritten() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(nil, store: store)
        fill(h, .name, "Budi Santoso")
        fill(h, .nik, "1674013102900003")
        h.run([.function(2)])
        XCTAssertEqual(message(h), "Tidak disimpan: Tanggal lahir dalam NIK tidak valid (31-02-90).")
        XCTAssertTrue(h.screen.contains("Tanggal lahir dalam NIK tidak valid (31-02-90)."), "inline under the NIK too")
        XCTAssertEqual(h.header, "Menu › Anggota › Tambah", "the form stays open")
        XCTAssertEqual(try auditCount(store), before, "no audit entry: nothing was written")
        XCTAssertTrue(try store.people.lookup("Budi Santoso", limit: 5).isEmpty, "no person was added")
    }

    func testAnISODateTypedIntoADayFirstFieldIsRefusedNotMisreadAsTheYear1205() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(ilham, store: store)
        fill(h, .joinDate, "2010-")
        XCTAssertTrue(h.screen.contains("Tanggal diketik dengan angka"), "the dash after four digits is refused and said:\n\(h.screen)")
        h.type("12-05")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Tahun 1205 tidak masuk akal"), h.screen)
        XCTAssertEqual(try auditCount(store), before, "nothing written")
        XCTAssertEqual(try store.people.membership(personId: ilham)?.joinDate?.year == 1205, false)
    }

    func testInvalidNIKOnAnExistingPersonLeavesTheRecordAsItWas() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(ilham, store: store)
        fill(h, .nik, "1674013102900003")
        fill(h, .phone, "081299998888")
        h.run([.ctrl("s")])
        XCTAssertTrue(message(h).hasPrefix("Tidak disimpan: Tanggal lahir dalam NIK tidak valid"), message(h))
        let person = try XCTUnwrap(store.people.person(id: ilham))
        XCTAssertEqual(person.nik, "1601030209830026")
        XCTAssertEqual(person.phone, "087751757268", "not even the valid field was written")
        XCTAssertEqual(try auditCount(store), before)
    }

    // MARK: Warnings

    func testAWarningNeedsAReasonAndTheReasonLandsInTheAuditEntry() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(nil, store: store)
        fill(h, .name, "Sari Dewi")
        fill(h, .nik, "1671025503880001")   // a woman's NIK…
        go(h, to: .sex)
        h.run([.char("l")])                  // …entered as Laki-laki
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Peringatan"), h.screen)
        XCTAssertTrue(h.screen.contains("NIK: Jenis kelamin menurut NIK perempuan, berbeda dengan isian."), h.screen)
        XCTAssertEqual(try auditCount(store), before, "nothing is written while the dialog asks")

        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Alasan wajib diisi untuk menyimpan."), "an empty reason is refused")
        h.type("   ")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Alasan wajib diisi untuk menyimpan."), "so is a blank one")
        XCTAssertEqual(try auditCount(store), before)

        h.run([.ctrl("u")])
        h.type("Sesuai KTP asli; salah isi di formulir")
        h.run([.enter])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota", "saved and back at the list")
        XCTAssertTrue(message(h).hasPrefix("Tersimpan"), message(h))
        let saved = try XCTUnwrap(store.people.lookup("Sari Dewi", limit: 2).first)
        let entries = try store.audit.entries(personId: saved.id!, limit: 10)
        let personEntry = try XCTUnwrap(entries.first { $0.entity == "person" && $0.action == .insert })
        XCTAssertEqual(personEntry.reason, "Sesuai KTP asli; salah isi di formulir")
        XCTAssertEqual(personEntry.warnings, ["nik.sex_mismatch"])
        XCTAssertEqual(try store.people.membership(personId: saved.id!)?.status, .aktif, "added as a member")
    }

    func testLeavingTheWarningDialogGoesBackToTheFormWithoutSaving() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(nil, store: store)
        fill(h, .name, "Hendra Saputra")       // same name and birth date as demo member #2
        fill(h, .birthDate, "09031966")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Mungkin orang yang sama dengan Hendra Saputra"), h.screen)
        h.type("coba")
        h.run([.escape])
        XCTAssertEqual(h.header, "Menu › Anggota › Tambah")
        XCTAssertEqual(message(h), "Belum disimpan: ada peringatan yang perlu alasan.")
        XCTAssertFalse(h.screen.contains("Mungkin orang yang sama"))
        XCTAssertEqual(try auditCount(store), before)
    }

    // MARK: Wide characters

    func testAWideCharacterNameIsSavedAndShownAligned() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        fill(h, .name, "李小龙 Wahyudi")
        fill(h, .nik, "1671025503880001")
        go(h, to: .sex)
        h.run([.char("p")])
        fill(h, .birthDate, "15031988")
        choose(h, .domicileRegency, "Palembang")
        // In the form, the value column is the same for the wide name as for the NIK below it.
        go(h, to: .name)
        XCTAssertEqual(column(of: "李小龙 Wahyudi", in: h), column(of: "1671025503880001", in: h))
        h.run([.function(2)])
        XCTAssertTrue(message(h).hasPrefix("Tersimpan"), "no warnings for a consistent entry: \(h.screen)")
        let id = try XCTUnwrap(store.people.lookup("Wahyudi", limit: 1).first?.id)
        XCTAssertEqual(try store.people.person(id: id)?.name, "李小龙 Wahyudi")

        let detail = MemberFixtures.detail(id, store: store)
        XCTAssertEqual(column(of: "李小龙 Wahyudi", in: detail, onLineWith: "Nama"), column(of: "Perempuan", in: detail),
                       "values line up after a wide name:\n\(detail.screen)")
        let top = detail.lines[1]
        XCTAssertTrue(top.hasPrefix(" 李小龙 Wahyudi · Aktif"), top)
        XCTAssertEqual(top.displayWidth, 80, "the right-aligned counter still ends at the edge")
        XCTAssertTrue(top.trimmingCharacters(in: .whitespaces).hasSuffix("dari \(detailTotal(detail))"), top)
    }

    /// Issue 16: consent is recorded as a person is added, per purpose, with how it was given
    /// and the notice version of the settings; an edit has no consent boxes (the detail keeps them).
    func testANewPersonsConsentIsRecordedPerPurposeWithTheNoticeVersion() throws {
        let store = MemberFixtures.fixedClockStore()
        try store.settings.set(.privacyNoticeVersion, to: "2026-02")
        let h = openForm(nil, store: store)
        fill(h, .name, "Rina Oktaviani")
        go(h, to: .consentMembership)
        XCTAssertTrue(h.screen.contains("Persetujuan (UU PDP)"), h.screen)
        XCTAssertNotNil(h.row(containing: "Keanggotaan"), h.screen)
        h.run([.char(" ")])
        go(h, to: .consentStatistics)
        h.run([.char(" ")])
        choose(h, .consentMethod, "lisan tercatat")
        assertSnapshot(h.terminal, named: "member-form-consent-80x24")
        h.run([.function(2)])
        XCTAssertTrue(message(h).hasPrefix("Tersimpan"), h.screen)
        let id = try XCTUnwrap(store.people.lookup("Rina Oktaviani", limit: 1).first?.id)
        let consents = try XCTUnwrap(store.people.detail(personId: id)?.consents)
        XCTAssertEqual(consents.map(\.purpose), [.membership, .statisticsToDPP], "only the boxes ticked: consent is opt-in")
        XCTAssertEqual(Set(consents.map(\.method)), ["lisan tercatat"])
        XCTAssertEqual(Set(consents.map(\.noticeVersion)), ["2026-02"])
        XCTAssertEqual(try store.audit.entries(personId: id, limit: 100).filter { $0.entity == "consent" }.count, 2, "each consent audited")

        let edit = openForm(id, store: store)
        XCTAssertNil(formScreen(edit)?.form[.consentMembership], "an edit has no consent boxes")
        XCTAssertFalse(edit.screen.contains("Persetujuan (UU PDP)"))
    }

    /// Steps a choice with → until it shows `option`.
    private func choose(_ h: AppHarness, _ field: MemberField, _ option: String) {
        go(h, to: field)
        for _ in 0..<30 where formScreen(h)?.form[field].flatMap(selectedOption) != option { h.run([.right]) }
        XCTAssertEqual(formScreen(h)?.form[field].flatMap(selectedOption), option)
    }

    private func selectedOption(_ field: FormField<MemberField>) -> String? {
        field.input.as(ChoiceField.self)?.selectedOption
    }

    /// Screen column (in cells) where `text` starts on the first line that holds it.
    private func column(of text: String, in h: AppHarness, onLineWith label: String? = nil) -> Int? {
        for line in h.lines where label.map(line.contains) ?? true {
            if let range = line.range(of: text) { return String(line[..<range.lowerBound]).displayWidth }
        }
        return nil
    }

    private func detailTotal(_ h: AppHarness) -> String { String(h.lines[1].split(separator: " ").last ?? "") }

    // MARK: Leaving

    func testEscOnADirtyFormAsksBeforeDiscarding() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(nil, store: store)
        h.type("Budi")
        h.run([.escape])
        XCTAssertTrue(h.screen.contains("Buang perubahan?"), h.screen)
        XCTAssertTrue(h.screen.contains("[ Ya ]") && h.screen.contains("[ Tidak ]"))
        h.run([.char("n")])
        XCTAssertTrue(h.screen.contains("Buang perubahan?"), "n is no answer in Indonesian: Tidak is t")
        h.run([.char("t")])
        XCTAssertFalse(h.screen.contains("Buang perubahan?"))
        XCTAssertEqual(formScreen(h)?.form[.name]?.text, "Budi", "No keeps what was typed")
        h.run([.escape, .escape])
        XCTAssertEqual(formScreen(h)?.form[.name]?.text, "Budi", "Esc on the question is No")
        h.run([.escape, .enter])
        XCTAssertEqual(formScreen(h)?.form[.name]?.text, "Budi", "the safe answer is the default")
        h.run([.escape, .char("y")])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota", "Ya discards and goes back")
        XCTAssertEqual(try auditCount(store), before)
    }

    func testEscOnAnUntouchedFormGoesBackAtOnce() {
        let h = openForm(ilham, store: MemberFixtures.fixedDemo)
        h.run([.tab, .tab, .escape])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota")
    }

    func testQuittingWithUnsavedChangesAsksFirst() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo)
        h.type("Budi")
        let quit = h.run([.function(10)])
        XCTAssertFalse(quit)
        XCTAssertTrue(h.screen.contains("Ada isian yang belum disimpan"), h.screen)
    }

    func testQAndQuestionMarkAreTypedNotCommands() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo)
        let quit = h.run("Qaq? Q".map { Key.char($0) })
        XCTAssertFalse(quit)
        XCTAssertEqual(h.header, "Menu › Anggota › Tambah")
        XCTAssertEqual(formScreen(h)?.form[.name]?.text, "Qaq? Q")
    }

    // MARK: Editing and status changes

    func testEditFromTheDetailSavesAndTheDetailShowsTheChange() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = MemberFixtures.detail(ilham, store: store)
        h.run([.char("e")])
        XCTAssertEqual(h.header, "Menu › Anggota › Detail › Ubah")
        fill(h, .phone, "0711 354 123")
        h.run([.function(2)])
        XCTAssertTrue(h.header.hasSuffix("Detail"), h.header)
        XCTAssertTrue(message(h).hasPrefix("Tersimpan"))
        XCTAssertTrue(h.screen.contains("0711354123"), "the detail re-read the person:\n\(h.screen)")
        let entry = try XCTUnwrap(store.audit.entries(personId: ilham, limit: 1).first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(entry.operatorName, "penguji")
    }

    func testAStatusChangeNeedsADateAndAReason() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try auditCount(store)
        let h = openForm(ilham, store: store)
        go(h, to: .status)
        h.run([.right])                                   // Nonaktif
        XCTAssertTrue(h.screen.contains("Tanggal status *") && h.screen.contains("Alasan status *"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Tanggal status wajib diisi."), h.screen)
        XCTAssertEqual(formScreen(h)?.form[.statusReason]?.error, "Alasan wajib diisi.")
        XCTAssertEqual(message(h), "Tidak disimpan: Tanggal status wajib diisi. (dan 1 kesalahan lain)")
        XCTAssertEqual(try auditCount(store), before)
        XCTAssertEqual(try store.people.membership(personId: ilham)?.status, .aktif)

        fill(h, .statusDate, "01052025")
        fill(h, .statusReason, "Tugas belajar di luar provinsi")
        h.run([.function(2)])
        XCTAssertTrue(message(h).hasPrefix("Tersimpan"), h.screen)
        let m = try XCTUnwrap(store.people.membership(personId: ilham))
        XCTAssertEqual(m.status, .nonaktif)
        XCTAssertEqual(m.statusDate, LocalDate(year: 2025, month: 5, day: 1))
        XCTAssertEqual(m.statusReason, "Tugas belajar di luar provinsi")
        let history = try XCTUnwrap(store.people.detail(personId: ilham)?.statusHistory.last)
        XCTAssertEqual(history.from, .aktif)
        XCTAssertEqual(history.to, .nonaktif)
        XCTAssertEqual(history.reason, "Tugas belajar di luar provinsi")
    }

    func testRequiredMarksFollowTheChoices() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo, size: Size(width: 120, height: 40))
        XCTAssertTrue(h.screen.contains("Nama *"))
        XCTAssertFalse(h.screen.contains("Jenis pemberi kerja *"))
        go(h, to: .employmentStatus)
        h.run([.char("n")])   // Non-ASN
        XCTAssertTrue(h.screen.contains("Jenis pemberi kerja *"), h.screen)
        h.run([.char("p")])   // PNS: the employer type no longer applies
        XCTAssertFalse(h.screen.contains("Jenis pemberi kerja *"))
    }

    func testEmployerTypeIsRequiredForNonASN() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        fill(h, .name, "Rina Kartika")
        go(h, to: .employmentStatus)
        h.run([.char("n")])
        h.run([.function(2)])
        XCTAssertEqual(message(h), "Tidak disimpan: Jenis pemberi kerja wajib diisi untuk non-ASN.")
        XCTAssertEqual(formScreen(h)?.form.focusedField?.id, .employerType)
    }

    // MARK: Storage refusals

    func testAStorageRefusalIsShownAndNothingIsWritten() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(ilham, store: store)
        fill(h, .phone, "081299998888")
        try store.people.erase(personId: ilham, reason: "Permintaan penghapusan (UU PDP)")
        let before = try auditCount(store)
        h.run([.function(2)])
        XCTAssertEqual(message(h), "Data pribadi orang ini sudah dihapus.")
        XCTAssertEqual(h.header, "Menu › Anggota › Ubah")
        XCTAssertEqual(try auditCount(store), before)
        XCTAssertNil(try store.people.person(id: ilham)?.phone)
    }

    func testAnErasedPersonCannotBeEdited() throws {
        let store = MemberFixtures.fixedClockStore()
        try store.people.erase(personId: ilham, reason: "Permintaan penghapusan (UU PDP)")
        let h = openForm(ilham, store: store)
        XCTAssertTrue(h.screen.contains("Data pribadi orang ini sudah dihapus"), h.screen)
        XCTAssertFalse(formScreen(h)?.hasUnsavedChanges ?? true)
        h.run([.char("q")])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Anggota")
    }

    // MARK: Language and help

    func testInEnglish() {
        let h = MemberFixtures.harness(MemberFixtures.fixedDemo, language: .english) { MemberFormScreen(personId: nil) }
        XCTAssertTrue(h.header.hasSuffix("› Add"), h.header)
        XCTAssertTrue(h.screen.contains("Name *") && h.screen.contains("Membership status *"), h.screen)
        XCTAssertTrue(h.keyBar.hasPrefix("F2 Save"), h.keyBar)
        h.run([.function(2)])
        XCTAssertEqual(message(h), "Not saved: Name is required.")
    }

    func testHelpListsTheFormKeys() {
        let h = openForm(nil, store: MemberFixtures.fixedDemo)
        h.run([.function(1)])
        XCTAssertTrue(h.screen.contains("Bantuan: Tambah"), h.screen)
        XCTAssertTrue(h.screen.contains("F2/Ctrl-S") && h.screen.contains("Tab/Shift-Tab"), h.screen)
        h.run([.escape])
        XCTAssertEqual(h.header, "Menu › Anggota › Tambah", "Esc closed only the help")
    }
}
