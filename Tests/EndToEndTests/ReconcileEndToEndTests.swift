import Foundation
import XCTest

/// `sekretariat reconcile` and the Rekonsiliasi DPP tab in the real binary (issue 14): the JSON
/// report and the screen count the invented export alike; the command writes nothing; a
/// decision made in the screen shows in the report afterwards.
final class ReconcileEndToEndTests: XCTestCase {
    static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorageTests/Fixtures/dpp/ekspor-dpp.csv").path

    func testTheJSONReportAgreesWithTheScreen() throws {
        let scratch = try ScratchDemo("reconcile")
        defer { scratch.remove() }
        let (bin, db) = (scratch.bin, scratch.db)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))

        var summary = ""
        func report() throws -> [String: Any] {
            let (status, out, err) = try shell([bin, "reconcile", Self.export, "--db", db, "--report", "json"])
            XCTAssertEqual(status, 0, err)
            summary = err
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        }
        let json = try report()
        XCTAssertTrue(summary.contains("sama 6 · beda 7 · hanya DPD 99 · hanya DPP 6 · ragu 3"), "the summary goes to stderr with --report:\n\(summary)")
        let classes = try XCTUnwrap(json["golongan"] as? [String: Int])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db)), before, "reconcile writes nothing")

        let tmux = try TmuxSession(command: "\(bin) --db \(db)")
        try tmux.waitFor("1  Anggota")
        try tmux.send("5")
        try tmux.waitFor("i Impor")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.waitFor("Belum ada rekonsiliasi")
        try tmux.send("o")
        try tmux.waitFor("Langkah 1 dari 2")
        try tmux.type(Self.export)
        try tmux.send("Enter")
        try tmux.waitFor("Situs DPP")
        try tmux.send("F2")
        try tmux.waitFor("Langkah 2 dari 2")
        try tmux.send("F2")
        let line = ["sama", "beda", "hanya_dpd", "hanya_dpp", "ragu"].map { key in
            "\(key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "dpd", with: "DPD").replacingOccurrences(of: "dpp", with: "DPP")) \(classes[key] ?? -1)"
        }.joined(separator: " · ")
        let screen = try tmux.waitFor(line)
        XCTAssertTrue(screen.contains("tertunda \(json["tertunda"] as? Int ?? -1)"), screen)

        // One phone taken in the screen: the report shows it decided, one fewer pending.
        try tmux.send("Tab", "Tab")
        try tmux.waitFor("Nanang Basri")
        try tmux.send("Enter")
        try tmux.waitFor("a Ambil DPP")
        try tmux.send("a")
        try tmux.waitFor("Keputusan disimpan: ambil DPP.")
        try tmux.send("F10")
        let after = try report()
        XCTAssertEqual(after["tertunda"] as? Int, (json["tertunda"] as? Int ?? 0) - 1)
        let rows = try XCTUnwrap(after["baris"] as? [[String: Any]])
        XCTAssertEqual(rows.first { $0["nama"] as? String == "Nanang Basri" }?["golongan"] as? String, "sama",
                       "the phone taken, nothing differs")
    }
}
