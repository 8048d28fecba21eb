import Foundation
import XCTest

/// Program Kerja in the real binary at 80x24: `4` opens it, a realisation of 10 moves the
/// recruitment gauge, the 2020 test shows its figures with the Σ warning, and the export of
/// the same file has the new realisation.
final class ProgramKerjaEndToEndTests: XCTestCase {
    func testARealisationMovesTheGaugeAndThe2020TestShowsItsWarning() throws {
        let bin = try releaseBinary()
        let tmux = try TmuxSession(command: bin)
        try tmux.waitFor("1  Anggota")
        try tmux.send("4")
        try tmux.waitFor("Periode 2023–2028 (aktif)")
        // The list's own key bar, drawn last: the whole frame has arrived.
        var screen = try tmux.waitFor("b Bidang")
        XCTAssertTrue(screen.contains("Rekrutmen dan pendataan"), screen)
        try tmux.send("Enter")
        screen = try tmux.waitFor("124/200 (62%)")
        XCTAssertTrue(screen.contains("Lanjutan dari: Rekrutmen dan pendataan anggota (2019–2023)"), screen)
        try tmux.send("r")
        try tmux.waitFor("Catat realisasi")
        try tmux.type("10")
        try tmux.send("Tab")
        try tmux.type("Pendataan Kab. Lahat")
        try tmux.send("F2")
        screen = try tmux.waitFor("Realisasi tercatat; capaian sekarang 134/200 (67%).")
        XCTAssertTrue(screen.contains("Pendataan Kab. Lahat"), screen)
        try tmux.send("Escape")
        try tmux.waitFor("b Bidang")
        try tmux.send("Tab")
        try tmux.waitFor("3 kegiatan")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Peserta: 148 peserta (40 Peksos + 128 TKS)")
        XCTAssertTrue(screen.contains("⚠ Σ rincian 168 ≠ total 148 (+20)"), screen)
        try tmux.send("Escape")
        try tmux.waitFor("3 kegiatan")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)

        let db = tmux.dataHome + "/sekretariat/sekretariat.sqlite"
        let export = try shell([bin, "export", "programmes", "--db", db, "--term", "2023"])
        XCTAssertEqual(export.0, 0, export.2)
        XCTAssertTrue(export.1.contains("Anggota terdata,angka,orang,200,134,67,"), export.1)
    }
}

/// Under LANG=C (an SSH session passing no locale) typed accents arrive whole: "Désy" was once
/// saved as "D". The screen draws the nearest ASCII there (accents dropped, as `Desa`); the
/// stored title, accents and all, is read back through the export.
final class LocaleEndToEndTests: XCTestCase {
    func testAccentsTypedUnderLANGCAreSavedWhole() throws {
        let bin = try releaseBinary()
        let tmux = try TmuxSession(command: bin, environment: ["LANG": "C", "LC_ALL": "C"])
        try tmux.waitFor("1  Anggota")
        try tmux.send("4")
        try tmux.waitFor("b Bidang")
        try tmux.send("a")
        try tmux.waitFor("Tambah program kerja")
        try tmux.type("Pendataan Désa Ñusantara")
        try tmux.send("F2")
        let screen = try tmux.waitFor("Tersimpan.")
        XCTAssertTrue(screen.contains("Pendataan Desa Nusantara"), "drawn as the nearest ASCII, never cut:\n\(screen)")
        try tmux.send("Q")
        XCTAssertEqual(try tmux.exitStatus(), 0)
        let db = tmux.dataHome + "/sekretariat/sekretariat.sqlite"
        let export = try shell([bin, "export", "programmes", "--db", db, "--term", "2023"])
        XCTAssertTrue(export.1.contains("Pendataan Désa Ñusantara"), export.1)
    }
}
