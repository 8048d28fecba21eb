import Domain
import Storage

/// The reports of the Laporan menu, built from the repositories and worded by the catalog:
/// the screen and `sekretariat report` make them the same way.
public enum ReportBuilder {
    public static func build(_ kind: Report.Kind, data: any Repositories, catalog c: Catalog) throws -> Report {
        switch kind {
        case .membersByRegency: return try membersByRegency(data, c)
        case .employment: return try employment(data, c)
        case .growth: return try growth(data, c)
        case .channel: return try channel(data, c)
        case .censusCoverage: return try censusCoverage(data, c)
        case .certification: return try certification(data, c)
        case .programmes: return try programmes(data, c)
        }
    }

    /// All 17 regencies, those with no member included, most members first.
    static func membersByRegency(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        var counts = try data.reports.membersPerRegency()
        let regions = data.regions.regions
        var rows = regions.map { region -> (String, Int, Int) in
            let n = counts.removeValue(forKey: region.code) ?? (0, 0)
            return (region.shortName, n.registered, n.active)
        }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : false }
        let elsewhere = counts.values.reduce((0, 0)) { ($0.0 + $1.registered, $0.1 + $1.active) }
        if elsewhere.0 > 0 { rows.append((w.unknownRegency, elsewhere.0, elsewhere.1)) }
        return Report(kind: .membersByRegency, title: w.title(.membersByRegency), subtitle: w.registerAsOf(c.longDate(data.today)),
                      columns: [.init(w.regency, key: "kab_kota"), .init(w.members, key: "anggota", isNumber: true),
                                .init(w.active, key: "aktif", isNumber: true)],
                      rows: rows.map { [.text($0.0), .number($0.1), .number($0.2)] },
                      total: [.text(w.total), .number(rows.map(\.1).reduce(0, +)), .number(rows.map(\.2).reduce(0, +))],
                      chart: Report.Chart(style: .bars, labels: rows.map(\.0), values: rows.map { $0.1 }, unit: w.unitMembers),
                      notes: try estimateNotes(data, c))
    }

    /// ASN (PNS, PPPK) and non-ASN by employer type, as the member list splits them.
    static func employment(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let counts = try data.reports.membersPerEmployment()
        func sum(_ keep: (EmploymentCount) -> Bool) -> Int { counts.filter(keep).map(\.count).reduce(0, +) }
        var rows: [(String, Int)] = [("ASN", sum { $0.status?.employmentClass == .asn })]
        rows += [EmploymentStatus.pns, .pppk].map { s in (w.asn(c.personEmploymentName(s)), sum { $0.status == s }) }
        rows.append(("Non-ASN", sum { $0.status == .nonASN }))
        rows += EmployerType.allCases.map { t in (w.nonASN(c.personEmployerTypeName(t)), sum { $0.status == .nonASN && $0.employerType == t }) }
        let untyped = sum { $0.status == .nonASN && $0.employerType == nil }
        if untyped > 0 { rows.append((w.nonASN(w.notRecordedValue), untyped)) }
        let unknown = sum { $0.status == nil }
        if unknown > 0 { rows.append((w.employmentUnknown, unknown)) }
        let parts = rows.filter { $0.0.hasPrefix("ASN –") || $0.0.hasPrefix("Non-ASN –") || $0.0 == w.employmentUnknown }
        return Report(kind: .employment, title: w.title(.employment), subtitle: w.registerAsOf(c.longDate(data.today)),
                      columns: [.init(w.group, key: "kelompok"), .init(w.members, key: "anggota", isNumber: true)],
                      rows: rows.map { [.text($0.0), .number($0.1)] },
                      total: [.text(w.total), .number(counts.map(\.count).reduce(0, +))],
                      chart: Report.Chart(style: .bars, labels: parts.map(\.0), values: parts.map { $0.1 }, unit: w.unitMembers))
    }

    /// Members joining per year, and the running total.
    static func growth(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let years = try data.reports.joinsPerYear()
        let known = years.compactMap { y in y.year.map { ($0, y.count) } }
        var filled: [(Int, Int)] = []
        // Every year from the first join to this one, those nobody joined in as 0: the register
        // is counted as of today, so its last years show even when quiet.
        if let first = known.first?.0, let last = known.last?.0 {
            let byYear = Dictionary(known, uniquingKeysWith: +)
            filled = (first...max(last, min(data.today.year, first + 200))).map { ($0, byYear[$0] ?? 0) }
        }
        var running = 0
        var rows: [[Report.Value]] = filled.map { year, n in
            running += n
            return [.text(String(year)), .number(n), .number(running)]
        }
        let unknown = years.filter { $0.year == nil }.map(\.count).reduce(0, +)
        if unknown > 0 { rows.append([.text(w.unknownYear), .number(unknown), .number(running + unknown)]) }
        return Report(kind: .growth, title: w.title(.growth), subtitle: w.registerAsOf(c.longDate(data.today)),
                      columns: [.init(w.year, key: "tahun"), .init(w.joined, key: "bergabung", isNumber: true),
                                .init(w.cumulative, key: "kumulatif", isNumber: true)],
                      rows: rows, total: [.text(w.total), .number(running + unknown), .number(running + unknown)],
                      chart: Report.Chart(style: .line, labels: filled.map { String($0.0) }, values: filled.map { $0.1 }, unit: w.unitMembers))
    }

    /// DPD form against the DPP website, and after a reconciliation the figures side by side
    /// (DOMAIN.md §2.3): the register, the DPP export and both, each with its as-of date.
    static func channel(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let counts = Dictionary(try data.reports.membersPerChannel().map { ($0.channel, $0.count) }, uniquingKeysWith: +)
        let rows = RegistrationChannel.allCases.map { (w.channelName($0), counts[$0] ?? 0) }
        return Report(kind: .channel, title: w.title(.channel), subtitle: w.registerAsOf(c.longDate(data.today)),
                      columns: [.init(w.channelColumn, key: "jalur"), .init(w.members, key: "anggota", isNumber: true)],
                      rows: rows.map { [.text($0.0), .number($0.1)] }, total: [.text(w.total), .number(rows.map(\.1).reduce(0, +))],
                      chart: Report.Chart(style: .bars, labels: rows.map(\.0), values: rows.map { $0.1 }, unit: w.unitMembers),
                      notes: try estimateNotes(data, c) + [try data.reconciliations.runs().first.map(c.reconcile.figuresLine) ?? w.dppPending])
    }

    static func censusCoverage(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let rows = try data.census.coverage()
        return Report(kind: .censusCoverage, title: w.title(.censusCoverage), subtitle: nil,
                      columns: [.init(w.regency, key: "kab_kota"), .init(w.censusRecorded, key: "terdata", isNumber: true),
                                .init(w.censusMembers, key: "anggota_terdata", isNumber: true),
                                .init(w.notRecorded, key: "anggota_belum_terdata", isNumber: true)],
                      rows: rows.map { [.text($0.regency.shortName), .number($0.recorded), .number($0.recordedMembers), .number($0.membersNotRecorded)] },
                      total: [.text(w.total), .number(rows.map(\.recorded).reduce(0, +)), .number(rows.map(\.recordedMembers).reduce(0, +)),
                              .number(rows.map(\.membersNotRecorded).reduce(0, +))],
                      chart: Report.Chart(style: .bars, labels: rows.map(\.regency.shortName), values: rows.map { $0.recorded }, unit: w.unitPeople))
    }

    /// Each competency test with its participants as reported (never a 0 for "not reported")
    /// and the results recorded per participant.
    static func certification(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let tests = try data.activities.activities().filter { $0.kind == .competencyTest }.sorted { ($0.year, $0.id ?? 0) < ($1.year, $1.id ?? 0) }
        var notes: [String] = []
        let rows = try tests.map { a -> [Report.Value] in
            // Results of people whose processing is restricted are left out (UU PDP).
            let results = try data.activities.participations(activityId: a.id!).filter { try data.restrictions.restriction(personId: $0.personId) == nil }
            if let d = a.participants?.discrepancy { notes.append("\(a.title): \(c.discrepancyText(d))") }
            if let f = a.participants, f.isEstimate, let total = f.total {
                notes.append(w.estimate(total, subject: a.title, asOf: f.asOf.map(c.longDate), source: f.source))
            }
            // Results count only when some were recorded; none recorded is not "0 competent".
            let recorded = results.contains { $0.result != nil }
            let parts = a.participants?.parts.map { "\($0.label) \($0.value.map(IndonesianFormat.number) ?? w.notReported)" } ?? []
            return [.text(a.title), .number(a.participants?.total), .text(parts.isEmpty ? "–" : parts.joined(separator: ", ")),
                    .number(recorded ? results.filter { $0.result == .kompeten }.count : nil),
                    .number(recorded ? results.filter { $0.result == .belumKompeten }.count : nil)]
        }
        return Report(kind: .certification, title: w.title(.certification), subtitle: nil,
                      columns: [.init(w.activity, key: "kegiatan"), .init(w.participants, key: "peserta", isNumber: true),
                                .init(w.parts, key: "rincian"),
                                .init(w.competent, key: "kompeten", isNumber: true), .init(w.notYetCompetent, key: "belum_kompeten", isNumber: true)],
                      rows: rows, total: nil,
                      chart: Report.Chart(style: .bars, labels: tests.map(\.title), values: tests.map { $0.participants?.total }, unit: w.unitPeople),
                      notes: notes)
    }

    /// Realised against target for each numeric target of the active term's programmes (the LPJ's table).
    static func programmes(_ data: any Repositories, _ c: Catalog) throws -> Report {
        let w = c.reports
        let term = try data.board.activeTerm() ?? data.board.terms().first
        let rows = try term.map { try data.programmes.rows(termId: $0.id!) } ?? []
        var table: [[Report.Value]] = []
        var labels: [String] = [], values: [Int?] = []
        for row in rows {
            for t in row.targets where t.target.kind == .numeric {
                // Nothing realised yet is "not reported", not 0%.
                let percent = t.realised == nil ? nil : t.fraction.map { Int(($0 * 100).rounded()) }
                table.append([.text(row.programme.title), .text(t.target.description), .number(t.target.value), .number(t.realised), .number(percent)])
                labels.append("\(row.programme.title) – \(t.target.description)")
                values.append(percent)
            }
        }
        return Report(kind: .programmes, title: w.title(.programmes), subtitle: term?.name,
                      columns: [.init(w.programme, key: "program"), .init(w.target, key: "sasaran"),
                                .init(w.targetValue, key: "target", isNumber: true), .init(w.realised, key: "realisasi", isNumber: true),
                                .init(w.percent, key: "persen", isNumber: true)],
                      rows: table, total: nil,
                      chart: Report.Chart(style: .bars, labels: labels, values: values, unit: w.unitPercent))
    }

    /// The article's membership estimate, kept beside the register's count, never replaced.
    static func estimateNotes(_ data: any Repositories, _ c: Catalog) throws -> [String] {
        try data.activities.figures().filter { $0.isEstimate && $0.subject.lowercased().contains("anggota") }.compactMap { f in
            f.total.map { c.reports.estimate($0, subject: f.subject, asOf: f.asOf.map(c.longDate), source: f.source) }
        }
    }
}
