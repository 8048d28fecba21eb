import Foundation

/// A Paper as one self-contained HTML page with print styles: A4 pages with the same margins
/// as the DOCX, header rows repeated on every printed page, rows not split, and page breaks
/// where the document has them. Pictures are inline SVG. Written as polyglot markup (void
/// elements closed, no named entities), so an XML parser can check it is well-formed.
public enum HTMLWriter {
    public static func render(_ paper: Paper) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8"/>
        <title>\(XMLText.escape(paper.title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
        if let l = paper.letterhead {
            out += "<header class=\"kop\(l.logo == nil ? "" : " berlogo")\">\n"
            if let logo = l.logo {
                out += "<img class=\"logo\" alt=\"Logo\" src=\"data:\(logo.format.mimeType);base64,\(logo.data.base64EncodedString())\"/>\n<div>\n"
            }
            for (i, line) in l.lines.enumerated() { out += "<div class=\"kop-\(i == 0 ? "nama" : "baris")\">\(e(line))</div>\n" }
            if !l.address.isEmpty { out += "<div class=\"kop-alamat\">\(e(l.address))</div>\n" }
            if !l.contact.isEmpty { out += "<div class=\"kop-alamat\">\(e(l.contact))</div>\n" }
            if l.logo != nil { out += "</div>\n" }
            out += "</header>\n"
        }
        var landscape = false
        for block in paper.blocks { out += html(block, landscape: &landscape) }
        if landscape { out += "</section>\n" }
        return out + "</body>\n</html>\n"
    }

    static let style = """
        @page { size: A4; margin: 2.5cm 2.5cm 2.5cm 3cm; }
        @page wide { size: A4 landscape; }
        body { font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.3;
               max-width: 17cm; margin: 1.5em auto; color: #000; }
        .kop { text-align: center; border-bottom: 4px double #000; padding-bottom: 6px; margin-bottom: 18px; }
        .kop.berlogo { display: flex; align-items: center; gap: 12px; } .kop.berlogo > div { flex: 1; }
        .kop img.logo { max-width: 2.5cm; max-height: 2.5cm; }
        .kop-nama { font-weight: bold; font-size: 14pt; }
        .kop-baris { font-weight: bold; font-size: 13pt; }
        .kop-alamat { font-size: 10pt; }
        h1 { font-size: 14pt; text-align: center; text-decoration: underline; margin: 0.6em 0 0.1em; }
        .subjudul { text-align: center; font-weight: bold; margin: 0; }
        .subjudul:last-of-type { margin-bottom: 1em; }
        h2 { font-size: 12pt; margin: 1.2em 0 0.5em; break-after: avoid; }
        p { margin: 0 0 0.5em; }
        p.justify { text-align: justify; } p.center { text-align: center; } p.right { text-align: right; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 1em; }
        table.grid th, table.grid td { border: 1px solid #000; padding: 2px 5px; vertical-align: middle; }
        table.grid th { background: #e7e6e6; }
        table.fields td { padding: 1px 4px; vertical-align: top; }
        table.fields td:first-child { white-space: nowrap; padding-left: 0; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        td.center { text-align: center; } td.right { text-align: right; }
        table.points td { padding: 0 0.6em 0.3em 0; vertical-align: top; text-align: justify; }
        table.points td:first-child { white-space: nowrap; width: 1%; }
        .ttd { display: flex; justify-content: space-around; margin: 1.5em 0; break-inside: avoid; text-align: center; }
        .ttd-blok { width: 30%; }
        .ttd-ruang { height: 5em; }
        .ttd-nama { font-weight: bold; text-decoration: underline; }
        .ttd-judul { text-align: center; font-weight: bold; margin-top: 1.5em; }
        figure { text-align: center; margin: 1em 0; break-inside: avoid; } figure svg { max-width: 100%; height: auto; }
        @media print { .mendatar figure svg { max-height: 14cm; width: auto; } }
        .halaman-baru { break-before: page; }
        .mendatar { page: wide; }
        @media print { body { max-width: none; margin: 0; } }
        """

    private static func e(_ text: String) -> String { XMLText.escape(text) }

    private static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br/>")
    }

