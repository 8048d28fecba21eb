/// A figure as it was reported: a total and its parts, each possibly not reported (nil, never 0),
/// with an estimate flag, an as-of date and a source (DOMAIN.md §2). Never corrected.
public struct ReportedFigure: Hashable, Sendable, Codable {
    public struct Part: Hashable, Sendable, Codable {
        /// `Pekerja Sosial`, `TKS`.
        public var label: String
        public var value: Int?

        public init(label: String, value: Int?) {
            self.label = label
            self.value = value
        }
    }

    public var id: Int64?
    /// What is counted: `Peserta uji kompetensi 2020`, `Jumlah anggota`.
    public var subject: String
    public var total: Int?
    public var parts: [Part]
    public var isEstimate: Bool
    public var asOf: LocalDate?
    public var source: String?
    public var note: String?

    public init(id: Int64? = nil, subject: String, total: Int?, parts: [Part] = [], isEstimate: Bool = false,
                asOf: LocalDate? = nil, source: String? = nil, note: String? = nil) {
        self.id = id
        self.subject = subject
        self.total = total
        self.parts = parts
        self.isEstimate = isEstimate
        self.asOf = asOf
        self.source = source
        self.note = note
    }

    /// Nothing at all was reported.
    public var isNotReported: Bool { total == nil && parts.allSatisfy { $0.value == nil } }

    /// The parts-vs-total discrepancy: when the total and every part are known and they
    /// differ, or when the parts known already exceed the total (some not reported).
    public var discrepancy: FigureDiscrepancy? {
        guard let total, !parts.isEmpty else { return nil }
        let values = parts.compactMap(\.value)
        let sum = values.reduce(0, +)
        if values.count == parts.count { return sum == total ? nil : FigureDiscrepancy(total: total, partsSum: sum) }
        return sum > total ? FigureDiscrepancy(total: total, partsSum: sum, isPartial: true) : nil
    }
}

/// Σ parts ≠ total, as numbers only. `difference` is parts minus total: 168 − 148 = +20.
/// Worded by `Catalog.discrepancyText` (`Σ rincian 168 ≠ total 148 (+20)`).
public struct FigureDiscrepancy: Hashable, Sendable, Codable {
    public let total: Int
    public let partsSum: Int
    /// Some parts were not reported: the sum is of those known, already above the total.
    public let isPartial: Bool

    public init(total: Int, partsSum: Int, isPartial: Bool = false) {
        self.total = total
        self.partsSum = partsSum
        self.isPartial = isPartial
    }

    public var difference: Int { partsSum - total }
}
