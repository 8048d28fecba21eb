import Domain
import Foundation
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Pengaturan (issue 16): the settings and the users with their roles, changed by an admin
/// only; and what a pembaca meets on the other screens.
final class SettingsScreenTests: XCTestCase {
    private func settings(_ store: Store, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let h = AppHarness(store: store, size: size)
        h.run([.char("7")])
        return h
    }

    /// A pembaca's connection to `store`'s file: an account nobody gave a role.
    private func reader(of store: Store) throws -> Store {
        try Store.open(path: store.path, operatorName: "tamu", clock: { MemberFixtures.instant })
    }

    func testSevenOpensTheSettingsWithTheirValues() {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let h = settings(MemberFixtures.fixedClockStore(), size: size)
            XCTAssertTrue(h.header.hasPrefix("Menu › Pengaturan"), h.header)
            XCTAssertEqual(h.counter, "1/\(SettingKey.allCases.count)")
            XCTAssertTrue(h.screen.contains("Anda: penguji (admin). Setiap perubahan dicatat di audit."), h.screen)
            XCTAssertTrue(h.row(containing: "Kepanjangan DPD")?.text.contains("Dewan Pengurus Daerah") ?? false, h.screen)
            XCTAssertTrue(h.row(containing: "Kuorum bawaan Musda")?.text.contains("½ + 1") ?? false, h.screen)
            XCTAssertTrue(h.keyBar.contains("Ubah"), h.keyBar)
            assertSnapshot(h.terminal, named: "settings-\(size.width)x\(size.height)")
        }
    }

    func testAnAdminChangesASettingAndARefusedValueIsSaidInPlace() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = settings(store)
        let row = try XCTUnwrap(SettingKey.allCases.firstIndex(of: .termLengthYears))
        h.run(Array(repeating: .down, count: row) + [.enter, .ctrl("u")])
        h.type("0")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Masa periode (tahun): bilangan bulat 1–10."), h.screen)
        h.run([.backspace])
        h.type("4")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Masa periode (tahun) disimpan.")
        XCTAssertEqual(try store.settings.current(.termLengthYears), "4")
        XCTAssertTrue(h.row(containing: "Masa periode")?.text.contains("4") ?? false, h.screen)
        let audit = try XCTUnwrap(store.audit.recent(limit: 1).first)
        XCTAssertEqual("\(audit.entity) \(audit.after ?? "")", #"setting {"term_length_years":"4"}"#)
    }

    func testALogoThatIsNoPictureIsRefusedInPlace() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = settings(store)
        let row = try XCTUnwrap(SettingKey.allCases.firstIndex(of: .logoPath))
        let notAPicture = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("logo.png")
        try Data("bukan gambar".utf8).write(to: notAPicture)
        h.run(Array(repeating: .down, count: row) + [.enter])
        h.type(notAPicture.path)
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("bukan PNG atau JPEG"), h.screen)
        XCTAssertEqual(try store.settings.current(.logoPath), "", "nothing saved")
        h.run([.ctrl("u"), .enter])
        XCTAssertEqual(h.messageLine, "Logo (kop surat) disimpan.", "empty: no logo, allowed")
    }

    func testAnAdminAddsAUserAndGivesARole() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = settings(store)
        h.run([.tab, .char("a")])
        h.type("budi santoso")
        h.run([.enter])
        XCTAssertTrue(h.screen.contains("Nama akun hanya berisi huruf"), h.screen)
        h.run(Array(repeating: .backspace, count: 8))
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "budi ditambahkan sebagai pembaca; Enter untuk memberi peran lain.")
        XCTAssertTrue(h.row(containing: "budi")?.text.contains("pembaca") ?? false, h.screen)
        h.run([.enter])
        h.type("operator")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Peran budi: operator.")
        XCTAssertEqual(try store.users.role(of: "budi"), .operator)
        XCTAssertTrue(h.screen.contains("operator: mengisi dan mengubah data, NIK lengkap."), h.screen)
        assertSnapshot(h.terminal, named: "settings-users-80x24")
    }

    /// The breach register: recorded, counted down to its 3 × 24 h deadline, a person added, the
    /// notification letter printed and the notification marked sent.
    func testABreachIsRecordedCountedDownLetteredAndMarkedNotified() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = settings(store)
        h.run([.tab, .tab])
        XCTAssertTrue(h.screen.contains("Belum ada insiden."), h.screen)
        h.run([.char("a")])
        XCTAssertTrue(h.screen.contains("Catat insiden data pribadi"), h.screen)
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Tulis apa yang terjadi"), "the description is required:\n\(h.screen)")
        h.type("Daftar anggota terkirim ke grup WhatsApp yang salah")
        h.run([.tab, .tab, .tab])
        h.type("Salah pilih grup")
        h.run([.function(2)])
        XCTAssertEqual(h.messageLine, "Insiden disimpan.")
        XCTAssertTrue(h.row(containing: "Daftar anggota terkirim")?.text.contains("sisa 3 h 0 j") ?? false, h.screen)
        h.run([.char("o")])
        h.type("Nanang Basri")
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Nanang Basri dicatat terdampak (1 orang).")
        XCTAssertTrue(h.screen.contains("Terdampak: Nanang"), h.screen)
        assertSnapshot(h.terminal, named: "settings-breaches-80x24")
        h.run([.char("c")])
        h.type("HTML")
        h.run([.enter])
        XCTAssertTrue(h.messageLine.hasPrefix("Dibuat 01/PDP/"), "made, numbered and registered:\n\(h.screen)")
        let folder = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("dokumen/pdp")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(files.count, 1, h.messageLine)
        let html = try String(contentsOfFile: folder.appendingPathComponent(files[0]).path, encoding: .utf8)
        for part in ["Pemberitahuan Kegagalan Pelindungan Data Pribadi", "Pasal 46 Undang-Undang Nomor 27 Tahun 2022",
                     "Data pribadi yang terungkap: Daftar anggota terkirim ke grup WhatsApp yang salah", "Salah pilih grup",
                     "1 (satu) orang", "/PDP/"] {
            XCTAssertTrue(html.contains(part), "the letter says \(part)")
        }
        XCTAssertFalse(html.contains("Nanang"), "the letter names nobody it touches")
        XCTAssertTrue(html.contains("Wahidin"), "the ketua signs")
        h.run([.char("n"), .char("y")])
        XCTAssertEqual(h.messageLine, "Pemberitahuan dicatat terkirim.")
        XCTAssertTrue(h.row(containing: "Daftar anggota terkirim")?.text.contains("terkirim 2 Jun 2025") ?? false, h.screen)
    }

    func testABreachDiscoveredTomorrowIsRefusedInTheForm() throws {
        let h = settings(MemberFixtures.fixedClockStore())
        h.run([.tab, .tab, .char("a")])
        h.type("Laptop sekretariat hilang")
        h.run([.tab, .ctrl("u")])
        h.type("03062025")
        h.run([.function(2)])
        XCTAssertTrue(h.screen.contains("Waktu diketahui tidak boleh di masa depan."), h.screen)
    }

    func testThePembacaReadsTheSettingsButChangesNothing() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = settings(try reader(of: store))
        XCTAssertTrue(h.screen.contains("Anda: tamu (pembaca). Hanya admin yang dapat mengubah halaman ini."), h.screen)
        XCTAssertFalse(h.keyBar.contains("Ubah"), h.keyBar)
        h.run([.enter])
        XCTAssertEqual(h.messageLine, "Peran tamu: pembaca; hanya admin yang boleh melakukannya. Tidak ada yang berubah.")
        XCTAssertEqual(h.header.components(separatedBy: "  ").first, "Menu › Pengaturan", "no prompt opened")
        h.run([.tab])
        XCTAssertTrue(h.screen.contains("tamu (Anda) belum diberi peran, jadi pembaca."), h.screen)
    }

    /// The whole kind: every screen hides the keys that change data from a pembaca and refuses
    /// them with the reason, before a form opens; reading and moving work as before.
    func testAPembacaCannotWriteFromAnyScreen() throws {
        let store = try reader(of: MemberFixtures.fixedClockStore())
        // (menu key, keys to reach a list, keys that would change data there)
        let places: [(String, [Key], [Key])] = [
            ("Anggota", [.char("1")], [.char("a"), .char("e"), .char("d"), .insert, .function(4), .function(8)]),
            ("Detail", [.char("1"), .enter], [.char("e"), .char("u")]),
            ("Periode", [.char("2")], [.char("a"), .char("e"), .char("s")]),
            ("Pengurus", [.char("2"), .enter], [.char("i"), .char("x"), .char("a"), .char("d"), .char("b"), .char("n")]),
            ("Musda", [.char("3")], [.char("a"), .char("e")]),
            ("Program", [.char("4")], [.char("a"), .char("e")]),
            ("Pendataan", [.char("5")], [.char("i")]),
        ]
        for (name, reach, writes) in places {
            let h = AppHarness(store: store)
            h.run(reach)
            let header = h.header.components(separatedBy: "  ").first
            for key in writes {
                h.run([key])
                XCTAssertTrue(h.messageLine.hasPrefix("Peran tamu: pembaca"), "\(name) \(key): \(h.messageLine)")
                XCTAssertEqual(h.header.components(separatedBy: "  ").first, header, "\(name) \(key) opened nothing")
            }
            for word in ["Tambah", "Ubah", "Hapus", "Impor", "Isi", "Akhiri"] {
                XCTAssertFalse(h.keyBar.contains(word), "\(name): \(h.keyBar)")
            }
        }
        XCTAssertFalse(try store.audit.recent(limit: 50).contains { $0.operatorName == "tamu" }, "nothing written as tamu")
    }

    func testTheMenuSaysWhoWorksAndWithWhatRole() throws {
        let h = AppHarness(store: try reader(of: MemberFixtures.fixedClockStore()))
        h.run([])
        XCTAssertTrue(h.screen.contains("Pengguna: tamu (pembaca)"), h.screen)
    }
}
