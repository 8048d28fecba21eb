import Domain
import Storage

extension OrgChart {
    /// Blank cells between two boxes of a row.
    static let gap = 2
    /// Blank cells either side of the spine where it runs down between two boxes.
    static let spineClearance = 2
    /// Cells between the advisers' box and the ketua's, the dashed line between them.
    static let sideGap = 5

    /// Lays out `snapshot`'s board.
    ///
    /// A vertical spine runs down from the ketua. Each row of boxes hangs from a horizontal bus
    /// that crosses the spine; a row with more rows below it leaves a gap where the spine passes
    /// between its boxes, and the last row is centred under the spine. The pengurus harian come
    /// first, then the bidang; each wraps into rows of at most `options.perRow` boxes, as even
    /// as they can be, and the boxes of each are as wide as its widest. The advisers' box sits
    /// left of the ketua, level with it.
    public static func layout(_ snapshot: BoardSnapshot, words: Words = .indonesian, options: Options = Options()) -> OrgChart {
        var builder = Builder(fit: TextFit(options), words: words, options: options)
        return builder.build(snapshot)
    }

    /// A seat title without what the box already says: in the box of the bidang `Advokasi`,
    /// `Koordinator Bidang Advokasi` reads `Koordinator`. Other titles are left as they are.
    static func shortTitle(_ title: String, department: String) -> String {
        var t = title.trimmingSpacesAround
        let suffix = " " + department.trimmingSpacesAround
        if t.count > suffix.count, t.lowercased().hasSuffix(suffix.lowercased()) { t = String(t.dropLast(suffix.count)) }
        if t.count > 7, t.lowercased().hasSuffix(" bidang") { t = String(t.dropLast(7)) }
        return t
    }
}

/// The layout, worked out with the spine at column 0 and moved right at the end.
private struct Builder {
    let fit: TextFit
    let words: OrgChart.Words
    let options: OrgChart.Options
    var boxes: [OrgChart.Box] = []
    var segments: [OrgChart.Segment] = []

    init(fit: TextFit, words: OrgChart.Words, options: OrgChart.Options) {
        self.fit = fit
        self.words = words
        self.options = options
    }

    typealias Frame = OrgChart.Frame
    typealias Point = OrgChart.Point

    mutating func build(_ snapshot: BoardSnapshot) -> OrgChart {
        var advisers: [Seat] = []
        var executive: [Seat] = []
        var departments: [(Department, [Seat])] = []
        for (group, seats) in snapshot.groups {
            switch group {
            case .advisers: advisers = seats
            case .executive: executive = seats
            case .department(let d): departments.append((d, seats))
            }
        }
        guard !(advisers.isEmpty && executive.isEmpty && departments.allSatisfy({ $0.1.isEmpty })) else {
            return OrgChart(width: 0, height: 0, boxes: [], segments: [], options: options)
        }
        let headIndex = executive.firstIndex { $0.position.kind == .ketua }
        let head = headIndex.map { seatBox(executive[$0], kind: .head) }
        let rest = executive.enumerated().filter { $0.offset != headIndex }.map { seatBox($0.element, kind: .executive) }
        let adviserBox = advisers.isEmpty ? nil : listBox(.advisers, heading: words.advisers, seats: advisers) { $0 }
        let departmentBoxes = departments.map { d, seats in
            listBox(.department, heading: d.name, seats: seats) { OrgChart.shortTitle($0, department: d.name) }
        }

        let rows = balancedRows(sameWidth(rest)) + balancedRows(sameWidth(departmentBoxes))

        // The top row: the ketua centred on the spine, the advisers to its left.
        var bottom = 0
        var spineFrom: Point?
        if var head {
            head.frame.x = -(head.frame.width / 2)
            head.frame.y = 0
            boxes.append(head)
            bottom = head.frame.maxY
            spineFrom = Point(x: 0, y: head.frame.maxY - 1)
        }
        if var adviserBox {
            let headLeft = head.map { -($0.frame.width / 2) } ?? 0
            adviserBox.frame.x = headLeft - OrgChart.sideGap - adviserBox.frame.width
            adviserBox.frame.y = 0
            boxes.append(adviserBox)
            bottom = max(bottom, adviserBox.frame.maxY)
            // Level with the first line of text: the heading beside the ketua's title. Without
            // a ketua the line turns down into the spine, if there is anything below to reach.
            if head != nil || !rows.isEmpty {
                segments.append(.init(from: Point(x: adviserBox.frame.maxX - 1, y: 1), to: Point(x: headLeft, y: 1), dashed: true))
            }
            if head == nil && !rows.isEmpty { spineFrom = Point(x: 0, y: 1) }
        }

        for (index, row) in rows.enumerated() {
            let busY = bottom + 1
            let top = busY + 2
            let placed = place(row, top: top, last: index == rows.count - 1)
            // The bus reaches the spine when it comes from above or goes on below.
            let onSpine = spineFrom != nil || index < rows.count - 1
            let centers = placed.map(\.frame.centerX) + (onSpine ? [0] : [])
            let left = centers.min()!, right = centers.max()!
            if left < right { segments.append(.init(from: Point(x: left, y: busY), to: Point(x: right, y: busY))) }
            for box in placed {
                segments.append(.init(from: Point(x: box.frame.centerX, y: busY), to: Point(x: box.frame.centerX, y: top)))
            }
            if let from = spineFrom { segments.append(.init(from: from, to: Point(x: 0, y: busY))) }
            spineFrom = Point(x: 0, y: busY)
            boxes.append(contentsOf: placed)
            bottom = placed.map(\.frame.maxY).max()!
        }
        return normalized()
    }

