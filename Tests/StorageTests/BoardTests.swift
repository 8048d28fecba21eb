import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// Pengurus: the board of a term, filling seats under the rules, history that is never lost.
final class BoardTests: StoreTestCase {
    private var term2023: Term!

    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
        term2023 = try XCTUnwrap(store.board.activeTerm())
    }

    private func seat(_ title: String) throws -> Seat {
        try XCTUnwrap(store.board.board(termId: term2023.id!).seats.first { $0.position.title == title }, title)
    }

    private func personId(_ name: String) throws -> Int64 {
        try XCTUnwrap(store.people.lookup(name, limit: 1).first?.id, name)
    }

    func testTheDemoBoardIsFortyFiveOfFortyFiveInBoardOrder() throws {
        let board = try store.board.board(termId: term2023.id!)
        XCTAssertEqual(board.total, 45)
        XCTAssertEqual(board.filled, 45)
        let groups = board.groups
        XCTAssertEqual(groups.count, 10, "advisers, executive and 8 bidang")
        XCTAssertEqual(groups[0].seats.count, 5)
        XCTAssertEqual(groups[1].seats.map(\.position.title), ["Ketua", "Wakil Ketua I", "Wakil Ketua II", "Sekretaris",
                                                               "Wakil Sekretaris I", "Wakil Sekretaris II", "Bendahara", "Wakil Bendahara"])
        XCTAssertEqual(groups[1].seats[0].holder?.name, "Wahidin")
        XCTAssertEqual(groups[1].seats[0].holder?.assignment.start, date("2023-05-14"))
        guard case .department(let first) = groups[2].group else { return XCTFail("bidang after the executive") }
        XCTAssertEqual(first.name, "Organisasi & Keanggotaan")
        XCTAssertEqual(groups[2].seats.map(\.position.kind), [.koordinator, .anggotaBidang, .anggotaBidang, .anggotaBidang])

        let summaries = try store.board.termSummaries()
        XCTAssertEqual(summaries.map(\.term.name), ["2023–2028", "2019–2023"])
        XCTAssertEqual(summaries.map(\.filledSeats), [45, 3])
        XCTAssertEqual(summaries.map(\.seats), [45, 3])
    }

    func testReplacingTheBendaharaKeepsBothHoldersWithDates() throws {
        let bendahara = try seat("Bendahara")
        let old = try XCTUnwrap(bendahara.holder)
        let newcomer = try personId("Ilham Anwar")   // a demo member (aktif) who holds no seat
        let newId = try store.board.replace(assignmentId: old.assignment.id!, on: date("2025-03-01"), reason: .mengundurkanDiri,
                                            with: newcomer, overrideReason: nil)
        let history = try store.board.seatHistory(positionId: bendahara.position.id!)
        XCTAssertEqual(history.map(\.personId), [old.personId, newcomer])
        XCTAssertEqual(history[0].assignment.start, date("2023-05-14"))
        XCTAssertEqual(history[0].assignment.end, date("2025-03-01"))
        XCTAssertEqual(history[0].assignment.endReason, .mengundurkanDiri)
        XCTAssertEqual(history[1].assignment.id, newId)
        XCTAssertEqual(history[1].assignment.start, date("2025-03-01"))
        XCTAssertNil(history[1].assignment.end)
        let after = try seat("Bendahara")
        XCTAssertEqual(after.holder?.personId, newcomer)
        XCTAssertEqual(after.holdings, 2)
        XCTAssertEqual(try store.board.board(termId: term2023.id!).filled, 45)
        let audit = try store.audit.entries(entity: "assignment", id: old.assignment.id!)
        XCTAssertEqual(audit.first?.reason, "mengundurkan_diri", "the end is audited with its reason")
        let held = try XCTUnwrap(store.people.detail(personId: old.personId)?.positions.first { $0.title == "Bendahara" })
        XCTAssertEqual([held.start, held.end], [date("2023-05-14"), date("2025-03-01")], "the member detail shows the dates")
        XCTAssertEqual(held.endReason, .mengundurkanDiri)
    }

    func testDatesOutsideTheTermAnEndBeforeTheStartAndTwoHoldersAreRefusedAndNothingIsWritten() throws {
        let bendahara = try seat("Bendahara")
        let rina = try personId("Ilham Anwar")
        let before = try count("SELECT count(*) FROM assignment")
        func refused(_ a: Assignment, _ expected: ValidationIssue, line: UInt = #line) {
            XCTAssertThrowsError(try store.board.assign(a, overrideReason: "alasan apa pun"), line: line) {
                guard case .invalid(let issues)? = $0 as? StoreError else { return XCTFail("\($0)", line: line) }
                XCTAssertTrue(issues.contains(expected), "\(issues)", line: line)
            }
        }
        let p = bendahara.position.id!
        refused(Assignment(positionId: p, personId: rina, start: date("2020-01-01")), .outsideTerm(.assignmentStart))
        refused(Assignment(positionId: p, personId: rina, start: date("2027-01-01"), end: date("2029-01-01")), .outsideTerm(.assignmentEnd))
        refused(Assignment(positionId: p, personId: rina, start: date("2026-01-01"), end: date("2025-01-01")),
                .dateBefore(.assignmentEnd, reference: .assignmentStart))
        refused(Assignment(positionId: p, personId: rina, start: date("2026-01-01")),
                .seatTaken(holder: bendahara.holder!.name, since: date("2023-05-14")))
        XCTAssertThrowsError(try store.board.endAssignment(id: bendahara.holder!.assignment.id!, on: date("2022-01-01"),
                                                           reason: .rotasi, note: nil))
        XCTAssertEqual(try count("SELECT count(*) FROM assignment"), before, "nothing written")
        XCTAssertEqual(try seat("Bendahara").holder?.assignment, bendahara.holder?.assignment)
    }

    func testAReplacementRefusedForAWarningLeavesTheOldHolderInPlace() throws {
        let bendahara = try seat("Bendahara")
        let wahidin = try personId("Wahidin")   // the ketua: holds another seat
        XCTAssertThrowsError(try store.board.replace(assignmentId: bendahara.holder!.assignment.id!, on: date("2025-03-01"),
                                                     reason: .rotasi, with: wahidin, overrideReason: nil)) {
            XCTAssertEqual($0 as? StoreError, .needsOverride([.holdsAnotherSeat(title: "Ketua")]))
        }
        XCTAssertEqual(try seat("Bendahara").holder?.assignment, bendahara.holder?.assignment, "one transaction: the end was undone")
        try store.board.replace(assignmentId: bendahara.holder!.assignment.id!, on: date("2025-03-01"), reason: .rotasi,
                                with: wahidin, overrideReason: "Rangkap sementara sampai rapat pleno")
        XCTAssertEqual(try seat("Bendahara").holder?.personId, wahidin)
    }

    func testSomeoneWhoIsNotAnActiveMemberNeedsAReason() throws {
        let outsider = try store.people.save(PersonDraft(person: Person(name: "Tamu Undangan"), membership: nil), overrideReason: nil)
        let vacant = try store.board.save(Position(termId: term2023.id!, kind: .penasehat, title: "Penasehat", order: 0))
        XCTAssertEqual(try store.board.check(Assignment(positionId: vacant, personId: outsider)), [.notAMember])
        XCTAssertThrowsError(try store.board.assign(Assignment(positionId: vacant, personId: outsider), overrideReason: " ")) {
            XCTAssertEqual($0 as? StoreError, .needsOverride([.notAMember]))
        }
        try store.board.assign(Assignment(positionId: vacant, personId: outsider), overrideReason: "Tokoh masyarakat")
        let lapsed = try XCTUnwrap(store.pool.read { try Int64.fetchOne($0, sql: "SELECT person_id FROM membership WHERE status = 'keluar'") })
        let another = try store.board.save(Position(termId: term2023.id!, kind: .penasehat, title: "Penasehat", order: 0))
        XCTAssertEqual(try store.board.check(Assignment(positionId: another, personId: lapsed)), [.memberNotActive(.keluar)])
    }

    func testStatusMovesForwardOnlyAndOneTermIsActive() throws {
        let next = try store.board.save(Term(name: "2028–2033", start: date("2028-05-14"), end: date("2033-05-14"), status: .persiapan))
        XCTAssertThrowsError(try store.board.changeStatus(termId: next, to: .aktif, reason: "Musda II", demotingActive: false)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.anotherTermActive("2023–2028")]))
        }
        try store.board.changeStatus(termId: next, to: .aktif, reason: "Hasil Musda II", demotingActive: true)
        XCTAssertEqual(try store.board.term(id: next)?.status, .aktif)
        XCTAssertEqual(try store.board.term(id: term2023.id!)?.status, .demisioner)
        XCTAssertEqual(try store.audit.entries(entity: "term", id: term2023.id!).first?.reason, "Hasil Musda II")
        XCTAssertThrowsError(try store.board.changeStatus(termId: next, to: .persiapan, reason: "salah", demotingActive: false)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.statusBackward(from: .aktif, to: .persiapan)]))
        }
    }

    func testSeatsAndBidangWithHistoryStayAndEmptyOnesGo() throws {
        let bendahara = try seat("Bendahara")
        XCTAssertThrowsError(try store.board.removeSeat(positionId: bendahara.position.id!, reason: "x")) {
            XCTAssertEqual($0 as? StoreError, .invalid([.hasHistory(.positionTitle)]))
        }
        let department = try store.board.save(Department(termId: term2023.id!, name: "Bidang Baru", order: 0))
        let departments = try store.board.departments(termId: term2023.id!)
        XCTAssertEqual(departments.last?.id, department, "a new bidang goes last")
        let extra = try store.board.save(Position(termId: term2023.id!, departmentId: department, kind: .koordinator,
                                                  title: "Koordinator Bidang Baru", order: 0))
        XCTAssertEqual(try store.board.board(termId: term2023.id!).groups.last?.seats.map(\.position.id), [extra])
        XCTAssertEqual(try store.board.board(termId: term2023.id!).total, 46)
        try store.board.removeDepartment(id: department, reason: "Salah tambah")
        XCTAssertEqual(try store.board.board(termId: term2023.id!).total, 45)
        let organisasi = try XCTUnwrap(departments.first)
        XCTAssertThrowsError(try store.board.removeDepartment(id: organisasi.id!, reason: "x")) {
            XCTAssertEqual($0 as? StoreError, .invalid([.hasHistory(.departmentName)]))
        }
        XCTAssertThrowsError(try store.board.save(Department(termId: term2023.id!, name: "  ", order: 0))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.required(.departmentName)]))
        }
    }

    func testTheTermTableKeepsItsIdsAndReferencesThroughMigration11() throws {
        let path = directory + "/lama10.sqlite"
        let pool = try DatabasePool(path: path)
        try Schema.migrator().migrate(pool, upTo: Schema.migrations[9].name)
        try pool.write { db in
            try db.execute(sql: "INSERT INTO term (id, name, start_date, status) VALUES (7, '2019–2023', '2019-04-08', 'selesai')")
            try db.execute(sql: "INSERT INTO department (term_id, name, sort_order) VALUES (7, 'Organisasi', 1)")
        }
        try pool.close()
        let old = try Store.open(path: path, operatorName: "penguji", clock: { Self.now })
        defer { try? old.close() }
        XCTAssertEqual(try old.board.term(id: 7)?.status, .selesai)
        XCTAssertEqual(try old.board.departments(termId: 7).map(\.name), ["Organisasi"])
        XCTAssertEqual(try old.pool.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.count, 0)
        try old.board.save(Term(name: "2028–2033", start: date("2028-05-14"), end: nil, status: .persiapan))
    }
}
