import Domain
import Storage
import TerminalUI

/// Adds or edits a work programme: title, bidang (of its term), status, period (empty: the
/// term's), the programme of an earlier term it carries on, and a description. Refusals show
/// under their field. Dismissed with the saved programme's id.
struct ProgrammeFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case title, department, status, start, end, origin, description }

    let original: Programme?
    let termId: Int64
    let departments: [Department]
    let origins: [ProgrammeLink]
    var form: Form<FieldID>
    var problem: String?

    /// Reads the term's bidang and the programmes of earlier terms for the choices.
    static func make(programme: Programme?, term: Term, context: AppContext) -> ProgrammeFormModal {
        let data = context.data
        let departments = (try? data.board.departments(termId: term.id!)) ?? []
        let origins = (try? data.programmes.links(termsStartingBefore: term.start)) ?? []
        return ProgrammeFormModal(programme: programme, termId: term.id!, departments: departments, origins: origins,
                                  catalog: context.catalog)
    }

    init(programme: Programme?, termId: Int64, departments: [Department], origins: [ProgrammeLink], catalog c: Catalog) {
        original = programme
        self.termId = termId
        self.departments = departments
        self.origins = origins
        let p = programme
        let statuses = Programme.Status.allCases
        form = Form([
            FormField(.title, label: c.work.labelTitle, input: .text(TextField(p?.title ?? "", maxLength: 200)), required: true),
            FormField(.department, label: c.work.labelDepartment,
                      input: .choice(ChoiceField([c.work.noDepartment] + departments.map(\.name),
                                                 selected: (departments.firstIndex { $0.id == p?.departmentId }).map { $0 + 1 } ?? 0))),
            FormField(.status, label: c.work.labelStatus,
                      input: .choice(ChoiceField(statuses.map(c.work.statusName), selected: statuses.firstIndex(of: p?.status ?? .rencana))),
                      required: true),
            FormField(.start, label: c.work.labelStart, input: .date(FormDates.field(p?.startsOn, optional: true, catalog: c))),
            FormField(.end, label: c.work.labelEnd, input: .date(FormDates.field(p?.endsOn, optional: true, catalog: c))),
            FormField(.origin, label: c.work.labelOrigin,
                      input: .choice(ChoiceField([c.work.noDepartment] + origins.map { "\($0.title) (\($0.termName))" },
                                                 selected: (origins.firstIndex { $0.id == p?.carriedFromId }).map { $0 + 1 } ?? 0))),
            FormField(.description, label: c.work.labelDescription, input: .text(TextField(p?.description ?? "", maxLength: 500))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let start = form.date(.start, catalog: c), let end = form.date(.end, catalog: c) else { return .none }
        var p = original ?? Programme(termId: termId, title: "", status: .rencana)
        p.title = form.trimmedText(.title) ?? ""
        let department = (form[.department]?.choice ?? 0) - 1
        p.departmentId = departments.indices.contains(department) ? departments[department].id : nil
        p.status = Programme.Status.allCases[form[.status]?.choice ?? 0]
        p.startsOn = start
        p.endsOn = end
        let origin = (form[.origin]?.choice ?? 0) - 1
        p.carriedFromId = origins.indices.contains(origin) ? origins[origin].id : nil
        p.description = form.trimmedText(.description)
        do {
            return .dismiss(try context.data.programmes.save(p))
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.programmeTitle: .title, .programmeStart: .start, .programmeEnd: .end], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.work.addProgrammeTitle : c.work.editProgrammeTitle,
                                    intro: [(c.work.periodHint, .dim)], problem: problem, width: 78, in: rect, on: &buffer, catalog: c)
    }
}
