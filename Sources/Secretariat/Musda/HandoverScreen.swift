import Domain
import Storage
import TerminalUI

/// Musda › Formatur › Serah terima (issue 12 ★): the new term, its Ketua and seats, and the
/// fate of each unfinished programme of the outgoing term, chosen here and applied in one
/// transaction. Nothing is written until F2 and the confirmation.
struct HandoverScreen: Screen {
    enum Message {
        case dropReason(String, programmeId: Int64)
        case confirmed(ConfirmModal.Result)
    }

    let musda: Musda
    let outgoingTermId: Int64
    let chairPersonId: Int64
    let chairName: String
    /// The new term: from the Musda's day, for the term length setting.
    let newTerm: Term
    var outgoingTermName = ""
    var seats = SeatSource.previousTerm
    /// The outgoing term's unfinished programmes not carried on yet, in list order.
    var programmes: [ProgrammeRow] = []
    var fates: [Int64: ProgrammeHandover] = [:]
    var cursor = ListCursor()
    var listHeight = 10

    init(musda: Musda, outgoingTermId: Int64, chairPersonId: Int64, chairName: String, years: Int) {
        self.musda = musda
        self.outgoingTermId = outgoingTermId
        self.chairPersonId = chairPersonId
        self.chairName = chairName
        newTerm = HandoverPlan.newTerm(from: musda.date, years: years)
    }

    func title(_ catalog: Catalog) -> String { catalog.outcome.handoverWord }

    var plan: HandoverPlan {
        HandoverPlan(musdaId: musda.id!, outgoingTermId: outgoingTermId, newTerm: newTerm, chairPersonId: chairPersonId, seats: seats,
                     programmes: fates)
    }

    var selectedProgramme: ProgrammeRow? { programmes.indices.contains(cursor.selected) ? programmes[cursor.selected] : nil }

    /// Lines above the list: the term, the Ketua, the seats, a blank, the list's title.
    static let linesAbove = 5
}
