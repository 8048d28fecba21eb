import Documents
import Domain
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// Issue 15's Laporan: the seven reports on screen at 80x24 (charts that read in monochrome),
/// built from the demo's register, and exported as CSV, Markdown and HTML with an SVG chart.
final class ReportScreenTests: XCTestCase {
    func testMembersPerRegencyAreTheSeventeenOfTheDemoAndTheirTotal() throws {
        let report = try ReportBuilder.build(.membersByRegency, data: TestStore.demo, catalog: Catalog(.indonesian))
        let csv = ReportExport.csv(report).split(separator: "\n").map(String.init)
        XCTAssertEqual(csv.first, "kab_kota,anggota,aktif")
        XCTAssertEqual(csv.count, 1 + 17 + 1, "17 regencies, those with none included, then the total")
        XCTAssertEqual(csv[1], "Palembang,46,46")
        XCTAssertEqual(Dictionary(csv.dropFirst().dropLast().map { line -> (String, Int) in
            let f = line.split(separator: ","); return (String(f[0]), Int(f[1])!)
        }, uniquingKeysWith: +), ["Palembang": 46, "Banyuasin": 8, "Ogan Ilir": 8, "OKI": 6, "Muara Enim": 6, "Musi Banyuasin": 6,
                                  "Lahat": 5, "OKU": 5, "OKU Timur": 5, "Lubuklinggau": 5, "Musi Rawas": 4, "Prabumulih": 4,
                                  "Muratara": 4, "OKU Selatan": 3, "Pagar Alam": 3, "Empat Lawang": 3, "PALI": 3], "DOMAIN.md §7")
        XCTAssertEqual(csv.last, "Jumlah,124,117")
    }

    func testTheChartFitsEightyByTwentyFourAndReadsInMonochrome() {
        // A fixed clock: the subtitle names the day the register is counted.
        let h = AppHarness(store: MemberFixtures.fixedClockStore())
        h.run([.char("6")])
        assertSnapshot(h.terminal, named: "laporan-80x24")
        h.run([.enter])
        XCTAssertEqual(h.header, "Menu › Laporan › Anggota per kabupaten/kota")
        let palembang = try? XCTUnwrap(h.row(containing: "Palembang"))
        XCTAssertTrue(palembang?.text.trimmingCharacters(in: .whitespaces).hasSuffix(" 46") == true, h.screen)
        XCTAssertTrue(h.styleRow(palembang?.index ?? 0).contains("22222222"), "the bar is reverse video: it shows without colour")
        XCTAssertNotNil(h.row(containing: "Pagar Alam"), "all 17 on one screen: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Jumlah  Anggota 124 · Aktif 117"), h.screen)
        XCTAssertNotNil(h.row(containing: "Angka dilaporkan: Jumlah anggota DPD (menurut ketua) 124"), "the estimate stays beside: \(h.screen)")
        assertSnapshot(h.terminal, named: "laporan-members-by-regency-80x24")
        h.run([.char("t")])
        XCTAssertNotNil(h.row(containing: "Kab/Kota"), h.screen)
        XCTAssertEqual(h.keyBar, "t Grafik  e Ekspor  F1 Bantuan  Esc Kembali  F10 Keluar")
    }

    func testEveryReportOpensAndSaysWhatWasNotReported() {
        let h = AppHarness()
        h.run([.char("6"), .char("3")])
        XCTAssertNotNil(h.row(containing: "2019 "), "the growth sparkline runs from the first year: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Jumlah  Bergabung 124 · Kumulatif 124"), h.screen)
        h.run([.escape, .char("6")])
        XCTAssertNotNil(h.row(containing: "Uji Kompetensi 2021"), h.screen)
        XCTAssertTrue(h.row(containing: "Uji Kompetensi 2021")?.text.trimmingCharacters(in: .whitespaces).hasSuffix("tidak dilaporkan") == true, "never a 0: \(h.screen)")
        XCTAssertNotNil(h.row(containing: "Σ rincian 168 ≠ total 148 (+20)"), "kept as reported: \(h.screen)")
        for key in ["2", "4", "5", "7"] {
            h.run([.escape, .char(Character(key))])
            XCTAssertNil(h.row(containing: "Galat"), h.screen)
            XCTAssertTrue(h.header.hasPrefix("Menu › Laporan › "), h.screen)
        }
        h.run(events: [.resize(Size(width: 120, height: 40))])
        XCTAssertNotNil(h.row(containing: "Nota kesepahaman") ?? h.row(containing: "Kemitraan"), h.screen)
    }

    /// A report's notes are shown whole at 80x24: the channel report's last words ("situs DPP.")
    /// were once dropped past a three-line cap, with nothing to say so.
    func testEveryReportsNotesAreWholeAtEightyByTwentyFour() throws {
        let h = AppHarness()
        let c = Catalog(.indonesian)
        h.run([.char("6")])
        for (index, kind) in Report.Kind.allCases.enumerated() {
            h.run([.char(Character(String(index + 1)))])
            defer { h.run([.escape]) }
            XCTAssertTrue(h.header.hasPrefix("Menu › Laporan › "), h.screen)
            let report = try ReportBuilder.build(kind, data: TestStore.demo, catalog: c)
            let shown = h.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            for note in report.notes {
                let words = note.split(separator: " ").joined(separator: " ")
                XCTAssertTrue(shown.contains(words), "\(kind): \(note) in \(h.screen)")
            }
        }
    }

    func testExportWritesEachFormatBesideTheDatabase() throws {
        let store = MemberFixtures.fixedClockStore()
        let h = AppHarness(store: store)
        h.run([.char("6"), .enter])
        let folder = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("dokumen/laporan")
        for (typed, ext) in [("csv", "csv"), ("mark", "md"), ("html", "html")] {
            h.run([.char("e")])
            h.type(typed)
            h.run([.enter])
            XCTAssertEqual(h.messageLine, "Disimpan → dokumen/laporan/anggota-per-kabupaten-kota.\(ext)")
            let url = folder.appendingPathComponent("anggota-per-kabupaten-kota.\(ext)")
            XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        }
        let html = try Data(contentsOf: folder.appendingPathComponent("anggota-per-kabupaten-kota.html"))
        let parser = XMLParser(data: html)
        XCTAssertTrue(parser.parse(), "the HTML is well-formed: \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
        let text = String(decoding: html, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "<rect x=").count - 1, 17, "one SVG bar per regency")
        XCTAssertTrue(text.contains("<td>Palembang</td><td class=\"n\">46</td>"))
        let md = try String(contentsOf: folder.appendingPathComponent("anggota-per-kabupaten-kota.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| **Jumlah** | **124** | **117** |"), md)
    }
}
