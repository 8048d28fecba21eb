/// A document as format-free blocks: the DOCX, HTML and Markdown writers render the same
/// blocks, so a daftar hadir reads the same in Word, a browser and a plain-text archive.
///
/// Layout follows Indonesian organisational letters: a letterhead (kop surat), a centred title
/// with its number, numbered points, tables, and signature blocks under the place and date.
public struct Paper: Sendable, Hashable {
    /// The document's name in metadata and in a browser tab: `Daftar Hadir Sidang Pleno I`.
    public var title: String
    public var letterhead: Letterhead?
    public var blocks: [Block]

    public init(title: String, letterhead: Letterhead?, blocks: [Block]) {
        self.title = title
        self.letterhead = letterhead
        self.blocks = blocks
    }

    /// The kop surat: the organisation in bold capitals, then the address and contact line,
    /// over a double rule, the logo (if any) on the left. Printed at the top of the first page.
    public struct Letterhead: Sendable, Hashable {
        public var lines: [String]
        public var address: String
        public var contact: String
        /// Printed left of the lines; nil for none.
        public var logo: PaperImage?

        public init(lines: [String], address: String, contact: String, logo: PaperImage? = nil) {
            self.lines = lines
            self.address = address
            self.contact = contact
            self.logo = logo
        }
    }

    public enum Align: String, Sendable, Hashable {
        case left, center, right, justify
    }

    public indirect enum Block: Sendable, Hashable {
        /// Centred bold lines: the first is the document's kind (`BERITA ACARA`), underlined;
        /// the rest follow plain (`Nomor: 01/BA/…`).
        case title([String])
        /// A bold section heading, left-aligned: `MEMUTUSKAN`.
        case heading(String)
        case paragraph(String, Align)
        /// `Label : value` lines, labels aligned: the header of a notulen.
        case fields([Field])
        /// Points with their markers as given (`1.`, `a.`, `KESATU :`), hanging indent.
        case points([Point])
        case table(Table)
        case signatures(Signatures)
        /// An SVG picture, scaled to the text width (the org chart).
        case picture(svg: String, widthPx: Int, heightPx: Int, caption: String)
        /// The next block starts a new page; `landscape` turns the pages from there on.
        case pageBreak(landscape: Bool)
    }

    public struct Field: Sendable, Hashable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct Point: Sendable, Hashable {
        public var marker: String
        public var text: String
        public init(_ marker: String, _ text: String) {
            self.marker = marker
            self.text = text
        }
    }

    public struct Cell: Sendable, Hashable {
        public var text: String
        /// How many columns it covers (a `Tanda Tangan` header over two signature halves).
        public var span: Int
        public var align: Align
        public var bold: Bool

        public init(_ text: String, span: Int = 1, align: Align = .left, bold: Bool = false) {
            self.text = text
            self.span = span
            self.align = align
            self.bold = bold
        }
    }

    public struct Table: Sendable, Hashable {
        /// Relative widths, one per column.
        public var widths: [Int]
        /// Repeated at the top of every page the table runs onto.
        public var header: [[Cell]]
        public var rows: [[Cell]]
        /// Body rows at least this tall, in points (a row to sign in); nil for the text's height.
        public var rowHeightPt: Int?
        public var borders: Bool

        public init(widths: [Int], header: [[Cell]], rows: [[Cell]], rowHeightPt: Int? = nil, borders: Bool = true) {
            self.widths = widths
            self.header = header
            self.rows = rows
            self.rowHeightPt = rowHeightPt
            self.borders = borders
        }
    }

    /// Signature blocks side by side: each signer's role, room to sign, then the name in bold.
    /// `placeDate` (`Palembang, 14 Mei 2023`, or `Ditetapkan di …` over `pada tanggal …`)
    /// stands above the rightmost block; a single signer carries the heading above its role.
    public struct Signatures: Sendable, Hashable {
        public var placeDate: String?
        /// A line over all blocks: `PIMPINAN SIDANG`.
        public var heading: String?
        public var signers: [Signer]

        public init(placeDate: String?, heading: String? = nil, signers: [Signer]) {
            self.placeDate = placeDate
            self.heading = heading
            self.signers = signers
        }
    }

    public struct Signer: Sendable, Hashable {
        public var role: String
        /// Nil leaves a dotted line to write the name by hand.
        public var name: String?
        public init(role: String, name: String?) {
            self.role = role
            self.name = name
        }
    }
}

extension Paper.Signatures {
    /// At most three blocks side by side; more go on further rows.
    public var rows: [[Paper.Signer]] {
        stride(from: 0, to: signers.count, by: 3).map { Array(signers[$0..<min($0 + 3, signers.count)]) }
    }

    /// The cells of each row: a lone signer on the right (where a letter is signed) when alone,
    /// a short later row centred under the first; nil is an empty cell.
    public var cellRows: [[Paper.Signer?]] {
        let width = max(2, min(3, signers.count))
        return rows.enumerated().map { r, row in
            if row.count == width { return row.map { $0 } }
            if r == 0 { return Array(repeating: nil, count: width - row.count) + row.map { $0 } }
            let before = (width - row.count) / 2
            return Array(repeating: nil, count: before) + row.map { $0 } + Array(repeating: nil, count: width - row.count - before)
        }
    }

    /// Lines above each signer's role in a row: the place and date (on the first row's last
    /// cell) and the heading of a lone signer, so every role in the row lines up.
    public func linesAbove(row r: Int, column: Int, width: Int, signer: Paper.Signer?) -> [String] {
        var lines: [String] = []
        if r == 0, column == width - 1, let placeDate { lines += placeDate.split(separator: "\n").map(String.init) }
        if signers.count == 1, signer != nil, let heading { lines.append(heading) }
        return lines
    }

    /// How many lines the tallest `linesAbove` of row `r` has.
    public func topLines(row r: Int) -> Int {
        let cells = cellRows[r]
        return cells.enumerated().map { linesAbove(row: r, column: $0, width: cells.count, signer: $1).count }.max() ?? 0
    }
}
