import XCTest
@testable import Domain

/// The values spreadsheets hold (issue 13): dates in every form people type, an ambiguous or
/// impossible date an error and never a guess, phones, choices, header synonyms.
final class ImportValuesTests: XCTestCase {
    func date(_ text: String, _ order: DateOrder = .dayFirst) -> Result<LocalDate, ImportValueError> {
        ImportDate.parse(text, order: order)
    }

    func testEveryAcceptedDateFormReadsTheSameDay() {
        let expected = LocalDate(year: 2023, month: 5, day: 14)!
        for text in ["14/05/2023", "14-05-2023", "14.05.2023", "2023-05-14", "14 Mei 2023", "14 mei 2023", "14 May 2023",
                     "14-Mei-2023", "45060", " 14/5/2023 ", "2023/05/14", "14/05/2023 10:32:00"] {
            XCTAssertEqual(try? date(text).get(), expected, text)
        }
    }

    func testImpossibleDatesAreErrors() {
        XCTAssertEqual(date("31/02/2023"), .failure(.dateInvalid))
        XCTAssertEqual(date("29/02/2023"), .failure(.dateInvalid))
        XCTAssertEqual(date("14/13/2023"), .failure(.dateInvalid), "month 13 with a day that could be a month: neither reading works")
        XCTAssertEqual(date("kemarin"), .failure(.dateInvalid))
        XCTAssertEqual(date("14 Mai 2023"), .failure(.dateInvalid))
        XCTAssertEqual(date("60"), .failure(.dateInvalid), "Excel's fictitious 1900-02-29")
        XCTAssertEqual(date("01/01/1205"), .failure(.dateYearImplausible(1205)))
    }

    func testAmbiguousDatesAreErrorsNeverGuesses() {
        XCTAssertEqual(date("14/05/23"), .failure(.dateAmbiguous), "two-digit year")
        // A column that also holds month-first dates (05/14/2023) cannot say what 05/04/2023 is.
        let column = ["05/14/2023", "05/04/2023", "04/04/2023"]
        let order = DateOrder.of(column)
        XCTAssertEqual(order, .mixedEvidence)
        XCTAssertEqual(try? date("05/14/2023", order).get(), LocalDate(year: 2023, month: 5, day: 14))
        XCTAssertEqual(date("05/04/2023", order), .failure(.dateAmbiguous))
        XCTAssertEqual(try? date("04/04/2023", order).get(), LocalDate(year: 2023, month: 4, day: 4), "same both ways")
        // Without such evidence the Indonesian day-first order holds.
        XCTAssertEqual(DateOrder.of(["05/04/2023", "14/05/2023"]), .dayFirst)
        XCTAssertEqual(try? date("05/04/2023").get(), LocalDate(year: 2023, month: 4, day: 5))
    }

    func testExcelSerials() {
        XCTAssertEqual(try? ImportDate.excelSerial(1).get(), LocalDate(year: 1900, month: 1, day: 1))
        XCTAssertEqual(try? ImportDate.excelSerial(59).get(), LocalDate(year: 1900, month: 2, day: 28))
        XCTAssertEqual(try? ImportDate.excelSerial(61).get(), LocalDate(year: 1900, month: 3, day: 1))
        XCTAssertEqual(try? ImportDate.excelSerial(31182).get(), LocalDate(year: 1985, month: 5, day: 15))
    }

    func testPlaceAndDateSplits() {
        let (place, d) = PlaceAndDate.split("Palembang, 14 Mei 1985")
        XCTAssertEqual(place, "Palembang")
        XCTAssertEqual(try? d.get(), LocalDate(year: 1985, month: 5, day: 14))
        let (place2, d2) = PlaceAndDate.split("Kab. Lahat 03-06-1990")
        XCTAssertEqual(place2, "Kab. Lahat")
        XCTAssertEqual(try? d2.get(), LocalDate(year: 1990, month: 6, day: 3))
        XCTAssertEqual(PlaceAndDate.split("Palembang, 31/02/1990").date, .failure(.dateInvalid))
    }

