/// A term of office (periode / masa bakti).
public struct Term: Hashable, Sendable, Codable {
    /// In this order, and only forward: a board being formed (by the formatur) becomes aktif,
    /// demisioner once the LPJ is heard, selesai when its successor takes over.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Being formed: seats can be filled before the SK and the handover.
        case persiapan
        case aktif
        /// Outgoing: the LPJ has been heard and the board awaits its successor.
        case demisioner
        /// Closed: a successor board has taken over.
        case selesai

        public static func < (a: Status, b: Status) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        /// The statuses this one may move to (forward only).
        public var next: [Status] { Self.allCases.filter { $0 > self } }
    }

    public var id: Int64?
    /// `2023–2028`.
    public var name: String
    public var start: LocalDate
    /// Planned or actual end; nil when open-ended.
    public var end: LocalDate?
    public var status: Status
    public var note: String?
    /// The SK kepengurusan: its number (`12/SK/DPP-IPSPI/V/2023`) and date, once known.
    public var decreeNumber: String?
    public var decreeDate: LocalDate?

    public init(id: Int64? = nil, name: String, start: LocalDate, end: LocalDate?, status: Status, note: String? = nil,
                decreeNumber: String? = nil, decreeDate: LocalDate? = nil) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.status = status
        self.note = note
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
    }
}

/// A bidang of one term's board.
public struct Department: Hashable, Sendable, Codable {
    public var id: Int64?
    public var termId: Int64
    public var name: String
    /// Template code it came from (`organisasi`, `sertifikasi`…), for cross-term comparison.
    public var code: String?
    public var order: Int

    public init(id: Int64? = nil, termId: Int64, name: String, code: String? = nil, order: Int) {
        self.id = id
        self.termId = termId
        self.name = name
        self.code = code
        self.order = order
    }
}

public enum PositionKind: String, Hashable, Sendable, Codable, CaseIterable {
    case pembina, penasehat
    case ketua
    case wakilKetua = "wakil_ketua"
    case sekretaris
    case wakilSekretaris = "wakil_sekretaris"
    case bendahara
    case wakilBendahara = "wakil_bendahara"
    case koordinator
    case anggotaBidang = "anggota_bidang"

    public enum Category: String, Hashable, Sendable, Codable {
        /// Pembina and penasehat.
        case adviser
        /// Pengurus harian: ketua, sekretaris, bendahara and their deputies.
        case executive
        /// Koordinator and anggota of a bidang.
        case department
    }

    public var category: Category {
        switch self {
        case .pembina, .penasehat: return .adviser
        case .koordinator, .anggotaBidang: return .department
        default: return .executive
        }
    }

    /// Department positions need a bidang; the others must not have one.
    public var needsDepartment: Bool { category == .department }
}

/// A seat on a term's board.
public struct Position: Hashable, Sendable, Codable {
    public var id: Int64?
    public var termId: Int64
    public var departmentId: Int64?
    public var kind: PositionKind
    /// As printed in the SK: `Wakil Ketua I`, `Koordinator Bidang Advokasi`.
    public var title: String
    public var order: Int

    public init(id: Int64? = nil, termId: Int64, departmentId: Int64? = nil, kind: PositionKind, title: String, order: Int) {
        self.id = id
        self.termId = termId
        self.departmentId = departmentId
        self.kind = kind
        self.title = title
        self.order = order
    }
}

/// Why someone left a seat before the term ended.
public enum AssignmentEndReason: String, Hashable, Sendable, Codable, CaseIterable {
    case mengundurkanDiri = "mengundurkan_diri"
    case meninggal
    case diberhentikan
    /// Moved to another seat of the same board.
    case rotasi
}

/// A person holding a position from `start` up to (not including) `end`: the day a successor
/// starts is the day the predecessor's assignment ends. Nil dates mean the term's own.
public struct Assignment: Hashable, Sendable, Codable {
    public var id: Int64?
    public var positionId: Int64
    public var personId: Int64
    public var start: LocalDate?
    public var end: LocalDate?
    /// SK kepengurusan that appointed them.
    public var decree: String?
    /// Set when the assignment ended before the term did; nil for a full term.
    public var endReason: AssignmentEndReason?

    public init(id: Int64? = nil, positionId: Int64, personId: Int64, start: LocalDate? = nil, end: LocalDate? = nil,
                decree: String? = nil, endReason: AssignmentEndReason? = nil) {
        self.id = id
        self.positionId = positionId
        self.personId = personId
        self.start = start
        self.end = end
        self.decree = decree
        self.endReason = endReason
    }

    /// Ended before the term did (replaced, resigned…): history, no longer the holder.
    public var endedEarly: Bool { endReason != nil }
}
