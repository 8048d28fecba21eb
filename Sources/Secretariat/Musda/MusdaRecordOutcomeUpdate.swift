import Domain
import Storage
import TerminalUI

/// Answers of the outcome tabs' modals.
enum OutcomeMessage {
    case saved(String)
    case verdictChosen(String)
    case verdictNote(String, LPJ.Verdict)
    case verdictConfirmed(ConfirmModal.Result, LPJ.Verdict, note: String)
    case candidatePicked(PersonMatch)
    case ineligibleReason(String, personId: Int64)
    case votesTyped(String, personId: Int64)
    case methodChosen(String)
    case acclamationReason(String)
    case officeTyped(String)
    case declareConfirmed(ConfirmModal.Result, personId: Int64)
    case removeCandidateConfirmed(ConfirmModal.Result, personId: Int64)
    case witnessChosen(String)
    case formaturPicked(PersonMatch)
    case deadlineChosen(LocalDate)
    case undoConfirmed(ConfirmModal.Result)
    case handoverClosed
}

extension MusdaRecordScreen {
    mutating func performOutcome(_ action: Action, _ context: AppContext) -> Command {
        let c = context.catalog
        let o = c.outcome
        switch action {
        case .editReport:
            guard let musda else { return .none }
            do {
                let terms = try context.data.board.terms()
                return .present(ReportFormModal(lpj: outcome.lpj, musda: musda, terms: terms, sessions: sessions, catalog: c),
                                then: { OutcomeMessage.saved($0) })
            } catch {
                context.fail(error)
            }
        case .verdict:
            if outcome.lpj?.verdict != nil { context.fail(c.issueText(.verdictAlreadyRecorded)); return .none }
            guard session != nil else { context.inform(c.musda.noSession); return .none }
            return .present(ChooserModal(title: o.verdictTitle, items: LPJ.Verdict.allCases.map(o.verdictName), catalog: c),
                            then: { OutcomeMessage.verdictChosen($0) })
        case .addCandidate:
            if outcome.election?.isDecided == true { context.fail(c.issueText(.electionDecided)); return .none }
            return .present(PersonPickerModal(title: o.candidateTitle, catalog: c), then: { OutcomeMessage.candidatePicked($0) })
        case .votes:
            guard let row = selectedCandidate else { context.inform(c.issueText(.noCandidates)); return .none }
            guard outcome.election?.method == .vote else { context.inform(o.noVotesInAcclamation); return .none }
            if outcome.election?.isDecided == true { context.fail(c.issueText(.electionDecided)); return .none }
            guard let election = outcome.election else { return .none }
            // Refused in place, the typed figure kept: a number that is not one, or a count the
            // ballots cannot hold.
            let validate = { (text: String) -> String? in
                if text.isEmpty { return nil }
                guard let votes = Int(text) else { return o.votesInvalid }
                var trial = election
                if let i = trial.candidates.firstIndex(where: { $0.personId == row.candidate.personId }) { trial.candidates[i].votes = votes }
                return trial.refusals().first.map(c.issueText)
            }
            return .present(TextPromptModal(title: o.votesTitle(row.name), label: c.fieldLabel(.votes),
                                            text: row.candidate.votes.map(String.init) ?? "", catalog: c, maxLength: 6, allowsEmpty: true,
                                            validate: validate),
                            then: { OutcomeMessage.votesTyped($0, personId: row.candidate.personId) })
        case .counts:
            let election = ensuredElection(c)
            if election.isDecided { context.fail(c.issueText(.electionDecided)); return .none }
            guard election.method == .vote else { context.inform(o.noVotesInAcclamation); return .none }
            return .present(CountsFormModal(election: election, delegatesPresent: outcome.delegatesPresent, catalog: c),
                            then: { OutcomeMessage.saved($0) })
        case .method:
            if outcome.election?.isDecided == true { context.fail(c.issueText(.electionDecided)); return .none }
            return .present(ChooserModal(title: o.methodTitle, items: Election.Method.allCases.map(o.methodName), catalog: c),
                            then: { OutcomeMessage.methodChosen($0) })
        case .office:
            if outcome.election?.isDecided == true { context.fail(c.issueText(.electionDecided)); return .none }
            return .present(TextPromptModal(title: o.officeTitle, label: o.labelOffice, text: ensuredElection(c).office, catalog: c,
                                            maxLength: 200),
                            then: { OutcomeMessage.officeTyped($0) })
        case .declare:
            guard let election = outcome.election, !election.candidates.isEmpty, let row = selectedCandidate else {
                context.fail(c.issueText(.noCandidates))
                return .none
            }
            if election.isDecided { context.fail(c.issueText(.electionDecided)); return .none }
            let refusals = election.declarationRefusals(electing: row.candidate.personId)
            guard refusals.isEmpty else { context.fail(refusals.map(c.issueText).joined(separator: " ")); return .none }
            // What would not add up once this candidate is elected (a winner with fewer votes), said before the number is given.
            var declared = election
            for i in declared.candidates.indices { declared.candidates[i].elected = declared.candidates[i].personId == row.candidate.personId }
            let question = o.declareQuestion(name: row.name, office: election.office, session: session?.title,
                                             time: context.data.timeOfDay.description,
                                             warnings: declared.problems(votingDelegates: outcome.delegatesPresent).map(c.electionProblemText))
            let noQuorum = lostQuorum(sessionId: session?.id, context).map { [c.musda.noQuorumWarning($0)] } ?? []
            return .present(ConfirmModal.yesNo(title: o.declareTitle, message: question + noQuorum, catalog: c),
                            then: { OutcomeMessage.declareConfirmed($0, personId: row.candidate.personId) })
        case .witness:
            guard let session else { context.inform(c.musda.noSession); return .none }
            do {
                let present = try context.data.musda.attendees(musdaId: musdaId, sessionId: session.id!)
                    .filter { $0.isPresent && !$0.isErased }.map(\.name)
                guard !present.isEmpty else { context.inform(c.musda.nobodyPresent); return .none }
                return .present(ChooserModal(title: o.witnessTitle, items: present, catalog: c), then: { OutcomeMessage.witnessChosen($0) })
            } catch {
                context.fail(error)
            }
        case .removeCandidate:
            guard let election = outcome.election, let row = selectedCandidate else { context.inform(c.issueText(.noCandidates)); return .none }
            if election.isDecided { context.fail(c.issueText(.electionDecided)); return .none }
            // Asked first: the candidate's typed votes go with them.
            return .present(ConfirmModal.yesNo(title: o.removeCandidateTitle,
                                               message: o.removeCandidateQuestion(row.name, votes: row.candidate.votes), catalog: c),
                            then: { OutcomeMessage.removeCandidateConfirmed($0, personId: row.candidate.personId) })
        case .addFormatur:
            return .present(PersonPickerModal(title: o.formaturTitle, catalog: c), then: { OutcomeMessage.formaturPicked($0) })
        case .removeFormatur:
            guard outcome.formatur.indices.contains(selected) else { return .none }
            let row = outcome.formatur[selected]
            var ids = outcome.formatur.map(\.personId)
            ids.remove(at: selected)
            setFormatur(ids, context, done: o.memberRemoved(row.name))
        case .deadline:
            guard let musda else { return .none }
            // The deadline is kept with the members: there is none to keep it on yet.
            guard !outcome.formatur.isEmpty else { context.inform(o.membersFirst); return .none }
            return .present(DeadlineFormModal(deadline: outcome.deadline ?? musda.date.adding(days: 14), earliest: musda.date, catalog: c),
                            then: { OutcomeMessage.deadlineChosen($0) })
        case .handover:
            guard let musda else { return .none }
            if outcome.handover != nil { context.fail(c.issueText(.alreadyHandedOver)); return .none }
            if let opened = musda.opensTermId { context.inform(o.termOpened(termNames[opened] ?? "")); return .none }
            guard let elected = outcome.election?.elected else { context.fail(c.issueText(.noElectedChair)); return .none }
            guard let outgoing = outcome.lpj?.termId ?? musda.closesTermId else { context.fail(o.noOutgoingTerm); return .none }
            return .push(HandoverScreen(musda: musda, outgoingTermId: outgoing, chairPersonId: elected.personId,
                                        chairName: outcome.electedName ?? "", years: outcome.termYears),
                         then: { _ in OutcomeMessage.handoverClosed })
        case .undoHandover:
            guard let handover = outcome.handover else { context.inform(o.noHandover); return .none }
            return .present(ConfirmModal.yesNo(title: o.undoTitle, message: o.undoQuestion(handover.newTermName), catalog: c),
                            then: { OutcomeMessage.undoConfirmed($0) })
        default:
            break
        }
        return .none
    }

