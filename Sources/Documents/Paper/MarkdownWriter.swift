/// A Paper as Markdown (CommonMark with pipe tables): for an archive in plain text, a wiki or
/// a chat. Signature blocks become lines to sign on; pictures become their caption.
public enum MarkdownWriter {
    public static func render(_ paper: Paper) -> String {
        var out: [String] = []
        if let l = paper.letterhead {
            out += l.lines.map { "**\(escape($0))**  " }
            if !l.address.isEmpty { out.append(escape(l.address) + "  ") }
            if !l.contact.isEmpty { out.append(escape(l.contact) + "  ") }
            out += ["", "---", ""]
        }
        // The first title is the document's heading; later ones (MEMUTUSKAN, a lampiran) one level down.
        var titled = false
        for block in paper.blocks {
            var lines = markdown(block)
            if case .title = block {
                if titled, let first = lines.first, first.hasPrefix("# ") { lines[0] = "#" + first }
                titled = true
            }
            out += lines
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Characters that would start markup made literal; what no paper prints left out.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where !XMLText.isDropped(scalar) {
            switch scalar {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|": out += "\\\(scalar)"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `2. Anggaran …` at the start of an item would open an ordered list: `2\. Anggaran …`.
    static func literalNumber(_ text: String) -> String {
        let digits = text.prefix { $0.isNumber }
        guard !digits.isEmpty, text.dropFirst(digits.count).first == "." else { return text }
        return digits + "\\" + text.dropFirst(digits.count)
    }

    private static func cell(_ text: String) -> String {
        escape(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }

    private static func markdown(_ block: Paper.Block) -> [String] {
        switch block {
        case .title(let lines):
            guard let first = lines.first else { return [] }
            return ["# \(escape(first))", ""] + lines.dropFirst().map { "**\(escape($0))**  " } + [""]
        case .heading(let text):
            return ["## \(escape(text))", ""]
        case .paragraph(let text, _):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) + "  " } + [""]
        case .fields(let fields):
            return fields.map { "- **\(escape($0.label)):** \(escape($0.value))" } + [""]
        case .points(let points):
            return points.map { "- " + literalNumber([$0.marker, $0.text].filter { !$0.isEmpty }.map(escape).joined(separator: " ")) } + [""]
        case .table(let t):
            return table(t) + [""]
        case .signatures(let s):
            var out: [String] = []
            if let placeDate = s.placeDate { out += placeDate.split(separator: "\n").map { escape(String($0)) + "  " } + [""] }
            if let heading = s.heading { out += ["**\(escape(heading))**", ""] }
            for signer in s.signers {
                out.append("\(escape(signer.role)): ______________________ (\(signer.name.map(escape) ?? "…"))  ")
            }
            return out + [""]
        case .picture(_, _, _, let caption):
            return ["*\(escape(caption))* (gambar tersedia dalam DOCX, PDF dan HTML)", ""]
        case .pageBreak:
            return ["---", ""]
        }
    }

    /// A pipe table. Spanned header cells are repeated empty, since pipe tables have no spans.
    private static func table(_ t: Paper.Table) -> [String] {
        let columns = t.widths.count
        func expand(_ cells: [Paper.Cell]) -> [String] {
            var out: [String] = []
            for c in cells {
                out.append(cell(c.text))
                if c.span > 1 { out += Array(repeating: "", count: c.span - 1) }
            }
            return Array((out + Array(repeating: "", count: max(0, columns - out.count))).prefix(columns))
        }
        let head = t.header.last.map(expand) ?? Array(repeating: "", count: columns)
        var out = ["| " + head.joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: columns)]
        out += t.rows.map { "| " + expand($0).joined(separator: " | ") + " |" }
        return out
    }
}
