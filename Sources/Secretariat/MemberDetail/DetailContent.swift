import Domain
import Foundation
import Storage

/// Turns a `PersonDetail` into the sections the screen shows, worded from the catalog.
struct DetailContent {
    let catalog: Catalog
    let regions: RegionDirectory
    let timeZone: TimeZone
    let today: LocalDate?

    func sections(_ d: PersonDetail, revealNIK: Bool) -> [DetailSection] {
        if d.person.isErased { return [tombstone(d.person), audit(d.audit)] }
        return (d.restriction.map { [restriction($0)] } ?? []) + [identity(d.person, revealNIK: revealNIK), employment(d.person.employment), education(d.person.education),
                membership(d.membership, history: d.statusHistory), positions(d.positions), musdas(d.musdas),
                activities(d.activities), consents(d.consents), acknowledged(d.acknowledgedWarnings), audit(d.audit)]
    }

    private var c: Catalog { catalog }
    private func label(_ field: Field) -> String { c.fieldLabel(field) }
    private func value(_ text: String?) -> String { text.flatMap { $0.isEmpty ? nil : $0 } ?? c.memberDetail.none }
    private func date(_ d: LocalDate?) -> String { d.map(c.longDate) ?? c.memberDetail.none }

    // MARK: Sections

    /// Shown first while it stands: the record is frozen and left out of exports and reports.
    private func restriction(_ r: Restriction) -> DetailSection {
        let since = r.sinceDate.map { c.dateTime($0) } ?? r.since
        return DetailSection(title: c.memberDetail.sectionRestriction, items: [
            .text(c.memberDetail.restrictionExplained),
            .field(c.memberDetail.restrictedSince, "\(since) · \(r.operatorName)"),
            .field(c.fieldLabel(.restrictionReason), r.reason),
        ])
    }

    private func tombstone(_ p: Person) -> DetailSection {
        DetailSection(title: c.memberDetail.sectionErased, items: [.text(c.memberDetail.tombstone(date(p.erasedOn)))])
    }

    private func identity(_ p: Person, revealNIK: Bool) -> DetailSection {
        let nik: String
        if let digits = p.nik {
            nik = revealNIK ? "\(digits) \(c.memberDetail.nIKShownNote)" : "\(NIK.mask(digits)) \(c.memberDetail.nIKMaskedNote)"
        } else {
            nik = c.memberDetail.none
        }
        var birth = date(p.birthDate)
        if let b = p.birthDate, let today, b <= today { birth += " (\(c.memberDetail.age(b.age(on: today))))" }
        let regency = p.domicileRegency.map { code in regions.region(code: code)?.name ?? code }
        return DetailSection(title: c.memberDetail.sectionIdentity, items: [
            .field(c.memberDetail.name, p.name),
            .field(label(.nik), nik),
            .field(label(.sex), value(p.sex.map(c.personSexName))),
            .field(label(.birthPlace), value(p.birthPlace)),
            .field(label(.birthDate), birth),
            .field(label(.phone), value(p.phone)),
            .field(label(.email), value(p.email)),
            .field(label(.address), value(p.address)),
            .field(label(.domicileRegency), value(regency)),
            .field(c.labelSource, value(p.source)),
            .field(c.labelNote, value(p.note)),
        ])
    }

    private func employment(_ e: Employment?) -> DetailSection {
        guard let e else { return DetailSection(title: c.memberDetail.sectionEmployment, items: [.text(c.memberDetail.notRecorded)]) }
        return DetailSection(title: c.memberDetail.sectionEmployment, items: [
            .field(label(.employmentStatus), c.personEmploymentName(e.status)),
            .field(label(.employerType), value(e.employerType.map(c.personEmployerTypeName))),
            .field(label(.employer), value(e.employer)),
        ])
    }

