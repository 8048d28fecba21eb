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

    /// Not before the programme starts (its own start, else the term's), not in the future,
    /// and a count of at least 0 (a milestone: 0 or 1).
    public static func check(_ r: Realisation, target: Target, programmeStart: LocalDate, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if r.date < programmeStart { issues.append(.dateBefore(.realisationDate, reference: .programmeStart)) }
        if r.date > today { issues.append(.dateInFuture(.realisationDate)) }
        if r.value < 0 { issues.append(.negative(.realisationValue)) }
        if target.kind == .milestone, r.value > 1 { issues.append(.milestoneValue) }
        return issues
    }

    /// Counts are never negative, and parts need their total. A total that differs from the
    /// sum of its parts is NOT an issue: it is kept as reported and warned about
    /// (`ReportedFigure.discrepancy`).
    public static func check(_ f: ReportedFigure) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let total = f.total, total < 0 { issues.append(.negative(.figureTotal)) }
        if f.parts.contains(where: { ($0.value ?? 0) < 0 }) { issues.append(.negative(.figurePart)) }
        if f.total == nil, f.parts.contains(where: { $0.value != nil }) { issues.append(.partsWithoutTotal) }
        return issues
    }

    /// An activity's title and a plausible year, and its figure's rules.
    public static func check(_ a: Activity) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if a.title.trimmingSpaces.isEmpty { issues.append(.required(.activityTitle)) }
        if !(1998...2100).contains(a.year) { issues.append(.yearOutOfRange(.activityYear)) }
        if let date = a.date, date.year != a.year { issues.append(.dateNotInYear) }
        if let figure = a.participants { issues += check(figure) }
        return issues
    }

    /// A participant's certificate: an expiry needs a certificate number.
    public static func check(_ p: Participation) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if p.expiresOn != nil, (p.certificateNumber ?? "").trimmingSpaces.isEmpty { issues.append(.required(.certificateNumber)) }
        return issues
    }
}
