import Domain
import Foundation
import XCTest
@testable import Storage

/// `export officers`: a term by name, year or ID; current holders, or every assignment with history.
final class OfficerExportTests: StoreTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
    }

    private func csv(termId: Int64? = nil, history: Bool = false, unmask: Bool = false) throws -> [[String]] {
        var text = ""
        try store.export(.officers, format: .csv, unmask: unmask, termId: termId, history: history) { text += $0 }
        return CSV.parse(text)
    }

    private func term(_ year: Int) throws -> Term { try XCTUnwrap(store.board.terms().first { $0.start.year == year }) }

    func testOneRowPerCurrentHolderInBoardOrderWithItsGroupAndDates() throws {
        let rows = try csv()
        XCTAssertEqual(rows[0], ["periode", "kelompok", "jabatan", "nama", "kta", "nik", "mulai", "selesai", "alasan_selesai"])
        XCTAssertEqual(rows.count, 46, "the active term's 45 holders")
        XCTAssertEqual(rows[1].prefix(4), ["2023–2028", "Pembina/Penasehat", "Pembina", "Hendra Saputra"])
        let ketua = try XCTUnwrap(rows.first { $0[2] == "Ketua" })
        XCTAssertEqual(ketua, ["2023–2028", "Pengurus Harian", "Ketua", "Wahidin", "16.71.000001", "", "2023-05-14", "2028-05-14", ""])
        XCTAssertEqual(Array(Set(rows.dropFirst().map { $0[1] })).sorted().count, 10, "advisers, pengurus harian, 8 bidang")
        XCTAssertEqual(rows.last?.prefix(3), ["2023–2028", "Bidang Hubungan Kab/Kota", "Anggota Bidang Hubungan Kab/Kota"])
        let niks = rows.dropFirst().map { $0[5] }.filter { !$0.isEmpty }
        XCTAssertFalse(niks.isEmpty)
        XCTAssertTrue(niks.allSatisfy { $0.dropFirst(4).prefix(8) == "********" }, "masked unless asked")
        XCTAssertTrue(try csv(unmask: true).dropFirst().map { $0[5] }.filter { !$0.isEmpty }.allSatisfy { $0.allSatisfy(\.isNumber) })
    }

    func testAnotherTermByItsId() throws {
        let rows = try csv(termId: try term(2019).id)
        XCTAssertEqual(rows.dropFirst().map { [$0[0], $0[2], $0[3]] }, [["2019–2023", "Ketua", "Hendra Saputra"],
                                                                         ["2019–2023", "Sekretaris", "Rahmat Sukmajaya"],
                                                                         ["2019–2023", "Bendahara", "Dedi Kurniawan Saputra"]])
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0[6] == "2019-04-08" && $0[7] == "2023-05-14" }, "\(rows)")
    }

    func testHistoryAddsTheHolderWhoLeftWithTheEndAndItsReason() throws {
        let t = try term(2023)
        let bendahara = try XCTUnwrap(store.board.board(termId: t.id!).seats.first { $0.position.title == "Bendahara" })
        let newcomer = try XCTUnwrap(store.people.lookup("Ilham Anwar", limit: 1).first?.id)
        try store.board.replace(assignmentId: bendahara.holder!.assignment.id!, on: date("2025-03-01"), reason: .mengundurkanDiri,
                                with: newcomer, overrideReason: nil)

        let current = try csv(termId: t.id).filter { $0[2] == "Bendahara" }
        XCTAssertEqual(current.map { [$0[3], $0[6], $0[7], $0[8]] }, [["Ilham Anwar", "2025-03-01", "", ""]],
                       "by default only who holds the seat now")
        XCTAssertEqual(try csv(termId: t.id).count, 46)

        let history = try csv(termId: t.id, history: true)
        XCTAssertEqual(history.count, 47, "one more row: the bendahara who resigned")
        XCTAssertEqual(history.filter { $0[2] == "Bendahara" }.map { [$0[3], $0[6], $0[7], $0[8]] },
                       [["Dedi Kurniawan Saputra", "2023-05-14", "2025-03-01", "mengundurkan_diri"],
                        ["Ilham Anwar", "2025-03-01", "", ""]], "oldest first, with the end and why")
        var json = ""
        try store.export(.officers, format: .json, unmask: false, termId: t.id, history: true) { json += $0 }
        let objects = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 46)
        XCTAssertEqual(objects.filter { $0["alasan_selesai"] as? String == "mengundurkan_diri" }.count, 1)
        XCTAssertTrue(objects.contains { $0["selesai"] is NSNull }, "no end yet is null")
    }

    func testAnErasedHolderIsShownAsErased() throws {
        let t = try term(2023)
        let seat = try XCTUnwrap(store.board.board(termId: t.id!).seats.first { $0.position.title == "Wakil Bendahara" })
        try store.people.erase(personId: seat.holder!.personId, reason: "permintaan subjek data")
        let row = try XCTUnwrap(try csv().first { $0[2] == "Wakil Bendahara" })
        XCTAssertEqual(row[3], "[dihapus]")
        XCTAssertEqual(row[5], "", "no NIK left to show")
    }

    func testATermIsNamedByItsStartYearItsNameOrItsId() throws {
        let terms = try store.board.terms()
        let t2019 = try term(2019), t2023 = try term(2023)
        XCTAssertEqual(TermReference.resolve("2023", among: terms), .found(t2023))
        XCTAssertEqual(TermReference.resolve("2019", among: terms), .found(t2019))
        XCTAssertEqual(TermReference.resolve("2019–2023", among: terms), .found(t2019))
        XCTAssertEqual(TermReference.resolve(" 2019-2023 ", among: terms), .found(t2019), "a plain hyphen and spaces")
        XCTAssertEqual(TermReference.resolve("\(t2019.id!)", among: terms), .found(t2019))
        XCTAssertEqual(TermReference.resolve("2030", among: terms), .notFound)
        XCTAssertEqual(TermReference.resolve("99", among: terms), .notFound)
        XCTAssertEqual(TermReference.resolve("dua ribu", among: terms), .notFound)
        XCTAssertEqual(TermReference.resolve("", among: terms), .notFound)
        let musdalub = Term(id: 9, name: "2023–2025", start: date("2023-11-01"), end: nil, status: .persiapan)
        XCTAssertEqual(TermReference.resolve("2023", among: terms + [musdalub]), .ambiguous([t2023, musdalub]))
        XCTAssertEqual(TermReference.resolve("9", among: terms + [musdalub]), .found(musdalub))
    }
}
