import Domain
import Storage

/// A term's board laid out as a tree, in character cells: the ketua at the top, the advisers in
/// a box to the side joined by a dashed line, the rest of the pengurus harian below, then the
/// bidang, each a box listing its koordinator and anggota.
///
/// Computed once from a `BoardSnapshot`, pure and without I/O. The terminal screen, the text
/// export and the SVG export all draw this one layout, so they show the same tree; the SVG
/// only scales cells to pixels.
public struct OrgChart: Sendable {
    /// A cell: column `x`, row `y`, from the top-left of the chart.
    public struct Point: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }

    /// A box's cells, its border included.
    public struct Frame: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
        public init(x: Int, y: Int, width: Int, height: Int) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }
        public var maxX: Int { x + width }
        public var maxY: Int { y + height }
        /// The column connectors meet: the middle (right of the middle for an even width).
        public var centerX: Int { x + width / 2 }
    }

    public enum BoxKind: Hashable, Sendable {
        /// The ketua, at the top.
        case head
        /// Pembina and penasehat, in one box to the side of the ketua.
        case advisers
        /// Another seat of the pengurus harian.
        case executive
        /// A bidang, its seats listed.
        case department
    }

    /// What a line of text in a box is, so each renderer can give it its own look.
    public enum Role: Hashable, Sendable {
        /// The name of a bidang, or of the advisers' box.
        case heading
        /// A seat's title in its own box (`Wakil Ketua I`).
        case title
        /// In a list, a title shared by the seats under it (`Koordinator`, `Anggota`, `Pembina`).
        case label
        /// The holder's name.
        case name
        /// A seat without a holder ("kosong").
        case vacant
        /// A holder whose personal data was erased ("[dihapus]").
        case erased
        /// A remark, such as a bidang without seats.
        case note
    }

    public struct Line: Hashable, Sendable {
        /// Already fitted to the box: truncated with an ellipsis when it was too long.
        public var text: String
        public var role: Role
        /// Cells of indentation before the text (names under a shared title).
        public var indent: Int
        /// Cells the text takes.
        public var width: Int
    }

    public struct Box: Hashable, Sendable {
        public var kind: BoxKind
        public var frame: Frame
        public var lines: [Line]
        /// The seats shown in the box, in the order they are listed.
        public var positionIds: [Int64]
        /// Lines are centred in a single seat's box, left-aligned in a list.
        public var centered: Bool { kind == .head || kind == .executive }
        /// Where the text of line `index` starts (column) and its row.
        public func origin(ofLine index: Int) -> Point {
            let line = lines[index]
            let inner = frame.width - 2 * OrgChart.padding
            let x = centered ? frame.x + OrgChart.padding + max(0, (inner - line.width) / 2)
                             : frame.x + OrgChart.padding + line.indent
            return Point(x: x, y: frame.y + 1 + index)
        }
    }

    /// A connector: horizontal or vertical, from one cell to another, both included.
    /// A segment's end that lies on a box border joins it (a tee where they meet).
    public struct Segment: Hashable, Sendable {
        public var from: Point
        public var to: Point
        /// The advisers' line: advice, not command.
        public var dashed: Bool
        public init(from: Point, to: Point, dashed: Bool = false) {
            self.from = from; self.to = to; self.dashed = dashed
        }
        public var isHorizontal: Bool { from.y == to.y }
    }

    /// The words the chart shows besides the data, in the interface language.
    public struct Words: Sendable, Hashable {
        public var vacant: String
        public var erased: String
        public var advisers: String
        public var noSeats: String
        public init(vacant: String, erased: String, advisers: String, noSeats: String) {
            self.vacant = vacant; self.erased = erased; self.advisers = advisers; self.noSeats = noSeats
        }
        /// The exported documents are Indonesian.
        public static let indonesian = Words(vacant: "kosong", erased: "[dihapus]", advisers: "Pembina & Penasehat",
                                             noSeats: "belum ada jabatan")
    }

    public struct Options: Sendable {
        /// The widest a line of text may be, in cells; longer ones end in an ellipsis.
        public var maxTextWidth: Int
        /// The most boxes side by side in one row; more wrap to the next row.
        public var perRow: Int
        /// Cells a character takes (2 for East Asian wide ones in a terminal).
        public var measure: @Sendable (Character) -> Int
        /// Only ASCII in the text: accents dropped, other characters as `?`, `...` for the ellipsis.
        public var ascii: Bool

        public init(maxTextWidth: Int = 28, perRow: Int = 4, ascii: Bool = false,
                    measure: @escaping @Sendable (Character) -> Int = { _ in 1 }) {
            self.maxTextWidth = max(4, maxTextWidth)
            self.perRow = max(1, perRow)
            self.ascii = ascii
            self.measure = measure
        }
    }

    /// Cells from a box's border to its text: the border and one space.
    public static let padding = 2

    public let width: Int
    public let height: Int
    public let boxes: [Box]
    public let segments: [Segment]
    public let options: Options

    public var isEmpty: Bool { boxes.isEmpty }
    /// The ketua's box, if the board has a ketua seat.
    public var head: Box? { boxes.first { $0.kind == .head } }

    init(width: Int, height: Int, boxes: [Box], segments: [Segment], options: Options) {
        self.width = width
        self.height = height
        self.boxes = boxes
        self.segments = segments
        self.options = options
    }
}
