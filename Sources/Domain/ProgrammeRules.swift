/// The rules of programmes, their targets and realisation, and of reported figures (issue:
/// Program Kerja). Pure: the store gathers the facts and refuses on any error.
public enum ProgrammeRules {
    /// A title; a period inside the term with its end not before its start; an origin in an
    /// earlier term. `origin` is the term of the programme carried on, when there is one.
    public static func check(_ p: Programme, term: Term, originTerm: Term?) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if p.title.trimmingSpaces.isEmpty { issues.append(.required(.programmeTitle)) }
        if let start = p.startsOn, start < term.start || term.end.map({ start > $0 }) == true {
            issues.append(.outsideTerm(.programmeStart))
        }
        if let end = p.endsOn {
            if end < (p.startsOn ?? term.start) {
                issues.append(.dateBefore(.programmeEnd, reference: .programmeStart))
            } else if term.end.map({ end > $0 }) == true {
                issues.append(.outsideTerm(.programmeEnd))
            }
        }
        if let originTerm, !(originTerm.start < term.start) { issues.append(.originNotEarlier) }
        return issues
    }

    /// A description; a numeric target aims at a number above 0.
    public static func check(_ t: Target) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if t.description.trimmingSpaces.isEmpty { issues.append(.required(.targetDescription)) }
        if t.kind == .numeric {
            switch t.value {
            case nil: issues.append(.required(.targetValue))
            case let v? where v < 0: issues.append(.negative(.targetValue))
            case 0?: issues.append(.notPositive(.targetValue))
            default: break
            }
        }
        return issues
    }

    /// Within the programme's period (its own start and end, else the term's), not in the
    /// future; a count above 0 (a milestone: 0 or 1).
    public static func check(_ r: Realisation, target: Target, programmeStart: LocalDate, programmeEnd: LocalDate?,
                             today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if r.date < programmeStart { issues.append(.dateBefore(.realisationDate, reference: .programmeStart)) }
        if let end = programmeEnd, r.date > end { issues.append(.dateAfter(.realisationDate, reference: .programmeEnd)) }
        if r.date > today { issues.append(.dateInFuture(.realisationDate)) }
        switch target.kind {
        case .numeric:
            if r.value < 0 { issues.append(.negative(.realisationValue)) } else if r.value == 0 { issues.append(.notPositive(.realisationValue)) }
        case .milestone:
            if !(0...1).contains(r.value) { issues.append(.milestoneValue) }
        }
        return issues
    }

    /// Counts are never negative, parts need their total, and the as-of date is not in the
    /// future. A total that differs from the sum of its parts is NOT an issue: it is kept as
    /// reported and warned about (`ReportedFigure.discrepancy`).
    public static func check(_ f: ReportedFigure, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let asOf = f.asOf, asOf > today { issues.append(.dateInFuture(.figureAsOf)) }
        if let total = f.total, total < 0 { issues.append(.negative(.figureTotal)) }
        if f.parts.contains(where: { ($0.value ?? 0) < 0 }) { issues.append(.negative(.figurePart)) }
        if f.total == nil, f.parts.contains(where: { $0.value != nil }) { issues.append(.partsWithoutTotal) }
        return issues
    }

    /// An activity's title; a year from IPSPI's founding (1998) to five years ahead (one can be
    /// planned); its date in that year; its figure's rules.
    public static func check(_ a: Activity, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if a.title.trimmingSpaces.isEmpty { issues.append(.required(.activityTitle)) }
        if !(1998...(today.year + 5)).contains(a.year) { issues.append(.yearOutOfRange(.activityYear)) }
        if let date = a.date, date.year != a.year { issues.append(.dateNotInYear) }
        if let figure = a.participants { issues += check(figure, today: today) }
        return issues
    }

    /// A participant's certificate: only with the result kompeten; an expiry needs its number
    /// and does not fall before the activity's year.
    public static func check(_ p: Participation, activityYear: Int) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let hasNumber = !(p.certificateNumber ?? "").trimmingSpaces.isEmpty
        if hasNumber, p.result != .kompeten { issues.append(.certificateWithoutCompetence) }
        if let expiry = p.expiresOn {
            if !hasNumber { issues.append(.required(.certificateNumber)) }
            if expiry.year < activityYear { issues.append(.yearOutOfRange(.certificateExpiry)) }
        }
        return issues
    }
}
