import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Issue 12 on screen: the LPJ, Pemilihan and Formatur tabs of the demo's Musda I, and a
/// Musda II (2028) recorded from verdict to handover with the keys a secretariat would press.
final class MusdaOutcomeScreenTests: XCTestCase {
    /// Menu › Musda › the first Musda listed (newest first), on tab `tab` (5 LPJ, 6 Pemilihan, 7 Formatur).
    private func record(_ store: Store, tab: Int, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("3"), .enter])
        h.run(Array(repeating: Key.tab, count: tab))
        return h
    }

    func testMusdaIShowsItsRecordedOutcome() {
        let h = record(TestStore.demo, tab: 5)
        XCTAssertNotNil(h.row(containing: "Putusan: DITERIMA DENGAN CATATAN · Keputusan 03/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"), h.screen)
        XCTAssertNotNil(h.row(containing: "Periode 2019–2023"), h.screen)
        assertSnapshot(h.terminal, named: "musda-lpj-80x24")

        h.run([.tab])
        XCTAssertTrue(h.row(containing: "Wahidin")?.text.contains("TERPILIH") == true, h.screen)
        XCTAssertNotNil(h.row(containing: "Surat suara 38 · abstain – · tidak sah 1 · terhitung 38"), h.screen)
        XCTAssertNotNil(h.row(containing: "Ditetapkan pukul 16.10, Sidang Pleno IV: Pemilihan Ketua"), h.screen)
        XCTAssertNotNil(h.row(containing: "Keputusan 05/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023"), h.screen)
        XCTAssertNil(h.row(containing: "⚠"), "the demo's counts add up")
        assertSnapshot(h.terminal, named: "musda-election-80x24")

        h.run([.tab])
        XCTAssertNotNil(h.row(containing: "pengurus sudah disusun"), h.screen)
        XCTAssertEqual(["ketua terpilih", "anggota"].map { role in h.lines.filter { $0.trimmingCharacters(in: .whitespaces).hasSuffix(role) }.count },
                       [1, 4], h.screen)
        assertSnapshot(h.terminal, named: "musda-formatur-80x24")

        h.run([.backTab, .backTab, .backTab, .backTab, .backTab, .backTab, .backTab])
        XCTAssertNotNil(h.row(containing: "Ketua terpilih   Wahidin"), h.screen)
        XCTAssertNotNil(h.row(containing: "LPJ              diterima dengan catatan"), h.screen)
    }

    /// Found by a fresh pair of eyes: at 60x16 the Pemilihan tab showed its column titles and no
    /// candidate, and the LPJ tab no programme; resized small then large, the top rows stayed
    /// hidden. The lists keep their rows; what gives way is the text around them.
    func testTheOutcomeListsKeepTheirRowsOnASmallTerminalAndAfterAResize() {
        let h = record(TestStore.demo, tab: 5, size: Size(width: 60, height: 16))
        XCTAssertNotNil(h.row(containing: "Rekrutmen") ?? h.row(containing: "Pelatihan") ?? h.row(containing: "Pembentukan"),
                        "a programme row at 60x16: \(h.screen)")
        h.run([.tab])
        XCTAssertNotNil(h.row(containing: "Wahidin"), "a candidate at 60x16: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Rahmat Sukmajaya"), h.screen)
        XCTAssertNotNil(h.row(containing: "Surat suara 38"), "the counts stay: \(h.screen)")
        h.run([.tab, .char("G")])
        XCTAssertNotNil(h.row(containing: "Dian"), "the last formatur member: \(h.screen)")
        h.run(events: [.resize(Size(width: 80, height: 24))])
        XCTAssertNotNil(h.row(containing: "Wahidin"), "back at 80x24 the first row is in view again: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Dian"), h.screen)
    }

    /// The Done-when walk of issue 12, through the screens.
    func testAMusdaIIRecordsTheVerdictTheVoteAndHandsOver() throws {
        let store = MemberFixtures.fixedClockStore()
        let term = try XCTUnwrap(store.board.terms().first { $0.name == "2023–2028" })
        let musdaId = try store.musda.save(Musda(kind: .musda, number: 2, date: LocalDate(iso: "2028-05-20")!, place: "Palembang",
                                                 closesTermId: term.id, status: .berlangsung))
        try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 2, title: "Sidang Pleno II", order: 0))
        let pleno4 = try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 4, title: "Sidang Pleno IV", order: 0))
        let musdaI = try XCTUnwrap(store.musda.musdas().first { $0.number == 1 })
        let delegates = try store.musda.attendance(musdaId: musdaI.id!).filter { $0.role == .delegate }.map(\.personId)
        for person in delegates {
            try store.musda.register(personId: person, musdaId: musdaId, role: .delegate, representing: nil, sessionId: pleno4,
                                     at: ClockTime(hour: 8, minute: 0)!)
        }
        let first = try XCTUnwrap(store.people.person(id: delegates[4])?.name)
        let second = try XCTUnwrap(store.people.person(id: delegates[7])?.name)

        // Pleno II: the verdict on the 2023–2028 term.
        let h = record(store, tab: 5)
        XCTAssertTrue(h.screen.contains("Sesi: Sidang Pleno II"), h.screen)
        h.run([.char("v")])
        h.type("catatan")
        h.run([.enter])
        h.type("Pendataan belum tuntas")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("menjadi demisioner"), h.screen)
        XCTAssertTrue(h.screen.contains("Kuorum sesi ini tidak tercapai (0 hadir dari 38 peserta"),
                      "nobody is in Pleno II here: the question says so: \(h.screen)")
        h.run([.char("y")])
        XCTAssertTrue(h.messageLine.contains("01/MUSDA-II/DPD-IPSPI/SUMSEL/V/2028"), h.messageLine)
        XCTAssertEqual(try store.board.term(id: term.id!)?.status, .demisioner)
        h.run([.char("v")])
        XCTAssertTrue(h.messageLine.contains("sudah diputus"), "a second verdict is refused: \(h.messageLine)")

        // Pleno IV: two candidates, 30 and 6 votes, 1 abstain, 1 invalid, against 38 present.
        h.run([.char("]"), .tab])
        XCTAssertTrue(h.screen.contains("Sesi: Sidang Pleno IV"), h.screen)
        h.run([.char("t")])
        XCTAssertTrue(h.messageLine.contains("Belum ada calon"), h.messageLine)
        for name in [first, second] {
            h.run([.char("a")])
            h.type(name)
            h.run([.enter])
        }
        XCTAssertNotNil(h.row(containing: first), h.screen)
        h.run([.home, .char("v")])
        h.type("30")
        h.run([.enter, .down, .char("v")])
        h.type("6")
        h.run([.enter])
        // 36 counted for 38 present: kept as typed, with the warning, until the rest are counted.
        XCTAssertNotNil(h.row(containing: "⚠ 36 surat suara untuk 38 peserta hadir"), h.screen)
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.map(\.votes), [30, 6])
        h.run([.char("h")])
        XCTAssertTrue(h.screen.contains("hadir di sesi: 38."), h.screen)
        XCTAssertNotNil(h.row(containing: "Surat suara  38"), "the ballots start at the delegates present: \(h.screen)")
        h.run([.tab])
        h.type("1")
        h.run([.tab])
        h.type("1")
        h.run([.function(2)])
        XCTAssertNotNil(h.row(containing: "Surat suara 38 · abstain 1 · tidak sah 1 · terhitung 38 · peserta hadir 38"), h.screen)
        XCTAssertNil(h.row(containing: "⚠"), h.screen)
        h.run([.home, .char("t"), .char("y")])
        XCTAssertTrue(h.messageLine.contains("ditetapkan terpilih"), h.messageLine)
        XCTAssertTrue(h.row(containing: first)?.text.contains("TERPILIH") == true, h.screen)
        assertSnapshot(h.terminal, named: "musda-election-vote-80x24")

        // Declared, the figures its decision rests on no longer change.
        h.run([.down, .char("v")])
        XCTAssertTrue(h.messageLine.contains("sudah ditetapkan"), h.messageLine)
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.map(\.votes), [30, 6])

        // Formatur: the chair-elect joins first; the deadline is 14 days after the Musda.
        h.run([.tab, .char("a")])
        h.type(second)
        h.run([.enter])
        XCTAssertEqual(try store.musda.formatur(musdaId: musdaId).map(\.personId), [delegates[4], delegates[7]])
        XCTAssertTrue(h.row(containing: first)?.text.contains("ketua terpilih") == true, h.screen)
        XCTAssertEqual(try store.musda.formatur(musdaId: musdaId).first?.deadline, LocalDate(iso: "2028-06-03"))
        XCTAssertNotNil(h.row(containing: "Menyusun pengurus: sisa"), h.screen)

        // The handover.
        h.run([.char("s")])
        XCTAssertTrue(h.header.hasSuffix("Serah terima") || h.header.contains("Serah terima"), h.header)
        XCTAssertNotNil(h.row(containing: "Periode baru 2028–2033"), h.screen)
        assertSnapshot(h.terminal, named: "musda-handover-80x24")
        let unfinished = try store.programmes.carryOverCandidates(termId: term.id!)
        h.run([.char("h")])
        h.type("Digabung dengan program lain")
        h.run([.enter, .function(2), .char("y")])
        XCTAssertTrue(h.messageLine.contains("Serah terima selesai: periode 2028–2033"), h.messageLine)

        let newTerm = try XCTUnwrap(store.board.terms().first { $0.name == "2028–2033" })
        XCTAssertEqual(try store.board.officers(termId: newTerm.id!).first { $0.kind == .ketua }?.personName, first)
        let carried = try store.programmes.rows(termId: newTerm.id!)
        XCTAssertEqual(carried.count, unfinished.count - 1)
        XCTAssertTrue(carried.allSatisfy { $0.origin != nil })
        XCTAssertEqual(try store.programmes.record(id: unfinished[0].programme.id!)?.row.programme.status, .dibatalkan)
        XCTAssertTrue(h.screen.contains("dilanjutkan \(unfinished.count - 1), dihentikan 1, selesai 0"), h.screen)

        // The decisions tab: the verdict and the election, numbered with the session's Roman month.
        h.run([.backTab, .backTab, .backTab])
        XCTAssertNotNil(h.row(containing: "Penerimaan dengan Catatan"), h.screen)
        XCTAssertNotNil(h.row(containing: "Penetapan Ketua DPD"), h.screen)
        let decisions = try store.musda.decisions(musdaId: musdaId)
        XCTAssertEqual(decisions.map(\.number), [1, 2])
        // Where the letter number shows, it shows whole: MUSDA-II is longer than MUSDA-I.
        let wide = record(store, tab: 4, size: Size(width: 120, height: 40))
        XCTAssertNotNil(wide.row(containing: "02/MUSDA-II/DPD-IPSPI/SUMSEL/V/2028"), wide.screen)
        XCTAssertTrue(decisions[1].title.hasPrefix("Penetapan Ketua"), decisions[1].title)
    }

    func testAPembacaSeesTheOutcomeButCannotRecordIt() throws {
        let store = MemberFixtures.fixedClockStore()
        // An account nobody gave a role reads as pembaca.
        let reader = try Store.open(path: store.path, operatorName: "tamu", clock: { MemberFixtures.instant })
        let h = record(reader, tab: 6)
        XCTAssertNotNil(h.row(containing: "Wahidin"), h.screen)
        XCTAssertFalse(h.keyBar.contains("Tetapkan"), h.keyBar)
        h.run([.char("t")])
        XCTAssertTrue(h.messageLine.contains("pembaca"), h.messageLine)
    }

    /// Found by a fresh pair of eyes: a 0 typed into a session's number stopped the program
    /// (its title turned it into a Roman numeral); a Musda numbered 0 was saved, and the list
    /// stopped the program every time it was opened.
    func testNumbersOutOfRangeAreRefusedWithoutStoppingTheProgram() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("3"), .enter, .tab, .char("a"), .tab])
        h.type("0")
        XCTAssertTrue(h.screen.contains("Tambah sesi"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Nomor sesi harus antara 1 dan 20."), h.screen)
        h.run([.escape, .char("y"), .escape])
        h.run([.char("a"), .tab])
        h.type("0")
        h.run([.tab])
        h.type("20052028")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Nomor Musda harus antara 1 dan 99."), h.screen)
        XCTAssertEqual(try store.musda.musdas().count, 2, "nothing written")
    }

    /// The warning about a winner with fewer votes is in the question, before the number is given;
    /// a vote the ballots cannot hold is refused in the prompt, which stays open with the figure.
    func testDeclaringTheLowerVoteGetterIsWarnedAndImpossibleVotesAreRefusedInPlace() throws {
        let store = MemberFixtures.fixedClockStore()
        let term = try XCTUnwrap(store.board.activeTerm())
        let musdaId = try store.musda.save(Musda(kind: .musda, number: 2, date: LocalDate(iso: "2028-05-20")!, place: "Palembang",
                                                 closesTermId: term.id, status: .berlangsung))
        try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 4, title: "Sidang Pleno IV", order: 0))
        let people = try store.musda.attendance(musdaId: XCTUnwrap(store.musda.musdas().first { $0.number == 1 }?.id))
            .filter { $0.role == .delegate }.map(\.personId)
        for p in people.prefix(2) { try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: p, ineligibleReason: nil) }
        var election = try XCTUnwrap(store.musda.elections(musdaId: musdaId).first)
        election.candidates[0].votes = 4
        election.candidates[1].votes = 2
        election.ballots = 6
        try store.musda.save(election)
        let h = record(store, tab: 6)
        h.run([.home, .char("v"), .ctrl("u")])
        h.type("9")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("melebihi surat suara (6)"), h.screen)
        XCTAssertTrue(h.screen.contains("Perolehan suara:"), "the prompt stays open: \(h.screen)")
        // Esc asks before dropping the typed figure (a one-line prompt does as the forms do).
        h.run([.escape])
        XCTAssertTrue(h.screen.contains("Buang perubahan?"), h.screen)
        h.run([.char("t")])
        XCTAssertTrue(h.screen.contains("Perolehan suara:"), "Tidak keeps the prompt and its figure: \(h.screen)")
        h.run([.escape, .char("y"), .down, .char("t")])
        XCTAssertTrue(h.screen.contains("yang terpilih bukan") && h.screen.contains("peraih suara terbanyak"), h.screen)
        h.run([.char("t")])
        XCTAssertNil(try store.musda.elections(musdaId: musdaId).first?.elected, "nothing declared")
        XCTAssertFalse(h.screen.contains("peraih suara terbanyak"), "Tidak closed the question: \(h.screen)")

        // Removing a candidate asks first, naming the votes that go with them; No keeps both.
        h.run([.home, .char("x")])
        XCTAssertTrue(h.screen.contains("Perolehan 4 suara yang sudah diketik ikut terhapus."), h.screen)
        h.run([.char("t")])
        XCTAssertEqual(h.messageLine, "Calon tidak dihapus.")
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.map(\.votes), [4, 2])
        h.run([.char("x"), .char("y")])
        XCTAssertTrue(h.messageLine.hasSuffix("dihapus."), h.messageLine)
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.map(\.votes), [2])
    }
}
