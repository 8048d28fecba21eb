import Domain
import Storage

/// Lost updates, field by field: when someone saved the person while this form was open, the
/// form can keep the fields its user changed and take everyone else's from the stored record,
/// rather than silently writing the old values back over theirs.
enum MemberFormRebase {
    /// One part of the record that is compared and copied as a whole. Employment and education
    /// go as one unit each: their parts only make sense together.
    struct Unit {
        let fields: [MemberField]
        let same: (PersonDraft, PersonDraft) -> Bool
        let copy: (PersonDraft, inout PersonDraft) -> Void
    }

    static func person<T: Equatable>(_ fields: [MemberField], _ path: WritableKeyPath<Person, T>) -> Unit {
        Unit(fields: fields,
             same: { $0.person[keyPath: path] == $1.person[keyPath: path] },
             copy: { from, to in to.person[keyPath: path] = from.person[keyPath: path] })
    }

    static func membership<T: Equatable>(_ field: MemberField, _ path: WritableKeyPath<Membership, T>) -> Unit {
        Unit(fields: [field],
             same: { $0.membership?[keyPath: path] == $1.membership?[keyPath: path] },
             copy: { from, to in
                 guard let source = from.membership else { return }
                 if to.membership == nil { to.membership = source } else { to.membership![keyPath: path] = source[keyPath: path] }
             })
    }

    static var units: [Unit] {
        [
            person([.name], \.name), person([.nik], \.nik), person([.sex], \.sex), person([.birthPlace], \.birthPlace),
            person([.birthDate], \.birthDate), person([.phone], \.phone), person([.email], \.email),
            person([.address], \.address), person([.domicileRegency], \.domicileRegency),
            person([.employmentStatus, .employerType, .employer], \.employment),
            person([.educationLevel, .educationInstitution, .educationMajor, .graduationYear], \.education),
            membership(.kta, \.kta), membership(.status, \.status), membership(.statusDate, \.statusDate),
            membership(.statusReason, \.statusReason), membership(.channel, \.channel), membership(.joinDate, \.joinDate),
            person([.source], \.source), person([.note], \.note),
        ]
    }

    /// The fields whose values differ between two versions of the record, in form order.
    static func changed(from a: PersonDraft, to b: PersonDraft) -> [MemberField] {
        units.filter { !$0.same(a, b) }.flatMap { Array($0.fields.prefix(1)) }
    }

    /// `theirs` (the stored record, with its version) plus every unit this form changed from
    /// `base`. Where both changed the same unit, this form's value wins: the user chose to keep
    /// their own fields, and was told which ones overlap.
    static func rebase(mine: PersonDraft, base: PersonDraft, onto theirs: PersonDraft) -> PersonDraft {
        var merged = theirs
        for unit in units where !unit.same(mine, base) { unit.copy(mine, &merged) }
        merged.person.id = theirs.person.id
        merged.version = theirs.version
        return merged
    }
}
