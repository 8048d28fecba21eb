/// The title bar: where the user is, as a breadcrumb (`Menu › Anggota › Ubah`), and on the
/// right a short status such as a list counter (`12/124`).
///
/// Drawn in reverse video so it reads as a bar on monochrome terminals; the current place
/// (the last crumb) is bold. On a narrow terminal the leading crumbs give way first, because
/// where you are matters more than how you got there.
public struct Header: Hashable, Sendable {
    public var crumbs: [String]
    public var trailing: String
    public var separator: String

    public init(_ crumbs: [String], trailing: String = "", separator: String = " › ") {
        self.crumbs = crumbs
        self.trailing = trailing
        self.separator = separator
    }

    /// Draws on the first row of `rect`.
    public func draw(in rect: Rect, on buffer: inout Buffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        let bar = Style.reverse
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: bar)
        let inner = rect.width - 2   // one cell of margin each side
        guard inner > 0 else { return }

        let path = crumbs.joined(separator: separator)
        var pathRoom = inner
        let trailingWidth = trailing.displayWidth
        if trailingWidth > 0, trailingWidth + 2 <= inner - min(path.displayWidth, 10) {
            buffer.write(trailing, x: rect.maxX - 1 - trailingWidth, y: rect.y, style: bar)
            pathRoom = inner - trailingWidth - 2
        }
        let (lead, current) = fittedPath(in: pathRoom)
        let used = buffer.write(lead, x: rect.x + 1, y: rect.y, style: bar)
        buffer.write(current, x: rect.x + 1 + used, y: rect.y, style: bar.with(.bold))
    }

    /// The breadcrumb fitted to `width`: (everything before the last crumb, the last crumb).
    /// Leading crumbs collapse into "…" before the current one is truncated.
    func fittedPath(in width: Int) -> (String, String) {
        guard let last = crumbs.last else { return ("", "") }
        for drop in 0..<crumbs.count {
            var lead = Array(crumbs[drop..<(crumbs.count - 1)])
            if drop > 0 { lead.insert("…", at: 0) }
            let prefix = lead.isEmpty ? "" : lead.joined(separator: separator) + separator
            if prefix.displayWidth + last.displayWidth <= width { return (prefix, last) }
        }
        return ("", last.displayWidth <= width ? last : last.fitted(to: width))
    }
}
