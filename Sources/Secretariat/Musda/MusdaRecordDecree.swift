import Documents
import Domain
import Storage
import TerminalUI

/// A decision's Menimbang and Mengingat (issue 15): `m` on the Keputusan tab edits both, as
/// points separated by `;`, starting from what the decree would print now. Kept as typed;
/// text equal to the default is stored as "the default", so a changed setting still reaches it.
extension MusdaRecordScreen {
    enum DecreeMessage {
        case considering(String, decision: Decision)
        case legalBasis(String, decision: Decision)
    }

    mutating func editDecree(_ context: AppContext) -> Command {
        let c = context.catalog
        // A stored decision, adopted or still a draft (its decree can be prepared before the vote).
        guard decisions.indices.contains(selected), decisions[selected].stored else {
            context.inform(c.documents.pickAdoptedDecision)
            return .none
        }
        let decision = decisions[selected].decision
        do {
            let text = try DecreeTexts(decision, musdaId: musdaId, data: context.data)
            return .present(TextPromptModal(title: c.documents.consideringTitle(decision.title), label: c.documents.pointsLabel,
                                            text: text.considering, catalog: c, maxLength: 1000, validate: Self.onePoint(c)),
                            then: { DecreeMessage.considering($0, decision: decision) })
        } catch {
            context.fail(error)
            return .none
        }
    }

    /// Text of `;` alone is no point at all: a decree with no Menimbang or Mengingat is refused.
    static func onePoint(_ c: Catalog) -> (String) -> String? {
        { Organisation.points($0).isEmpty ? c.documents.needOnePoint : nil }
    }

    mutating func receiveDecree(_ message: DecreeMessage, _ context: AppContext) -> Command {
        let c = context.catalog
        do {
            switch message {
            case .considering(let typed, var decision):
                let text = try DecreeTexts(decision, musdaId: musdaId, data: context.data)
                decision.considering = typed == text.defaultConsidering ? nil : typed.nonBlank
                return .present(TextPromptModal(title: c.documents.legalBasisTitle(decision.title), label: c.documents.pointsLabel,
                                                text: text.legalBasis, catalog: c, maxLength: 1000, validate: Self.onePoint(c)),
                                then: { DecreeMessage.legalBasis($0, decision: decision) })
            case .legalBasis(let typed, var decision):
                let text = try DecreeTexts(decision, musdaId: musdaId, data: context.data)
                decision.legalBasis = typed == text.defaultLegalBasis ? nil : typed.nonBlank
                try context.data.musda.save(decision)
                try loadDecisions(context)
                context.succeed(c.documents.decreeSaved(decision.title))
            }
        } catch {
            context.refuse(error)
        }
        return .none
    }
}

/// A decision's Menimbang and Mengingat as one line of `;`-separated points: its own, and the
/// defaults the decree prints without them.
struct DecreeTexts {
    let considering: String
    let legalBasis: String
    let defaultConsidering: String
    let defaultLegalBasis: String

    init(_ decision: Decision, musdaId: Int64, data: any Repositories) throws {
        guard let musda = try data.musda.musda(id: musdaId) else { throw StoreError.notFound(entity: "musda", id: musdaId) }
        let facts = try MusdaFacts(musda: musda, data: data)
        defaultConsidering = DecreePaper.defaultConsidering(facts, decision).joined(separator: "; ")
        defaultLegalBasis = facts.organisation.legalBasis.joined(separator: "; ")
        considering = decision.considering ?? defaultConsidering
        legalBasis = decision.legalBasis ?? defaultLegalBasis
    }
}