    /// The boxes of a tier as wide as its widest, so its rows line up.
    func sameWidth(_ items: [OrgChart.Box]) -> [OrgChart.Box] {
        let widest = items.map(\.frame.width).max() ?? 0
        return items.map { box in
            var b = box
            b.frame.width = widest
            return b
        }
    }

    /// Wraps boxes into rows of at most `perRow`, as even as possible (7 → 4 + 3, 8 → 4 + 4).
    func balancedRows(_ items: [OrgChart.Box]) -> [[OrgChart.Box]] {
        guard !items.isEmpty else { return [] }
        let count = (items.count + options.perRow - 1) / options.perRow
        let base = items.count / count, extra = items.count % count
        var rows: [[OrgChart.Box]] = []
        var start = 0
        for r in 0..<count {
            let n = base + (r < extra ? 1 : 0)
            rows.append(Array(items[start..<(start + n)]))
            start += n
        }
        return rows
    }

    /// Places a row's boxes at `top`: centred under the spine when it is the last row, else
    /// split either side of it, so the spine runs on down between them.
    func place(_ row: [OrgChart.Box], top: Int, last: Bool) -> [OrgChart.Box] {
        var placed = row
        for i in placed.indices { placed[i].frame.y = top }
        if last {
            let total = row.map(\.frame.width).reduce(0, +) + OrgChart.gap * (row.count - 1)
            var x = -(total / 2)
            for i in placed.indices {
                placed[i].frame.x = x
                x += placed[i].frame.width + OrgChart.gap
            }
        } else {
            let leftCount = (row.count + 1) / 2
            var x = -OrgChart.spineClearance
            for i in (0..<leftCount).reversed() {
                x -= placed[i].frame.width
                placed[i].frame.x = x
                x -= OrgChart.gap
            }
            x = OrgChart.spineClearance + 1
            for i in leftCount..<placed.count {
                placed[i].frame.x = x
                x += placed[i].frame.width + OrgChart.gap
            }
        }
        return placed
    }

    /// Everything moved so the leftmost cell is column 0.
    func normalized() -> OrgChart {
        let minX = min(boxes.map(\.frame.x).min() ?? 0, segments.map { min($0.from.x, $0.to.x) }.min() ?? 0)
        let shifted = boxes.map { box -> OrgChart.Box in
            var b = box
            b.frame.x -= minX
            return b
        }
        let lines = segments.map {
            OrgChart.Segment(from: Point(x: $0.from.x - minX, y: $0.from.y), to: Point(x: $0.to.x - minX, y: $0.to.y), dashed: $0.dashed)
        }
        let width = max(shifted.map(\.frame.maxX).max() ?? 0, lines.map { max($0.from.x, $0.to.x) + 1 }.max() ?? 0)
        let height = max(shifted.map(\.frame.maxY).max() ?? 0, lines.map { max($0.from.y, $0.to.y) + 1 }.max() ?? 0)
        return OrgChart(width: width, height: height, boxes: shifted, segments: lines, options: options)
    }

    // MARK: Boxes

    /// One seat: its title and its holder.
    func seatBox(_ seat: Seat, kind: OrgChart.BoxKind) -> OrgChart.Box {
        box(kind, [(fit.clean(seat.position.title), .title, 0), holder(seat)], positions: [seat.position.id].compactMap { $0 })
    }

    /// A heading, then the seats: a title once for seats in a row that share it
    /// (`Anggota` over three names), each holder indented under it.
    func listBox(_ kind: OrgChart.BoxKind, heading: String, seats: [Seat], title: (String) -> String) -> OrgChart.Box {
        var lines: [(String, OrgChart.Role, Int)] = [(fit.clean(heading), .heading, 0)]
        var previous: String?
        for seat in seats {
            let t = fit.clean(title(seat.position.title))
            if t != previous { lines.append((t, .label, 0)) }
            previous = t
            var h = holder(seat)
            h.2 = 1
            lines.append(h)
        }
        if seats.isEmpty { lines.append((fit.clean(words.noSeats), .note, 0)) }
        return box(kind, lines, positions: seats.compactMap(\.position.id))
    }

    func holder(_ seat: Seat) -> (String, OrgChart.Role, Int) {
        guard let holding = seat.holder else { return (fit.clean(words.vacant), .vacant, 0) }
        if holding.isErased { return (fit.clean(words.erased), .erased, 0) }
        let name = fit.clean(holding.name)
        return name.isEmpty ? (fit.clean(words.erased), .erased, 0) : (name, .name, 0)
    }

    /// A box sized to its text, capped at `maxTextWidth`; longer lines end in an ellipsis.
    func box(_ kind: OrgChart.BoxKind, _ lines: [(String, OrgChart.Role, Int)], positions: [Int64]) -> OrgChart.Box {
        let cap = options.maxTextWidth
        let inner = min(cap, lines.map { $0.2 + fit.width($0.0) }.max() ?? 0)
        let fitted = lines.map { text, role, indent -> OrgChart.Line in
            let (t, w) = fit.fit(text, cells: max(1, inner - indent))
            return OrgChart.Line(text: t, role: role, indent: indent, width: w)
        }
        // At least one cell of text, and an odd width so the centre column sits in the middle.
        var width = max(1, inner) + 2 * OrgChart.padding
        if width % 2 == 0 { width += 1 }
        return OrgChart.Box(kind: kind, frame: OrgChart.Frame(x: 0, y: 0, width: width, height: fitted.count + 2),
                            lines: fitted, positionIds: positions)
    }
}

extension String {
    var trimmingSpacesAround: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
