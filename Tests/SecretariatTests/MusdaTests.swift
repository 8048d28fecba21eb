import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Musda: the list, the record's tabs, attendance with a live quorum, minutes typed live.
final class MusdaTests: XCTestCase {
    /// Menu › Musda › Musda I, on `tab` (0 Ringkasan … 4 Keputusan), at Sidang Pleno II.
    private func record(_ store: Store = TestStore.demo, size: Size = Size(width: 80, height: 24), tab: Int = 0) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("3"), .enter, .char("]"), .char("]")])
        h.run(Array(repeating: Key.tab, count: tab))
        return h
    }

    private func musdaI(_ store: Store) throws -> Int64 {
        try XCTUnwrap(store.musda.musdas().first { $0.kind == .musda }?.id)
    }

    private func editor(_ h: AppHarness) -> MinutesEditorScreen? {
        h.app.screens.last { $0 is MinutesEditorScreen } as? MinutesEditorScreen
    }

    func testTheListShowsEveryAssemblyWithDatePlaceStatusAndTheme() {
        let h = AppHarness()
        h.run([.char("3")])
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Musda")
        let musda = h.row(containing: "Musda I")?.text ?? ""
        XCTAssertTrue(musda.contains("14 Mei 2023") && musda.contains("Palembang") && musda.contains("selesai"), musda)
        XCTAssertNotNil(h.row(containing: "Pembentukan DPD"), h.screen)
        assertSnapshot(h.terminal, named: "musda-list-80x24")
    }

    func testTheRecordOpensOnItsSummaryWithTheSessionAndItsQuorum() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let h = record(size: size)
            XCTAssertTrue(h.header.hasPrefix("Menu › Musda › Musda I"), h.header)
            XCTAssertTrue(h.screen.contains("Sesi: Sidang Pleno II: Laporan Pertanggungjawaban  10.00–12.00"), h.screen)
            XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta, syarat ≥ 20 — tercapai"), h.screen)
            XCTAssertTrue(h.screen.contains("38 peserta, 12 peninjau, 0 undangan"), h.screen)
            assertSnapshot(h.terminal, named: "musda-summary-\(size.width)x\(size.height)")
        }
    }

    func testTheSessionsTabListsSessionsWithTimesAndAgenda() {
        let h = record(tab: 1)
        XCTAssertNotNil(h.row(containing: "Pembukaan"), h.screen)
        XCTAssertNotNil(h.row(containing: "Menyanyikan Indonesia Raya"), h.screen)
        h.run([.end, .enter])
        XCTAssertTrue(h.screen.contains("Sesi: Penutupan"), h.screen)
        assertSnapshot(h.terminal, named: "musda-sessions-80x24")
    }

    func testRegisteringDelegatesMovesTheQuorumAndDeparturesLoseIt() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 2)
        XCTAssertNotNil(h.row(containing: "Datang"), h.screen)
        XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta, syarat ≥ 20"), h.screen)
        // Five members who are not on the list yet, registered as delegates.
        let newcomers = try store.people.lookup("a", limit: 200).filter { p in
            try store.people.membership(personId: p.id!)?.status == .aktif
                && !store.musda.attendance(musdaId: musdaI(store)).contains { $0.personId == p.id }
        }.prefix(5)
        XCTAssertEqual(newcomers.count, 5)
        for person in newcomers {
            // By KTA, which only this person has.
            h.run([.char("a")])
            h.type(try XCTUnwrap(store.people.membership(personId: person.id!)?.kta))
            h.run([.enter])
            XCTAssertTrue(h.screen.contains("Catat kedatangan"), h.screen)
            h.run([.function(2)])
            XCTAssertTrue(h.messageLine.hasPrefix(person.name + " hadir"), h.messageLine)
        }
        XCTAssertNotNil(h.row(containing: "Kuorum: 43 hadir dari 43 peserta, syarat ≥ 22 — tercapai"), h.screen)
        // Twenty-two delegates leave: 21 of 43 stay, below ½ + 1.
        h.run([.home])
        for _ in 0..<22 {
            h.run([.char("p"), .ctrl("u")])
            h.type("11.00")
            h.run([.enter, .down])
        }
        let line = try XCTUnwrap(h.row(containing: "Kuorum: 21 hadir dari 43 peserta"), h.screen)
        XCTAssertTrue(line.text.contains("TIDAK TERCAPAI"), line.text)
        XCTAssertTrue(h.styleRow(line.index).hasPrefix("3"), "lost quorum in reverse video, not only colour: \(h.styleRow(line.index))")
        h.run([.up, .char("m")])
        XCTAssertNotNil(h.row(containing: "Kuorum: 22 hadir dari 43 peserta, syarat ≥ 22 — tercapai"), h.screen)
    }

    /// Two fresh pairs of eyes registered someone already in the room and read "… hadir 10.40."
    /// while nothing changed: now it says they are there, as what, since when; someone who had
    /// left comes back with the role they were registered with.
    func testRegisteringSomeoneAlreadyRegisteredSaysSoOrBringsThemBack() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 2)
        let attendee = try XCTUnwrap(store.musda.attendance(musdaId: musdaI(store)).first { $0.role == .delegate })
        let name = try XCTUnwrap(store.people.person(id: attendee.personId)?.name)
        let kta = try XCTUnwrap(store.people.membership(personId: attendee.personId)?.kta)
        h.run([.char("a")])
        h.type(kta)
        h.run([.enter])
        XCTAssertFalse(h.screen.contains("Catat kedatangan"), "no form for someone already here: \(h.screen)")
        XCTAssertTrue(h.messageLine.hasPrefix("\(name) sudah hadir di sesi ini sebagai peserta sejak "), h.messageLine)
        XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta"), h.screen)
        // Gone, then picked again: back in, still a delegate.
        h.run([.char("p"), .ctrl("u")])
        h.type("11.00")
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "Kuorum: 37 hadir dari 38 peserta"), h.screen)
        h.run([.char("a")])
        h.type(kta)
        h.run([.enter])
        XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta"), h.screen)
        XCTAssertTrue(h.messageLine.hasPrefix(name + " masuk"), h.messageLine)
        XCTAssertEqual(try store.musda.attendance(musdaId: musdaI(store)).filter { $0.personId == attendee.personId }.map(\.role), [.delegate])
    }

    /// At 80 columns the letter-number column gives way; the selected decision's whole number
    /// is under the list (a fresh pair of eyes found no way to read it there).
    func testTheSelectedDecisionsWholeNumberIsShownAtEightyColumns() {
        let h = record(tab: 4)
        XCTAssertNotNil(h.row(containing: "Nomor surat: 01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"), h.screen)
        h.run([.down])
        XCTAssertNotNil(h.row(containing: "Nomor surat: 02/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"), h.screen)
    }

    /// DOMAIN.md §4: without quorum the session is adjourned. Adopting a decision of such a
    /// session asks first, with the figures; Tidak leaves it a draft.
    func testAdoptingADecisionWithoutQuorumAsksFirst() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 4)
        h.run([.char("a")])
        h.type("Uji kuorum")
        h.run([.enter])
        let draft = try XCTUnwrap(try store.musda.decisions(musdaId: musdaI(store)).first { $0.title == "Uji kuorum" })
        let sessionId = try XCTUnwrap(draft.sessionId)
        for row in try store.musda.attendees(musdaId: musdaI(store), sessionId: sessionId)
            .filter({ $0.isPresent && $0.attendance.role == .delegate }).prefix(30) {
            try store.musda.depart(attendanceId: row.id, sessionId: sessionId, at: ClockTime(hour: 23, minute: 0)!)
        }
        h.run([.char("t")])
        XCTAssertTrue(h.screen.contains("Kuorum sesi ini tidak tercapai (8 hadir dari 38 peserta, syarat ≥ 20)"), h.screen)
        h.run([.char("t")])
        XCTAssertEqual(h.messageLine, "Keputusan belum disahkan.")
        XCTAssertTrue(try XCTUnwrap(try store.musda.decisions(musdaId: musdaI(store)).first { $0.id == draft.id }).isDraft)
        h.run([.char("t"), .char("y")])
        XCTAssertFalse(try XCTUnwrap(try store.musda.decisions(musdaId: musdaI(store)).first { $0.id == draft.id }).isDraft,
                       "adopted once the chair says so")
    }

    func testANonMemberIsRegisteredAsUndanganWithoutAVote() throws {
        let store = MemberFixtures.fixedClockStore()
        _ = try store.people.save(PersonDraft(person: Person(name: "Kepala Dinas Sosial Sumsel"), membership: nil), overrideReason: nil)
        let h = record(store, tab: 2)
        h.run([.char("a")])
        h.type("kepala dinas")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("bukan anggota"), h.screen)
        XCTAssertTrue(h.screen.contains("‹ undangan"), "a non-member defaults to undangan:\n\(h.screen)")
        h.run([.function(2)])
        XCTAssertNotNil(h.row(containing: "Kepala Dinas Sosial Sumsel"), h.screen)
        XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta"), "a guest has no vote:\n\(h.screen)")
    }

    func testADepartureBeforeTheArrivalIsRefusedInPlace() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 2)
        h.run([.home, .char("p"), .ctrl("u")])
        h.type("09.30")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Jam pulang tidak boleh sebelum jam datang."), h.screen)
        h.run([.escape])
        XCTAssertNotNil(h.row(containing: "Kuorum: 38 hadir dari 38 peserta"), "nothing written:\n\(h.screen)")
    }

    func testAMistypedArrivalTimeIsRefusedInPlace() throws {
        let store = MemberFixtures.fixedClockStore()
        let before = try store.musda.attendance(musdaId: musdaI(store)).count
        let h = record(store, tab: 2)
        h.run([.char("a")])
        h.type("ilham anwar")
        h.run([.enter, .tab, .tab, .ctrl("u")])
        h.type("25.70")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Jam tidak valid"), h.screen)
        XCTAssertEqual(try store.musda.attendance(musdaId: musdaI(store)).count, before, "nothing written")
    }

    // MARK: Minutes

    func testTypingMinutesWithATimeASpeakerAndADecisionLine() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, size: Size(width: 80, height: 24), tab: 3)
        h.run([.enter])
        XCTAssertTrue(h.header.contains("Notulen"), h.header)
        h.run([.control(.end), .enter, .ctrl("t")])
        h.run([.ctrl("p")])
        XCTAssertTrue(h.screen.contains("Pilih pembicara"), h.screen)
        h.type("wahidin")
        h.run([.enter])
        h.type("LPJ diterima dengan catatan.")
        h.run([.enter])
        h.type("KEPUTUSAN: Menerima LPJ pengurus 2019-2023 dengan catatan")
        XCTAssertTrue(h.screen.contains("Wahidin: LPJ diterima"), h.screen)
        XCTAssertTrue(h.screen.contains("belum tersimpan"), h.screen)
        assertSnapshot(h.terminal, named: "musda-minutes-editor-80x24")

        h.wait(milliseconds: 1100)
        let draft = try XCTUnwrap(store.drafts.find(kind: MinutesEditorScreen.draftKind, recordKey: String(editor(h)!.session.id!)))
        XCTAssertTrue(draft.payload.hasSuffix("KEPUTUSAN: Menerima LPJ pengurus 2019-2023 dengan catatan"))
        XCTAssertTrue(h.screen.contains("Tersimpan otomatis"), h.screen)

        h.run([.escape])
        XCTAssertTrue(h.messageLine.hasPrefix("Notulen Sidang Pleno II"), h.messageLine)
        XCTAssertNil(try store.drafts.find(kind: MinutesEditorScreen.draftKind, recordKey: String(draft.recordKey)), "saved: no draft left")
        h.run([.tab])
        XCTAssertNotNil(h.row(containing: "Menerima LPJ pengurus 2019-2023"), "the decision drafted from the minutes:\n\(h.screen)")
        XCTAssertTrue(h.row(containing: "Menerima LPJ")?.text.contains("draf") ?? false, h.screen)
    }

    func testAHangUpWritesTheMinutesAndTheNextOpenHasThem() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 3)
        h.run([.enter, .control(.end), .enter])
        h.type("Baris terakhir sebelum putus")
        XCTAssertTrue(h.run(events: [.shutdown(.hangup)]))
        let again = record(store, tab: 3)
        XCTAssertTrue(again.screen.contains("dipulihkan"), again.screen)
        again.run([.enter])
        XCTAssertTrue(again.screen.contains("Baris terakhir sebelum putus"), again.screen)
        XCTAssertTrue(again.messageLine.contains("dipulihkan"), again.messageLine)
    }

    func testAdoptingADraftDecisionNumbersItGaplessly() throws {
        let store = MemberFixtures.fixedClockStore()
        let pleno2 = try XCTUnwrap(store.musda.sessions(musdaId: musdaI(store)).first { $0.title.hasPrefix("Sidang Pleno II:") })
        try store.musda.saveMinutes(sessionId: pleno2.id!, text: "KEPUTUSAN: Rekomendasi pendataan ulang anggota", actions: [])
        let h = record(store, tab: 4)
        let numbers = try store.musda.decisions(musdaId: musdaI(store)).compactMap(\.number)
        h.run([.end, .char("t")])
        let next = Musda(kind: .musda, number: 1, date: LocalDate(iso: "2023-05-14")!, place: "").documentNumber(numbers.max()! + 1)
        XCTAssertEqual(h.messageLine, "Ditetapkan sebagai \(next).")
        XCTAssertNotNil(h.row(containing: "Rekomendasi pendataan ulang anggota")?.text.contains(String(next.description.prefix(2))), h.screen)
        XCTAssertEqual(try store.musda.decisions(musdaId: musdaI(store)).compactMap(\.number).sorted(), Array(1...(numbers.max()! + 1)))
        h.run([.char("t")])
        XCTAssertEqual(h.messageLine, "Keputusan ini sudah ditetapkan.")
    }

    // MARK: Add and edit

    func testAddingMusdaIIAndARuleThatCannotHoldIsRefused() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("3"), .char("a")])
        XCTAssertTrue(h.screen.contains("Tambah Musda"), h.screen)
        h.run([.tab])
        h.type("2")
        h.run([.tab])
        h.type("14052028")
        h.run([.tab, .tab])
        h.type("Musda II DPD IPSPI Sumatera Selatan")
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Musda tersimpan.")
        XCTAssertTrue(h.row(containing: "Musda II")?.text.contains("rencana") ?? false, h.screen)
        let added = try XCTUnwrap(store.musda.musdas().first { $0.number == 2 })
        XCTAssertEqual(added.closesTermId, try store.board.activeTerm()?.id, "a new Musda closes the active term: its LPJ covers it")

        // Musda I has 38 delegates: a fixed quorum of 60 can never be met.
        h.run([.down, .char("e")])
        for _ in 0..<6 { h.run([.tab]) }
        h.run([.right, .right, .tab])
        h.type("60")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Kuorum 60 peserta tidak mungkin tercapai: hanya 38 peserta terdaftar."), h.screen)
        XCTAssertEqual(try store.musda.musda(id: musdaI(store))?.quorum, .halfPlusOne, "nothing written")
    }

    // MARK: Finalising

    func testFinalisingLocksTheMinutesInAVersionAndReopeningNeedsAReason() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 3)
        h.run([.char("f")])
        XCTAssertEqual(h.messageLine, "Notulen final, versi 1.")
        XCTAssertTrue(h.screen.contains("final, versi 1"), h.screen)
        XCTAssertNotNil(h.row(containing: "Versi 1: final"), h.screen)
        h.run([.enter])
        XCTAssertTrue(h.messageLine.contains("sudah final"), h.messageLine)
        h.run([.char("x")])
        XCTAssertFalse(h.screen.contains("x"), "a final text takes no typing:\n\(h.screen)")
        h.run([.escape, .char("r"), .enter])
        XCTAssertTrue(h.screen.contains("Isian ini wajib diisi."), "a reopening needs its reason:\n\(h.screen)")
        h.type("Salah ketik nama pembicara")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Notulen dibuka kembali untuk diubah.")
        XCTAssertTrue(h.screen.contains("dibuka kembali: Salah ketik nama") && h.screen.contains("pembicara"), h.screen)
        h.run([.char("f")])
        XCTAssertEqual(h.messageLine, "Notulen final, versi 2.")
        let pleno2 = try XCTUnwrap(store.musda.sessions(musdaId: musdaI(store)).first { $0.title.hasPrefix("Sidang Pleno II:") })
        XCTAssertEqual(try store.musda.minutesVersions(sessionId: pleno2.id!).map(\.version), [1, 2], "the versions are kept")
    }

    func testEmptyMinutesCannotBeFinalised() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("3"), .enter, .tab, .tab, .tab])   // Pembukaan: no minutes
        h.run([.char("f")])
        XCTAssertEqual(h.messageLine, "Isi notulen wajib diisi.")
    }

    // MARK: Sessions and agenda

    func testAgendaItemsAreAddedWithTimesReorderedAndTimesOutOfOrderRefused() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 1)
        h.run([.home, .char("i")])
        XCTAssertTrue(h.screen.contains("Tambah acara: Pembukaan"), h.screen)
        h.type("Pembacaan doa")
        h.run([.tab])
        h.type("08.50")
        h.run([.tab])
        h.type("08.40")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Jam selesai tidak boleh sebelum jam mulai."), h.screen)
        h.run([.ctrl("u")])
        h.type("08.55")
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Acara Pembacaan doa tersimpan.")
        let pembukaan = try XCTUnwrap(store.musda.sessions(musdaId: musdaI(store)).first)
        XCTAssertEqual(try store.musda.agenda(sessionId: pembukaan.id!).last?.title, "Pembacaan doa")

        // Move it to the top: four steps up.
        let row = try XCTUnwrap(h.row(containing: "Pembacaan doa"))
        h.run([.home])
        for _ in 0..<(row.index - (h.row(containing: "Pembukaan")?.index ?? 0)) { h.run([.down]) }
        for _ in 0..<4 { h.run([.alt(.up)]) }
        XCTAssertEqual(try store.musda.agenda(sessionId: pembukaan.id!).map(\.title).first, "Pembacaan doa")
        XCTAssertEqual(try store.musda.agenda(sessionId: pembukaan.id!).map(\.order), [1, 2, 3, 4, 5])
        XCTAssertNotNil(h.row(containing: "1. Pembacaan doa"), h.screen)
    }

    func testAPimpinanSidangIsChosenFromThoseInTheRoom() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 1)
        h.run([.home, .char("p")])
        h.type("wahidin")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Wahidin memimpin Pembukaan.", "the session it acts on is named")
        XCTAssertNotNil(h.row(containing: "Pimpinan sidang: Wahidin"), h.screen)
        let pembukaan = try XCTUnwrap(store.musda.sessions(musdaId: musdaI(store)).first)
        XCTAssertEqual(try store.musda.chairs(sessionId: pembukaan.id!).count, 1)
    }

    func testANewSessionTakesItsTitleFromItsKindAndNumber() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 1)
        h.run([.char("a"), .tab])
        h.type("5")
        XCTAssertTrue(h.screen.contains("Sidang Pleno V"), h.screen)
        h.run([.tab, .tab])
        h.type("17.00")
        h.run([.tab])
        h.type("18.00")
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Sesi Sidang Pleno V tersimpan.")
        XCTAssertEqual(try store.musda.sessions(musdaId: musdaI(store)).last?.title, "Sidang Pleno V")
    }

    // MARK: Two editors

    func testASecondPersonSeesTheMinutesReadOnlyWhileTheFirstTypes() throws {
        let store = MemberFixtures.fixedClockStore()
        let a = record(store, tab: 3)
        a.run([.enter, .control(.end), .enter])
        a.type("Diketik oleh A")
        a.wait(milliseconds: 1100)

        try store.users.setRole(.operator, for: "sekretaris2")
        let storeB = try Store.open(path: store.path, operatorName: "sekretaris2", clock: { MemberFixtures.instant })
        defer { try? storeB.close() }
        let b = record(storeB, tab: 3)
        b.run([.enter])
        XCTAssertTrue(b.messageLine.hasPrefix("Sedang diketik oleh penguji"), b.messageLine)
        XCTAssertTrue(b.screen.contains("Diketik oleh A"), "B sees A's typing:\n\(b.screen)")
        XCTAssertTrue(b.screen.contains("hanya baca: penguji mengetik"), b.screen)
        b.type("B mencoba")
        XCTAssertFalse(b.screen.contains("B mencoba"), "B cannot type over A:\n\(b.screen)")

        a.type(", lanjut")
        a.wait(milliseconds: 1100)
        b.wait(milliseconds: 3100)
        XCTAssertTrue(b.screen.contains("Diketik oleh A, lanjut"), "refreshed every few seconds:\n\(b.screen)")

        a.run([.escape])
        b.wait(milliseconds: 3100)
        XCTAssertEqual(b.messageLine, "Notulen sudah disimpan oleh pengetiknya; kini dapat disunting di sini.")
        b.run([.control(.end)])
        b.type(" (B)")
        XCTAssertTrue(b.screen.contains("Diketik oleh A, lanjut (B)"), b.screen)
        b.run([.escape])
        let pleno2 = try XCTUnwrap(store.musda.sessions(musdaId: musdaI(store)).first { $0.title.hasPrefix("Sidang Pleno II:") })
        XCTAssertTrue(try store.musda.minutes(sessionId: pleno2.id!)?.text.hasSuffix("Diketik oleh A, lanjut (B)") ?? false,
                      "nobody's typing was lost")
    }

    func testADecisionAddedDirectlyIsAdoptedWithTheNumberPatternOfTheSettings() throws {
        let store = MemberFixtures.fixedClockStore()
        try store.settings.set(.decisionNumberPattern, to: "{nomor}/KEP/{seri}/{tahun}")
        let h = record(store, tab: 4)
        h.run([.char("a")])
        h.type("Rekomendasi kepada DPP tentang KTA")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Draf keputusan ditambahkan; t untuk menetapkan.")
        h.run([.char("t")])
        XCTAssertEqual(h.messageLine, "Ditetapkan sebagai 06/KEP/MUSDA-I/2023.")
    }

    func testAGuestNotInTheRegisterIsRecordedFromThePicker() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = record(store, tab: 2)
        h.run([.char("a")])
        h.type("Bupati Ogan Ilir")
        XCTAssertTrue(h.screen.contains("Ctrl-N: catat sebagai orang baru"), h.screen)
        h.run([.ctrl("n")])
        XCTAssertTrue(h.screen.contains("Bupati Ogan Ilir — bukan anggota"), h.screen)
        h.run([.function(2)])
        XCTAssertNotNil(h.row(containing: "Bupati Ogan Ilir")?.text.contains("undangan"), h.screen)
        XCTAssertNil(try store.people.lookup("Bupati Ogan", limit: 1).first.flatMap { try store.people.membership(personId: $0.id!) })
    }

    // MARK: Every screen at both sizes

    func testEveryTabAndTheEditorAt80x24And120x40() {
        let names = ["summary", "sessions", "attendance", "minutes", "decisions"]
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            for (tab, name) in names.enumerated() where !(size.width == 80 && (name == "summary" || name == "sessions")) {
                let h = record(size: size, tab: tab)
                XCTAssertTrue(h.keyBar.contains("F1 Bantuan") && h.keyBar.contains("F10 Keluar"), "\(name): \(h.keyBar)")
                assertSnapshot(h.terminal, named: "musda-tab-\(name)-\(size.width)x\(size.height)")
            }
            let list = AppHarness(size: size)
            list.run([.char("3")])
            assertSnapshot(list.terminal, named: "musda-list-tab-\(size.width)x\(size.height)")
            let editor = record(size: size, tab: 3)
            editor.run([.enter])
            XCTAssertTrue(editor.keyBar.contains("F2 Simpan"), editor.keyBar)
            assertSnapshot(editor.terminal, named: "musda-editor-\(size.width)x\(size.height)")
            editor.run([.escape])
        }
    }
}
