import Documents
import Storage
import TerminalUI

/// How one paper is made, whatever screen asks: the format comes last, so the screen hands
/// over a maker that reads the record and writes the file off the loop.
struct PaperJob: Sendable {
    let make: @Sendable (PaperFormat) throws -> IssuedPaper
}

enum PaperPrintingMessage {
    case formatChosen(String, PaperJob)
    case docxInstead(PaperJob)
    case issued(Result<IssuedPaper, Error>, PaperJob, PaperFormat)
}

/// The steps every screen with papers behind it shares (issue 15): choose a format, make the
/// paper off the loop (a PDF takes LibreOffice seconds), say where it went; a PDF where
/// LibreOffice is missing offers a DOCX instead. Screens route `PaperPrintingMessage` here.
enum PaperPrinting {
    static let job = "paper"

    static func chooseFormat(_ job: PaperJob, _ c: Catalog) -> Command {
        .present(ChooserModal(title: c.documents.formatTitle, items: PaperFormat.allCases.map(c.documents.formatName), catalog: c),
                 then: { PaperPrintingMessage.formatChosen($0, job) })
    }

    /// The next step; `made` is the paper when one was just made (the screen reloads its list).
    static func receive(_ message: PaperPrintingMessage, busy: inout Bool, _ context: AppContext) -> (command: Command, made: IssuedPaper?) {
        let c = context.catalog
        switch message {
        case .formatChosen(let name, let job):
            guard let format = PaperFormat.allCases.first(where: { c.documents.formatName($0) == name }) else { return (.none, nil) }
            return (make(job, format: format, busy: &busy, context), nil)
        case .docxInstead(let job):
            return (make(job, format: .docx, busy: &busy, context), nil)
        case .issued(let result, let job, let format):
            busy = false
            switch result {
            case .success(let paper):
                context.succeed(c.documents.made(paper, databasePath: context.data.path))
                return (.none, paper)
            case .failure(PaperFileError.libreOfficeMissing) where format == .pdf:
                context.clearMessage()
                // Making a DOCX instead is harmless and what was wanted: Enter says yes.
                let ask = ConfirmModal(dialog: ConfirmDialog(title: c.documents.noLibreOfficeTitle, message: c.documents.noLibreOfficeAsk,
                                                             buttons: [DialogButton(c.yes, hotkey: c.yesHotkey), DialogButton(c.no, hotkey: c.noHotkey)],
                                                             selected: 0))
                return (.present(ask, then: { $0 == .chosen(0) ? PaperPrintingMessage.docxInstead(job) : nil }), nil)
            case .failure(let error):
                context.refuse(error)
                return (.none, nil)
            }
        }
    }

    private static func make(_ job: PaperJob, format: PaperFormat, busy: inout Bool, _ context: AppContext) -> Command {
        busy = true
        context.inform(context.catalog.documents.making(context.catalog.documents.formatName(format)))
        return .run(id: Self.job, job: { _ in try job.make(format) }, then: { result in
            PaperPrintingMessage.issued(result.flatMap { value in
                (value as? IssuedPaper).map { .success($0) } ?? .failure(StoreError.database("no paper"))
            }, job, format)
        })
    }
}
