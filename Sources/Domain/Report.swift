/// A report of the Laporan menu (issue 15): a titled table of figures with the chart drawn
/// from it. Figures that were not reported stay nil ("tidak dilaporkan"), never 0.
public struct Report: Sendable, Hashable {
    /// The reports, by their command-line names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case membersByRegency = "members-by-regency"
        case employment
        case growth
        case channel
        case censusCoverage = "census-coverage"
        case certification
        case programmes
    }

    public struct Column: Sendable, Hashable {
        /// The heading on screen and in Markdown and HTML: `Kab/Kota`.
        public var title: String
        /// The CSV header: `kab_kota`.
        public var key: String
        public var isNumber: Bool
        public init(_ title: String, key: String, isNumber: Bool = false) {
            self.title = title
            self.key = key
            self.isNumber = isNumber
        }
    }

    public enum Value: Sendable, Hashable {
        case text(String)
        /// Nil: not reported.
        case number(Int?)
    }

    /// The chart: one bar per row (its label and the first numeric column), or a line of
    /// values over time (growth) drawn as a sparkline in the terminal.
    public struct Chart: Sendable, Hashable {
        public enum Style: Sendable, Hashable { case bars, line }
        public var style: Style
        public var labels: [String]
        /// The values charted, one per label; nil: not reported, drawn as a gap.
        public var values: [Int?]
        /// What the values count: `anggota`.
        public var unit: String
        public init(style: Style, labels: [String], values: [Int?], unit: String) {
            self.style = style
            self.labels = labels
            self.values = values
            self.unit = unit
        }
    }

    public var kind: Kind
    public var title: String
    /// Under the title: as of when, from where.
    public var subtitle: String?
    public var columns: [Column]
    public var rows: [[Value]]
    /// The last line (`Jumlah`), set apart.
    public var total: [Value]?
    public var chart: Chart?
    /// Lines under the table: estimates, what does not add up, what is not yet available.
    public var notes: [String]

    public init(kind: Kind, title: String, subtitle: String?, columns: [Column], rows: [[Value]], total: [Value]?, chart: Chart?,
                notes: [String] = []) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.rows = rows
        self.total = total
        self.chart = chart
        self.notes = notes
    }
}
