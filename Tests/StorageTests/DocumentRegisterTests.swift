import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// The documents register (issue 15): a paper is numbered once per series and year, keeps
/// its number when made again, and takes a number from elsewhere when one is recorded.
final class DocumentRegisterTests: StoreTestCase {
    private var musdaId: Int64!

    override func setUpWithError() throws {
        try super.setUpWithError()
        musdaId = try store.musda.save(Musda(kind: .musda, number: 1, date: date("2023-05-14"), place: "Palembang"))
    }

    private func request(_ subject: String, date iso: String = "2023-05-14", series: String? = "BA/MUSDA-I",
                         fixed: String? = nil) -> DocumentRequest {
        DocumentRequest(kind: .beritaAcara, musdaId: musdaId, subject: subject, title: "Berita acara \(subject)", date: date(iso),
                        series: series, fixedNumber: fixed)
    }

    private func issue(_ r: DocumentRequest, in s: Store? = nil) throws -> MusdaDocument {
        let s = s ?? store!
        let prepared = try s.documents.prepare(r)
        return try XCTUnwrap(try s.documents.record(prepared, filePath: "/tmp/\(r.subject).docx", format: "docx"))
    }

    func testNumbersRunPerSeriesAndYearInTheDecisionPattern() throws {
        XCTAssertEqual(try issue(request("pemilihan:1")).number, "01/BA/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        XCTAssertEqual(try issue(request("lpj")).number, "02/BA/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
        XCTAssertEqual(try issue(request("lain", date: "2024-01-03")).number, "01/BA/MUSDA-I/DPD-IPSPI/SUMSEL/I/2024", "a new year starts again at 01")
        XCTAssertEqual(try issue(request("sesi:1", series: "DH/MUSDA-I")).number, "01/DH/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023",
                       "each series has its own run")
    }

    func testAPaperMadeAgainKeepsItsNumberAndItsFirstDate() throws {
        let first = try issue(request("pemilihan:1"))
        _ = try issue(request("lpj"))
        let again = try issue(request("pemilihan:1", date: "2023-06-01"))
        XCTAssertEqual(again.id, first.id)
        XCTAssertEqual(again.number, first.number)
        XCTAssertEqual(again.date, date("2023-05-14"))
        XCTAssertEqual(again.filePath, "/tmp/pemilihan:1.docx")
        XCTAssertEqual(try count("SELECT count(*) FROM document"), 2)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'document' AND action = 'tambah'"), 2, "each first issue is audited")
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'document' AND action = 'ubah'"), 0,
                       "the same file again changes nothing")
        let pdf = try XCTUnwrap(try store.documents.record(again, filePath: "/tmp/pemilihan.pdf", format: "pdf"))
        XCTAssertEqual(pdf.number, first.number)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'document' AND action = 'ubah'"), 1, "a new file is audited")
    }

    func testANumberFromElsewhereWinsAndTakesNoSequence() throws {
        let ours = try issue(request("periode:1", series: "SK"))
        XCTAssertEqual(ours.sequence, 1)
        let dpp = try issue(request("periode:1", series: "SK", fixed: "12/DPP-IPSPI/SK/VI/2023"))
        XCTAssertEqual(dpp.id, ours.id)
        XCTAssertEqual(dpp.number, "12/DPP-IPSPI/SK/VI/2023")
        XCTAssertNil(dpp.sequence)
    }

    func testANumberTakenByAnotherOperatorMeanwhileIsNotGivenTwice() throws {
        let other = try openAgain(operatorName: "operator2")
        defer { try? other.close() }
        let mine = try store.documents.prepare(request("pemilihan:1"))
        _ = try issue(request("lpj"), in: other)
        XCTAssertNil(try store.documents.record(mine, filePath: "/tmp/a.docx", format: "docx"), "its number went to the other paper")
        XCTAssertEqual(try issue(request("pemilihan:1")).number, "02/BA/MUSDA-I/DPD-IPSPI/SUMSEL/V/2023")
    }

    func testAReaderCannotIssueAndNothingIsWritten() throws {
        let reader = try openAgain(operatorName: "pembaca1", role: .pembaca)
        defer { try? reader.close() }
        let prepared = try reader.documents.prepare(request("pemilihan:1"))
        XCTAssertThrowsError(try reader.documents.record(prepared, filePath: "/tmp/a.docx", format: "docx")) { error in
            guard case StoreError.notPermitted = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try count("SELECT count(*) FROM document"), 0)
    }
}
