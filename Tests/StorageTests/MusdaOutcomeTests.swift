import Domain
import XCTest
@testable import Storage

/// Issue 12 on the demo organisation: a Musda II in 2028 judges the 2023–2028 board, elects
/// its successor and hands over, with every refusal leaving nothing written.
final class MusdaOutcomeTests: StoreTestCase {
    var musdaId: Int64!
    var pleno2: Int64!
    var pleno4: Int64!
    var term2023: Term!
    var delegates: [Int64] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        try DemoOrganisation.install(into: store)
        term2023 = try XCTUnwrap(store.board.terms().first { $0.name == "2023–2028" })
        musdaId = try store.musda.save(Musda(kind: .musda, number: 2, date: date("2028-05-20"), place: "Palembang",
                                             closesTermId: term2023.id, status: .berlangsung))
        pleno2 = try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 2, title: "Sidang Pleno II", order: 0))
        pleno4 = try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 4, title: "Sidang Pleno IV", order: 0,
                                                   date: date("2028-05-21")))
        let musdaI = try XCTUnwrap(store.musda.musdas().first { $0.number == 1 })
        delegates = try store.musda.attendance(musdaId: musdaI.id!).filter { $0.role == .delegate }.map(\.personId)
        for person in delegates {
            try store.musda.register(personId: person, musdaId: musdaId, role: .delegate, representing: nil, sessionId: pleno4,
                                     at: ClockTime(hour: 8, minute: 0)!)
        }
    }

    private func decision(_ title: String) -> Decision { Decision(musdaId: musdaId, number: nil, title: title) }

    func testDemoMusdaIHoldsItsOutcome() throws {
        let musdaI = try XCTUnwrap(store.musda.musdas().first { $0.number == 1 })
        XCTAssertEqual(try store.musda.lpj(musdaId: musdaI.id!)?.verdict, .diterimaDenganCatatan)
        let election = try XCTUnwrap(store.musda.elections(musdaId: musdaI.id!).first)
        XCTAssertEqual(try store.people.person(id: election.elected!.personId)?.name, "Wahidin")
        XCTAssertEqual(try store.musda.formatur(musdaId: musdaI.id!).count, 5)
    }

    func testVerdictMakesTheTermDemisionerWithANumberedDecisionOnce() throws {
        XCTAssertEqual(term2023.status, .aktif)
        let adopted = try store.musda.recordVerdict(musdaId: musdaId, verdict: .diterimaDenganCatatan, note: "Pendataan belum tuntas",
                                                    sessionId: pleno2, decision: decision("Penerimaan LPJ"))
        XCTAssertEqual(adopted.number, 1)
        XCTAssertEqual(try store.board.term(id: term2023.id!)?.status, .demisioner)
        let lpj = try XCTUnwrap(store.musda.lpj(musdaId: musdaId))
        XCTAssertEqual(lpj.verdict, .diterimaDenganCatatan)
        XCTAssertEqual(lpj.termId, term2023.id)
        XCTAssertEqual(lpj.decisionId, adopted.id)
        XCTAssertEqual(try count("SELECT count(*) FROM audit WHERE entity = 'term' AND entity_id = ? AND reason LIKE 'LPJ%'", [term2023.id]), 1)

        let decisionsBefore = try count("SELECT count(*) FROM decision")
        XCTAssertThrowsError(try store.musda.recordVerdict(musdaId: musdaId, verdict: .ditolak, note: nil, sessionId: pleno2,
                                                           decision: decision("Penolakan LPJ"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.verdictAlreadyRecorded]))
        }
        XCTAssertEqual(try count("SELECT count(*) FROM decision"), decisionsBefore, "a refused verdict adopts no decision")
        XCTAssertEqual(try store.musda.lpj(musdaId: musdaId)?.verdict, .diterimaDenganCatatan)
    }

    /// Two candidates, counts as the issue gives them, declared; then handed over.
    private func elect() throws -> (winner: Int64, election: Election) {
        let (a, b) = (delegates[4], delegates[7])
        try store.musda.addCandidate(musdaId: musdaId, office: "Ketua DPD 2028–2033", personId: a, ineligibleReason: nil)
        let id = try store.musda.addCandidate(musdaId: musdaId, office: "Ketua DPD 2028–2033", personId: b, ineligibleReason: nil)
        var election = try XCTUnwrap(store.musda.elections(musdaId: musdaId).first { $0.id == id })
        election.candidates[0].votes = 30
        election.candidates[1].votes = 6
        election.abstentions = 1
        election.invalidBallots = 1
        election.ballots = 38
        try store.musda.save(election)
        let adopted = try store.musda.declare(electionId: id, personId: a, sessionId: pleno4, at: ClockTime(hour: 15, minute: 10)!,
                                              decision: decision("Penetapan Ketua Terpilih"))
        XCTAssertEqual(adopted.adoptedOn, date("2028-05-21"), "numbered on the session's day")
        return (a, try XCTUnwrap(store.musda.elections(musdaId: musdaId).first))
    }

    func testAVoteIsKeptAsEnteredAndChecksAgainstDelegatesPresent() throws {
        // Counts that do not add up are kept, with the warning, and can still be declared.
        let id = try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: delegates[4], ineligibleReason: nil)
        try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: delegates[7], ineligibleReason: nil)
        var odd = try XCTUnwrap(store.musda.elections(musdaId: musdaId).first)
        odd.candidates[0].votes = 30
        odd.candidates[1].votes = 4
        odd.ballots = 38
        try store.musda.save(odd)
        let kept = try XCTUnwrap(store.musda.elections(musdaId: musdaId).first)
        XCTAssertEqual(kept.candidates.map(\.votes), [30, 4])
        XCTAssertEqual(kept.problems(votingDelegates: 38), [.countedBelowBallots(counted: 34, ballots: 38)])
        try store.musda.declare(electionId: id, personId: delegates[4], sessionId: pleno4, at: ClockTime(hour: 15, minute: 0)!,
                                decision: decision("Penetapan"))
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.map(\.votes), [30, 4], "declared as entered")
    }

    func testTheIssuesVoteAddsUpAgainstTheDelegatesPresent() throws {
        let (winner, election) = try elect()
        XCTAssertEqual(election.elected?.personId, winner)
        XCTAssertEqual(election.counted, 38)
        XCTAssertEqual(try store.musda.sessionQuorum(sessionId: pleno4).present, 38)
        XCTAssertEqual(election.problems(votingDelegates: 38), [])
        XCTAssertEqual(election.decidedAt, ClockTime(hour: 15, minute: 10))
    }

    func testCountsThatCannotBeTrueAndAnEmptyElectionAreRefused() throws {
        let id = try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: delegates[0], ineligibleReason: nil)
        var election = try XCTUnwrap(store.musda.elections(musdaId: musdaId).first)
        election.candidates[0].votes = 40
        election.ballots = 38
        XCTAssertThrowsError(try store.musda.save(election)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.votesExceedBallots(counted: 40, ballots: 38)]))
        }
        XCTAssertNil(try store.musda.elections(musdaId: musdaId).first?.candidates[0].votes, "nothing written")

        election.candidates = []
        election.ballots = nil
        try store.musda.save(election)
        XCTAssertThrowsError(try store.musda.declare(electionId: id, personId: delegates[0], sessionId: pleno4,
                                                     at: ClockTime(hour: 15, minute: 0)!, decision: decision("Ketua"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.noCandidates]))
        }
        XCTAssertEqual(try store.musda.decisions(musdaId: musdaId).count, 0)
    }

    func testAnIneligibleCandidateNeedsAReasonAndAnErasedOneIsRefused() throws {
        let outsider = try store.people.save(member("Calon Luar", serial: 4242), overrideReason: "uji")
        try store.write { db in try db.execute(sql: "UPDATE membership SET status = 'nonaktif' WHERE person_id = ?", arguments: [outsider]) }
        XCTAssertThrowsError(try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: outsider, ineligibleReason: nil)) {
            XCTAssertEqual($0 as? StoreError, .needsOverride([.memberNotActive(.nonaktif)]))
        }
        XCTAssertTrue(try store.musda.elections(musdaId: musdaId).isEmpty, "nothing written")
        try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: outsider, ineligibleReason: "Usulan peserta")
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.candidates.first?.ineligibleReason, "Usulan peserta")
        _ = try store.people.erase(personId: delegates[2], reason: "uji")
        XCTAssertThrowsError(try store.musda.addCandidate(musdaId: musdaId, office: "Ketua", personId: delegates[2], ineligibleReason: "x")) {
            XCTAssertEqual($0 as? StoreError, .erased(delegates[2]))
        }
    }

    func testHandoverNeedsTheElectedChair() throws {
        let plan = HandoverPlan(musdaId: musdaId, outgoingTermId: term2023.id!, newTerm: HandoverPlan.newTerm(from: date("2028-05-20"), years: 5),
                                chairPersonId: delegates[0], seats: .template, programmes: [:])
        let terms = try count("SELECT count(*) FROM term")
        XCTAssertThrowsError(try store.musda.handOver(plan)) { XCTAssertEqual($0 as? StoreError, .invalid([.noElectedChair])) }
        XCTAssertEqual(try count("SELECT count(*) FROM term"), terms, "nothing written")
    }

    func testHandoverCarriesUnfinishedProgrammesIntoTheNewTermAndCanBeUndone() throws {
        let (winner, _) = try elect()
        let unfinished = try store.programmes.carryOverCandidates(termId: term2023.id!)
        XCTAssertGreaterThanOrEqual(unfinished.count, 2, "the demo's 2023 term has unfinished programmes")
        let dropped = unfinished[0].programme.id!
        let finished = unfinished[1].programme.id!
        let newTerm = HandoverPlan.newTerm(from: date("2028-05-20"), years: 5)
        XCTAssertEqual(newTerm.name, "2028–2033")
        let plan = HandoverPlan(musdaId: musdaId, outgoingTermId: term2023.id!, newTerm: newTerm, chairPersonId: winner,
                                seats: .previousTerm, programmes: [dropped: .drop(reason: "Tidak relevan lagi"), finished: .finished])
        let done = try store.musda.handOver(plan)

        let term = try XCTUnwrap(store.board.term(id: done.newTermId))
        XCTAssertEqual(term.status, .persiapan)
        XCTAssertEqual(term.start, date("2028-05-20"))
        XCTAssertEqual(try store.board.officers(termId: term.id!).first { $0.kind == .ketua }?.personId, winner)
        XCTAssertEqual(try store.board.positions(termId: term.id!).count, try store.board.positions(termId: term2023.id!).count)
        XCTAssertEqual(try store.musda.musda(id: musdaId)?.opensTermId, term.id)

        let carried = unfinished.count - 2
        let newProgrammes = try store.programmes.rows(termId: term.id!)
        XCTAssertEqual(newProgrammes.count, carried)
        for row in newProgrammes {
            let origin = try XCTUnwrap(row.origin, "linked to its origin")
            let old = try XCTUnwrap(store.programmes.record(id: origin.id))
            XCTAssertEqual(old.row.programme.status, .dilanjutkan)
            XCTAssertEqual(old.row.successors.map(\.id), [row.programme.id!], "the origin shows where it went")
        }
        XCTAssertEqual(try store.programmes.record(id: dropped)?.row.programme.status, .dibatalkan)
        XCTAssertEqual(try store.programmes.record(id: finished)?.row.programme.status, .selesai)
        XCTAssertEqual(done.programmes.first { $0.programmeId == dropped }?.reason, "Tidak relevan lagi")

        // The officers export shows the winner as Ketua of the new term.
        var csv = ""
        try store.export(.officers, format: .csv, unmask: false, termId: term.id) { csv += $0 }
        let winnerName = try XCTUnwrap(store.people.person(id: winner)?.name)
        XCTAssertTrue(csv.contains("Ketua") && csv.contains(winnerName), csv)

        XCTAssertThrowsError(try store.musda.handOver(plan)) { XCTAssertEqual($0 as? StoreError, .invalid([.alreadyHandedOver])) }

        try store.musda.undoHandover(musdaId: musdaId)
        XCTAssertNil(try store.board.term(id: term.id!))
        XCTAssertNil(try store.musda.handover(musdaId: musdaId))
        XCTAssertEqual(try store.programmes.carryOverCandidates(termId: term2023.id!).map(\.programme.id), unfinished.map(\.programme.id))
        XCTAssertNil(try store.musda.musda(id: musdaId)?.opensTermId)
    }

    func testUndoIsRefusedOnceTheNewTermHoldsNewData() throws {
        let (winner, _) = try elect()
        let done = try store.musda.handOver(HandoverPlan(musdaId: musdaId, outgoingTermId: term2023.id!,
                                                         newTerm: HandoverPlan.newTerm(from: date("2028-05-20"), years: 5),
                                                         chairPersonId: winner, seats: .template, programmes: [:]))
        try store.programmes.save(Programme(termId: done.newTermId, title: "Program baru periode 2028", status: .rencana))
        XCTAssertThrowsError(try store.musda.undoHandover(musdaId: musdaId)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.newTermHasData("program")]))
        }
        XCTAssertNotNil(try store.board.term(id: done.newTermId))
    }

    /// An edit leaves no count behind, but it is new data all the same: the undo is refused.
    func testUndoIsRefusedOnceACarriedProgrammeWasEdited() throws {
        let (winner, _) = try elect()
        let done = try store.musda.handOver(HandoverPlan(musdaId: musdaId, outgoingTermId: term2023.id!,
                                                         newTerm: HandoverPlan.newTerm(from: date("2028-05-20"), years: 5),
                                                         chairPersonId: winner, seats: .template, programmes: [:]))
        var carried = try XCTUnwrap(store.programmes.programmes(termId: done.newTermId).first)
        carried.title += " (diperluas)"
        try store.programmes.save(carried)
        XCTAssertThrowsError(try store.musda.undoHandover(musdaId: musdaId)) {
            XCTAssertEqual($0 as? StoreError, .invalid([.newTermHasData("perubahan")]))
        }
        XCTAssertEqual(try store.programmes.record(id: carried.id!)?.row.programme.title, carried.title, "the edit stays")
    }

    func testErasureListsTheOutcomesFreeTextThatNamesThePerson() throws {
        let person = delegates[3]
        let name = try XCTUnwrap(store.people.person(id: person)?.name)
        try store.musda.saveReport(LPJ(musdaId: musdaId, termId: term2023.id, summary: "Disampaikan oleh \(name) sebagai ketua"))
        let mentions = try store.people.erase(personId: person, reason: "permintaan subjek data")
        XCTAssertTrue(mentions.contains(FreeTextMention(place: .note(table: "lpj", id: musdaId, label: "Musda 2028"))), "\(mentions)")
    }

    func testControlCharactersInTheReportAreRefused() throws {
        XCTAssertThrowsError(try store.musda.saveReport(LPJ(musdaId: musdaId, summary: "Ringkasan \u{1B}]0;judul\u{07}"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.controlCharacters(.lpjSummary)]))
        }
        XCTAssertNil(try store.musda.lpj(musdaId: musdaId))
    }

    /// Found by a fresh pair of eyes: what a numbered decision rests on stays as it was.
    func testWhatADecisionRestsOnCannotChangeAfterIt() throws {
        try store.musda.recordVerdict(musdaId: musdaId, verdict: .diterima, note: nil, sessionId: pleno2, decision: decision("LPJ"))
        let term2019 = try XCTUnwrap(store.board.terms().first { $0.name == "2019–2023" })
        XCTAssertThrowsError(try store.musda.saveReport(LPJ(musdaId: musdaId, termId: term2019.id, summary: "lain"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.verdictAlreadyRecorded]))
        }
        try store.musda.saveReport(LPJ(musdaId: musdaId, termId: term2023.id, summary: "Ringkasan yang dilengkapi"))
        XCTAssertEqual(try store.musda.lpj(musdaId: musdaId)?.summary, "Ringkasan yang dilengkapi", "the summary may still be completed")

        let (_, election) = try elect()
        for change in [{ (e: inout Election) in e.candidates[1].votes = 1 }, { $0.ballots = 40 }, { $0.method = .acclamation },
                       { $0.office = "Ketua lain" }] {
            var changed = election
            change(&changed)
            XCTAssertThrowsError(try store.musda.save(changed)) { XCTAssertEqual($0 as? StoreError, .invalid([.electionDecided])) }
        }
        var witnessed = election
        witnessed.witnesses = [delegates[10], delegates[11]]
        try store.musda.save(witnessed)
        XCTAssertEqual(try store.musda.elections(musdaId: musdaId).first?.witnesses, [delegates[10], delegates[11]])
    }

    func testAFormaturDeadlineBeforeTheMusdaAndOrdinalsOutOfRangeAreRefused() throws {
        XCTAssertThrowsError(try store.musda.setFormatur(musdaId: musdaId, personIds: [delegates[0]], chairElect: nil,
                                                         deadline: date("2020-01-01"))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.dateBefore(.formaturDeadline, reference: .musdaDate)]))
        }
        XCTAssertTrue(try store.musda.formatur(musdaId: musdaId).isEmpty)
        var musda = try XCTUnwrap(store.musda.musda(id: musdaId))
        for number in [0, 100] {
            musda.number = number
            XCTAssertThrowsError(try store.musda.save(musda)) {
                XCTAssertEqual($0 as? StoreError, .invalid([.numberOutOfRange(.musdaNumber, lower: 1, upper: 99)]))
            }
        }
        XCTAssertThrowsError(try store.musda.save(MusdaSession(musdaId: musdaId, kind: .pleno, number: 0, title: "Sidang Pleno", order: 0))) {
            XCTAssertEqual($0 as? StoreError, .invalid([.numberOutOfRange(.sessionNumber, lower: 1, upper: 20)]))
        }
    }
}
