/// A4 page geometry in twentieths of a point (twips), as WordprocessingML measures it.
/// Margins follow common Indonesian office practice: 3 cm on the binding side, 2.5 cm elsewhere.
struct DocxPage {
    static let shortSide = 11906
    static let longSide = 16838
    static let left = 1701
    static let right = 1418
    static let top = 1418
    static let bottom = 1418
    /// One twip is 635 EMU, DrawingML's unit.
    static let emuPerTwip = 635

    let landscape: Bool

    var width: Int { landscape ? Self.longSide : Self.shortSide }
    var height: Int { landscape ? Self.shortSide : Self.longSide }
    var textWidth: Int { width - Self.left - Self.right }
    var textHeight: Int { height - Self.top - Self.bottom }

    /// `<w:sectPr>` for a section on this page, with the page-number footer.
    var sectionProperties: String {
        let orient = landscape ? " w:orient=\"landscape\"" : ""
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orient)/>"
            + "<w:pgMar w:top=\"\(Self.top)\" w:right=\"\(Self.right)\" w:bottom=\"\(Self.bottom)\" w:left=\"\(Self.left)\" "
            + "w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    }
}
