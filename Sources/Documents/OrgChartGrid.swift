/// An `OrgChart` drawn into character cells: box-drawing lines (`─ │ ┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼`, or
/// `- | +` when the chart is ASCII) and the boxes' text, each cell with what it is, so the
/// terminal screen can style it and the text export can print it.
///
/// Where lines meet, the glyph comes from the arms that reach the cell (up, down, left,
/// right): a connector arriving on a box's top border makes `┴`, the spine crossing a bus `┼`.
public struct OrgChartGrid: Sendable {
    public enum Role: Hashable, Sendable {
        case blank
        case line
        case text(OrgChart.Role)
    }

    public struct Cell: Hashable, Sendable {
        /// One character, `""` for the right half of a wide one.
        public var text: String
        public var role: Role
        public static let blank = Cell(text: " ", role: .blank)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    public init(_ chart: OrgChart) {
        width = chart.width
        height = chart.height
        cells = Array(repeating: .blank, count: width * height)
        var arms = Arms(width: width, height: height)
        for box in chart.boxes {
            let f = box.frame
            for edge in [(OrgChart.Point(x: f.x, y: f.y), OrgChart.Point(x: f.maxX - 1, y: f.y)),
                         (OrgChart.Point(x: f.x, y: f.maxY - 1), OrgChart.Point(x: f.maxX - 1, y: f.maxY - 1)),
                         (OrgChart.Point(x: f.x, y: f.y), OrgChart.Point(x: f.x, y: f.maxY - 1)),
                         (OrgChart.Point(x: f.maxX - 1, y: f.y), OrgChart.Point(x: f.maxX - 1, y: f.maxY - 1))] {
                arms.add(OrgChart.Segment(from: edge.0, to: edge.1))
            }
        }
        for segment in chart.segments { arms.add(segment) }
        let glyphs = chart.options.ascii ? Glyphs.ascii : Glyphs.unicode
        for y in 0..<height {
            for x in 0..<width {
                if let set = arms.visible(x, y) { cells[y * width + x] = Cell(text: glyphs.glyph(set), role: .line) }
            }
        }
        for box in chart.boxes {
            for (i, line) in box.lines.enumerated() {
                var p = box.origin(ofLine: i)
                for ch in line.text {
                    let w = chart.options.measure(ch)
                    guard w > 0, p.x + w <= box.frame.maxX - 1 else { continue }
                    cells[p.y * width + p.x] = Cell(text: String(ch), role: .text(line.role))
                    if w == 2 { cells[p.y * width + p.x + 1] = Cell(text: "", role: .text(line.role)) }
                    p.x += w
                }
            }
        }
    }

    /// Each row as text, trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The line glyphs by the arms of a cell.
    struct Glyphs {
        let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
        let leftTee, rightTee, topTee, bottomTee, cross: String

        static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                    bottomRight: "┘", leftTee: "├", rightTee: "┤", topTee: "┬", bottomTee: "┴", cross: "┼")
        static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                  bottomRight: "+", leftTee: "+", rightTee: "+", topTee: "+", bottomTee: "+", cross: "+")

        func glyph(_ a: Arms.Set) -> String {
            let h = a.contains(.left) || a.contains(.right), v = a.contains(.up) || a.contains(.down)
            if !v { return horizontal }
            if !h { return vertical }
            switch (a.contains(.up), a.contains(.down), a.contains(.left), a.contains(.right)) {
            case (false, true, false, true): return topLeft
            case (false, true, true, false): return topRight
            case (true, false, false, true): return bottomLeft
            case (true, false, true, false): return bottomRight
            case (true, true, false, true): return leftTee
            case (true, true, true, false): return rightTee
            case (false, true, true, true): return topTee
            case (true, false, true, true): return bottomTee
            default: return cross
            }
        }
    }
}

/// Which lines reach each cell. Dashed lines show every other cell between their ends.
struct Arms {
    struct Set: OptionSet, Hashable {
        let rawValue: UInt8
        static let up = Set(rawValue: 1), down = Set(rawValue: 2), left = Set(rawValue: 4), right = Set(rawValue: 8)
    }

    let width: Int
    let height: Int
    private var solid: [Set]
    private var dashed: [Set]
    private var dashShown: [Bool]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        solid = Array(repeating: [], count: width * height)
        dashed = solid
        dashShown = Array(repeating: false, count: width * height)
    }

    mutating func add(_ s: OrgChart.Segment) {
        let horizontal = s.isHorizontal
        let a = horizontal ? min(s.from.x, s.to.x) : min(s.from.y, s.to.y)
        let b = horizontal ? max(s.from.x, s.to.x) : max(s.from.y, s.to.y)
        for i in a...b {
            let (x, y) = horizontal ? (i, s.from.y) : (s.from.x, i)
            guard x >= 0, x < width, y >= 0, y < height else { continue }
            var set: Set = []
            if i > a { set.insert(horizontal ? .left : .up) }
            if i < b { set.insert(horizontal ? .right : .down) }
            if a == b { set.insert(horizontal ? [.left, .right] : [.up, .down]) }
            let index = y * width + x
            if s.dashed {
                dashed[index].formUnion(set)
                if i == a || i == b || (i - a) % 2 == 1 { dashShown[index] = true }
            } else {
                solid[index].formUnion(set)
            }
        }
    }

    /// The arms to draw at a cell, nil for none.
    func visible(_ x: Int, _ y: Int) -> Set? {
        let index = y * width + x
        if !solid[index].isEmpty { return solid[index].union(dashed[index]) }
        if !dashed[index].isEmpty && dashShown[index] { return dashed[index] }
        return nil
    }
}
