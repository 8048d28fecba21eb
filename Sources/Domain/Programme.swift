/// A work programme of a term, owned by a bidang (issue: Program Kerja). Its targets and their
/// realisation live apart (`Target`, `Realisation`), so entering progress never rewrites it.
public struct Programme: Hashable, Sendable, Codable {
    /// `rencana` → `berjalan` → `selesai`; `tertunda` when stalled; `dilanjutkan` when the next
    /// term carries it on (set at the Musda handover); `dibatalkan` when dropped.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case rencana
        case berjalan
        case selesai
        case tertunda
        case dilanjutkan
        case dibatalkan

        /// Not done and not dropped: at the end of a term, a candidate to carry over.
        public var isUnfinished: Bool { self == .rencana || self == .berjalan || self == .tertunda }
    }

    public var id: Int64?
    public var termId: Int64
    public var departmentId: Int64?
    public var title: String
    public var status: Status
    public var description: String?
    /// The period; nil means the term's own start or end.
    public var startsOn: LocalDate?
    public var endsOn: LocalDate?
    /// The programme of an earlier term this one carries on.
    public var carriedFromId: Int64?

    public init(id: Int64? = nil, termId: Int64, departmentId: Int64? = nil, title: String, status: Status,
                description: String? = nil, startsOn: LocalDate? = nil, endsOn: LocalDate? = nil, carriedFromId: Int64? = nil) {
        self.id = id
        self.termId = termId
        self.departmentId = departmentId
        self.title = title
        self.status = status
        self.description = description
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.carriedFromId = carriedFromId
    }
}

/// What a programme aims at: a number with a unit (`200 orang`) or a milestone (done or not).
public struct Target: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case numeric = "angka"
        case milestone = "tonggak"
    }

    public var id: Int64?
    public var programmeId: Int64
    /// `Anggota terdata`.
    public var description: String
    public var kind: Kind
    /// `orang`, `kab/kota`; numeric targets only.
    public var unit: String?
    /// The number aimed at, ≥ 1; numeric targets only.
    public var value: Int?

    public init(id: Int64? = nil, programmeId: Int64, description: String, kind: Kind, unit: String? = nil, value: Int? = nil) {
        self.id = id
        self.programmeId = programmeId
        self.description = description
        self.kind = kind
        self.unit = unit
        self.value = value
    }
}

/// One entry of progress on a target: on a date, a count (≥ 0) added to the realisation, or for
/// a milestone 1 (reached) or 0 (not reached after all), with its source or evidence, and who
/// entered it (the operator, set by the store).
public struct Realisation: Hashable, Sendable, Codable {
    public var id: Int64?
    public var targetId: Int64
    public var date: LocalDate
    public var value: Int
    /// `Rekap pendataan Kab. Lahat`, `SK LSP No. …`.
    public var note: String?
    public var enteredBy: String

    public init(id: Int64? = nil, targetId: Int64, date: LocalDate, value: Int, note: String? = nil, enteredBy: String = "") {
        self.id = id
        self.targetId = targetId
        self.date = date
        self.value = value
        self.note = note
        self.enteredBy = enteredBy
    }
}

/// A target with what was realised: numeric targets add their entries up; a milestone is
/// reached when its latest entry says so.
public struct TargetProgress: Hashable, Sendable {
    public let target: Target
    /// Entries, oldest first.
    public let entries: [Realisation]

    public init(target: Target, entries: [Realisation]) {
        self.target = target
        self.entries = entries.sorted { ($0.date, $0.id ?? 0) < ($1.date, $1.id ?? 0) }
    }

    /// The sum of the entries; nil when nothing was entered (not 0: "not reported").
    public var realised: Int? {
        guard !entries.isEmpty else { return nil }
        switch target.kind {
        case .numeric: return entries.reduce(0) { $0 + $1.value }
        case .milestone: return entries.last!.value > 0 ? 1 : 0
        }
    }

    /// Realised over aimed, 0…1 (beyond the target counts as 1); nil without a number to aim at.
    public var fraction: Double? {
        switch target.kind {
        case .numeric:
            guard let aim = target.value, aim > 0 else { return nil }
            return min(1, Double(realised ?? 0) / Double(aim))
        case .milestone:
            return realised == 1 ? 1 : 0
        }
    }

    /// Whole per cent, rounded down, so 199/200 never shows as 100%.
    public var percent: Int? {
        guard target.kind == .numeric, let aim = target.value, aim > 0 else { return nil }
        return (realised ?? 0) * 100 / aim
    }
}
