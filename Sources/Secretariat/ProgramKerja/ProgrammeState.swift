import Domain
import Storage
import TerminalUI

/// Program Kerja › one programme: its term, bidang, status, period, the programme it carries on
/// and where it went, partners; its targets, each with a gauge; the selected target's
/// realisation entries, who entered them and on what evidence.
struct ProgrammeScreen: Screen {
    enum Message {
        case saved
        case targetSaved(Int64)
        case realised
        case removeTarget(Bool)
        case removeEntry(reason: String)
        case partnerChosen(String)
        case linkChosen(String)
    }

    let programmeId: Int64
    var record: ProgrammeRecord?
    var cursor = ListCursor()
    /// Rows the targets table shows; set by the last resize.
    var targetRows = 5

    init(programmeId: Int64) { self.programmeId = programmeId }

    func title(_ catalog: Catalog) -> String { record?.row.programme.title ?? catalog.sectionProgrammes }

    var targets: [TargetProgress] { record?.row.targets ?? [] }
    var selectedTarget: TargetProgress? { targets.indices.contains(cursor.selected) ? targets[cursor.selected] : nil }
    /// The origin first, then where it went.
    var links: [ProgrammeLink] { (record?.row.origin.map { [$0] } ?? []) + (record?.row.successors ?? []) }
}