    private func education(_ e: Education?) -> DetailSection {
        guard let e else { return DetailSection(title: c.memberDetail.sectionEducation, items: [.text(c.memberDetail.notRecorded)]) }
        return DetailSection(title: c.memberDetail.sectionEducation, items: [
            .field(c.memberDetail.educationLevel, c.personEducationName(e.level)),
            .field(c.labelInstitution, value(e.institution)),
            .field(c.labelMajor, value(e.major)),
            .field(label(.graduationYear), value(e.graduationYear.map(String.init))),
        ])
    }

    private func membership(_ m: Membership?, history: [StatusChange]) -> DetailSection {
        guard let m else { return DetailSection(title: c.memberDetail.sectionMembership, items: [.text(c.memberDetail.notMember)]) }
        let status = c.membershipStatusName(m.status)
        var items: [DetailItem] = [
            .field(label(.kta), value(m.kta)),
            .field(label(.status), m.statusDate.map { c.memberDetail.statusSince(status, c.longDate($0)) } ?? status),
        ]
        if let reason = m.statusReason { items.append(.field(c.labelStatusReason, reason)) }
        items += [
            .field(label(.channel), c.membershipChannelName(m.channel)),
            .field(label(.joinDate), date(m.joinDate)),
        ]
        if !history.isEmpty {
            items.append(.subheading(c.memberDetail.statusHistory))
            for change in history {
                let to = c.membershipStatusName(change.to)
                var text = change.from.map { c.membershipStatusName($0) + " → " + to } ?? to
                if let reason = change.reason { text += ": " + reason }
                items.append(.field(change.date.map(c.longDate) ?? c.memberDetail.undated, text))
            }
        }
        return DetailSection(title: c.memberDetail.sectionMembership, items: items)
    }

    private func positions(_ list: [HeldPosition]) -> DetailSection {
        guard !list.isEmpty else { return DetailSection(title: c.memberDetail.sectionPositions, items: [.text(c.memberDetail.nothing)]) }
        return DetailSection(title: c.memberDetail.sectionPositions, items: list.map { p in
            var text = p.title
            if let department = p.department, !p.title.localizedCaseInsensitiveContains(department) {
                text += ", " + c.memberDetail.department(department)
            }
            if p.start != nil || p.end != nil {
                let why = p.endReason.map { ", " + c.board.endReasonName($0) } ?? ""
                text += " (\(date(p.start)) – \(date(p.end))\(why))"
            }
            return .field(p.termName, text)
        })
    }

    private func musdas(_ list: [MusdaAttended]) -> DetailSection {
        guard !list.isEmpty else { return DetailSection(title: c.memberDetail.sectionMusda, items: [.text(c.memberDetail.nothing)]) }
        return DetailSection(title: c.memberDetail.sectionMusda, items: list.map { m in
            .field(c.longDate(m.date), "\(m.title), \(m.place) — \(c.attendanceRoleName(m.role))")
        })
    }

    private func activities(_ list: [ActivityTaken]) -> DetailSection {
        guard !list.isEmpty else { return DetailSection(title: c.memberDetail.sectionActivities, items: [.text(c.memberDetail.nothing)]) }
        return DetailSection(title: c.memberDetail.sectionActivities, items: list.map { a in
            var text = "\(c.activityKindName(a.kind)): \(a.title) — \(c.participantCategoryName(a.category))"
            text += ", " + (a.result.map(c.resultName) ?? c.memberDetail.resultPending)
            if let number = a.certificateNumber {
                text += "; " + c.memberDetail.certificate(number, issuer: a.issuerName, expires: a.expiresOn.map(c.longDate))
            }
            return .field(a.date.map(c.longDate) ?? String(a.year), text)
        })
    }

