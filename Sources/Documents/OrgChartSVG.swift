/// The chart as a standalone SVG document (UTF-8), for a browser, a word processor or a printer.
///
/// The same layout as the terminal's, cells scaled to pixels: boxes and connectors run through
/// cell centres, so lines meet box borders exactly. The text is real text (searchable,
/// selectable) in a proportional font, narrower than the cells it was measured in, so it fits.
public enum OrgChartSVG {
    public struct Style: Sendable {
        /// Pixels per cell.
        public var cellWidth = 9
        public var cellHeight = 20
        public var fontSize = 13
        public var margin = 24
        public var fontFamily = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif"
        public init() {}
    }

    /// The document: `title` lines centred above the chart (the first one larger), a white
    /// background and a viewBox, so it scales to any size.
    public static func render(_ chart: OrgChart, title: [String] = [], style: Style = Style()) -> String {
        let cw = style.cellWidth, ch = style.cellHeight, m = style.margin
        let titleHeight = Self.titleHeight(title)
        let (width, height) = size(chart, title: title, style: style)
        let left = m + max(0, (width - 2 * m - chart.width * cw) / 2)
        let top = m + titleHeight
        func px(_ x: Int) -> Int { left + x * cw + cw / 2 }
        func py(_ y: Int) -> Int { top + y * ch + ch / 2 }

        var out: [String] = []
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                   + "viewBox=\"0 0 \(width) \(height)\" font-family=\"\(escape(style.fontFamily))\" font-size=\"\(style.fontSize)\">")
        if let first = title.first { out.append("<title>\(escape(clean(first)))</title>") }
        out.append("<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>")
        for (i, line) in title.enumerated() {
            let y = m + 20 + i * 20
            let size = i == 0 ? style.fontSize + 5 : style.fontSize + 1
            let weight = i == 0 ? " font-weight=\"bold\"" : ""
            out.append("<text x=\"\(width / 2)\" y=\"\(y)\" text-anchor=\"middle\" font-size=\"\(size)\"\(weight) fill=\"#111111\">\(escape(clean(line)))</text>")
        }

        out.append("<g fill=\"none\" stroke=\"#374151\" stroke-width=\"1.5\" stroke-linecap=\"square\">")
        for s in chart.segments {
            let dash = s.dashed ? " stroke-dasharray=\"6 4\"" : ""
            out.append("<line x1=\"\(px(s.from.x))\" y1=\"\(py(s.from.y))\" x2=\"\(px(s.to.x))\" y2=\"\(py(s.to.y))\"\(dash)/>")
        }
        out.append("</g>")

        for box in chart.boxes {
            let f = box.frame
            let fill: String
            switch box.kind {
            case .head: fill = "#e0e7ff"
            case .advisers: fill = "#f3f4f6"
            case .executive: fill = "#eef2ff"
            case .department: fill = "#ffffff"
            }
            let strokeWidth = box.kind == .head ? "2.5" : "1.5"
            out.append("<g>")
            out.append("<rect x=\"\(px(f.x))\" y=\"\(py(f.y))\" width=\"\((f.width - 1) * cw)\" height=\"\((f.height - 1) * ch)\" "
                       + "rx=\"5\" fill=\"\(fill)\" stroke=\"#1f2937\" stroke-width=\"\(strokeWidth)\"/>")
            if box.kind == .department || box.kind == .advisers, box.lines.count > 1 {
                // A rule under the heading, as in a printed chart.
                let y = py(f.y + 1) + ch / 2
                out.append("<line x1=\"\(px(f.x))\" y1=\"\(y)\" x2=\"\(px(f.maxX - 1))\" y2=\"\(y)\" stroke=\"#9ca3af\" stroke-width=\"1\"/>")
            }
            for (i, line) in box.lines.enumerated() {
                let origin = box.origin(ofLine: i)
                let baseline = py(origin.y) + style.fontSize * 7 / 20
                let position = box.centered
                    ? "x=\"\(left + f.x * cw + f.width * cw / 2)\" text-anchor=\"middle\""
                    : "x=\"\(left + origin.x * cw)\""
                out.append("<text \(position) y=\"\(baseline)\"\(attributes(line.role))>\(escape(line.text))</text>")
            }
            out.append("</g>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The picture's size in pixels (its viewBox), to scale it into a page.
    public static func size(_ chart: OrgChart, title: [String] = [], style: Style = Style()) -> (width: Int, height: Int) {
        (max(chart.width * style.cellWidth, 320) + 2 * style.margin,
         chart.height * style.cellHeight + 2 * style.margin + titleHeight(title))
    }

    private static func titleHeight(_ title: [String]) -> Int { title.isEmpty ? 0 : 28 + (title.count - 1) * 20 + 12 }

    static func attributes(_ role: OrgChart.Role) -> String {
        switch role {
        case .heading, .title: return " font-weight=\"bold\" fill=\"#111111\""
        case .label: return " font-style=\"italic\" fill=\"#4b5563\""
        case .name: return " fill=\"#111111\""
        case .vacant, .erased, .note: return " font-style=\"italic\" fill=\"#6b7280\""
        }
    }

    /// Text as XML character data or a double-quoted attribute value (`XMLText.escape`).
    public static func escape(_ text: String) -> String { XMLText.escape(text) }

    private static func clean(_ text: String) -> String {
        TextFit(OrgChart.Options()).clean(text)
    }
}