    func testHeadersMapBySynonym() {
        let headers = ["Nama Lengkap", "No. KTP", "No HP/WA", "Kab/Kota", "Tempat, Tgl Lahir", "Email", "Instansi",
                       "Pendidikan", "Prodi", "Tahun Lulus", "Kolom Aneh", "Nama"]
        let mapping = HeaderSynonyms.automaticMapping(headers: headers, target: .members)
        XCTAssertEqual(mapping[0], .name)
        XCTAssertEqual(mapping[1], .nik)
        XCTAssertEqual(mapping[2], .phone)
        XCTAssertEqual(mapping[3], .regency)
        XCTAssertEqual(mapping[4], .birthPlaceAndDate)
        XCTAssertEqual(mapping[5], .email)
        XCTAssertEqual(mapping[6], .employer)
        XCTAssertEqual(mapping[7], .educationLevel)
        XCTAssertEqual(mapping[8], .major)
        XCTAssertEqual(mapping[9], .graduationYear)
        XCTAssertNil(mapping[10], "an unknown title stays unmapped")
        XCTAssertNil(mapping[11], "a second name column does not take the field twice")
        for (header, field) in [("NIK", ImportField.nik), ("Telepon", .phone), ("Kabupaten", .regency), ("Tgl Lahir", .birthDate),
                                ("Tanggal Lahir", .birthDate), ("Tempat Kerja", .employer), ("Nama", .name)] {
            XCTAssertEqual(HeaderSynonyms.field(for: header), field, header)
        }
        // The census has no education level: `Pendidikan` stays unmapped there.
        XCTAssertNil(HeaderSynonyms.automaticMapping(headers: ["Pendidikan"], target: .census)[0])
    }

    func testRowReaderNormalisesAndReportsEachBadCellWithItsColumn() {
        let headers = ["Nama", "NIK", "HP", "Kab/Kota", "Tgl Lahir", "JK"]
        let mapping: ImportMapping = [0: .name, 1: .nik, 2: .phone, 3: .regency, 4: .birthDate, 5: .sex]
        let rows = [["  Budi   Santoso ", "1671 0115 0585 0001", "+62 812-3456-7890", "Kota Palembang", "15/05/1985", "L"],
                    ["", "123", "0812", "Mars", "31/02/1985", "X"]]
        let reader = ImportRowReader(target: .census, mapping: mapping, regions: Fixtures.regions, today: Fixtures.today, rows: rows)
        let good = reader.read(number: 2, cells: rows[0])
        XCTAssertEqual(good.errors, [])
        XCTAssertEqual(good.values[.name], "Budi Santoso")
        XCTAssertEqual(good.values[.nik], "1671011505850001")
        XCTAssertEqual(good.values[.phone], "081234567890")
        XCTAssertEqual(good.values[.regency], "1671")
        XCTAssertEqual(good.values[.birthDate], "1985-05-15")
        XCTAssertEqual(good.values[.sex], "L")
        let bad = reader.read(number: 3, cells: rows[1])
        XCTAssertEqual(Set(bad.errors.map(\.column)), [0, 1, 2, 3, 4, 5])
        XCTAssertTrue(bad.errors.contains(ImportProblem(column: 0, field: .name, kind: .missing)))
        XCTAssertTrue(bad.errors.contains(ImportProblem(column: 3, field: .regency, kind: .value(.regencyUnknown))))
        XCTAssertTrue(bad.errors.contains(ImportProblem(column: 4, field: .birthDate, kind: .value(.dateInvalid))))
        XCTAssertTrue(bad.errors.contains(ImportProblem(column: 5, field: .sex, kind: .value(.choiceUnknown))))
    }

    func testPhonesInEveryForm() {
        let reader = ImportRowReader(target: .census, mapping: [0: .name, 1: .phone, 2: .regency], regions: Fixtures.regions,
                                     today: Fixtures.today, rows: [])
        for text in ["+62 812 3456 7890", "62-812-3456-7890", "0812-3456-7890", "0812 3456 7890", "081234567890 / 0813 1111 2222",
                     "(0812) 3456.7890", "0812\t3456\u{A0}7890", "0812\u{2007}3456 7890", "'081234567890", "81234567890"] {
            XCTAssertEqual(reader.read(number: 2, cells: ["A", text, "PLG"]).values[.phone], "081234567890", text)
        }
        // Digits of other scripts are not ASCII digits, with or without the byte-wise path.
        XCTAssertEqual(Phone.normalize("٠٨١٢٣٤٥٦٧٨٩٠"), .failure(.characters))
        XCTAssertEqual(Phone.normalize("0812-3456-789O"), .failure(.characters), "a letter O")
    }