    mutating func receiveOutcome(_ message: OutcomeMessage, _ context: AppContext) -> Command {
        let c = context.catalog
        let o = c.outcome
        switch message {
        case .saved(let text):
            reload(context)
            context.succeed(text)
        case .verdictChosen(let name):
            guard let verdict = LPJ.Verdict.allCases.first(where: { o.verdictName($0) == name }) else { break }
            return .present(TextPromptModal(title: o.verdictNoteTitle(name), label: c.fieldLabel(.verdictNote), text: "", catalog: c,
                                            maxLength: 1000, allowsEmpty: true),
                            then: { OutcomeMessage.verdictNote($0, verdict) })
        case .verdictNote(let note, let verdict):
            let term = outcome.lpjTermName ?? "–"
            let noQuorum = lostQuorum(sessionId: session?.id, context).map { [c.musda.noQuorumWarning($0)] } ?? []
            return .present(ConfirmModal.yesNo(title: o.verdictTitle,
                                               message: o.verdictQuestion(o.verdictName(verdict), term: term, session: session?.title ?? "")
                                                   + noQuorum,
                                               catalog: c),
                            then: { OutcomeMessage.verdictConfirmed($0, verdict, note: note) })
        case .verdictConfirmed(.chosen(0), let verdict, let note):
            let decision = Decision(musdaId: musdaId, sessionId: session?.id, number: nil,
                                    title: o.verdictDecisionTitle(verdict, term: outcome.lpjTermName ?? ""),
                                    text: note.nonBlank)
            do {
                let adopted = try context.data.musda.recordVerdict(musdaId: musdaId, verdict: verdict, note: note, sessionId: session?.id,
                                                                   decision: decision)
                reload(context)
                context.succeed(o.verdictRecorded(o.verdictName(verdict), number: formatted(adopted), term: outcome.lpjTermName ?? ""))
            } catch {
                context.refuse(error)
            }
        case .verdictConfirmed:
            break
        case .candidatePicked(let person):
            if outcome.candidates.contains(where: { $0.candidate.personId == person.personId }) {
                context.inform(o.alreadyCandidate(person.name))
                return .none
            }
            if addCandidate(person.personId, name: person.name, reason: nil, context) {
                return .present(TextPromptModal(title: o.ineligibleTitle(person.name), label: c.fieldLabel(.ineligibleReason), text: "",
                                                catalog: c, maxLength: 300),
                                then: { OutcomeMessage.ineligibleReason($0, personId: person.personId) })
            }
        case .ineligibleReason(let reason, let personId):
            let name = (try? context.data.people.person(id: personId)?.name) ?? ""
            _ = addCandidate(personId, name: name, reason: reason, context)
        case .votesTyped(let text, let personId):
            guard var election = outcome.election, let i = election.candidates.firstIndex(where: { $0.personId == personId }) else { break }
            election.candidates[i].votes = Int(text)
            save(election, context, done: o.votesSaved)
        case .methodChosen(let name):
            guard let method = Election.Method.allCases.first(where: { o.methodName($0) == name }) else { break }
            if method == .acclamation {
                return .present(TextPromptModal(title: o.acclamationTitle, label: c.fieldLabel(.acclamationReason),
                                                text: outcome.election?.acclamationReason ?? "", catalog: c, maxLength: 300),
                                then: { OutcomeMessage.acclamationReason($0) })
            }
            var election = ensuredElection(c)
            election.method = .vote
            election.acclamationReason = nil
            save(election, context, done: o.methodSaved(name))
        case .acclamationReason(let reason):
            var election = ensuredElection(c)
            election.method = .acclamation
            election.acclamationReason = reason
            for i in election.candidates.indices { election.candidates[i].votes = nil }
            election.ballots = nil
            election.abstentions = nil
            election.invalidBallots = nil
            save(election, context, done: o.methodSaved(o.methodName(.acclamation)))
        case .officeTyped(let office):
            var election = ensuredElection(c)
            election.office = office
            save(election, context, done: o.officeSaved)
        case .declareConfirmed(.chosen(0), let personId):
            guard let election = outcome.election, let row = outcome.candidates.first(where: { $0.candidate.personId == personId }) else { break }
            let decision = Decision(musdaId: musdaId, sessionId: session?.id, number: nil, title: o.electionDecisionTitle(election.office),
                                    text: o.electionDecisionText(name: row.name, office: election.office, method: election.method,
                                                                 votes: row.candidate.votes))
            do {
                let adopted = try context.data.musda.declare(electionId: election.id!, personId: personId, sessionId: session?.id,
                                                             at: context.data.timeOfDay, decision: decision)
                reload(context)
                context.succeed(o.declared(row.name, number: formatted(adopted)))
            } catch {
                context.refuse(error)
            }
        case .declareConfirmed:
            break
        case .removeCandidateConfirmed(.chosen(0), let personId):
            guard var election = outcome.election, let row = outcome.candidates.first(where: { $0.candidate.personId == personId }) else { break }
            election.candidates.removeAll { $0.personId == personId }
            save(election, context, done: o.candidateRemoved(row.name))
        case .removeCandidateConfirmed:
            context.inform(o.candidateKept)
        case .witnessChosen(let name):
            guard let session else { break }
            do {
                let people = try context.data.musda.attendees(musdaId: musdaId, sessionId: session.id!)
                guard let person = people.first(where: { $0.name == name })?.attendance.personId else { break }
                var election = ensuredElection(c)
                let removing = election.witnesses.contains(person)
                if removing { election.witnesses.removeAll { $0 == person } } else { election.witnesses.append(person) }
                save(election, context, done: removing ? o.witnessRemoved(name) : o.witnessAdded(name))
            } catch {
                context.fail(error)
            }
        case .formaturPicked(let person):
            var ids = outcome.formatur.map(\.personId)
            guard !ids.contains(person.personId) else { context.inform(o.alreadyMember(person.name)); break }
            // The chair-elect leads the formatur (DOMAIN.md §4): added first when missing.
            if let chair = outcome.election?.elected?.personId, !ids.contains(chair), chair != person.personId { ids.insert(chair, at: 0) }
            ids.append(person.personId)
            setFormatur(ids, context, done: o.memberAdded(person.name))
        case .deadlineChosen(let date):
            setFormatur(outcome.formatur.map(\.personId), context, deadline: date, done: o.deadlineSaved(c.longDate(date)))
        case .undoConfirmed(.chosen(0)):
            do {
                try context.data.musda.undoHandover(musdaId: musdaId)
                reload(context)
                context.succeed(o.undone)
            } catch {
                context.refuse(error)
            }
        case .undoConfirmed:
            break
        case .handoverClosed:
            reload(context)
        }
        return .none
    }