    private static func html(_ block: Paper.Block, landscape: inout Bool) -> String {
        switch block {
        case .title(let lines):
            guard let first = lines.first else { return "" }
            return "<h1>\(e(first))</h1>\n" + lines.dropFirst().map { "<p class=\"subjudul\">\(e($0))</p>\n" }.joined()
        case .heading(let text):
            return "<h2>\(e(text))</h2>\n"
        case .paragraph(let text, let align):
            return "<p class=\"\(align.rawValue)\">\(self.lines(text))</p>\n"
        case .fields(let fields):
            return "<table class=\"fields\">\n" + fields.map {
                "<tr><td>\(e($0.label))</td><td>:</td><td>\(self.lines($0.value))</td></tr>\n"
            }.joined() + "</table>\n"
        case .points(let points):
            // One table, so every marker and every text starts where the others do.
            return "<table class=\"points\">\n" + points.map { "<tr><td>\(e($0.marker))</td><td>\(self.lines($0.text))</td></tr>\n" }.joined()
                + "</table>\n"
        case .table(let t):
            return table(t)
        case .signatures(let s):
            var out = s.signers.count > 1 ? s.heading.map { "<p class=\"ttd-judul\">\(e($0))</p>\n" } ?? "" : ""
            for (r, cells) in s.cellRows.enumerated() {
                out += "<div class=\"ttd\">\n"
                let top = s.topLines(row: r)
                for (i, signer) in cells.enumerated() {
                    var lines = s.linesAbove(row: r, column: i, width: cells.count, signer: signer).map(e)
                    lines += Array(repeating: "&#160;", count: max(0, top - lines.count))
                    out += "<div class=\"ttd-blok\"><div>\(lines.isEmpty ? "&#160;" : lines.joined(separator: "<br/>"))</div>"
                    if let signer {
                        let name = signer.name.map { "<div class=\"ttd-nama\">\(e($0))</div>" } ?? "<div>(.................................)</div>"
                        out += "<div>\(e(signer.role))</div><div class=\"ttd-ruang\"></div>\(name)"
                    }
                    out += "</div>\n"
                }
                out += "</div>\n"
            }
            return out
        case .picture(let svg, _, _, let caption):
            // The SVG inline, without its XML declaration (not allowed inside HTML).
            let inline = svg.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("<?xml") }.joined(separator: "\n")
            return "<figure>\n\(inline)<figcaption>\(e(caption))</figcaption>\n</figure>\n"
        case .pageBreak(let wide):
            // What follows a turn to landscape is one section on wide pages (a named page
            // applies to content, so an empty marker would print a blank page).
            let close = landscape ? "</section>\n" : ""
            landscape = wide
            return close + (wide ? "<section class=\"halaman-baru mendatar\">\n" : "<div class=\"halaman-baru\"></div>\n")
        }
    }

    private static func table(_ t: Paper.Table) -> String {
        let total = max(1, t.widths.reduce(0, +))
        var out = "<table class=\"\(t.borders ? "grid" : "plain")\">\n<colgroup>"
        for w in t.widths { out += "<col style=\"width:\(w * 100 / total)%\"/>" }
        out += "</colgroup>\n"
        func row(_ cells: [Paper.Cell], tag: String, height: Int?) -> String {
            let style = height.map { " style=\"height:\($0)pt\"" } ?? ""
            return "<tr\(style)>" + cells.map { cell in
                let span = cell.span > 1 ? " colspan=\"\(cell.span)\"" : ""
                let align = cell.align == .left || cell.align == .justify ? "" : " class=\"\(cell.align.rawValue)\""
                let text = cell.bold && tag == "td" ? "<b>\(lines(cell.text))</b>" : lines(cell.text)
                return "<\(tag)\(span)\(align)>\(text)</\(tag)>"
            }.joined() + "</tr>\n"
        }
        if !t.header.isEmpty { out += "<thead>\n" + t.header.map { row($0, tag: "th", height: nil) }.joined() + "</thead>\n" }
        out += "<tbody>\n" + t.rows.map { row($0, tag: "td", height: t.rowHeightPt) }.joined() + "</tbody>\n</table>\n"
        return out
    }
}
