import XCTest
@testable import Domain

final class FormatTests: XCTestCase {
    func testIndonesianDates() {
        let musda = LocalDate(year: 2023, month: 5, day: 14)!
        XCTAssertEqual(IndonesianFormat.date(musda), "14 Mei 2023")
        XCTAssertEqual(IndonesianFormat.longDate(musda), "Minggu, 14 Mei 2023", "the article's Sunday")
        XCTAssertEqual(IndonesianFormat.date(LocalDate(year: 2019, month: 4, day: 8)!), "8 April 2019")
        XCTAssertEqual(IndonesianFormat.longDate(LocalDate(year: 1998, month: 8, day: 19)!), "Rabu, 19 Agustus 1998")
    }

    func testParsingDates() {
        let musda = LocalDate(year: 2023, month: 5, day: 14)
        for text in ["14 Mei 2023", "14 mei 2023", " 14/05/2023 ", "14-05-2023", "14.5.2023", "2023-05-14"] {
            XCTAssertEqual(IndonesianFormat.parseDate(text), musda, text)
        }
        XCTAssertEqual(IndonesianFormat.parseDate("3 Agu 2020"), LocalDate(year: 2020, month: 8, day: 3))
        XCTAssertEqual(IndonesianFormat.parseDate("3 Agt 2020"), LocalDate(year: 2020, month: 8, day: 3))
        XCTAssertNil(IndonesianFormat.parseDate("31 Februari 1990"))
        XCTAssertNil(IndonesianFormat.parseDate("29/02/2023"))
        XCTAssertNil(IndonesianFormat.parseDate("14 Mayo 2023"))
        XCTAssertNil(IndonesianFormat.parseDate("2023-5-14"))
        XCTAssertNil(IndonesianFormat.parseDate(""))
    }

    func testLocalDateArithmetic() {
        let d = LocalDate(year: 2024, month: 2, day: 28)!
        XCTAssertEqual(d.adding(days: 1), LocalDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(d.adding(days: 2), LocalDate(year: 2024, month: 3, day: 1))
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
        XCTAssertEqual(LocalDate(dayNumber: LocalDate(year: 1899, month: 12, day: 31)!.dayNumber),
                       LocalDate(year: 1899, month: 12, day: 31))
        XCTAssertEqual(LocalDate(year: 1988, month: 3, day: 15)!.age(on: LocalDate(year: 2023, month: 3, day: 14)!), 34)
        XCTAssertEqual(LocalDate(year: 1988, month: 3, day: 15)!.age(on: LocalDate(year: 2023, month: 3, day: 15)!), 35)
        XCTAssertNil(LocalDate(year: 2023, month: 2, day: 29))
        XCTAssertNotNil(LocalDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(LocalDate(year: 1900, month: 2, day: 29))
        XCTAssertTrue(LocalDate(year: 2019, month: 4, day: 8)! < LocalDate(year: 2023, month: 5, day: 14)!)
    }

    func testRomanAndDocumentNumbers() {
        XCTAssertEqual((1...12).map(IndonesianFormat.roman),
                       ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
        XCTAssertEqual(IndonesianFormat.roman(2023), "MMXXIII")
        // Out of range (a 0 typed into a form, a stored 4000): digits, never a trap.
        XCTAssertEqual([0, -3, 4000].map(IndonesianFormat.roman), ["0", "-3", "4000"])
        let musda = Musda(kind: .musda, number: 1, date: LocalDate(year: 2023, month: 5, day: 14)!, place: "Palembang")
        XCTAssertEqual(musda.documentNumber(1).description, "01/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        XCTAssertEqual(musda.documentNumber(5).description, "05/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        XCTAssertEqual(DocumentNumber(sequence: 12, series: "SK", date: LocalDate(year: 2023, month: 11, day: 2)!).description,
                       "12/SK/DPD-IPSPI/SUMSEL/XI/2023")
        XCTAssertEqual(Musda(kind: .musdalub, number: 2, date: musda.date, place: "X").series, "MUSDALUB-II")
    }

    func testNumbers() {
        XCTAssertEqual(IndonesianFormat.number(1_000_000), "1.000.000")
        XCTAssertEqual(IndonesianFormat.number(124), "124")
        XCTAssertEqual(IndonesianFormat.number(-4500), "-4.500")
    }
}
