import Domain
import Storage
import TerminalUI

/// Program Kerja › one activity: kind, date, place, level, programme and partners; the
/// participant figures exactly as reported (a total unlike its parts is warned about, never
/// corrected; what was not reported says so, never 0); and the participants known in the
/// register, members or not, with their results and certificates.
struct ActivityScreen: Screen {
    enum Message {
        case saved
        case figuresSaved(ReportedFigure)
        case personPicked(PersonMatch)
        case participantSaved
        case removeParticipant(Bool)
        case partnerChosen(String)
    }

    let activityId: Int64
    var record: ActivityRecord?
    var cursor = ListCursor()
    var listHeight = 5

    init(activityId: Int64) { self.activityId = activityId }

    func title(_ catalog: Catalog) -> String { record?.activity.title ?? catalog.sectionProgrammes }

    var participants: [ParticipantRow] { record?.participants ?? [] }
    var selectedParticipant: ParticipantRow? { participants.indices.contains(cursor.selected) ? participants[cursor.selected] : nil }

    func headerStatus(_ catalog: Catalog) -> String? {
        participants.isEmpty ? nil : "\(cursor.selected + 1)/\(participants.count)"
    }
}
