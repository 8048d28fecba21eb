import Domain
import Storage

/// The formats a report is exported in (issue 15).
public enum ReportFormat: String, Sendable, CaseIterable {
    case csv, md, html
}

/// A report as CSV (for a spreadsheet), Markdown (for a message or an archive) or an HTML
/// page with its chart as SVG (for a browser and the printer). A figure not reported is an
/// empty CSV cell and the word `notReported` elsewhere, never 0.
public enum ReportExport {
    public static func render(_ report: Report, format: ReportFormat, notReported: String) -> String {
        switch format {
        case .csv: return csv(report)
        case .md: return markdown(report, notReported: notReported)
        case .html: return html(report, notReported: notReported)
        }
    }

    /// Header of column keys, the rows, then the total; numbers plain (`1000`), for a spreadsheet.
    public static func csv(_ report: Report) -> String {
        var out = CSV.line(report.columns.map(\.key))
        for row in report.rows + (report.total.map { [$0] } ?? []) {
            out += CSV.line(row.map { value in
                switch value {
                case .text(let text): return text
                case .number(let n): return n.map(String.init) ?? ""
                }
            })
        }
        return out
    }

    static func text(_ value: Report.Value, notReported: String) -> String {
        switch value {
        case .text(let text): return text
        case .number(let n): return n.map(IndonesianFormat.number) ?? notReported
        }
    }

    public static func markdown(_ report: Report, notReported: String) -> String {
        var out = ["# \(MarkdownWriter.escape(report.title))", ""]
        if let subtitle = report.subtitle { out += [MarkdownWriter.escape(subtitle), ""] }
        out.append("| " + report.columns.map { MarkdownWriter.escape($0.title) }.joined(separator: " | ") + " |")
        out.append("|" + report.columns.map { $0.isNumber ? " ---: |" : " --- |" }.joined())
        for row in report.rows {
            out.append("| " + row.map { MarkdownWriter.escape(text($0, notReported: notReported)) }.joined(separator: " | ") + " |")
        }
        if let total = report.total {
            out.append("| " + total.map { "**\(MarkdownWriter.escape(text($0, notReported: notReported)))**" }.joined(separator: " | ") + " |")
        }
        if !report.notes.isEmpty { out += [""] + report.notes.map { "- \(MarkdownWriter.escape($0))" } }
        return out.joined(separator: "\n") + "\n"
    }

    /// A page with the chart above the table; polyglot markup, checkable with an XML parser.
    public static func html(_ report: Report, notReported: String) -> String {
        let e = XMLText.escape
        var out = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8"/>
        <title>\(e(report.title))</title>
        <style>
        body { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; color: #111; }
        h1 { font-size: 1.4em; margin-bottom: 0.2em; } .sub { color: #444; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; margin: 1em 0; }
        th, td { border: 1px solid #999; padding: 3px 8px; } th { background: #eee; text-align: left; } th.n { text-align: right; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; } td.none { color: #666; font-style: italic; text-align: right; }
        tr.total td { font-weight: bold; border-top: 2px solid #111; }
        figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
        @media print { body { margin: 0; max-width: none; } tr { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>\(e(report.title))</h1>

        """
        if let subtitle = report.subtitle { out += "<p class=\"sub\">\(e(subtitle))</p>\n" }
        if let chart = report.chart, !chart.labels.isEmpty {
            out += "<figure>\n\(ChartSVG.render(chart, title: report.title, notReported: notReported))</figure>\n"
        }
        out += "<table>\n<thead><tr>" + report.columns.map { "<th\($0.isNumber ? " class=\"n\"" : "")>\(e($0.title))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        func cells(_ row: [Report.Value]) -> String {
            row.map { value in
                switch value {
                case .text(let t): return "<td>\(e(t))</td>"
                case .number(let n?): return "<td class=\"n\">\(IndonesianFormat.number(n))</td>"
                case .number(nil): return "<td class=\"none\">\(e(notReported))</td>"
                }
            }.joined()
        }
        for row in report.rows { out += "<tr>\(cells(row))</tr>\n" }
        if let total = report.total { out += "<tr class=\"total\">\(cells(total))</tr>\n" }
        out += "</tbody>\n</table>\n"
        if !report.notes.isEmpty { out += "<ul>\n" + report.notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        return out + "</body>\n</html>\n"
    }
}
