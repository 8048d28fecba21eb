import Domain
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// The Anggota list on the demo register, through the whole app and the in-memory terminal.
final class MembersListTests: XCTestCase {
    func testListAt80x24() {
        let h = AppHarness()
        h.run([.char("1")])
        XCTAssertTrue(h.counter == "1/124", h.lines[0])
        assertSnapshot(h.terminal, named: "members-list-80x24")
    }

    func testListAt120x40() {
        let h = AppHarness(size: Size(width: 120, height: 40))
        h.run([.char("1")])
        assertSnapshot(h.terminal, named: "members-list-120x40")
    }

    func testFilteredListByRegencyAndEmployment() {
        let h = AppHarness()
        // f opens the filters; → picks the first regency (OKU); Tab, → picks ASN; F2 applies.
        h.run([.char("1"), .char("f"), .right, .tab, .right, .function(2)])
        assertSnapshot(h.terminal, named: "members-list-filtered-80x24")
        XCTAssertTrue(h.counter == "1/4", h.lines[0])
        h.run([.char("x")])
        XCTAssertTrue(h.counter.hasSuffix("/124"), "x clears the filters: \(h.lines[0])")
    }

    func testNarrowTerminalDropsLowPriorityColumnsFirst() {
        let h = AppHarness(size: Size(width: 60, height: 16))
        h.run([.char("1")])
        let columns = h.lines[2]
        XCTAssertTrue(columns.contains("Nama") && columns.contains("KTA"), columns)
        XCTAssertFalse(columns.contains("NIK"), "NIK goes first: \(columns)")
    }

    func testMovementAndCounter() {
        let h = AppHarness()
        h.run([.char("1"), .char("j"), .down])
        XCTAssertTrue(h.counter == "3/124", h.lines[0])
        h.run([.char("k")])
        XCTAssertTrue(h.counter == "2/124")
        h.run([.pageDown])
        XCTAssertTrue(h.counter == "21/124", "a page is the 19 visible rows: \(h.lines[0])")
        h.run([.char("G")])
        XCTAssertTrue(h.counter == "124/124", h.lines[0])
        XCTAssertEqual(h.terminal.cursor?.y, 21, "the last row is at the bottom of the list and has the cursor")
        h.run([.char("g")])
        XCTAssertTrue(h.counter == "1/124")
        h.run([.end, .home])
        XCTAssertTrue(h.counter == "1/124")
    }

    func testLiveSearchFollowsEachKeystrokeAndEscClears() {
        let h = AppHarness()
        h.run([.char("1"), .char("/")])
        h.type("wa")
        let broad = h.lines[0]
        h.type("hi")
        XCTAssertTrue(h.counter == "1/1", "after 'wahi': \(h.lines[0]) (after 'wa': \(broad))")
        XCTAssertTrue(h.lines[1].hasPrefix("Cari: wahi"))
        XCTAssertEqual(h.lines[23].components(separatedBy: "Esc ").count, 2, "Esc named once in the key bar: \(h.lines[23])")
        XCTAssertTrue(h.lines[23].contains("Esc Hapus pencarian"), h.lines[23])
        XCTAssertTrue(h.lines[3].contains("Wahidin"), h.screen)
        h.run([.enter, .escape])
        XCTAssertTrue(h.counter == "1/124", "Esc cleared the search: \(h.lines[0])")
        XCTAssertTrue(h.lines[0].contains("Anggota"), "and stayed on the list")
    }

    func testSearchIgnoresCaseAndMatchesKTAAndNIKPrefixes() {
        let h = AppHarness()
        h.run([.char("1"), .char("/")])
        h.type("WAHIDIN")
        XCTAssertTrue(h.lines[3].contains("Wahidin"))
        h.run([.escape, .char("/")])
        h.type("1671")
        XCTAssertTrue(h.lines[3].contains("16.71."), "NIK or KTA prefix: \(h.lines[3])")
        h.run([.escape, .char("/")])
        h.type("zzzz")
        XCTAssertTrue(h.screen.contains("Tidak ada anggota yang cocok"), h.screen)
    }

    func testNextAndPreviousMatch() {
        let h = AppHarness()
        h.run([.char("1"), .char("/")])
        h.type("wahyu")
        h.run([.enter, .char("n")])
        XCTAssertTrue(h.counter == "2/3", h.lines[0])
        h.run([.char("N")])
        XCTAssertTrue(h.counter == "1/3", h.lines[0])
    }

    func testSortCyclesAndKeepsTheSelectedPerson() {
        let h = AppHarness()
        h.run([.char("1"), .char("/")])
        h.type("wahidin")
        h.run([.enter, .escape])   // back to the full list with Wahidin known to be present
        h.run([.char("s")])
        XCTAssertTrue(h.lines[1].contains("Urut: kab/kota"), h.lines[1])
        h.run([.char("s")])
        XCTAssertTrue(h.lines[1].contains("Urut: tanggal masuk"), h.lines[1])
        h.run([.char("s")])
        XCTAssertTrue(h.lines[1].contains("Urut: nama"))
    }

