import Domain
import Foundation
import Storage
import TerminalUI

/// Musda › Notulen › a session: the minutes typed live, never lost.
///
/// What is typed goes to the drafts table off the loop, a second after the first unsaved key
/// (so also at least every second while typing goes on), with no audit row; on a hang-up or
/// SIGTERM it is written before the process ends. Reopened after a crash, the typing is simply
/// there, with a line saying so. F2 or Esc saves the minutes (one audited change) and drops the
/// draft. Ctrl-T inserts the time, Ctrl-P a speaker from the session's attendance.
struct MinutesEditorScreen: Screen {
    static let draftKind = "notulen"
    /// Milliseconds from the first unsaved key to the autosave.
    static let autosaveDelay: Int64 = 1000
    static let autosaveJob = "autosave"

    /// Seconds between two looks at someone else's typing, in the read-only view.
    static let refreshDelay: Int64 = 3000

    enum Message {
        case refresh
        case autosaveDue
        case autosaved(Date)
        case autosaveFailed(Error)
        case speakerChosen(String)
    }

    let musda: Musda
    let session: MusdaSession
    var area = TextArea(maxLength: 1_000_000)
    /// The saved text, to know whether anything changed.
    var saved = ""
    var finalised = false
    /// Typed since the last autosave was started.
    var dirty = false
    var autosaveScheduled = false
    var autosavedAt: Date?
    var recoveredAt: Date?
    var quorum: SessionQuorum?
    var speakers: [String] = []
    var loaded = false
    /// Someone else is typing these minutes (another operator, or another window): shown
    /// read-only, refreshed every few seconds, with who it is.
    var typist: String?

    init(musda: Musda, session: MusdaSession) {
        self.musda = musda
        self.session = session
    }

    var recordKey: String { String(session.id!) }

    func title(_ catalog: Catalog) -> String { catalog.musda.editorTitle }

    func headerStatus(_ catalog: Catalog) -> String? {
        catalog.musda.lineOf(area.lineNumber, area.lineCount)
    }

    var capturesText: Bool { !isReadOnly }
    var isReadOnly: Bool { finalised || typist != nil }
    var hasUnsavedChanges: Bool { area.text != saved }
}
