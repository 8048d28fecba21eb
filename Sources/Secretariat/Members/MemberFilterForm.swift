import Domain
import Storage
import TerminalUI

/// The filter panel (`f`): regency, employment, status and registration channel.
/// Option 0 of every choice is "all".
enum MemberFilterForm {
    enum Field: Hashable, Sendable { case regency, employment, status, channel }

    static func make(_ filter: MemberFilter, regions: [Region], catalog c: Catalog) -> Form<Field> {
        func choice(_ options: [String], _ selected: Int?) -> FormInput {
            .choice(ChoiceField([c.members.filterAll] + options, selected: (selected ?? -1) + 1))
        }
        return Form([
            FormField(.regency, label: c.members.columnRegency,
                      input: choice(regions.map(\.shortName), filter.regency.flatMap { code in regions.firstIndex { $0.code == code } })),
            FormField(.employment, label: c.members.columnEmployment,
                      input: choice(EmploymentClass.allCases.map(c.members.employmentName), filter.employment.flatMap(EmploymentClass.allCases.firstIndex))),
            FormField(.status, label: c.members.columnStatus,
                      input: choice(MembershipStatus.allCases.map(c.membershipStatusName), filter.status.flatMap(MembershipStatus.allCases.firstIndex))),
            FormField(.channel, label: c.members.columnChannel,
                      input: choice(RegistrationChannel.allCases.map(c.membershipChannelName), filter.channel.flatMap(RegistrationChannel.allCases.firstIndex))),
        ])
    }

    static func filter(from form: Form<Field>, regions: [Region]) -> MemberFilter {
        func pick<T>(_ id: Field, _ all: [T]) -> T? {
            guard let index = form[id]?.choice, index > 0 else { return nil }
            return all[index - 1]
        }
        return MemberFilter(regency: pick(.regency, regions)?.code,
                            employment: pick(.employment, EmploymentClass.allCases),
                            status: pick(.status, MembershipStatus.allCases),
                            channel: pick(.channel, RegistrationChannel.allCases))
    }

    /// "Palembang, ASN": the active filters in words, for the line above the list.
    static func summary(_ filter: MemberFilter, regions: [Region], catalog c: Catalog) -> String {
        var parts: [String] = []
        if let code = filter.regency { parts.append(regions.first { $0.code == code }?.shortName ?? code) }
        if let e = filter.employment { parts.append(c.members.employmentName(e)) }
        if let s = filter.status { parts.append(c.membershipStatusName(s)) }
        if let ch = filter.channel { parts.append(c.membershipChannelName(ch)) }
        return parts.joined(separator: ", ")
    }
}
