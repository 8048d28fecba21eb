import XCTest
@testable import Domain

final class NIKTests: XCTestCase {
    let today = Fixtures.today
    let regions = Fixtures.regions

    func testWomanFromPalembang() throws {
        let nik = try NIK.parse("1671025503880001", today: today).get()
        XCTAssertEqual(nik.sex, .female)
        XCTAssertEqual(nik.birthDate, LocalDate(year: 1988, month: 3, day: 15))
        XCTAssertEqual(nik.provinceCode, "16")
        XCTAssertEqual(nik.regencyCode, "1671")
        XCTAssertEqual(nik.districtCode, "02")
        XCTAssertEqual(nik.serial, 1)
        XCTAssertEqual(NIKCheck.warnings(for: nik, regions: regions, sex: .female,
                                         birthDate: LocalDate(year: 1988, month: 3, day: 15), domicile: "1671"), [])
    }

    func testManFromLahat() throws {
        let nik = try NIK.parse("1604050307790012", today: today).get()
        XCTAssertEqual(nik.sex, .male)
        XCTAssertEqual(nik.birthDate, LocalDate(year: 1979, month: 7, day: 3))
        XCTAssertEqual(nik.regencyCode, "1604")
        XCTAssertEqual(nik.serial, 12)
    }

    func testThirtyFirstOfFebruaryIsAHardError() {
        XCTAssertEqual(NIK.parse("1674013102900003", today: today), .failure(.invalidDate(day: 31, month: 2, year: 90)))
    }

    func testOtherHardErrors() {
        XCTAssertEqual(NIK.parse("167102550388000", today: today), .failure(.wrongLength(15)))
        XCTAssertEqual(NIK.parse("16710255038800011", today: today), .failure(.wrongLength(17)))
        XCTAssertEqual(NIK.parse("16710255O3880001", today: today), .failure(.notDigits))
        XCTAssertEqual(NIK.parse("1671025503880000", today: today), .failure(.zeroSerial))
        XCTAssertEqual(NIK.parse("1671023503880001", today: today), .failure(.invalidDate(day: 35, month: 3, year: 88)))
        XCTAssertEqual(NIK.parse("1671021513880001", today: today), .failure(.invalidDate(day: 15, month: 13, year: 88)))
        XCTAssertEqual(NIK.parse("1671020003880001", today: today), .failure(.invalidDate(day: 0, month: 3, year: 88)))
    }

    func testSeparatorsAreIgnored() throws {
        XCTAssertEqual(try NIK.parse("1671 0255 0388 0001", today: today).get().digits, "1671025503880001")
        XCTAssertEqual(try NIK.parse("16.71.02.550388.0001", today: today).get().digits, "1671025503880001")
    }

    func testCenturyGivesAnAdult() throws {
        // 2008 gives 17 on 2026-01-15 → 2000s; 2010 would be 15 → 1910.
        XCTAssertEqual(try NIK.parse("1671020101080001", today: today).get().birthDate.year, 2008)
        XCTAssertEqual(try NIK.parse("1671020101100001", today: today).get().birthDate.year, 1910)
        // 29 Feb 2000 is a real date (2000 is a leap year).
        XCTAssertEqual(try NIK.parse("1671026902000001", today: today).get().birthDate, LocalDate(year: 2000, month: 2, day: 29))
    }

    func testWarnings() throws {
        let nik = try NIK.parse("1604050307790012", today: today).get()
        let warnings = NIKCheck.warnings(for: nik, regions: regions, sex: .female,
                                         birthDate: LocalDate(year: 1979, month: 7, day: 4), domicile: "1671")
        XCTAssertEqual(warnings, [
            .birthDateMismatch(nik: LocalDate(year: 1979, month: 7, day: 3)!, entered: LocalDate(year: 1979, month: 7, day: 4)!),
            .sexMismatch(nik: .male, entered: .female),
            .regencyMismatch(nik: "1604", domicile: "1671", splitFrom: false),
        ])
    }

    func testSplitOffRegencyIsFlagged() throws {
        let nik = try NIK.parse("1603050307790012", today: today).get()
        XCTAssertEqual(NIKCheck.warnings(for: nik, regions: regions, sex: nil, birthDate: nil, domicile: "1612"),
                       [.regencyMismatch(nik: "1603", domicile: "1612", splitFrom: true)])
    }

    func testProvinceAndRegencyWarnings() throws {
        let jakarta = try NIK.parse("3171050307790012", today: today).get()
        XCTAssertEqual(NIKCheck.warnings(for: jakarta, regions: regions, sex: nil, birthDate: nil, domicile: nil),
                       [.otherProvince("31")])
        let nowhere = try NIK.parse("9971050307790012", today: today).get()
        XCTAssertEqual(NIKCheck.warnings(for: nowhere, regions: regions, sex: nil, birthDate: nil, domicile: nil),
                       [.unknownProvince("99")])
        let unknown = try NIK.parse("1699000307790012", today: today).get()
        XCTAssertEqual(NIKCheck.warnings(for: unknown, regions: regions, sex: nil, birthDate: nil, domicile: nil),
                       [.unknownRegency("1699"), .districtZero])
    }

    func testMasking() {
        XCTAssertEqual(NIK.mask("1671025503880001"), "1671********0001")
        XCTAssertEqual(NIK.mask("12345"), "***45")
        XCTAssertEqual(NIK.mask("1"), "*")
    }
}
