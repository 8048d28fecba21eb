import Foundation
import XCTest
@testable import Storage

/// The fixtures are written by Fixtures/import/make_xlsx.py (stdlib zipfile, XML by hand);
/// expected dates were computed apart from the reader (Python's datetime from 1899-12-30).
final class XLSXReaderTests: XCTestCase {
    private func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import/\(name)")
    }

    private func error(_ body: () throws(XLSXError) -> some Any) -> XLSXError? {
        do { _ = try body(); return nil } catch { return error }
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    // MARK: Sheets and rows

    func testSheetNamesAreInWorkbookOrderNotFileOrder() throws {
        XCTAssertEqual(try XLSXReader.sheetNames(of: fixture("sensus-serial-dates.xlsx")), ["Sensus", "Catatan"])
        XCTAssertEqual(try XLSXReader.sheetNames(of: fixture("workbook-1904.xlsx")), ["Lembar1"])
    }

    func testFirstSheetRowsWithGapsStringsNumbersAndDates() throws {
        // "Sensus" is the first sheet although it is stored as sheet2.xml.
        let rows = try XLSXReader.rows(of: fixture("sensus-serial-dates.xlsx"), sheet: nil)
        XCTAssertEqual(rows, [
            SheetRow(number: 1, cells: ["Nama Lengkap", "NIK", "Tgl Lahir", "Kab/Kota"]),
            // NIK as a 16-digit number; 45060 with numFmtId 14.
            SheetRow(number: 2, cells: ["Siti Aminah", "1671014505900001", "2023-05-14", "Kota Palembang"]),
            // Rich-text shared string (phonetic run left out); NIK written as 1.6710203456789E+15;
            // 36526 with the custom format dd/mm/yyyy; an inline string.
            SheetRow(number: 3, cells: ["Budi Santoso", "1671020345678900", "2000-01-01", "Kab. Ogan Ilir"]),
            // Row 4 is missing; B5 is missing; a date-time keeps its date; a formula gives its cached string;
            // the styled empty E5 is trimmed.
            SheetRow(number: 5, cells: ["A & B <C>", "", "2023-05-14", "OKU TIMUR"]),
            // No r attributes: row 6 follows row 5, cells run left to right. Booleans, an error, plain
            // numbers, #,##0 and a quoted '0" days"' format (not a date), a negative fraction.
            SheetRow(number: 6, cells: ["Dewi Lestari", "TRUE", "#N/A", "3.5", "2023", "12", "FALSE", "-0.25"]),
            // Row 8 has no cells and is left out.
        ])
    }

    func testNamedSheetMatchesExactlyThenIgnoringCase() throws {
        let url = fixture("sensus-serial-dates.xlsx")
        let expected = [
            SheetRow(number: 1, cells: ["  Catatan impor  "]), // whitespace inside <t> kept
            // 1900 system: 1, 59, the fictitious 1900-02-29 (60), 61; time-only h:mm stays a number; the last day.
            SheetRow(number: 2, cells: ["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "0.5", "9999-12-31"]),
        ]
        XCTAssertEqual(try XLSXReader.rows(of: url, sheet: "Catatan"), expected)
        XCTAssertEqual(try XLSXReader.rows(of: url, sheet: "CATATAN"), expected)
        XCTAssertEqual(try XLSXReader.rows(of: url, sheet: "Sensus").count, 5)
    }

    func testDate1904WorkbookWithPrefixedElementsAndNoSharedStrings() throws {
        let rows = try XLSXReader.rows(of: fixture("workbook-1904.xlsx"), sheet: "Lembar1")
        XCTAssertEqual(rows, [
            SheetRow(number: 1, cells: ["Tanggal"]),
            // 43598 in the 1904 system is 2023-05-14 (45060 − 1462); serial 0 is 1904-01-01; no style, no date.
            SheetRow(number: 2, cells: ["2023-05-14", "1904-01-01", "43598"]),
        ])
    }

    // MARK: Errors

    func testSheetNotFoundListsTheSheets() {
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: fixture("sensus-serial-dates.xlsx"), sheet: "Anggota") },
                       .sheetNotFound(name: "Anggota", available: ["Sensus", "Catatan"]))
    }

    func testZipWithoutWorkbookIsNotAWorkbook() {
        let url = fixture("not-a-workbook.xlsx")
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.sheetNames(of: url) }, .notAWorkbook)
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: url, sheet: nil) }, .notAWorkbook)
    }

    func testTextFileIsNotAnArchive() throws {
        let url = try temporaryDirectory().appendingPathComponent("anggota.xlsx")
        try Data("Nama,NIK\nSiti,1671014505900001\n".utf8).write(to: url)
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.sheetNames(of: url) }, .notAnArchive)
        let empty = url.deletingLastPathComponent().appendingPathComponent("empty.xlsx")
        try Data().write(to: empty)
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: empty, sheet: nil) }, .notAnArchive)
    }

    func testMissingFileOrFolderIsUnreadable() throws {
        let folder = try temporaryDirectory()
        let missing = folder.appendingPathComponent("tidak-ada.xlsx")
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.sheetNames(of: missing) }, .unreadable)
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: missing, sheet: nil) }, .unreadable)
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: folder, sheet: nil) }, .unreadable)
    }

    func testEntriesLargerThanTheCapAreRefused() throws {
        let url = fixture("sensus-serial-dates.xlsx")
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: url, sheet: nil, maxBytes: 100) },
                       .tooLarge(entry: "xl/workbook.xml"))
        // The cap is per entry: Sensus (1,058 bytes) is refused, Catatan (409 bytes) is read.
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: url, sheet: "Sensus", maxBytes: 800) },
                       .tooLarge(entry: "xl/worksheets/sheet2.xml"))
        XCTAssertEqual(try XLSXReader.rows(of: url, sheet: "Catatan", maxBytes: 800).count, 2)
    }

    func testSizeIsCountedWhileInflatingWhenTheHeaderLies() throws {
        // The zip headers claim 100 bytes for the sheet; it inflates to about 5 kB.
        let url = fixture("lying-size.xlsx")
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: url, sheet: nil, maxBytes: 1_000) },
                       .tooLarge(entry: "xl/worksheets/sheet1.xml"))
        let rows = try XLSXReader.rows(of: url, sheet: nil)
        XCTAssertEqual(rows.count, 150)
        XCTAssertEqual(rows.last, SheetRow(number: 150, cells: ["150"]))
    }

    func testTruncatedSheetIsMalformed() {
        XCTAssertEqual(error { () throws(XLSXError) in try XLSXReader.rows(of: fixture("broken-sheet.xlsx"), sheet: "Data") },
                       .malformed(entry: "xl/worksheets/sheet1.xml"))
    }

    // MARK: Values

    func testNumberText() {
        XCTAssertEqual(XLSXReader.numberText("1.6710203456789E+15"), "1671020345678900")
        XCTAssertEqual(XLSXReader.numberText("1671014505900001"), "1671014505900001")
        XCTAssertEqual(XLSXReader.numberText("12345678901234567890123"), "12345678901234567890123") // past 2^64, kept exact
        XCTAssertEqual(XLSXReader.numberText("2023.0"), "2023")
        XCTAssertEqual(XLSXReader.numberText("3.5"), "3.5")
        XCTAssertEqual(XLSXReader.numberText("3.4999999999999998"), "3.5")
        XCTAssertEqual(XLSXReader.numberText("0.1"), "0.1")
        XCTAssertEqual(XLSXReader.numberText("1.5E-5"), "0.000015")
        XCTAssertEqual(XLSXReader.numberText("-2.5e-7"), "-0.00000025")
        XCTAssertEqual(XLSXReader.numberText("1E+20"), "100000000000000000000")
        XCTAssertEqual(XLSXReader.numberText("-0"), "0")
        XCTAssertEqual(XLSXReader.numberText(" 42 "), "42")
        XCTAssertEqual(XLSXReader.numberText("n/a"), "n/a")
    }

    func testSerialDates() {
        XCTAssertEqual(XLSXReader.isoDate(serial: 45060, date1904: false), "2023-05-14")
        XCTAssertEqual(XLSXReader.isoDate(serial: 45060.5, date1904: false), "2023-05-14")
        XCTAssertEqual(XLSXReader.isoDate(serial: 45060.99999999999, date1904: false), "2023-05-15") // float noise at midnight
        XCTAssertEqual(XLSXReader.isoDate(serial: 60, date1904: false), "1900-02-29")
        XCTAssertEqual(XLSXReader.isoDate(serial: 43598, date1904: true), "2023-05-14")
        XCTAssertNil(XLSXReader.isoDate(serial: 0.5, date1904: false)) // a time of day, no date
        XCTAssertNil(XLSXReader.isoDate(serial: -1, date1904: true))
        XCTAssertNil(XLSXReader.isoDate(serial: 2_958_466, date1904: false)) // past 9999-12-31
    }

    func testDateFormatCodes() {
        for code in ["dd/mm/yyyy", "d-mmm-yy", "[$-409]mmmm d, yyyy", "yyyy-mm-dd hh:mm", "DD.MM.YYYY", "[Red]d/m/yy"] {
            XCTAssertTrue(XLSXReader.isDateFormat(code), code)
        }
        for code in ["General", "0.00", "h:mm AM/PM", "[h]:mm:ss", "mm:ss", #"0" days""#, #"\d0"#, "#,##0_);[Red](#,##0)", "@"] {
            XCTAssertFalse(XLSXReader.isDateFormat(code), code)
        }
        XCTAssertEqual(XLSXReader.builtInDateIDs.sorted(), [14, 15, 16, 17, 22] + Array(27...36) + Array(50...58))
    }
}
