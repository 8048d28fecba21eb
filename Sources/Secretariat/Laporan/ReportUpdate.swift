import Documents
import Domain
import Foundation
import Storage
import TerminalUI

extension ReportScreen {
    static let job = "report"

    mutating func update(_ event: ScreenEvent, context: AppContext) -> Command {
        switch event {
        case .opened:
            return load(context)
        case .resized(let s):
            size = s
            // Still within the rows after the change of size.
            top = min(top, max(0, rowCount - page))
        case .key(let key):
            guard let action = Self.keymap(context.catalog, mode: mode).action(for: key) else { return .ignored }
            return perform(action, key: key, context)
        case .message(let message as Message):
            return receive(message, context)
        default:
            break
        }
        return .none
    }

    private mutating func load(_ context: AppContext) -> Command {
        loading = true
        let data = context.data, kind = kind, c = context.catalog
        return .run(id: Self.job, job: { _ in try ReportBuilder.build(kind, data: data, catalog: c) }, then: { result in
            Message.loaded(result.flatMap { value in (value as? Report).map { .success($0) } ?? .failure(StoreError.database("no report")) })
        })
    }

    private mutating func perform(_ action: Action, key: Key, _ context: AppContext) -> Command {
        let c = context.catalog
        switch action {
        case .toggle:
            mode = mode == .chart ? .table : .chart
            top = 0
        case .scroll:
            if let move = ListMove(key) { scroll(move) }
        case .export:
            guard report != nil else { return .none }
            return .present(ChooserModal(title: c.reports.exportTitle, items: ReportFormat.allCases.map(c.reports.formatName), catalog: c),
                            then: { Message.formatChosen($0) })
        }
        return .none
    }

    private mutating func receive(_ message: Message, _ context: AppContext) -> Command {
        let c = context.catalog
        switch message {
        case .loaded(.success(let r)):
            report = r
            loading = false
        case .loaded(.failure(let error)):
            loading = false
            context.fail(error)
        case .formatChosen(let name):
            guard let report, let format = ReportFormat.allCases.first(where: { c.reports.formatName($0) == name }) else { return .none }
            let folder = URL(fileURLWithPath: context.data.path).deletingLastPathComponent()
            let relative = "dokumen/laporan/\(PaperIssuer.slug(report.title)).\(format.rawValue)"
            do throws(PaperFileError) {
                try PaperFile.writeText(ReportExport.render(report, format: format, notReported: c.reports.notReported),
                                        to: folder.appendingPathComponent(relative))
                context.succeed(c.reports.exported(relative))
            } catch {
                context.fail(c.documents.fileErrorText(error))
            }
        }
        return .none
    }
}
