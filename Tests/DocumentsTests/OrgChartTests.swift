import Domain
@testable import Documents
import Storage
import XCTest

/// The chart's layout: where the boxes go, what they say, how long text is cut.
final class OrgChartTests: XCTestCase {
    private lazy var demo = OrgChart.layout(Fixtures.board(startYear: 2023))

    private func boxes(_ chart: OrgChart, _ kind: OrgChart.BoxKind) -> [OrgChart.Box] { chart.boxes.filter { $0.kind == kind } }

    func testTheKetuaIsAtTheTopAboveThePengurusHarianAndTheBidangBelowThem() throws {
        let head = try XCTUnwrap(demo.head)
        XCTAssertEqual(head.lines.map(\.text), ["Ketua", "Wahidin"])
        XCTAssertEqual(head.frame.y, 0)
        let executive = boxes(demo, .executive), departments = boxes(demo, .department)
        XCTAssertEqual(executive.count, 7)
        XCTAssertEqual(departments.count, 8)
        XCTAssertTrue(executive.allSatisfy { $0.frame.y >= head.frame.maxY + 1 }, "every wakil, sekretaris, bendahara below the ketua")
        let lowestExecutive = executive.map(\.frame.maxY).max()!
        XCTAssertTrue(departments.allSatisfy { $0.frame.y > lowestExecutive }, "the bidang below the pengurus harian")
        XCTAssertEqual(executive.map { $0.lines[0].text }, ["Wakil Ketua I", "Wakil Ketua II", "Sekretaris", "Wakil Sekretaris I",
                                                            "Wakil Sekretaris II", "Bendahara", "Wakil Bendahara"],
                       "board order, left to right and row by row")
        XCTAssertEqual(Set(executive.map(\.frame.y)).count, 2, "seven boxes wrap into two rows (4 + 3)")
        XCTAssertEqual(Set(departments.map(\.frame.y)).count, 2, "eight bidang in two rows of four")
        XCTAssertEqual(Set(departments.map(\.frame.width)).count, 1, "a tier's boxes are equally wide")
    }

    func testTheAdvisersStandBesideTheKetuaJoinedByADashedLine() throws {
        let head = try XCTUnwrap(demo.head)
        let advisers = try XCTUnwrap(boxes(demo, .advisers).first)
        XCTAssertEqual(advisers.frame.y, head.frame.y, "level with the ketua")
        XCTAssertLessThan(advisers.frame.maxX, head.frame.x, "to the side, not above or below")
        XCTAssertEqual(advisers.lines.map(\.text), ["Pembina & Penasehat", "Pembina", "Hendra Saputra", "Nanang Basri",
                                                    "Yusuf Darmawan Setiawan", "Penasehat", "Syahrial Rahman", "Mahmud Wibowo"])
        let dashed = demo.segments.filter(\.dashed)
        XCTAssertEqual(dashed.count, 1)
        XCTAssertEqual(dashed.first.map { [$0.from.x, $0.to.x] }, [advisers.frame.maxX - 1, head.frame.x], "border to border")
        let grid = OrgChartGrid(demo)
        XCTAssertEqual(grid[advisers.frame.maxX - 1, dashed[0].from.y].text, "├")
        XCTAssertEqual(grid[head.frame.x, dashed[0].from.y].text, "┤")
        XCTAssertEqual(grid[head.frame.x - 1, dashed[0].from.y].text, "─")
        XCTAssertEqual(grid[head.frame.x - 2, dashed[0].from.y].text, " ", "dashed: every other cell")
    }

    func testEverySeatAppearsExactlyOnceWithItsHolder() {
        let snapshot = Fixtures.board(startYear: 2023)
        let shown = demo.boxes.flatMap(\.positionIds)
        XCTAssertEqual(shown.count, 45)
        XCTAssertEqual(shown.sorted(), snapshot.seats.map { $0.position.id! }.sorted(), "each of the 45 seats, none twice")
        let text = OrgChartText.render(demo)
        for seat in snapshot.seats {
            let name = seat.holder!.name
            let box = demo.boxes.first { $0.positionIds.contains(seat.position.id!) }!
            XCTAssertTrue(box.lines.contains { $0.text == name && $0.role == .name }, "\(name) in the box of \(seat.position.title)")
            XCTAssertTrue(text.contains(name), name)
        }
    }

    func testABidangListsItsKoordinatorThenItsAnggotaUnderOneLabel() throws {
        let box = try XCTUnwrap(boxes(demo, .department).first)
        XCTAssertEqual(box.lines.map(\.text), ["Organisasi & Keanggotaan", "Koordinator", "Dian Kusuma", "Anggota",
                                               "Suryani Yulianti", "Indra Hidayat", "Tuti Hidayat"])
        XCTAssertEqual(box.lines.map(\.role), [.heading, .label, .name, .label, .name, .name, .name])
        XCTAssertEqual(box.lines.map(\.indent), [0, 0, 1, 0, 1, 1, 1])
        XCTAssertEqual(OrgChart.shortTitle("Koordinator Bidang Advokasi", department: "Advokasi"), "Koordinator")
        XCTAssertEqual(OrgChart.shortTitle("Anggota Bidang Humas & TI", department: "Humas & TI"), "Anggota")
        XCTAssertEqual(OrgChart.shortTitle("Sekretaris Bidang", department: "Advokasi"), "Sekretaris")
        XCTAssertEqual(OrgChart.shortTitle("Bendahara Kegiatan", department: "Advokasi"), "Bendahara Kegiatan", "other titles stay")
    }

