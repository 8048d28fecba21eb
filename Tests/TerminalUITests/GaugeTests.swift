import XCTest
@testable import TerminalUI

final class GaugeTests: XCTestCase {
    func testTheBarFillsInReverseVideoAndTheFigureFollows() {
        let gauge = Gauge(fraction: 124.0 / 200.0, label: "124/200 (62%)")
        let b = render(24, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 24, on: &buf) }
        // 10 cells of bar: 6 filled (62% rounded down), 4 shaded, then the figure.
        assertLines(b, ["      ░░░░ 124/200 (62%)"])
        XCTAssertTrue(b.row(0, 0..<6, has: .reverse), "the filled part reads in monochrome")
        XCTAssertFalse(b.style(6, 0).attributes.contains(.reverse))
        XCTAssertFalse(b.style(12, 0).attributes.contains(.reverse), "the figure is plain")
    }

    func testAFixedBarWidthKeepsGaugesInAColumnAligned() {
        let gauge = Gauge(fraction: 0.5, label: "1/2")
        let b = render(20, 1) { buf, _ in gauge.draw(x: 2, y: 0, width: 18, barWidth: 8, on: &buf) }
        assertLines(b, ["      ░░░░ 1/2      "])
    }

    func testAnyProgressShowsAndOnlyAFullTargetFillsTheBar() {
        XCTAssertEqual(Gauge(fraction: 0.01, label: "").filledCells(width: 10), 1)
        XCTAssertEqual(Gauge(fraction: 0, label: "").filledCells(width: 10), 0)
        XCTAssertEqual(Gauge(fraction: 0.999, label: "").filledCells(width: 10), 9)
        XCTAssertEqual(Gauge(fraction: 1, label: "").filledCells(width: 10), 10)
        XCTAssertEqual(Gauge(fraction: 3, label: "").fraction, 1, "beyond the target is clamped")
        XCTAssertEqual(Gauge(fraction: .nan, label: "").fraction, 0)
    }

    func testTooNarrowForABarShowsTheFigureOnly() {
        let gauge = Gauge(fraction: 0.62, label: "124/200 (62%)")
        let b = render(16, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 16, on: &buf) }
        assertLines(b, ["124/200 (62%)   "])
        let tiny = render(8, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 8, on: &buf) }
        assertLines(tiny, ["124/200…"])
    }

    func testAShortLabelKeepsTheBarWhereTheFullOneWouldNot() {
        let gauge = Gauge(fraction: 0.62, label: "124/200 (62%)", shortLabel: "62%")
        let b = render(16, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 16, on: &buf) }
        assertLines(b, ["       ░░░░░ 62%"])
        let wide = render(20, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 20, on: &buf) }
        assertLines(wide, ["   ░░░ 124/200 (62%)"])
    }

    func testOnASelectedRowThePartsSwapSoTheBarStillReads() {
        let gauge = Gauge(fraction: 0.5, label: "50%")
        let b = render(12, 1) { buf, _ in gauge.draw(x: 0, y: 0, width: 12, highlighted: true, on: &buf) }
        assertLines(b, ["    ░░░░ 50%"])
        XCTAssertFalse(b.row(0, 0..<4, has: .reverse))
        XCTAssertTrue(b.row(0, 4..<12, has: .reverse), "the shaded part and the figure take the row's reverse video")
    }

    func testTheShadeHasAnASCIIFallback() {
        XCTAssertEqual(ShadeGlyph.ascii(ShadeGlyph.light), ".")
        XCTAssertNil(ShadeGlyph.ascii("x"))
    }
}
