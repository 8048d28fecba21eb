import Foundation

/// Paper blocks as WordprocessingML body content: real paragraphs, tables with repeated
/// header rows, page and section breaks, and inline pictures.
struct DocxBody {
    private(set) var xml = ""
    /// Media files in the order their `rIdPic…` relationships are numbered.
    private(set) var pictures: [(name: String, data: Data)] = []
    private var page = DocxPage(landscape: false)
    private var drawingIds = 0

    /// The whole `<w:body>`: letterhead, blocks, and the last section's properties.
    static func render(_ paper: Paper) -> DocxBody {
        var body = DocxBody()
        if let letterhead = paper.letterhead { body.letterhead(letterhead) }
        for block in paper.blocks { body.append(block) }
        body.xml += body.page.sectionProperties
        return body
    }

    private mutating func letterhead(_ l: Paper.Letterhead) {
        // With a logo: a borderless table, the logo (at most 2.5 cm square) left of the lines.
        let logoWidth = 1418
        if let logo = l.logo {
            let scale = min(Double(logoWidth) / Double(logo.width), Double(logoWidth) / Double(logo.height))
            let picture = drawing(logo.data, ext: logo.format == .png ? "png" : "jpeg", widthTwips: Int(Double(logo.width) * scale),
                                  heightTwips: Int(Double(logo.height) * scale), name: "Logo")
            xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(page.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"\(logoWidth + 170)\"/><w:gridCol w:w=\"\(page.textWidth - logoWidth - 170)\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:tcPr><w:tcW w:w=\"\(logoWidth + 170)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p>\(picture)</w:p></w:tc>"
                + "<w:tc><w:tcPr><w:tcW w:w=\"\(page.textWidth - logoWidth - 170)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
        }
        for (i, line) in l.lines.enumerated() {
            paragraph(runs: [run(line, bold: true, size: i == 0 ? 28 : 24)], align: .center)
        }
        if !l.address.isEmpty { paragraph(runs: [run(l.address, size: 20)], align: .center) }
        if l.logo != nil {
            if !l.contact.isEmpty { paragraph(runs: [run(l.contact, size: 20)], align: .center) }
            xml += "</w:tc></w:tr></w:tbl>"
            let rule = "<w:pBdr><w:bottom w:val=\"thickThinSmallGap\" w:sz=\"24\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            xml += "<w:p><w:pPr>\(rule)<w:spacing w:after=\"240\" w:line=\"40\" w:lineRule=\"exact\"/></w:pPr></w:p>"
            return
        }
        // The double rule under a kop surat, as a bottom border of the last line.
        let rule = "<w:pBdr><w:bottom w:val=\"thickThinSmallGap\" w:sz=\"24\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>"
        paragraph(runs: l.contact.isEmpty ? [] : [run(l.contact, size: 20)], align: .center, extra: rule + "<w:spacing w:after=\"240\"/>")
    }

    private mutating func append(_ block: Paper.Block) {
        switch block {
        case .title(let lines):
            for (i, line) in lines.enumerated() {
                if i == 0 {
                    xml += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>\(run(line))</w:p>"
                } else {
                    paragraph(runs: [run(line, bold: true)], align: .center, extra: i == lines.count - 1 ? "<w:spacing w:after=\"240\"/>" : "")
                }
            }
        case .heading(let text):
            xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>\(run(text))</w:p>"
        case .paragraph(let text, let align):
            // Lines of one paragraph stay together; the space comes after the last.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() {
                paragraph(runs: [run(String(line))], align: align, extra: i == lines.count - 1 ? "<w:spacing w:after=\"120\"/>" : "")
            }
        case .fields(let fields):
            // About 150 twips a character of 12 pt text, and room for the padding.
            let labelWidth = min(page.textWidth * 2 / 5, (fields.map(\.label.count).max() ?? 0) * 150 + 300)
            let rows = fields.map { [Paper.Cell($0.label), Paper.Cell(":"), Paper.Cell($0.value)] }
            table(Paper.Table(widths: [labelWidth, 200, page.textWidth - labelWidth - 200], header: [], rows: rows, borders: false),
                  twips: true)
            paragraph(runs: [], align: .left)
        case .points(let points):
            let indent = (points.map(\.marker.count).max() ?? 1) * 130 + 150
            for point in points {
                xml += "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"\(indent)\"/></w:tabs>"
                    + "<w:spacing w:after=\"60\"/><w:ind w:left=\"\(indent)\" w:hanging=\"\(indent)\"/><w:jc w:val=\"both\"/></w:pPr>"
                    + run(point.marker) + "<w:r><w:tab/></w:r>" + run(point.text) + "</w:p>"
            }
            paragraph(runs: [], align: .left)
        case .table(let t):
            table(t, twips: false)
            paragraph(runs: [], align: .left)
        case .signatures(let s):
            signatures(s)
        case .picture(let svg, let widthPx, let heightPx, let caption):
            picture(svg: svg, widthPx: widthPx, heightPx: heightPx, caption: caption)
        case .pageBreak(let landscape):
            if landscape != page.landscape {
                // A section's properties close it: this paragraph ends the pages before the turn.
                xml += "<w:p><w:pPr>\(page.sectionProperties)</w:pPr></w:p>"
                page = DocxPage(landscape: landscape)
            } else {
                xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
    }

    // MARK: - Runs and paragraphs

    private func run(_ text: String, bold: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        var props = ""
        if bold { props += "<w:b/>" }
        if underline { props += "<w:u w:val=\"single\"/>" }
        if let size { props += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    private mutating func paragraph(runs: [String], align: Paper.Align, extra: String = "") {
        xml += "<w:p><w:pPr>\(extra)<w:jc w:val=\"\(Self.justification(align))\"/></w:pPr>\(runs.joined())</w:p>"
    }

    private static func justification(_ align: Paper.Align) -> String {
        switch align {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justify: return "both"
        }
    }

    // MARK: - Tables

    /// `twips`: the widths are already twips; otherwise they are relative and fill the text width.
    private mutating func table(_ t: Paper.Table, twips: Bool) {
        let total = max(1, t.widths.reduce(0, +))
        let widths = twips ? t.widths : t.widths.map { $0 * page.textWidth / total }
        let border = t.borders ? "single" : "nil"
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders></w:tblPr><w:tblGrid>"
        for w in widths { xml += "<w:gridCol w:w=\"\(w)\"/>" }
        xml += "</w:tblGrid>"
        for row in t.header { tableRow(row, widths: widths, header: true, height: nil, top: false) }
        for row in t.rows { tableRow(row, widths: widths, header: false, height: t.rowHeightPt, top: !t.borders) }
        xml += "</w:tbl>"
    }

    /// `top`: text from the top of the cell (label and value lines), else centred (a grid).
    private mutating func tableRow(_ cells: [Paper.Cell], widths: [Int], header: Bool, height: Int?, top: Bool) {
        var trPr = "<w:cantSplit/>"
        if header { trPr += "<w:tblHeader/>" }
        if let height { trPr += "<w:trHeight w:val=\"\(height * 20)\" w:hRule=\"atLeast\"/>" }
        xml += "<w:tr><w:trPr>\(trPr)</w:trPr>"
        var column = 0
        for cell in cells {
            let span = max(1, min(cell.span, widths.count - column))
            let width = widths[column..<min(widths.count, column + span)].reduce(0, +)
            column += span
            var tcPr = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if span > 1 { tcPr += "<w:gridSpan w:val=\"\(span)\"/>" }
            if header { tcPr += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
            tcPr += "<w:vAlign w:val=\"\(top ? "top" : "center")\"/>"
            xml += "<w:tc><w:tcPr>\(tcPr)</w:tcPr>"
            let lines = cell.text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines {
                // 11 pt in tables: a daftar hadir row holds a long name and its region on one line.
                paragraph(runs: line.isEmpty ? [] : [run(String(line), bold: cell.bold || header, size: 22)], align: cell.align)
            }
            xml += "</w:tc>"
            if column >= widths.count { break }
        }
        xml += "</w:tr>"
    }

    // MARK: - Signatures

    private mutating func signatures(_ s: Paper.Signatures) {
        if let heading = s.heading, s.signers.count > 1 { paragraph(runs: [run(heading, bold: true)], align: .center, extra: "<w:keepNext/>") }
        for (r, cells) in s.cellRows.enumerated() {
            let n = cells.count, width = page.textWidth / n, top = s.topLines(row: r)
            xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(width * n)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            xml += String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: n) + "</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (i, signer) in cells.enumerated() {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                // Every cell as tall above the role as the tallest, so the roles line up.
                var lines = s.linesAbove(row: r, column: i, width: n, signer: signer)
                lines += Array(repeating: "", count: max(0, top - lines.count))
                for line in lines { paragraph(runs: line.isEmpty ? [] : [run(line)], align: .center, extra: "<w:keepNext/>") }
                if let signer {
                    paragraph(runs: [run(signer.role)], align: .center, extra: "<w:keepNext/>")
                    for _ in 0..<3 { paragraph(runs: [], align: .center, extra: "<w:keepNext/>") }
                    let name = signer.name.map { run($0, bold: true, underline: true) } ?? run("(.................................)")
                    paragraph(runs: [name], align: .center)
                } else {
                    paragraph(runs: [], align: .center)
                }
                xml += "</w:tc>"
            }
            xml += "</w:tr></w:tbl>"
            // A hairline paragraph: Word needs one after a table, and a full line here can spill
            // alone onto an empty last page.
            xml += "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"40\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"
        }
    }

    // MARK: - Pictures

    /// An SVG as an inline picture, scaled to fit the text area. The plain blip is what
    /// LibreOffice reads; `svgBlip` is where Word 2016 and later look for SVG.
    private mutating func picture(svg: String, widthPx: Int, heightPx: Int, caption: String) {
        let maxWidth = page.textWidth, maxHeight = page.textHeight - 1200
        var w = maxWidth, h = maxWidth * max(1, heightPx) / max(1, widthPx)
        if h > maxHeight { h = maxHeight; w = maxHeight * max(1, widthPx) / max(1, heightPx) }
        xml += "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(drawing(Data(svg.utf8), ext: "svg", widthTwips: w, heightTwips: h, name: caption))</w:p>"
        paragraph(runs: [run(caption)], align: .center)
    }

    /// A run holding an inline picture `widthTwips` × `heightTwips`. An SVG also names itself
    /// in `svgBlip`, where Word 2016 and later look for it.
    private mutating func drawing(_ data: Data, ext: String, widthTwips w: Int, heightTwips h: Int, name caption: String) -> String {
        pictures.append((name: "gambar\(pictures.count + 1).\(ext)", data: data))
        drawingIds += 1
        let rid = "rIdPic\(pictures.count)"
        let cx = w * DocxPage.emuPerTwip, cy = h * DocxPage.emuPerTwip
        let name = XMLText.escape(caption)
        let svgBlip = ext == "svg"
            ? "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
              + "<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\(rid)\"/></a:ext></a:extLst>"
            : ""
        return "<w:r><w:drawing>"
            + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/>"
            + "<wp:docPr id=\"\(drawingIds)\" name=\"\(name)\" descr=\"\(name)\"/>"
            + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(drawingIds)\" name=\"\(pictures.last!.name)\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(rid)\">\(svgBlip)</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
            + "</wp:inline></w:drawing></w:r>"
    }
}