    private func consents(_ list: [Consent]) -> DetailSection {
        guard !list.isEmpty else { return DetailSection(title: c.memberDetail.sectionConsents, items: [.text(c.memberDetail.nothing)]) }
        return DetailSection(title: c.memberDetail.sectionConsents, items: list.map { consent in
            var text = c.memberDetail.consentGiven(c.longDate(consent.givenOn), method: consent.method, notice: consent.noticeVersion)
            if let withdrawn = consent.withdrawnOn { text += "; " + c.memberDetail.consentWithdrawn(c.longDate(withdrawn)) }
            return .field(c.memberDetail.purpose(consent.purpose), text)
        })
    }

    private func acknowledged(_ list: [AcknowledgedWarning]) -> DetailSection {
        guard !list.isEmpty else { return DetailSection(title: c.memberDetail.sectionAcknowledged, items: [.text(c.memberDetail.nothing)]) }
        return DetailSection(title: c.memberDetail.sectionAcknowledged, items: list.map { w in
            .text(c.memberDetail.acknowledged(c.memberDetail.warningName(w.code), reason: w.reason, by: w.operatorName, at: time(w.at)))
        })
    }

    private func audit(_ entries: [AuditEntry]) -> DetailSection {
        guard !entries.isEmpty else { return DetailSection(title: c.memberDetail.sectionAudit, items: [.text(c.memberDetail.auditEmpty)]) }
        var items: [DetailItem] = []
        for e in entries {
            items.append(.field(time(e.at), "\(e.operatorName) · \(describe(e))"))
            if let reason = e.reason { items.append(.more(c.memberDetail.auditReason(reason))) }
            if !e.warnings.isEmpty {
                items.append(.more(c.memberDetail.auditWarnings(e.warnings.map(c.memberDetail.warningName).joined(separator: "; "))))
            }
        }
        return DetailSection(title: c.memberDetail.sectionAudit, items: items)
    }

    // MARK: Audit wording

    /// "Ubah data pribadi: telepon, alamat" — what changed, by field name only (never values).
    func describe(_ e: AuditEntry) -> String {
        var text = c.memberDetail.auditAction(e.action)
        if e.action != .erase { text += " " + c.memberDetail.auditEntity(e.entity) }
        switch e.action {
        case .update:
            let keys = Self.changedKeys(e.changes)
            if !keys.isEmpty { text += ": " + keys.map(c.memberDetail.auditKey).joined(separator: ", ") }
        case .statusChange:
            let status = e.changes.first { $0.field == "status" }
            if let from = status?.before.flatMap(MembershipStatus.init(rawValue:)),
               let to = status?.after.flatMap(MembershipStatus.init(rawValue:)) {
                text += ": " + c.membershipStatusName(from) + " → " + c.membershipStatusName(to)
            }
        case .erase:
            if !e.changes.isEmpty {
                text += ": " + e.changes.map { c.memberDetail.auditKey($0.field) }.joined(separator: ", ")
            }
        default:
            break
        }
        return text
    }

    /// Names of the changed fields, identifiers left out, in the form's order.
    static func changedKeys(_ changes: [FieldChange]) -> [String] {
        let ignored: Set<String> = ["id", "personId", "erasedOn"]
        let order = Field.allCases.map(\.rawValue) + ["employment", "education", "source", "note"]
        return changes.map(\.field).filter { !ignored.contains($0) }
            .sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
    }

    /// An audit timestamp (ISO 8601 UTC) as a local date and time: `14 Mei 2023 09.05`.
    func time(_ iso: String) -> String {
        guard let date = Self.parseTimestamp(iso) else { return iso }
        return time(date)
    }

    /// An instant as a local date and time in the screen's time zone: `14 Mei 2023 09.05`.
    func time(_ date: Date) -> String { c.dateTime(date, timeZone: timeZone) }

    /// `2023-05-14T02:05:09.123Z` → the instant. The storage always writes this shape.
    static func parseTimestamp(_ iso: String) -> Date? {
        let digits = iso.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 6 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: digits[0], month: digits[1], day: digits[2],
                                                  hour: digits[3], minute: digits[4], second: digits[5]))
    }
}
