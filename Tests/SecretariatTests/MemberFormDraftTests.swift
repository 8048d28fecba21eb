import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Drafts that never lose typing, and two people editing one member.
final class MemberFormDraftTests: XCTestCase {
    private let ilham: Int64 = 57   // demo member, phone and email recorded

    private func openForm(_ personId: Int64?, store: Store) -> AppHarness {
        MemberFixtures.harness(store) { MemberFormScreen(personId: personId) }
    }

    private func form(_ h: AppHarness) -> MemberFormScreen? {
        h.app.screens.last { $0 is MemberFormScreen } as? MemberFormScreen
    }

    /// Tabs to `field` and replaces its text.
    private func fill(_ h: AppHarness, _ field: MemberField, _ text: String) {
        let all = MemberField.allCases
        let steps = (all.firstIndex(of: field)! - form(h)!.form.focus + all.count) % all.count
        h.run(Array(repeating: Key.tab, count: steps) + [.ctrl("u")])
        h.type(text)
    }

    private func draft(_ store: Store, _ key: String) throws -> [String: String]? {
        guard let d = try store.drafts.find(kind: MemberFormScreen.draftKind, recordKey: key) else { return nil }
        return try JSONDecoder().decode(MemberFormScreen.DraftPayload.self, from: Data(d.payload.utf8)).values
    }

    // MARK: Autosave

    func testTheDraftIsWrittenAboutASecondAfterTheFirstUnsavedKeyWithNoAuditRow() throws {
        let store = MemberFixtures.fixedClockStore()
        let audit = try store.audit.count()
        let h = openForm(ilham, store: store)
        fill(h, .phone, "0711999888")
        h.wait(milliseconds: 900)
        XCTAssertNil(try draft(store, "57"), "not yet: the timer runs ~1 s")
        h.wait(milliseconds: 200)
        XCTAssertEqual(try draft(store, "57")?["phone"], "0711999888")
        XCTAssertEqual(try store.audit.count(), audit, "an autosave writes no audit row")
        XCTAssertEqual(try store.people.person(id: ilham)?.phone != "0711999888", true, "the record itself is untouched")
    }

