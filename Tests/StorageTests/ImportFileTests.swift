import Foundation
import XCTest
@testable import Storage

/// Reading the files people send (issue 13): one fixture per quirk, and every kind of bad
/// input refused with a reason instead of a crash.
final class ImportFileTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")
    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func read(_ name: String) throws -> SheetTable { try SpreadsheetFile.read(path: fixture(name)) }

    func testUTF8WithBOMAndCommas() throws {
        let t = try read("bom-comma.csv")
        XCTAssertEqual(t.headers, ["Nama Lengkap", "NIK", "Kab/Kota", "Tgl Lahir"], "the BOM is not part of the first title")
        XCTAssertEqual(t.encoding, "UTF-8 (BOM)")
        XCTAssertEqual(t.separator, ",")
        XCTAssertEqual(t.rows, [SheetRow(number: 2, cells: ["Budi Santoso", "1671011505850001", "Kota Palembang", "15/05/1985"])])
    }

    func testSemicolonsAndCRLF() throws {
        let t = try read("semicolon-crlf.csv")
        XCTAssertEqual(t.separator, ";")
        XCTAssertEqual(t.headers, ["Nama", "No. KTP", "Kabupaten", "Tanggal Lahir"])
        XCTAssertEqual(t.rows.map(\.cells), [["Siti Aminah", "1604014506900002", "Lahat", "05-06-1990"], ["Andi", "", "OKUT", "1990-07-01"]])
        XCTAssertFalse(t.rows.flatMap(\.cells).contains { $0.contains("\r") })
    }

    func testWindows1252IsDetected() throws {
        let t = try read("windows-1252.csv")
        XCTAssertEqual(t.encoding, "Windows-1252")
        XCTAssertEqual(t.rows.first?.cells, ["Désy Ratnasari", "PLG", "Kader \u{201C}sosial\u{201D}"])
    }

    func testQuotedFieldsWithNewlinesAndQuotes() throws {
        let t = try read("embedded-newline.csv")
        XCTAssertEqual(t.rows.first?.cells, ["Rudi \"Ucok\" Hartono", "Prabumulih", "baris satu\nbaris dua"])
    }

    func testTabsPaddingAndBlankRowsKeepTheirNumbers() throws {
        let t = try read("tab-padded-blank.csv")
        XCTAssertEqual(t.separator, "\t")
        XCTAssertEqual(t.rows, [SheetRow(number: 3, cells: ["Yanti", "Kab. Muara Enim", "0812-1111-2222"]),
                                SheetRow(number: 5, cells: ["Joko", "Pagar Alam", "+62 813 2222 3333"])])
    }

    /// A file read in pieces on several cores gives the rows, numbers and cells of one read:
    /// quoted line ends, doubled quotes, CRLF and blank lines near every cut.
    func testAFileReadInPiecesIsTheFileReadWhole() throws {
        var text = "Nama Lengkap;Catatan;Kab/Kota\r\n"
        var i = 0
        while text.utf8.count < 5 * CSVPieces.minimumPieceBytes {
            i += 1
            switch i % 5 {
            case 0: text += "Orang \(i);\"baris satu\nbaris dua\";Lahat\r\n"
            case 1: text += "\"Dr. \"\"Ani\"\" \(i)\";\"a;b\";OKUT\r\n"
            case 2: text += "\r\n"
            case 3: text += "  Budi \(i)  ;\"\n\n\";Kota Palembang\n"
            default: text += "Siti \(i);;Muara Enim\r\n"
            }
        }
        let data = Data(text.utf8)
        let whole = try SpreadsheetFile.csv(data, pieces: 1)
        XCTAssertEqual(CSVPieces.split(text, separator: ";", into: 4).pieces.count, 4, "the text is long enough to be cut")
        for pieces in [2, 3, 4] {
            let cut = try SpreadsheetFile.csv(data, pieces: pieces)
            XCTAssertEqual(cut.rows.count, whole.rows.count, "\(pieces) pieces")
            XCTAssertEqual(cut.rows, whole.rows, "\(pieces) pieces")
        }
        XCTAssertEqual(whole.rows.last?.number, i + 1, "one row per record after the header, blank ones counted")
        XCTAssertEqual(whole.rows.first { $0.cells[0] == "Orang 5" }?.cells[1], "baris satu\nbaris dua")
    }

    func testDuplicateHeadersAreRefused() {
        XCTAssertThrowsError(try read("duplicate-headers.csv")) {
            XCTAssertEqual($0 as? SpreadsheetError, .duplicateHeaders(name: "nama", columns: [1, 3]))
        }
    }

    // MARK: Bad input

    var scratch: String!
    override func setUp() { scratch = NSTemporaryDirectory() + "import-bad-" + UUID().uuidString; try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true) }
    override func tearDown() { try? FileManager.default.removeItem(atPath: scratch) }

    func failure(_ bytes: Data, name: String = "f.csv") -> SpreadsheetError? {
        let path = scratch + "/" + name
        FileManager.default.createFile(atPath: path, contents: bytes)
        do { _ = try SpreadsheetFile.read(path: path); return nil } catch { return error }
    }

    /// The error of reading CSV bytes in `pieces` threads.
    func failure(_ bytes: Data, pieces: Int) -> SpreadsheetError? {
        do { _ = try SpreadsheetFile.csv(bytes, pieces: pieces); return nil } catch { return error }
    }

    func testAnUnclosedQuoteIsRefusedNotReadAsOneLongName() {
        XCTAssertEqual(failure(Data("Nama,Kab/Kota\n\"Joni,Lahat\nBudi,OKI\n".utf8)), .malformed(row: 2))
    }

    /// Tried as a new user would: a quote inside a name (`Rusak "tengah`) and, 100 rows later,
    /// a field opened by a quote and never closed. Counting quotes found an even number, and
    /// the reader ran the open field to the end of the file (or of a piece, for a big file):
    /// thousands of rows gone without a word, and every later row number wrong. The whole kind:
    /// a never-closed quoted field is refused at its row, whatever the size and the pieces.
    func testAFieldOpenedByAQuoteAndNeverClosedIsRefusedAtItsRowWhateverTheSize() {
        for (rows, pieces) in [(3_000, 1), (30_000, 1), (30_000, 2), (30_000, 4)] {
            var text = "Nama Lengkap;NIK;Kab/Kota\n"
            for i in 2...(rows + 1) {
                switch i {
                case rows / 2: text += "Rusak \"tengah;1671010101800002;Lahat\n"
                case rows / 2 + 100: text += "\"Rusak2;1671010101800003;Lahat\n"
                default: text += "Orang \(i);;OKUT\n"
                }
            }
            XCTAssertEqual(failure(Data(text.utf8), pieces: pieces), .malformed(row: rows / 2 + 100), "\(rows) rows, \(pieces) pieces")
        }
    }

    /// A quote the reader keeps (inside a field, or after a closing one) moves no cut: read
    /// whole or in pieces, the same rows.
    func testQuotesInsideFieldsReadTheSameWholeOrInPieces() throws {
        var text = "Nama Lengkap;Catatan;Kab/Kota\n"
        var i = 1
        while text.utf8.count < 3 * CSVPieces.minimumPieceBytes {
            i += 1
            text += i % 7 == 0 ? "Rusak \"tengah \(i);\"a\"b\nc\";Lahat\n" : "Orang \(i);x\"\";OKUT\r\n"
        }
        let whole = try SpreadsheetFile.csv(Data(text.utf8), pieces: 1)
        XCTAssertEqual(whole.rows.last?.number, i)
        for pieces in [2, 3] { XCTAssertEqual(try SpreadsheetFile.csv(Data(text.utf8), pieces: pieces).rows, whole.rows, "\(pieces) pieces") }
        XCTAssertEqual(whole.rows.first { $0.cells[0] == "Rusak \"tengah 7" }?.number, 7, "a quote inside a name is kept")
    }

    func testAHeaderWithoutDataSaysSo() {
        XCTAssertEqual(failure(Data("Nama Lengkap;NIK;Kab/Kota\r\n;;\r\n".utf8)), .headerOnly)
    }

    func testEmptyFiles() {
        XCTAssertEqual(failure(Data()), .empty)
        XCTAssertEqual(failure(Data("\n\n ,, \n".utf8)), .empty)
    }

    func testBinaryFiles() {
        XCTAssertEqual(failure(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), name: "foto.csv"), .binary)
        XCTAssertEqual(failure(Data("%PDF-1.7\n".utf8) + Data((0..<2000).map { UInt8($0 % 32) })), .binary)
        XCTAssertEqual(failure(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), name: "lama.xls"), .legacyExcel)
    }

    func testAHundredMegabyteSingleLineIsNotATable() {
        XCTAssertEqual(failure(Data(repeating: UInt8(ascii: "a"), count: 100 << 20)), .lineTooLong)
    }

    func testAMissingOrVanishedFileIsUnreadable() {
        XCTAssertThrowsError(try SpreadsheetFile.read(path: scratch + "/tidak-ada.csv")) {
            XCTAssertEqual($0 as? SpreadsheetError, .unreadable)
        }
        XCTAssertThrowsError(try SpreadsheetFile.read(path: "/dev/zero"), "a device that never ends is not read") {
            XCTAssertEqual($0 as? SpreadsheetError, .unreadable)
        }
        // A directory in place of the file (what a vanished path can turn into) too.
        XCTAssertThrowsError(try SpreadsheetFile.read(path: scratch)) { XCTAssertEqual($0 as? SpreadsheetError, .unreadable) }
    }
}
