/// A term of office (periode / masa bakti).
public struct Term: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case aktif
        /// Outgoing: the LPJ has been heard and the board awaits its successor.
        case demisioner
        /// Closed: a successor board has taken over.
        case selesai
    }

    public var id: Int64?
    /// `2023–2028`.
    public var name: String
    public var start: LocalDate
    /// Planned or actual end; nil when open-ended.
    public var end: LocalDate?
    public var status: Status
    public var note: String?

    public init(id: Int64? = nil, name: String, start: LocalDate, end: LocalDate?, status: Status, note: String? = nil) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.status = status
        self.note = note
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

/// A person holding a position.
public struct Assignment: Hashable, Sendable, Codable {
    public var id: Int64?
    public var positionId: Int64
    public var personId: Int64
    public var start: LocalDate?
    public var end: LocalDate?
    /// SK kepengurusan that appointed them.
    public var decree: String?

    public init(id: Int64? = nil, positionId: Int64, personId: Int64, start: LocalDate? = nil, end: LocalDate? = nil,
                decree: String? = nil) {
        self.id = id
        self.positionId = positionId
        self.personId = personId
        self.start = start
        self.end = end
        self.decree = decree
    }
}
