import Domain
import XCTest
@testable import Storage

/// A finding is its typed problem; the code and the severity follow from it (the words are the
/// catalog's, SecretariatTests).
final class FindingTests: XCTestCase {
    func testEveryProblemHasItsStableCodeAndSeverity() {
        let expected: [(Finding.Problem, String, Severity)] = [
            (.integrity("page 4 is never used"), "integrity", .error),
            (.brokenReference(table: "assignment", rowid: 7, parent: "position"), "foreign_key", .error),
            (.officerNotPerson(term: "2023–2028", title: "Ketua"), "officer.not_person", .error),
            (.officerErased(term: "2023–2028", title: "Ketua"), "officer.erased", .warning),
            (.figure(subject: "x", discrepancy: FigureDiscrepancy(total: 148, partsSum: 168)), "figure.parts_total", .warning),
            (.duplicateNIK(masked: "1606********0014", personIds: [96, 108]), "nik.duplicate", .warning),
            (.election(office: "Ketua", problem: .missingVotes), "election", .warning),
            (.noQuorum(musda: "Musda II"), "musda.quorum", .warning),
            (.searchIndex("malformed"), "search_index", .error),
            (.fileMode(octal: "644"), "file.mode", .warning),
        ]
        for (problem, code, severity) in expected {
            XCTAssertEqual(Finding(problem).code, code)
            XCTAssertEqual(Finding(problem).severity, severity, code)
        }
    }
}