    func testTypingWithoutAPauseStillSavesEverySecond() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        h.type("Bud")
        h.wait(milliseconds: 600)
        h.type("i S")
        h.wait(milliseconds: 600)
        XCTAssertEqual(try draft(store, "baru")?["name"], "Budi S", "written 1 s after the first key, not after a pause")
    }

    // MARK: Shutdown and restore

    func testAHangUpSavesBothFieldsAndTheNextStartOffersThemBack() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(ilham, store: store)
        fill(h, .phone, "0711999888")
        fill(h, .email, "ilham.baru@contoh.id")
        XCTAssertTrue(h.run(events: [.shutdown(.hangup)]), "the shutdown ends the loop")
        let saved = try XCTUnwrap(try draft(store, "57"))
        XCTAssertEqual(saved["phone"], "0711999888")
        XCTAssertEqual(saved["email"], "ilham.baru@contoh.id")

        // The next start: the menu offers the draft, the form offers to restore it.
        let next = AppHarness(store: store)
        next.run([])
        XCTAssertTrue(next.screen.contains("Isian belum disimpan"), next.screen)
        XCTAssertTrue(next.screen.contains("Ubah anggota: Ilham"), next.screen)
        next.run([.enter])
        XCTAssertEqual(next.header.components(separatedBy: "  ").first, "Menu › Anggota › Ubah")
        XCTAssertTrue(next.screen.contains("[ Pulihkan ]"), next.screen)
        next.run([.enter])
        XCTAssertEqual(form(next)?.form[.phone]?.text, "0711999888")
        XCTAssertEqual(form(next)?.form[.email]?.text, "ilham.baru@contoh.id")
        XCTAssertTrue(form(next)?.hasUnsavedChanges ?? false, "restored typing is unsaved until F2")
        XCTAssertEqual(next.messageLine, "Isian yang belum disimpan dipulihkan. F2 untuk menyimpan.")

        // F2 writes one audited save and forgets the draft.
        let audit = try store.audit.count()
        next.run([.function(2)])
        XCTAssertTrue(next.messageLine.hasPrefix("Tersimpan"), next.screen)
        XCTAssertNil(try draft(store, "57"))
        XCTAssertEqual(try store.people.person(id: ilham)?.phone, "0711999888")
        XCTAssertEqual(try store.audit.count(), audit + 1, "one audited save")
        XCTAssertEqual(try store.audit.entries(personId: ilham, limit: 1).first?.changes.map(\.field).sorted(), ["email", "phone"])
    }

    func testOpeningTheSamePersonAgainOffersTheDraftAndDropDiscardsIt() throws {
        let store = MemberFixtures.fixedClockStore()
        let first = openForm(ilham, store: store)
        fill(first, .phone, "0711999888")
        first.wait(milliseconds: 1000)
        XCTAssertNotNil(try draft(store, "57"))

        let again = openForm(ilham, store: store)
        XCTAssertTrue(again.screen.contains("[ Buang ]"), again.screen)
        again.run([.char("b")])
        XCTAssertNil(try draft(store, "57"), "dropped")
        XCTAssertNotEqual(form(again)?.form[.phone]?.text, "0711999888", "the stored phone is shown")
        XCTAssertFalse(form(again)?.hasUnsavedChanges ?? true)
    }

    func testEscOnTheOfferLeavesTheDraftForLater() throws {
        let store = MemberFixtures.fixedClockStore()
        let first = openForm(nil, store: store)
        first.type("Budi")
        first.run(events: [.shutdown(.terminate)])
        let again = AppHarness(store: store)
        again.run([.char("n")])
        XCTAssertEqual(again.header, "Menu", "Nanti: the start offer closes, the menu stays")
        again.run([.char("1"), .char("a")])
        XCTAssertTrue(again.screen.contains("[ Pulihkan ]"), "adding again offers the new entry's draft:\n\(again.screen)")
        again.run([.escape])
        XCTAssertEqual(again.header.components(separatedBy: "  ").first, "Menu › Anggota", "the form did not open")
        XCTAssertEqual(try draft(store, "baru")?["name"], "Budi", "kept for later")
    }

    func testDiscardingChangesDiscardsTheDraft() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        h.type("Budi")
        h.wait(milliseconds: 1000)
        XCTAssertNotNil(try draft(store, "baru"))
        h.run([.escape, .char("y")])
        XCTAssertNil(try draft(store, "baru"), "Buang perubahan? Ya throws the draft away too")
    }

    func testQuittingWithUnsavedWorkKeepsItAsADraft() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        h.type("Budi")
        XCTAssertFalse(h.run([.function(10)]))
        XCTAssertTrue(h.screen.contains("Ada isian yang belum disimpan"), h.screen)
        XCTAssertTrue(h.run([.char("y")]), "Ya quits")
        XCTAssertEqual(try draft(store, "baru")?["name"], "Budi")
    }

    func testF10OnATooSmallTerminalStillAsks() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = openForm(nil, store: store)
        h.type("Budi")
        h.run(events: [.resize(Size(width: 40, height: 10))])
        XCTAssertFalse(h.run([.function(10)]), "asks first")
        XCTAssertTrue(h.screen.contains("Tekan y untuk ya, t untuk tidak."), h.screen)
        h.run([.char("t")])
        XCTAssertTrue(h.screen.contains("Terminal terlalu kecil"), h.screen)
        h.run(events: [.resize(Size(width: 80, height: 24))])
        XCTAssertEqual(form(h)?.form[.name]?.text, "Budi", "nothing lost")
    }

    // MARK: Two windows, one operator

    /// The same OS account in two windows (or two staff sharing one account): B is told A is
    /// editing, and is not offered A's live typing as "left unsaved".
    func testASecondWindowIsToldTheFirstIsEditingAndGetsItsDraftOnlyOnceTheFirstIsGone() throws {
        let store = MemberFixtures.fixedClockStore()
        let a = openForm(ilham, store: store)
        fill(a, .phone, "0711999888")
        a.wait(milliseconds: 1000)
        XCTAssertNotNil(try draft(store, "57"))

        let windowB = try Store.open(path: store.path, operatorName: store.operatorName, clock: { MemberFixtures.instant })
        XCTAssertNotNil(try windowB.drafts.editedElsewhere(kind: MemberFormScreen.draftKind, recordKey: "57"))
        let start = AppHarness(store: windowB)
        start.run([])
        XCTAssertEqual(start.header, "Menu", "no draft offered at B's start: \(start.screen)")
        let b = openForm(ilham, store: windowB)
        XCTAssertFalse(b.screen.contains("[ Pulihkan ]"), b.screen)
        XCTAssertTrue(b.messageLine.hasPrefix("Data ini juga sedang disunting di jendela lain"), b.screen)
        XCTAssertNotEqual(form(b)?.form[.phone]?.text, "0711999888", "B sees the stored phone, not A's typing")
        try windowB.close()

        // A's process ends without saving (here: its store closes): the next window gets the draft.
        try store.close()
        let windowC = try Store.open(path: store.path, operatorName: store.operatorName, clock: { MemberFixtures.instant })
        defer { try? windowC.close() }
        let c = AppHarness(store: windowC)
        c.run([])
        XCTAssertTrue(c.screen.contains("Ubah anggota: Ilham"), c.screen)
    }

    // MARK: Two people, one member

    /// A opens Ilham's form; B saves a new phone meanwhile; A types a new email.
    private func twoEditors() throws -> (Store, AppHarness) {
        let store = MemberFixtures.fixedClockStore()
        let a = openForm(ilham, store: store)
        var b = try XCTUnwrap(try store.people.editable(personId: ilham))
        b.person.phone = "0711222333"
        try store.people.save(b, overrideReason: "uji")
        fill(a, .email, "ilham.a@contoh.id")
        return (store, a)
    }

    /// The case: A opens a member; B changes the phone and saves; A changes the email
    /// and saves. The phone must not silently go back, and the audit must not show A changing it.
    func testASaveAfterSomeoneElsesIsAConflictAndKeepingMineKeepsTheirsToo() throws {
        let (store, a) = try twoEditors()
        a.run([.function(2)])
        XCTAssertTrue(a.screen.contains("Diubah orang lain"), a.screen)
        XCTAssertTrue(a.screen.contains("telepon"), "names what the other changed:\n\(a.screen)")
        XCTAssertEqual(try store.people.person(id: ilham)?.email == "ilham.a@contoh.id", false, "nothing written yet")

        a.run([.char("p")])
        XCTAssertTrue(a.messageLine.hasPrefix("Tersimpan"), a.screen)
        let stored = try XCTUnwrap(try store.people.person(id: ilham))
        XCTAssertEqual(stored.phone, "0711222333", "B's phone stays")
        XCTAssertEqual(stored.email, "ilham.a@contoh.id", "A's email is saved")
        XCTAssertEqual(try store.audit.entries(personId: ilham, limit: 1).first?.changes.map(\.field), ["email"],
                       "A's audit entry changes the email only")
    }

    func testReloadShowsTheLatestAndDropsMine() throws {
        let (store, a) = try twoEditors()
        a.run([.function(2), .char("m")])
        XCTAssertEqual(form(a)?.form[.phone]?.text, "0711222333")
        XCTAssertNotEqual(form(a)?.form[.email]?.text, "ilham.a@contoh.id")
        XCTAssertEqual(a.messageLine, "Data terbaru dimuat; isian Anda dibuang.")
    }
}
