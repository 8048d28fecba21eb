import Domain

/// A report's chart as SVG: horizontal bars with their values written beside them, or a line
/// over the years with a dot and a figure at each. Black on white, so it prints and reads
/// without colour; the text is real text.
public enum ChartSVG {
    public static func render(_ chart: Report.Chart, title: String, notReported: String) -> String {
        switch chart.style {
        case .bars: return bars(chart, title: title, notReported: notReported)
        case .line: return line(chart, title: title)
        }
    }

    private static let font = "font-family=\"'Liberation Sans', 'DejaVu Sans', Arial, sans-serif\" font-size=\"13\""

    static func bars(_ chart: Report.Chart, title: String, notReported: String) -> String {
        let e = XMLText.escape
        // Labels get the room the longest needs (about 7 px a character at 13 px), up to 360 px;
        // longer ones end in an ellipsis rather than running off the picture's left edge.
        let labels = chart.labels.map { $0.count > 50 ? String($0.prefix(49)) + "…" : $0 }
        let rowHeight = 22, barWidth = 360, margin = 10
        let labelWidth = min(360, max(120, (labels.map(\.count).max() ?? 0) * 7 + 16))
        let width = margin * 2 + labelWidth + barWidth + 130
        let height = margin * 2 + rowHeight * chart.labels.count
        let largest = max(1, chart.values.compactMap { $0 }.max() ?? 1)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" \(font)>\n<title>\(e(title))</title>\n<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        for (i, label) in labels.enumerated() {
            let y = margin + i * rowHeight
            let value = chart.values.indices.contains(i) ? chart.values[i] : nil
            out += "<text x=\"\(margin + labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(label))</text>\n"
            if let value {
                let w = value <= 0 ? 0 : max(2, Int(Double(value) / Double(largest) * Double(barWidth)))
                out += "<rect x=\"\(margin + labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(rowHeight - 6)\" fill=\"#333333\"/>\n"
                out += "<text x=\"\(margin + labelWidth + w + 6)\" y=\"\(y + 15)\">\(IndonesianFormat.number(value))\(chart.unit == "%" ? "%" : "")</text>\n"
            } else {
                out += "<text x=\"\(margin + labelWidth + 6)\" y=\"\(y + 15)\" font-style=\"italic\" fill=\"#555555\">\(e(notReported))</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    static func line(_ chart: Report.Chart, title: String) -> String {
        let e = XMLText.escape
        let width = 640, height = 260, left = 50, right = 20, top = 20, bottom = 40
        let n = max(1, chart.labels.count)
        let largest = max(1, chart.values.compactMap { $0 }.max() ?? 1)
        func x(_ i: Int) -> Int { left + (n == 1 ? (width - left - right) / 2 : i * (width - left - right) / (n - 1)) }
        func y(_ v: Int) -> Int { height - bottom - v * (height - top - bottom) / largest }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" \(font)>\n<title>\(e(title))</title>\n<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" stroke=\"#111111\"/>\n"
        let points = chart.values.enumerated().compactMap { i, v in v.map { "\(x(i)),\(y($0))" } }
        out += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"/>\n"
        for (i, label) in chart.labels.enumerated() {
            out += "<text x=\"\(x(i))\" y=\"\(height - bottom + 18)\" text-anchor=\"middle\">\(e(label))</text>\n"
            if chart.values.indices.contains(i), let v = chart.values[i] {
                out += "<circle cx=\"\(x(i))\" cy=\"\(y(v))\" r=\"3.5\" fill=\"#111111\"/>\n"
                out += "<text x=\"\(x(i))\" y=\"\(y(v) - 8)\" text-anchor=\"middle\">\(IndonesianFormat.number(v))</text>\n"
            }
        }
        return out + "</svg>\n"
    }
}