    /// The byte-wise split of dates keeps the old reading: digits of other scripts, letters,
    /// empty parts and accents are not a slashed date.
    func testSlashedDatesReadByteWise() {
        XCTAssertEqual(ImportDate.numericParts("14/05/2023"), ["14", "05", "2023"])
        XCTAssertEqual(ImportDate.numericParts("14//05.2023-"), ["14", "05", "2023"], "empty parts dropped, as split does")
        XCTAssertEqual(ImportDate.numericParts("١٤/٠٥/٢٠٢٣"), [])
        XCTAssertEqual(ImportDate.numericParts("14/05/2023é"), [])
        XCTAssertEqual(ImportDate.numericParts("14 Mei 2023"), [])
        XCTAssertEqual(ImportDate.numericParts(""), [])
        XCTAssertEqual(date("١٤/٠٥/٢٠٢٣"), .failure(.dateInvalid))
    }

    func testChoices() {
        XCTAssertEqual(ImportChoice.sex("Perempuan"), .female)
        XCTAssertEqual(ImportChoice.sex("laki-laki"), .male)
        XCTAssertEqual(ImportChoice.sector("BUMN/Swasta"), .business)
        XCTAssertEqual(ImportChoice.sector("LKS / Yayasan"), .welfareInstitution)
        XCTAssertEqual(ImportChoice.sector("rumah sakit"), .hospital)
        XCTAssertEqual(ImportChoice.profession("Pekerja Sosial"), .socialWorker)
        XCTAssertEqual(ImportChoice.profession("TKSK"), .welfareWorker)
        XCTAssertEqual(ImportChoice.yesNo("Ya"), true)
        XCTAssertEqual(ImportChoice.yesNo("tidak"), false)
        XCTAssertNil(ImportChoice.yesNo("mungkin"))
        XCTAssertEqual(ImportChoice.year("2021", today: Fixtures.today), 2021)
        XCTAssertNil(ImportChoice.year("2031", today: Fixtures.today))
        XCTAssertNil(ImportChoice.year("21", today: Fixtures.today))
    }

    func testWhatANewUserTriedIsRefusedWithAReasonOrReadAsMeant() {
        let reader = ImportRowReader(target: .census, mapping: [0: .name, 1: .phone, 2: .regency, 3: .nik, 4: .birthDate, 5: .sex],
                                     regions: Fixtures.regions, today: Fixtures.today, rows: [])
        func errors(_ cells: [String]) -> [ImportValueError] {
            reader.read(number: 2, cells: cells).errors.compactMap { if case .value(let e) = $0.kind { return e } else { return nil } }
        }
        XCTAssertEqual(errors(["Evil \u{1B}[2J\u{1B}[31mMerah", "", "PLG", "", "", ""]), [.controlCharacters])
        XCTAssertEqual(errors(["Budi\u{202E}", "", "PLG", "", "", ""]), [.controlCharacters], "a right-to-left override")
        XCTAssertEqual(errors(["Bu\u{200B}di", "", "PLG", "", "", ""]), [.controlCharacters], "a zero-width space")
        XCTAssertEqual(errors(["Budi", "", "PLG", "1.67101E+15", "", ""]), [.nikAsExcelNumber])
        XCTAssertEqual(errors(["Budi", "", "PLG", "", "01/01/2030", ""]), [.dateInFuture])
        XCTAssertEqual(errors(["Budi", "", "PLG", "", "", "pr"]), [.choiceUnknown], "pr: pria or perempuan?")
        let ok = reader.read(number: 2, cells: ["Désy", "81234567890", "PLG", "'1671011505850001", "", ""])
        XCTAssertEqual(ok.errors, [])
        XCTAssertEqual(ok.values[.phone], "081234567890", "the leading 0 Excel dropped")
        XCTAssertEqual(ok.values[.nik], "1671011505850001", "Excel's text mark")
        XCTAssertEqual(HeaderSynonyms.field(for: "Nama Lengkap (beserta gelar)"), .name)
        XCTAssertEqual(HeaderSynonyms.field(for: "Nomor WhatsApp"), .phone)
        XCTAssertEqual(HeaderSynonyms.field(for: "Email Address"), .email)
    }
}
