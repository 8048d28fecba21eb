import Domain
import Storage
import TerminalUI

/// After the file is read: what it goes into (anggota, sensus, alumni), who sent it (the
/// mapping is remembered by this name) and, for a workbook, which sheet.
struct ImportSetupModal: FormDialog {
    struct Setup: Hashable, Sendable {
        var target: ImportTarget
        var source: String
        var sheet: String?
    }
    typealias Result = Setup
    enum FieldID: Hashable, Sendable { case target, source, sheet }

    let sheets: [String]
    /// What the file may go into: the import targets, or only `dpp` for a reconciliation.
    let targets: [ImportTarget]
    var form: Form<FieldID>
    var problem: String?

    init(setup: Setup, sheets: [String], targets: [ImportTarget] = ImportTarget.importable, catalog c: Catalog) {
        self.sheets = sheets
        self.targets = targets
        var fields = [
            FormField(FieldID.target, label: c.census.labelTarget,
                      input: .choice(ChoiceField(targets.map(c.census.targetName), selected: targets.firstIndex(of: setup.target))),
                      required: true),
            FormField(.source, label: c.census.labelSource, input: .text(TextField(setup.source, maxLength: 120)), required: true),
        ]
        if sheets.count > 1 {
            fields.append(FormField(.sheet, label: c.census.labelSheet,
                                    input: .choice(ChoiceField(sheets, selected: setup.sheet.flatMap(sheets.firstIndex(of:)) ?? 0)),
                                    required: true))
        }
        form = Form(fields)
    }

    mutating func submit(_ context: AppContext) -> Command {
        guard let source = form.trimmedText(.source) else {
            problem = context.catalog.census.sourceRequired
            return .none
        }
        let sheet = sheets.count > 1 ? sheets[form[.sheet]?.choice ?? 0] : sheets.first
        return .dismiss(Setup(target: targets[form[.target]?.choice ?? 0], source: source, sheet: sheet))
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        FormModalChrome.draw(form, title: targets == [.dpp] ? context.catalog.reconcile.setupTitle : context.catalog.census.setupTitle, problem: problem, in: rect, on: &buffer,
                             catalog: context.catalog)
    }
}
