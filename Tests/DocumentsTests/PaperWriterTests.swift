import Documents
import Foundation
import XCTest
import ZIPFoundation

/// The writers on one paper holding every kind of block, with text that would break markup.
final class PaperWriterTests: XCTestCase {
    /// Markup characters, a C0 and a C1 control, a bidi override and an emoji: what a name
    /// typed or imported may hold.
    static let hostile = "A & B <b>\"x\"</b> \u{1}\u{85}\u{202E}dlrow 👩🏽‍⚕️"

    static let paper = Paper(title: "Uji \(hostile)", letterhead: Paper.Letterhead(lines: ["IKATAN", "DEWAN"], address: "Palembang", contact: "x@y"),
                             blocks: [
        .title(["BERITA ACARA", "Nomor: 01/BA/X/V/2023"]),
        .heading("Bagian \(hostile)"),
        .paragraph("Baris satu\nBaris dua \(hostile)", .justify),
        .fields([Paper.Field("Hari/Tanggal", "Minggu, 14 Mei 2023")]),
        .points([Paper.Point("KESATU", "Isi | pipa"), Paper.Point("KEDUA", "Lagi")]),
        .table(Paper.Table(widths: [1, 3, 2, 2], header: [[Paper.Cell("No."), Paper.Cell("Nama"), Paper.Cell("Tanda Tangan", span: 2)]],
                           rows: [[Paper.Cell("1."), Paper.Cell(hostile), Paper.Cell("1. ....."), Paper.Cell("")]], rowHeightPt: 24)),
        .signatures(Paper.Signatures(placeDate: "Palembang, 14 Mei 2023", heading: "PIMPINAN SIDANG",
                                     signers: [Paper.Signer(role: "Ketua", name: "Wahidin"), Paper.Signer(role: "Saksi", name: nil)])),
        .pageBreak(landscape: true),
        .picture(svg: "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>",
                 widthPx: 400, heightPx: 200, caption: "Bagan"),
    ])

