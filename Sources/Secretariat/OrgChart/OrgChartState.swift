import Documents
import Domain
import Storage
import TerminalUI

/// Bagan: a term's board as a tree (the ketua at the top, the advisers beside, the pengurus
/// harian, then the bidang), panned with the arrow keys when larger than the screen.
/// The board is read once, on `.opened`; the layout and its cells are computed then, not per frame.
struct OrgChartScreen: Screen {
    let termId: Int64
    private(set) var term: Term?
    /// The chart in cells, nil until loaded (and when the term does not exist).
    private(set) var grid: OrgChartGrid?
    /// The column the ketua's box is centred on (the middle without one), where the view starts.
    private(set) var headColumn: Int?
    /// The chart cell shown at the top-left of the view.
    private(set) var offset = Point(x: 0, y: 0)
    /// The content area, as the shell last reported it.
    private(set) var size = Size(width: 80, height: 21)
    private(set) var notFound = false
    /// Until the user pans, the view stays centred on the ketua (also across a resize).
    private(set) var panned = false

    init(termId: Int64) {
        self.termId = termId
    }

    /// `Bagan`: the breadcrumb above already names the term (Pengurus › 2023–2028 › Bagan).
    func title(_ catalog: Catalog) -> String { catalog.orgChart.title }

    /// Reads the board and lays it out, the view centred on the ketua.
    mutating func load(_ context: AppContext) {
        do {
            let snapshot = try context.data.board.board(termId: termId)
            term = snapshot.term
            let chart = OrgChart.layout(snapshot, words: context.catalog.orgChart.chartWords,
                                        options: OrgChart.Options(measure: { DisplayWidth.of($0) }))
            grid = OrgChartGrid(chart)
            headColumn = chart.head?.frame.centerX ?? chart.width / 2
            centreOnHead()
        } catch StoreError.notFound {
            notFound = true
            context.fail(context.catalog.orgChart.notFound)
        } catch {
            context.fail(error)
        }
    }

    mutating func setSize(_ value: Size) {
        size = value
        if panned { clamp() } else { centreOnHead() }
    }

    mutating func pan(x: Int? = nil, y: Int? = nil) {
        panned = true
        offset = Point(x: x ?? offset.x, y: y ?? offset.y)
        clamp()
    }

    private mutating func centreOnHead() {
        offset = Point(x: (headColumn ?? 0) - viewport.width / 2, y: 0)
        clamp()
    }

    /// The part of the content area the chart is drawn in: one column of margin each side.
    var viewport: Size { Size(width: max(1, size.width - 2), height: max(1, size.height)) }

    /// Furthest the view can move: the chart's last column and row just in view.
    var maxOffset: Point {
        guard let grid else { return Point(x: 0, y: 0) }
        return Point(x: max(0, grid.width - viewport.width), y: max(0, grid.height - viewport.height))
    }

    private mutating func clamp() {
        offset = Point(x: min(max(0, offset.x), maxOffset.x), y: min(max(0, offset.y), maxOffset.y))
    }

    func headerStatus(_ catalog: Catalog) -> String? {
        guard let grid, grid.width > 0 else { return nil }
        let rows = (offset.y + 1, min(grid.height, offset.y + viewport.height), grid.height)
        let columns = (offset.x + 1, min(grid.width, offset.x + viewport.width), grid.width)
        return catalog.orgChart.position(rows: rows, columns: columns)
    }
}
