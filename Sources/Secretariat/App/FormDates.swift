import Domain
import TerminalUI

/// Dates between the toolkit's `DateField` (no domain types) and the domain's `LocalDate`.
enum FormDates {
    static func field(_ date: LocalDate?, optional: Bool, catalog c: Catalog) -> DateField {
        DateField(date.map { DateField.Value(year: $0.year, month: $0.month, day: $0.day) }, isOptional: optional, mask: c.dateMask)
    }

    /// Years a secretariat's date can fall in. Outside them the date was surely misread:
    /// `2010-12-05` typed into HH-BB-TTTT reads as day 20, month 10, year 1205.
    static let plausibleYears = 1900...2100

    /// The typed date, nil when empty; the worded problem when typed but not a date, or a
    /// date whose year cannot be meant.
    static func read(_ field: DateField?, catalog c: Catalog) -> Result<LocalDate?, DateProblem> {
        guard let field else { return .success(nil) }
        switch field.problem {
        case .incomplete?: return .failure(DateProblem(text: c.dateIncomplete))
        case .invalid?: return .failure(DateProblem(text: c.dateInvalid))
        case .required?, nil:
            guard let v = field.value else { return .success(nil) }
            guard plausibleYears.contains(v.year) else { return .failure(DateProblem(text: c.dateYearImplausible(v.year))) }
            return .success(LocalDate(year: v.year, month: v.month, day: v.day))
        }
    }

    struct DateProblem: Error { let text: String }
}