    func testTheDocxPackageHoldsWellFormedPartsWordAndLibreOfficeNeed() throws {
        let data = try DocxWriter.data(Self.paper, created: Date(timeIntervalSince1970: 1_684_022_400))
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        XCTAssertEqual(Set(parts.keys), ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                                         "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/footer1.xml",
                                         "word/media/gambar1.svg"])
        for (name, bytes) in parts { _ = try XMLCheck(bytes, name: name) }
        let document = try XMLCheck(parts["word/document.xml"]!, name: "document")
        XCTAssertEqual(document.elements["w:tbl"], 3, "the fields, the grid, and one row of signatures; sections need no table")
        XCTAssertEqual(document.elements["w:tblHeader"], 1, "the header row repeats on every page")
        XCTAssertEqual(document.elements["w:gridSpan"], 1, "Tanda Tangan spans its two halves")
        XCTAssertEqual(document.elements["w:sectPr"], 2, "portrait pages, then the landscape ones")
        XCTAssertEqual(document.elements["w:drawing"], 1)
        XCTAssertTrue(document.text.contains("A & B <b>\"x\"</b> dlrow"), "text kept, controls dropped: \(document.text)")
        XCTAssertFalse(document.text.unicodeScalars.contains { $0.value == 1 || $0.value == 0x85 })
        let xml = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
        XCTAssertTrue(xml.contains("w:orient=\"landscape\""))
        XCTAssertTrue(xml.contains("<w:pStyle w:val=\"Title\"/>"), "a real heading, not bold text")
        XCTAssertTrue(String(decoding: parts["word/_rels/document.xml.rels"]!, as: UTF8.self).contains("media/gambar1.svg"))
        XCTAssertTrue(String(decoding: parts["docProps/core.xml"]!, as: UTF8.self).contains("2023-05-14T00:00:00Z"))
    }

    func testTheHTMLIsWellFormedWithPrintStylesAndTheSameText() throws {
        let html = HTMLWriter.render(Self.paper)
        let check = try XMLCheck(html, name: "html")
        XCTAssertEqual(check.elements["thead"], 1)
        XCTAssertEqual(check.elements["svg"], 1, "the picture inline")
        XCTAssertTrue(html.contains("@page { size: A4"))
        XCTAssertTrue(html.contains("colspan=\"2\""))
        XCTAssertTrue(html.contains("<section class=\"halaman-baru mendatar\">"), "the landscape pages hold what follows the turn")
        XCTAssertTrue(check.text.contains("A & B <b>\"x\"</b> dlrow"))
    }

    func testMarkdownEscapesWhatWouldBecomeMarkup() {
        let md = MarkdownWriter.render(Self.paper)
        XCTAssertTrue(md.contains("# BERITA ACARA"))
        XCTAssertTrue(md.contains("| No. | Nama | Tanda Tangan |  |"), md)
        XCTAssertTrue(md.contains("A & B \\<b\\>\"x\"\\</b\\>"), "tags are text: \(md)")
        XCTAssertTrue(md.contains("- KESATU Isi \\| pipa"))
        XCTAssertTrue(md.contains("Ketua: ______________________ (Wahidin)"))
    }

    func testWithoutLibreOfficeThePDFIsRefusedPlainly() throws {
        let docx = try DocxWriter.data(Self.paper)
        XCTAssertThrowsError(try PDFConversion.convert(docx: docx, searchPath: "/nonexistent")) { error in
            XCTAssertEqual(error as? PaperFileError, .libreOfficeMissing)
        }
    }

    func testAFileIsWrittenOwnerOnlyAndWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paper-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a/b.html")
        try PaperFile.write(Self.paper, format: .html, to: url)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path), ["b.html"],
                       "no temporary file left")
        XCTAssertThrowsError(try PaperFile.write(Self.paper, format: .md, to: URL(fileURLWithPath: "/proc/nope/x.md"))) { error in
            guard case .unwritable = error as? PaperFileError else { return XCTFail("\(error)") }
        }
    }

    func testSlugsAndNumberWords() {
        XCTAssertEqual(PaperIssuer.slug("Daftar Hadir Sidang Pleno I – Musda I"), "daftar-hadir-sidang-pleno-i-musda-i")
        XCTAssertEqual(PaperIssuer.slug("Kérja / Sama?"), "kerja-sama")
        XCTAssertEqual(PaperIssuer.slug("…"), "dokumen")
        XCTAssertEqual(IndonesianNumberWords.words(38), "tiga puluh delapan")
        XCTAssertEqual(IndonesianNumberWords.words(11), "sebelas")
        XCTAssertEqual(IndonesianNumberWords.words(115), "seratus lima belas")
        XCTAssertEqual(IndonesianNumberWords.words(1_024), "seribu dua puluh empat")
        XCTAssertEqual(IndonesianNumberWords.words(2_000), "dua ribu")
    }

    /// A 4×2 PNG, and the start of a 32×16 JPEG (SOI, APP0, SOF0): enough to read their sizes.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGNg0AiogGNkDgBEigWhElu2kgAAAABJRU5ErkJggg==")!
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01])

    func testALogoIsReadWithItsSizeAndPrintedInTheLetterhead() throws {
        let png = try XCTUnwrap(PaperImage(data: Self.png))
        XCTAssertEqual([png.width, png.height], [4, 2])
        XCTAssertEqual(png.format, .png)
        let jpeg = try XCTUnwrap(PaperImage(data: Self.jpeg))
        XCTAssertEqual([jpeg.width, jpeg.height], [32, 16])
        XCTAssertNil(PaperImage(data: Data("<svg/>".utf8)), "only PNG and JPEG")

        var paper = Self.paper
        paper.letterhead?.logo = png
        let archive = try Archive(data: try DocxWriter.data(paper), accessMode: .read)
        XCTAssertNotNil(archive["word/media/gambar1.png"], "the logo first, then the chart")
        XCTAssertNotNil(archive["word/media/gambar2.svg"])
        var types = Data()
        _ = try archive.extract(archive["[Content_Types].xml"]!) { types.append($0) }
        XCTAssertTrue(String(decoding: types, as: UTF8.self).contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        var document = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { document.append($0) }
        _ = try XMLCheck(document, name: "document with a logo")
        let html = HTMLWriter.render(paper)
        XCTAssertTrue(html.contains("src=\"data:image/png;base64,\(Self.png.base64EncodedString())\""))
        _ = try XMLCheck(html, name: "html with a logo")
    }

    func testALogoThatCannotBePrintedIsRefusedNotLeftOut() throws {
        XCTAssertNil(try Organisation.logo(at: "  "), "no logo asked for")
        XCTAssertThrowsError(try Organisation.logo(at: "/nonexistent/logo.png")) {
            XCTAssertEqual($0 as? PaperRefusal, .logoUnreadable("/nonexistent/logo.png"))
        }
        let text = FileManager.default.temporaryDirectory.appendingPathComponent("logo-\(UUID().uuidString).png")
        try Data("not a picture".utf8).write(to: text)
        defer { try? FileManager.default.removeItem(at: text) }
        XCTAssertThrowsError(try Organisation.logo(at: text.path)) { XCTAssertEqual($0 as? PaperRefusal, .logoNotAnImage(text.path)) }
    }
}
