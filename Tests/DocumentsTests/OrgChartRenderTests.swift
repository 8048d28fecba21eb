import Documents
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Storage
import XCTest

/// The text and SVG renderings of the layout.
final class OrgChartRenderTests: XCTestCase {
    func testThe2019BoardAsText() {
        let text = OrgChartText.render(OrgChart.layout(Fixtures.board(startYear: 2019)), title: ["Masa Bakti 2019–2023"])
        XCTAssertEqual(text, """
                  Masa Bakti 2019–2023

                   ┌─────────────────┐
                   │      Ketua      │
                   │ Hendra Saputra  │
                   └────────┬────────┘
                            │
             ┌──────────────┴─────────────┐
             │                            │
┌────────────┴────────────┐  ┌────────────┴────────────┐
│       Sekretaris        │  │        Bendahara        │
│    Rahmat Sukmajaya     │  │ Dedi Kurniawan Saputra  │
└─────────────────────────┘  └─────────────────────────┘

""")
    }

    func testTheSpineCrossesEachBusOnItsWayDownAndEndsOnTheLast() {
        let chart = OrgChart.layout(Fixtures.board(startYear: 2023))
        let grid = OrgChartGrid(chart)
        let spine = chart.head!.frame.centerX
        let column = (0..<grid.height).map { grid[spine, $0].text }.joined()
        XCTAssertEqual(column.filter { $0 == "┼" }.count, 3, "three buses crossed: \(column)")
        XCTAssertEqual(column.filter { $0 == "┴" }.count, 1, "the last bus ends it")
        // Each box below the ketua hangs from a connector that meets its top border in a ┴.
        for box in chart.boxes where box.kind == .executive || box.kind == .department {
            XCTAssertEqual(grid[box.frame.centerX, box.frame.y].text, "┴", box.lines[0].text)
            XCTAssertEqual(grid[box.frame.centerX, box.frame.y - 1].text, "│", box.lines[0].text)
        }
        XCTAssertEqual(grid[spine, chart.head!.frame.maxY - 1].text, "┬", "the spine leaves the ketua's box")
    }

    func testTheASCIIVariantHasTheSameShapeInPlainASCII() {
        let snapshot = Fixtures.board(startYear: 2023)
        let unicode = OrgChartText.render(OrgChart.layout(snapshot), title: ["Masa Bakti 2023–2028"])
        let ascii = OrgChartText.render(OrgChart.layout(snapshot, options: .init(ascii: true)), title: ["Masa Bakti 2023–2028"])
        XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII), "nothing outside ASCII")
        XCTAssertTrue(ascii.contains("Masa Bakti 2023-2028"))
        XCTAssertTrue(ascii.contains("Seno Wibisono"), "accents dropped, the name kept")
        XCTAssertTrue(ascii.contains("+- - -+"), "the advisers' dashed line")
        let u = unicode.split(separator: "\n", omittingEmptySubsequences: false)
        let a = ascii.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(u.count, a.count)
        for (lu, la) in zip(u, a) where !lu.contains("Séno") && !lu.contains("–") {
            let mapped = String(lu.map { ch -> Character in
                switch ch {
                case "─": return "-"
                case "│": return "|"
                case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
                default: return ch
                }
            })
            XCTAssertEqual(mapped, String(la))
        }
    }

    func testTheSVGIsWellFormedStandaloneAndShowsEveryName() throws {
        let snapshot = Fixtures.board(startYear: 2023)
        let chart = OrgChart.layout(snapshot)
        let svg = OrgChartSVG.render(chart, title: ["Susunan Pengurus DPD IPSPI Sumatera Selatan", "Masa Bakti 2023–2028"])
        XCTAssertTrue(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let parsed = try SVGReader(svg)
        XCTAssertEqual(parsed.root, "svg")
        let viewBox = try XCTUnwrap(parsed.rootAttributes["viewBox"]).split(separator: " ").compactMap { Int($0) }
        XCTAssertEqual(viewBox.count, 4)
        XCTAssertEqual(viewBox[2], Int(parsed.rootAttributes["width"] ?? ""))
        XCTAssertEqual(viewBox[3], Int(parsed.rootAttributes["height"] ?? ""))
        XCTAssertGreaterThan(viewBox[2], chart.width * 9 - 1)
        XCTAssertEqual(parsed.elements["rect"], chart.boxes.count + 1, "the boxes and a white background")
        XCTAssertTrue(svg.contains("fill=\"#ffffff\""))
        XCTAssertEqual(parsed.elements["line"], chart.segments.count + 9, "the connectors and a rule under each list heading")
        for seat in snapshot.seats { XCTAssertTrue(parsed.texts.contains(seat.holder!.name), seat.holder!.name) }
        XCTAssertTrue(parsed.texts.contains("Masa Bakti 2023–2028"), "UTF-8 text as it is")
        XCTAssertEqual(parsed.titles, ["Susunan Pengurus DPD IPSPI Sumatera Selatan"])
        XCTAssertTrue(svg.contains("stroke-dasharray"), "the advisers' line is dashed")
        XCTAssertTrue(svg.contains("font-family=\"'DejaVu Sans'"), "a readable font")
    }

    func testSVGEscapesMarkupAndDropsWhatXMLForbids() throws {
        let chart = OrgChart.layout(Fixtures.board([(.ketua, "Ketua <\"Umum\">", "Tom & Jerry's \u{0007}<script>")]))
        let svg = OrgChartSVG.render(chart, title: ["A & B"])
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertFalse(svg.contains("\u{0007}"))
        let parsed = try SVGReader(svg)
        XCTAssertTrue(parsed.texts.contains("Tom & Jerry's <script>"), "\(parsed.texts)")
        XCTAssertTrue(parsed.texts.contains("Ketua <\"Umum\">"))
        XCTAssertEqual(OrgChartSVG.escape("a<b>&\"'\u{1}"), "a&lt;b&gt;&amp;&quot;'", "attributes are in double quotes")
    }
}

/// The SVG read back with Foundation's XML parser: fails on anything not well-formed.
private final class SVGReader: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var elements: [String: Int] = [:]
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private var current = ""
    private var stack: [String] = []

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw NSError(domain: "SVG", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"])
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name; rootAttributes = attributes }
        elements[name, default: 0] += 1
        stack.append(name)
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current) }
        if name == "title" { titles.append(current) }
        current = ""
        stack.removeLast()
    }
}
