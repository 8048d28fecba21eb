/// The fixed parts of a DOCX package: content types, relationships, styles, settings, the
/// page-number footer and the core properties. Built-in style IDs (`Title`, `Heading1`,
/// `Heading2`) so Word's navigation pane and LibreOffice's navigator see real headings.
enum DocxParts {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// `extensions`: of the media parts (`svg`, `png`, `jpeg`).
    static func contentTypes(extensions: Set<String>) -> String {
        header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        \(extensions.sorted().map { "<Default Extension=\"\($0)\" ContentType=\"\(mediaType($0))\"/>" }.joined())\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """
    }

    static func mediaType(_ ext: String) -> String {
        switch ext {
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        default: return "image/jpeg"
        }
    }

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    /// The document's relationships; `pictures` are the media file names, referenced as `rIdPic1`….
    static func documentRelationships(pictures: [String]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var out = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        out += "<Relationship Id=\"rIdStyles\" Type=\"\(base)styles\" Target=\"styles.xml\"/>"
        out += "<Relationship Id=\"rIdSettings\" Type=\"\(base)settings\" Target=\"settings.xml\"/>"
        out += "<Relationship Id=\"rIdFooter\" Type=\"\(base)footer\" Target=\"footer1.xml\"/>"
        for (i, name) in pictures.enumerated() {
            out += "<Relationship Id=\"rIdPic\(i + 1)\" Type=\"\(base)image\" Target=\"media/\(name)\"/>"
        }
        return out + "</Relationships>"
    }

    /// Times New Roman 12 pt (LibreOffice substitutes a metric-compatible serif), single spacing.
    static let styles = header + """
        <w:styles xmlns:w="\(wordNamespace)">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>\
        <w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:u w:val="single"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr>\
        <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    static let settings = header + """
        <w:settings xmlns:w="\(wordNamespace)"><w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """

    /// `Halaman 2 dari 3`, right-aligned, from the PAGE and NUMPAGES fields.
    static let footer = header + """
        <w:ftr xmlns:w="\(wordNamespace)"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>\
        <w:r><w:t xml:space="preserve">Halaman </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:r><w:t xml:space="preserve"> dari </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        </w:p></w:ftr>
        """

    /// Title and creator; `created` in W3C date-time (`2023-05-14T08:00:00Z`).
    static func core(title: String, creator: String, created: String) -> String {
        header + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>\(XMLText.escape(creator))</dc:creator>\
        <dc:language>id-ID</dc:language>\
        <dcterms:created xsi:type="dcterms:W3CDTF">\(created)</dcterms:created>\
        </cp:coreProperties>
        """
    }
}
