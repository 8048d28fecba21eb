import Documents
import Domain
import Foundation
import Storage
import TerminalUI

/// The Musda's papers (issue 15): `c` on any tab chooses a paper, then `PaperPrinting` asks
/// the format and makes it off the loop; the Dokumen tab lists what the register holds.
extension MusdaRecordScreen {
    enum DocumentMessage {
        case kindChosen(String, choices: [(String, PaperChoice)])
    }

    /// Which paper, named by ids so it can be made off the loop.
    enum PaperChoice: Sendable {
        case attendance(sessionId: Int64, AttendanceVariant)
        case minutes(sessionId: Int64)
        case election(index: Int)
        case verdict
        case decrees
        case invitation
        case boardDecree(termId: Int64)
    }

    /// The papers this record can give now, the current session's first.
    func paperChoices(_ c: Catalog) -> [(String, PaperChoice)] {
        let w = c.documents
        var out: [(String, PaperChoice)] = []
        if let session, let id = session.id {
            out += [(w.attendanceFilled(session.title), .attendance(sessionId: id, .terisi)),
                    (w.attendanceBlank(session.title), .attendance(sessionId: id, .kosong)),
                    (w.minutes(session.title), .minutes(sessionId: id))]
        }
        if let election = outcome.election { out.append((w.electionRecord(election.office), .election(index: 0))) }
        if outcome.lpj?.verdict != nil { out.append((w.verdictRecord, .verdict)) }
        if decisions.contains(where: { !$0.decision.isDraft }) { out.append((w.decrees, .decrees)) }
        out.append((w.invitation, .invitation))
        if let term = musda?.opensTermId { out.append((w.boardDecree(termNames[term] ?? ""), .boardDecree(termId: term))) }
        return out
    }

    mutating func chooseDocument(_ context: AppContext) -> Command {
        let c = context.catalog
        guard !issuing else { context.inform(c.documents.alreadyMaking); return .none }
        let choices = paperChoices(c)
        return .present(ChooserModal(title: c.documents.chooseTitle, items: choices.map(\.0), catalog: c),
                        then: { DocumentMessage.kindChosen($0, choices: choices) })
    }

    func receiveDocument(_ message: DocumentMessage, _ context: AppContext) -> Command {
        switch message {
        case .kindChosen(let label, let choices):
            guard let choice = choices.first(where: { $0.0 == label })?.1 else { return .none }
            let data = context.data, musdaId = musdaId, c = context.catalog
            return PaperPrinting.chooseFormat(PaperJob { format in
                try Self.makePaper(choice, format: format, musdaId: musdaId, data: data, catalog: c)
            }, c)
        }
    }

    mutating func receivePrinting(_ message: PaperPrintingMessage, _ context: AppContext) -> Command {
        let (command, made) = PaperPrinting.receive(message, busy: &issuing, context)
        if made != nil { loadDocuments(context) }
        return command
    }

    /// Off the loop: reads the record, draws, writes and registers the paper.
    static func makePaper(_ choice: PaperChoice, format: PaperFormat, musdaId: Int64, data: any Repositories,
                          catalog c: Catalog) throws -> IssuedPaper {
        guard let musda = try data.musda.musda(id: musdaId) else { throw StoreError.notFound(entity: "musda", id: musdaId) }
        let facts = try MusdaFacts(musda: musda, data: data)
        func session(_ id: Int64) throws -> MusdaSession {
            guard let s = facts.session(id: id) else { throw PaperRefusal.noSuchSession(0, available: facts.sessions.count) }
            return s
        }
        let plan: PaperPlan
        var folder = musda.series
        switch choice {
        case .attendance(let id, let variant): plan = try AttendancePaper.plan(facts, session: try session(id), variant: variant)
        case .minutes(let id): plan = try MinutesPaper.plan(facts, session: try session(id))
        case .election(let index): plan = try ReportPaper.plan(facts, subject: .election(index: index), problemText: c.electionProblemText)
        case .verdict: plan = try ReportPaper.plan(facts, subject: .verdict, problemText: c.electionProblemText)
        case .decrees: plan = try DecreePaper.plan(facts)
        case .invitation: plan = try InvitationPaper.plan(facts)
        case .boardDecree(let termId):
            guard let term = try data.board.term(id: termId) else { throw PaperRefusal.noSuchTerm }
            plan = try BoardDecreePaper.plan(term: term, data: data)
            folder = "SK"
        }
        return try PaperIssuer.issue(plan, format: format, to: nil, folderSeries: folder, data: data)
    }

    mutating func loadDocuments(_ context: AppContext) {
        do {
            documents = try context.data.musda.documents(musdaId: musdaId)
        } catch {
            context.fail(error)
        }
    }
}
