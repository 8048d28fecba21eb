import Domain
import Storage
import TerminalUI

/// Adds one traced graduate by hand: name, institution (STISIPOL Candradimuka or any other),
/// study programme, graduation year, whether they work as a social worker and where.
/// Dismissed with the new record's id.
struct AlumniFormModal: FormDialog {
    typealias Result = Int64
    enum FieldID: Hashable, Sendable { case name, institution, programme, year, practising, workplace }

    var form: Form<FieldID>
    var problem: String?

    static let defaultInstitution = "STISIPOL Candradimuka Palembang"
    static let defaultProgramme = "Ilmu Kesejahteraan Sosial"

    init(catalog c: Catalog, today: LocalDate) {
        form = Form([
            FormField(.name, label: c.census.fieldName(.name), input: .text(TextField("", maxLength: PersonValidator.maxNameLength)), required: true),
            FormField(.institution, label: c.census.fieldName(.institution),
                      input: .text(TextField(Self.defaultInstitution, maxLength: 160)), required: true),
            FormField(.programme, label: c.census.fieldName(.major), input: .text(TextField(Self.defaultProgramme, maxLength: 160))),
            FormField(.year, label: c.census.fieldName(.graduationYear),
                      input: .number(NumberField(nil, minimum: 1950, maximum: today.year, maxDigits: 4))),
            FormField(.practising, label: c.census.fieldName(.practising),
                      input: .choice(ChoiceField([c.census.unknownAnswer, c.yes, c.no], selected: 0))),
            FormField(.workplace, label: c.census.fieldName(.employer), input: .text(TextField("", maxLength: 200))),
        ])
    }

    mutating func submit(_ context: AppContext) -> Command {
        let c = context.catalog
        guard let name = form.trimmedText(.name) else { form.setError(c.issueText(.required(.name)), for: .name); return .none }
        guard let institution = form.trimmedText(.institution) else {
            form.setError(c.census.institutionRequired, for: .institution)
            return .none
        }
        let year = form[.year]?.number
        if let year, !(1950...context.data.today.year).contains(year) {
            form.setError(c.census.yearRange(context.data.today.year), for: .year)
            return .none
        }
        let answer = form[.practising]?.choice ?? 0
        let record = AlumniRecord(name: name, institution: institution, programme: form.trimmedText(.programme) ?? "",
                                  graduationYear: year, practising: answer == 0 ? nil : answer == 1,
                                  tracedOn: context.data.today, workplace: form.trimmedText(.workplace))
        do {
            return .dismiss(try context.data.census.save(record))
        } catch {
            context.fail(error)
            return .none
        }
    }

    func view(in rect: Rect, buffer: inout Buffer, context: ViewContext) -> Point? {
        FormModalChrome.draw(form, title: context.catalog.census.addAlumniTitle, problem: problem, in: rect, on: &buffer,
                             catalog: context.catalog)
    }
}