    func testWideCharacterNameKeepsColumnsAligned() throws {
        let store = TestStore.fresh()
        var person = Person(name: "李小龙 Wahyudi", sex: .male, domicileRegency: "1671")
        person.employment = Employment(status: .pns)
        _ = try store.people.save(PersonDraft(person: person, membership: Membership(kta: "16.71.999999")), overrideReason: nil)
        let h = AppHarness(store: store)
        h.run([.char("1"), .char("/")])
        h.type("wahyudi")
        let buffer = h.terminal.frame
        func column(of text: String, row: Int) -> Int? {
            (0..<buffer.size.width).first { x in buffer[x, row].text == String(text.first!) &&
                String((x..<min(buffer.size.width, x + text.count)).map { Character(buffer[$0, row].text.isEmpty ? " " : buffer[$0, row].text) }) == text }
        }
        let headerColumn = try XCTUnwrap(column(of: "Kab/Kota", row: 2))
        let rowColumn = try XCTUnwrap(column(of: "Palembang", row: 3), h.screen)
        XCTAssertEqual(rowColumn, headerColumn, "regency column aligned under its header:\n\(h.screen)")
        XCTAssertTrue(h.lines[3].contains("李小龙 Wahyudi"))
    }

    /// Minutes that name the person are not scrubbed blindly: after the erasure the message
    /// names where to review (issue 16).
    func testAnErasureSaysWhereFreeTextStillNamesThePerson() throws {
        let store = TestStore.fresh()
        let musda = try XCTUnwrap(store.musda.musdas().first { $0.kind == .musda })
        let session = try XCTUnwrap(store.musda.sessions(musdaId: musda.id!).first)
        try store.musda.saveMinutes(sessionId: session.id!, text: "[10.05] Wahyu Sulaiman menyampaikan laporan.", actions: [])
        let h = AppHarness(store: store)
        h.run([.char("1"), .char("/")])
        h.type("wahyu sulaiman")
        h.run([.enter, .char("d")])
        h.type("HAPUS")
        h.run([.enter])
        // The message wraps onto the row above its line at 80 columns.
        let message = h.lines.suffix(3).dropLast().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertEqual(message, "Data pribadi telah dihapus. Namanya masih disebut di teks bebas; tinjau: notulen \(session.title), Musda 2023.")
    }

    func testEraseNeedsTheTypedWordThenLeavesATombstone() throws {
        let store = TestStore.fresh()
        let h = AppHarness(store: store)
        h.run([.char("1"), .char("/")])
        h.type("wahyu sulaiman")
        h.run([.enter])
        let target = try XCTUnwrap(try store.members.members(MemberQuery(search: "wahyu sulaiman"), page: .first, limit: 1).first)
        h.run([.char("d")])
        XCTAssertTrue(h.screen.contains("Ketik HAPUS untuk memastikan"), h.screen)
        h.type("hapus")
        h.run([.enter])
        XCTAssertFalse(try XCTUnwrap(store.people.person(id: target.personId)).isErased, "Enter without the exact word erases nothing")
        XCTAssertTrue(h.screen.contains("Belum sama: ketik HAPUS persis, huruf besar semua."), "and says why: \(h.screen)")
        h.run(Array(repeating: Key.backspace, count: 5))
        h.type("HAPUS")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Data pribadi telah dihapus."), h.screen)
        XCTAssertFalse(h.screen.contains("Wahyu Sulaiman"), "the erased name is gone from the list:\n\(h.screen)")
        XCTAssertEqual(h.counter, "0/0", "the search now matches nobody")
        let erased = try XCTUnwrap(store.people.person(id: target.personId))
        XCTAssertTrue(erased.isErased)
        XCTAssertNil(erased.nik)
        XCTAssertFalse(try store.audit.entries(personId: target.personId, limit: 50).isEmpty, "audit trail kept")
    }

    func testAfterAnErasureTheNextPersonIsSelected() throws {
        let store = TestStore.fresh()
        let h = AppHarness(store: store)
        h.run([.char("1"), .char("j"), .char("j")])
        let third = h.lines[5], fourth = h.lines[6]
        h.run([.char("d")])
        h.type("HAPUS")
        h.run([.enter])
        XCTAssertEqual(h.counter, "3/123", h.lines[0])
        XCTAssertFalse(h.screen.contains(third), "erased row gone:\n\(h.screen)")
        XCTAssertEqual(h.lines[5], fourth, "the next person moved up and is selected")
        XCTAssertEqual(h.terminal.cursor?.y, 5)
    }

    func testBroadSearchCountsOnlyUpToTheLimitUntilTheEndIsAskedFor() throws {
        let h = AppHarness(store: TestStore.large)
        h.run([.char("1")])
        XCTAssertEqual(h.counter, "1/10124")
        h.run([.char("/")])
        h.type("s")
        XCTAssertEqual(h.counter, "1/1000+", "a broad search is counted up to the limit only")
        let exact = try TestStore.large.members.count(MemberQuery(search: "s"), upTo: nil).value
        XCTAssertGreaterThan(exact, 1000)
        h.run([.enter, .char("G")])
        XCTAssertEqual(h.counter, "\(exact)/\(exact)", "G counts exactly and shows the last match")
        h.run([.char("k")])
        XCTAssertEqual(h.counter, "\(exact - 1)/\(exact)")
    }

    func testEnglishColumns() {
        let h = AppHarness(language: .english)
        h.run([.char("1")])
        XCTAssertTrue(h.lines[0].contains("Menu › Members"))
        XCTAssertTrue(h.lines[2].contains("Name") && h.lines[2].contains("Regency"), h.lines[2])
    }
}
