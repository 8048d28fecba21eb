/// The chart as plain text: box-drawing lines, or ASCII (`- | +`) when the chart was laid
/// out with `Options(ascii: true)` for a terminal or printer without UTF-8.
public enum OrgChartText {
    /// The chart's rows, with `title` lines centred above it and a blank line between.
    /// Trailing spaces are removed; the text ends with a newline.
    public static func render(_ chart: OrgChart, title: [String] = []) -> String {
        let fit = TextFit(chart.options)
        var out: [String] = []
        for line in title {
            let text = fit.clean(line)
            let pad = max(0, (chart.width - fit.width(text)) / 2)
            out.append(String(repeating: " ", count: pad) + text)
        }
        if !title.isEmpty && !chart.isEmpty { out.append("") }
        out += OrgChartGrid(chart).lines
        return out.joined(separator: "\n") + "\n"
    }
}
