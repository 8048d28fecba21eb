import Domain
import TerminalUI

/// Dates between the toolkit's `DateField` (no domain types) and the domain's `LocalDate`.
enum FormDates {
    static func field(_ date: LocalDate?, optional: Bool, catalog c: Catalog) -> DateField {
        DateField(date.map { DateField.Value(year: $0.year, month: $0.month, day: $0.day) }, isOptional: optional, mask: c.dateMask)
    }

    /// The typed date, nil when empty; the worded problem when typed but not a date.
    static func read(_ field: DateField?, catalog c: Catalog) -> Result<LocalDate?, DateProblem> {
        guard let field else { return .success(nil) }
        switch field.problem {
        case .incomplete?: return .failure(DateProblem(text: c.dateIncomplete))
        case .invalid?: return .failure(DateProblem(text: c.dateInvalid))
        case .required?, nil: return .success(field.value.flatMap { LocalDate(year: $0.year, month: $0.month, day: $0.day) })
        }
    }

    struct DateProblem: Error { let text: String }
}
