import Documents
import Domain
import TerminalUI

/// Laporan › one report: its chart (bars, with the figure after each), or its table, with the
/// notes under it; `e` exports it as CSV, Markdown or HTML with an SVG chart. Built off the
/// loop: at a million members a grouped count takes a moment.
struct ReportScreen: Screen {
    enum Mode { case chart, table }

    enum Message {
        case loaded(Result<Report, Error>)
        case formatChosen(String)
    }

    let kind: Report.Kind
    var report: Report?
    var loading = true
    var mode = Mode.chart
    /// The first row in view, chart and table alike.
    var top = 0
    var size = Size(width: 80, height: 21)

    init(kind: Report.Kind) {
        self.kind = kind
    }

    func title(_ catalog: Catalog) -> String { catalog.reports.title(kind) }

    /// The chart's or table's rows.
    var rowCount: Int {
        guard let report else { return 0 }
        return mode == .chart ? report.chart?.labels.count ?? 0 : report.rows.count
    }

    /// Lines above the rows (the subtitle, a sparkline, the table's header) and below (the
    /// total, the notes as wrapped). The breadcrumb names the report.
    var linesAbove: Int { 1 + (report?.chart?.style == .line && mode == .chart ? 1 : 0) + (mode == .table ? 1 : 0) }
    var linesBelow: Int { (report?.total == nil ? 0 : 1) + noteLines.count }
    /// Rows the chart or table keeps whatever the notes take.
    static let minimumRows = 5
    /// The notes wrapped, whole while they leave `minimumRows` rows to scroll; past that the
    /// last line shown ends in "…" (the export has them all), never cut without a sign.
    var noteLines: [String] {
        let room = max(1, size.height - linesAbove - (report?.total == nil ? 0 : 1) - Self.minimumRows)
        return (report?.notes ?? []).flatMap { $0.wrapped(toCells: size.width) }.capped(toLines: room, width: size.width)
    }
    var page: Int { max(1, size.height - linesAbove - linesBelow) }

    mutating func scroll(_ move: ListMove) {
        top = move.scrolled(top: top, page: page, maxTop: rowCount - page)
    }
}
