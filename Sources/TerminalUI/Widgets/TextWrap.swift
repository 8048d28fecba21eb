extension String {
    /// Breaks the text into lines of at most `width` cells, at spaces where possible.
    /// A word wider than a line is split by cells, never inside a grapheme.
    /// Explicit newlines are kept as line breaks.
    public func wrapped(toCells width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                let sep = line.isEmpty ? "" : " "
                if line.displayWidth + sep.displayWidth + word.displayWidth <= width {
                    line += sep + word
                    continue
                }
                if !line.isEmpty { lines.append(line); line = "" }
                while word.displayWidth > width {
                    var head = word.prefix(cells: width)
                    if head.isEmpty { head = String(word.first!) }   // a wide glyph in a 1-cell line
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                }
                line = word
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// `wrapped(toCells:)`, at most `maxLines` lines: when more would follow, the last line
    /// shown ends in "…", so a cut never goes unseen.
    public func wrapped(toCells width: Int, maxLines: Int) -> [String] {
        wrapped(toCells: width).capped(toLines: maxLines, width: width)
    }
}

extension Array where Element == String {
    /// The first `count` of these lines (each at most `width` cells); when more follow, the
    /// last one kept ends in "…" (what fits of it and the next, so the mark sits where the
    /// text goes on).
    public func capped(toLines count: Int, width: Int) -> [String] {
        guard self.count > count else { return self }
        guard count > 0, width > 0 else { return [] }
        var kept = Array(prefix(count))
        kept[count - 1] = (kept[count - 1] + " " + self[count]).prefix(cells: width - 1) + "…"
        return kept
    }
}
