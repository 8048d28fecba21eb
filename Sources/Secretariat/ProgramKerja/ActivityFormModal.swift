import Domain
import Storage
import TerminalUI

/// Adds or edits an activity: kind, title, year, date, place, level and the programme it
/// belongs to. Its figures are edited apart (`FigureFormModal`), as reported. Dismissed with
/// the saved activity's id.
struct ActivityFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case kind, title, year, date, place, level, programme, note }

    let original: Activity?
    let programmes: [ProgrammeLink]
    var form: Form<FieldID>
    var problem: String?

    /// Reads every term's programmes for the choice, newest term first.
    static func make(activity: Activity?, context: AppContext) -> ActivityFormModal {
        let data = context.data
        let programmes = (try? data.programmes.links(termsStartingBefore: nil)) ?? []
        return ActivityFormModal(activity: activity, programmes: programmes, year: data.today.year, catalog: context.catalog)
    }

    init(activity: Activity?, programmes: [ProgrammeLink], year: Int, catalog c: Catalog) {
        original = activity
        self.programmes = programmes
        let a = activity
        let kinds = Activity.Kind.allCases, levels = CompetencyLevel.allCases
        form = Form([
            FormField(.kind, label: c.work.labelKind,
                      input: .choice(ChoiceField(kinds.map(c.activityKindName), selected: kinds.firstIndex(of: a?.kind ?? .competencyTest))),
                      required: true),
            FormField(.title, label: c.work.labelActivity, input: .text(TextField(a?.title ?? "", maxLength: 200)), required: true),
            FormField(.year, label: c.work.labelYear, input: .number(NumberField(a?.year ?? year, minimum: 1998, maximum: 2100, maxDigits: 4)),
                      required: true),
            FormField(.date, label: c.work.labelDate, input: .date(FormDates.field(a?.date, optional: true, catalog: c))),
            FormField(.place, label: c.work.labelPlace, input: .text(TextField(a?.place ?? "", maxLength: 160))),
            FormField(.level, label: c.work.labelLevel,
                      input: .choice(ChoiceField([c.work.noDepartment] + levels.map(c.competencyLevelName),
                                                 selected: (a?.level.flatMap { levels.firstIndex(of: $0) }).map { $0 + 1 } ?? 0))),
            FormField(.programme, label: c.work.labelProgramme,
                      input: .choice(ChoiceField([c.work.noDepartment] + programmes.map { "\($0.title) (\($0.termName))" },
                                                 selected: (programmes.firstIndex { $0.id == a?.programmeId }).map { $0 + 1 } ?? 0))),
            FormField(.note, label: c.work.labelNote, input: .text(TextField(a?.note ?? "", maxLength: 500))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let date = form.date(.date, catalog: c) else { return .none }
        guard let year = form[.year]?.number else { form.setError(c.issueText(.required(.activityYear)), for: .year); return .none }
        var a = original ?? Activity(kind: .competencyTest, title: "", year: year)
        a.kind = Activity.Kind.allCases[form[.kind]?.choice ?? 0]
        a.title = form.trimmedText(.title) ?? ""
        a.year = year
        a.date = date
        a.place = form.trimmedText(.place)
        let level = (form[.level]?.choice ?? 0) - 1
        a.level = CompetencyLevel.allCases.indices.contains(level) ? CompetencyLevel.allCases[level] : nil
        let programme = (form[.programme]?.choice ?? 0) - 1
        a.programmeId = programmes.indices.contains(programme) ? programmes[programme].id : nil
        a.note = form.trimmedText(.note)
        do {
            return .dismiss(try context.data.activities.save(a))
        } catch StoreError.invalid(let issues) {
            problem = form.show(issues, fields: [.activityTitle: .title, .activityYear: .year], catalog: c)
        } catch {
            context.fail(error)
        }
        return .none
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        let c = context.catalog
        return FormModalChrome.draw(form, title: original == nil ? c.work.addActivityTitle : c.work.editActivityTitle, problem: problem,
                                    width: 78, in: rect, on: &buffer, catalog: c)
    }
}