    // MARK: Helpers

    var selectedCandidate: OutcomeState.CandidateRow? {
        tab == .election && outcome.candidates.indices.contains(selected) ? outcome.candidates[selected] : nil
    }

    /// The Musda's election, or a new one for the default office.
    func ensuredElection(_ c: Catalog) -> Election {
        outcome.election ?? Election(musdaId: musdaId, office: defaultOffice(c), method: .vote, candidates: [])
    }

    private func formatted(_ decision: Decision) -> String {
        musda.flatMap { decision.documentNumber(in: $0)?.formatted(numberPattern) } ?? ""
    }

    private mutating func save(_ election: Election, _ context: AppContext, done: String) {
        do {
            try context.data.musda.save(election)
            reload(context)
            context.succeed(done)
        } catch {
            context.refuse(error)
        }
    }

    /// Adds a candidate. True when they are not an active member and stand only with a reason:
    /// the warning is shown, and the caller asks for the reason.
    private mutating func addCandidate(_ personId: Int64, name: String, reason: String?, _ context: AppContext) -> Bool {
        let c = context.catalog
        do {
            try context.data.musda.addCandidate(musdaId: musdaId, office: ensuredElection(c).office, personId: personId,
                                                ineligibleReason: reason)
            reload(context)
            if let i = outcome.candidates.firstIndex(where: { $0.candidate.personId == personId }) { select(i) }
            context.succeed(c.outcome.candidateAdded(name))
        } catch StoreError.needsOverride(let warnings) {
            context.inform(warnings.map(c.issueText).joined(separator: " ") + " " + c.outcome.reasonNeeded)
            return true
        } catch {
            context.refuse(error)
        }
        return false
    }

    private mutating func setFormatur(_ ids: [Int64], _ context: AppContext, deadline: LocalDate? = nil, done: String) {
        guard let musda else { return }
        let chair = outcome.election?.elected?.personId
        do {
            try context.data.musda.setFormatur(musdaId: musdaId, personIds: ids, chairElect: chair,
                                               deadline: deadline ?? outcome.deadline ?? musda.date.adding(days: 14))
            reload(context)
            context.succeed(done)
        } catch {
            context.refuse(error)
        }
    }
}