    func testAVacantSeatSaysKosongAndAnErasedHolderDihapus() {
        let chart = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", nil), (.sekretaris, "Sekretaris", ""),
                                                    (.bendahara, "Bendahara", "Rina")]))
        XCTAssertEqual(chart.head?.lines.map(\.text), ["Ketua", "kosong"])
        XCTAssertEqual(chart.head?.lines.last?.role, .vacant)
        let sekretaris = chart.boxes.first { $0.lines.first?.text == "Sekretaris" }
        XCTAssertEqual(sekretaris?.lines.last.map { [$0.text, "\($0.role)"] }, ["[dihapus]", "erased"])
        let english = OrgChart.Words(vacant: "vacant", erased: "[erased]", advisers: "Advisers", noSeats: "no seats")
        XCTAssertEqual(OrgChart.layout(Fixtures.board([(.ketua, "Ketua", nil)]), words: english).head?.lines.last?.text, "vacant")
    }

    func testLongTextEndsInAnEllipsisAtTheCapAndIsNeverCutSilently() throws {
        let long = "Raden Mas Muhammad Abdurrahman Wijayakusuma Hadiningrat"
        let chart = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", long)],
                                                   departments: [("Organisasi, Keanggotaan, Kaderisasi dan Pengembangan Wilayah",
                                                                  [(.anggotaBidang, "Anggota Bidang", long)])]))
        let head = try XCTUnwrap(chart.head)
        let name = try XCTUnwrap(head.lines.last)
        XCTAssertEqual(name.width, 28, "capped at 28 cells")
        XCTAssertTrue(name.text.hasSuffix("…"), name.text)
        XCTAssertTrue(long.hasPrefix(String(name.text.dropLast())), "the start of the name, then the ellipsis")
        let bidang = try XCTUnwrap(chart.boxes.first { $0.kind == .department })
        XCTAssertEqual(bidang.lines[0].text, "Organisasi, Keanggotaan, Ka…")
        XCTAssertEqual(bidang.lines[2].text.count + bidang.lines[2].indent, 28, "indented names fit the same cap")
        for box in chart.boxes {
            for line in box.lines {
                XCTAssertLessThanOrEqual(line.indent + line.width, box.frame.width - 2 * OrgChart.padding, line.text)
            }
        }
        // Every cut shows: the grid holds the ellipsis, not a name chopped at the border.
        let text = OrgChartText.render(chart)
        XCTAssertTrue(text.contains("│ Raden Mas Muhammad Abdurrah…  │"), text)

        let ascii = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", long)]), options: .init(ascii: true))
        XCTAssertEqual(ascii.head?.lines.last?.text, "Raden Mas Muhammad Abdurr...")
        let narrow = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", long)]), options: .init(maxTextWidth: 12))
        XCTAssertEqual(narrow.head?.lines.last?.text, "Raden Mas M…")
    }

    func testWideCharactersTakeTwoCellsWhenTheMeasureSaysSo() throws {
        let wide: @Sendable (Character) -> Int = { ch in (ch.unicodeScalars.first!.value >= 0x4E00 && ch.unicodeScalars.first!.value <= 0x9FFF) ? 2 : 1 }
        let chart = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", "王小明")]), options: .init(measure: wide))
        let name = try XCTUnwrap(chart.head?.lines.last)
        XCTAssertEqual(name.width, 6)
        let grid = OrgChartGrid(chart)
        let row = grid.lines[2]
        XCTAssertTrue(row.contains("王小明"), row)
        XCTAssertEqual(grid.lines[1].count, row.count + 3, "three wide characters fill six cells: the border lines up")
        let long = OrgChart.layout(Fixtures.board([(.ketua, "Ketua", String(repeating: "王", count: 20))]), options: .init(measure: wide))
        let cut = try XCTUnwrap(long.head?.lines.last)
        XCTAssertEqual(cut.text, String(repeating: "王", count: 13) + "…")
        XCTAssertEqual(cut.width, 27, "a wide character that would cross the cap is left out, not halved")
    }

    func testTheSmall2019BoardAndAnEmptyOne() {
        let chart = OrgChart.layout(Fixtures.board(startYear: 2019))
        XCTAssertTrue(chart.boxes.filter { $0.kind == .advisers || $0.kind == .department }.isEmpty)
        XCTAssertEqual(chart.boxes.count, 3)
        let empty = OrgChart.layout(Fixtures.board([]))
        XCTAssertTrue(empty.isEmpty)
        XCTAssertEqual(empty.width, 0)
        XCTAssertEqual(OrgChartText.render(empty), "\n")
    }

    func testABoardWithoutAKetuaSeatStillHangsFromOneSpine() throws {
        let chart = OrgChart.layout(Fixtures.board([(.pembina, "Pembina", "Ani"), (.sekretaris, "Sekretaris", "Budi"),
                                                    (.bendahara, "Bendahara", "Cici")],
                                                   departments: [("Advokasi", []), ("Humas", [(.koordinator, "Koordinator", "Dedi")])]))
        XCTAssertNil(chart.head)
        XCTAssertEqual(chart.boxes.count, 5)
        let advokasi = try XCTUnwrap(chart.boxes.first { $0.lines.first?.text == "Advokasi" })
        XCTAssertEqual(advokasi.lines.map(\.text), ["Advokasi", "belum ada jabatan"], "an empty bidang says so")
        let lines = OrgChartGrid(chart).lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("├─ ─ ─┐"), "the advisers' line turns down into the spine:\n\(lines)")
        let alone = OrgChart.layout(Fixtures.board([(.pembina, "Pembina", "Ani")]))
        XCTAssertEqual(alone.boxes.map(\.kind), [.advisers])
        XCTAssertEqual(alone.segments, [], "no line leading nowhere")
        XCTAssertEqual(alone.width, alone.boxes[0].frame.width)
    }
}
