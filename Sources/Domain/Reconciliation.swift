/// A person's class when the register meets a DPP website export (issue 14). The raw values
/// are the words `sekretariat reconcile --report` prints.
public enum ReconcileClass: String, Hashable, Sendable, CaseIterable, Codable {
    /// Matched, nothing differs.
    case same = "sama"
    /// Matched, with fields that differ.
    case differing = "beda"
    /// A member of the register the export lacks.
    case onlyDPD = "hanya_dpd"
    /// In the export, not a member of the register.
    case onlyDPP = "hanya_dpp"
    /// More than one candidate, or a match whose other keys disagree: decided by hand.
    case doubtful = "ragu"
}

/// What a decision chose. Field decisions (`keptOurs`, `tookTheirs`, `typed`) settle one
/// differing field; the others settle a whole row.
public enum ReconcileChoice: String, Hashable, Sendable, CaseIterable, Codable {
    case keptOurs = "pakai_dpd"
    case tookTheirs = "ambil_dpp"
    case typed = "ketik"
    /// A `hanya DPP` person made a member, channel `situs DPP`.
    case added = "ditambahkan"
    /// Left as it is, with a reason.
    case ignored = "diabaikan"
    /// A `hanya DPD` member marked "belum terdaftar di DPP", for the list sent to the DPP.
    case notInDPP = "belum_di_dpp"
    /// A `ragu` row is this candidate.
    case candidate = "orang_ini"
    /// A `ragu` row is none of its candidates: it is `hanya DPP`.
    case noneOfThem = "bukan_mereka"

    public var isFieldChoice: Bool { self == .keptOurs || self == .tookTheirs || self == .typed }
}

/// One decision as stored: what, on which field, the value typed, the reason, the person
/// chosen or added, and who decided when.
public struct ReconcileDecision: Hashable, Sendable {
    public var choice: ReconcileChoice
    public var field: ImportField?
    public var value: String?
    public var reason: String?
    public var personId: Int64?
    public var decidedAt: String?
    public var operatorName: String?

    public init(choice: ReconcileChoice, field: ImportField? = nil, value: String? = nil, reason: String? = nil,
                personId: Int64? = nil, decidedAt: String? = nil, operatorName: String? = nil) {
        self.choice = choice
        self.field = field
        self.value = value
        self.reason = reason
        self.personId = personId
        self.decidedAt = decidedAt
        self.operatorName = operatorName
    }
}

/// A field the register and the export hold differently (canonical text, `ImportRow.values`'
/// form). The export's blank never differs: a blank cell says nothing.
public struct ReconcileDifference: Hashable, Sendable {
    public var field: ImportField
    public var ours: String?
    public var theirs: String
    public var decision: ReconcileDecision?

    public init(field: ImportField, ours: String?, theirs: String, decision: ReconcileDecision? = nil) {
        self.field = field
        self.ours = ours
        self.theirs = theirs
        self.decision = decision
    }
}

/// A register person a `ragu` row may be, with the evidence: the fields on which they agree.
public struct ReconcileCandidate: Hashable, Sendable {
    public var personId: Int64
    public var name: String
    public var values: [ImportField: String]
    public var agreeing: [ImportField]

    public init(personId: Int64, name: String, values: [ImportField: String], agreeing: [ImportField]) {
        self.personId = personId
        self.name = name
        self.values = values
        self.agreeing = agreeing
    }
}

/// One person of either side.
public struct ReconcileRow: Hashable, Sendable {
    /// The export's row number; nil for a `hanya DPD` member.
    public var number: Int?
    public var kind: ReconcileClass
    public var name: String
    /// The register person: the match, the `hanya DPD` member, or for a `hanya DPP` row the
    /// non-member (a Musda guest) the export names, who becomes the member when added.
    public var personId: Int64?
    /// The export's values (canonical), empty for `hanya DPD`.
    public var theirs: [ImportField: String]
    /// The register's values (canonical), empty when there is no register person.
    public var ours: [ImportField: String]
    public var differences: [ReconcileDifference]
    public var candidates: [ReconcileCandidate]
    /// The decision on the whole row (`hanya DPP`, `hanya DPD`, `ragu`), nil while pending.
    public var decision: ReconcileDecision?
    /// What the export's row holds that could not be read (the value left out, the row kept)
    /// and the NIK's cross-checks (DOMAIN.md §3).
    public var problems: [ImportProblem] = []

    public init(number: Int?, kind: ReconcileClass, name: String, personId: Int64? = nil, theirs: [ImportField: String] = [:],
                ours: [ImportField: String] = [:], differences: [ReconcileDifference] = [], candidates: [ReconcileCandidate] = [],
                decision: ReconcileDecision? = nil) {
        self.number = number
        self.kind = kind
        self.name = name
        self.personId = personId
        self.theirs = theirs
        self.ours = ours
        self.differences = differences
        self.candidates = candidates
        self.decision = decision
    }

    /// Still needs a decision: a differing field undecided, or an undecided `hanya DPP`,
    /// `hanya DPD` or `ragu` row.
    public var isPending: Bool {
        switch kind {
        case .same: return false
        case .differing: return differences.contains { $0.decision == nil }
        case .onlyDPD, .onlyDPP, .doubtful: return decision == nil
        }
    }

    /// The fields shown side by side: every field either side holds, in the import order. The
    /// province is left out: only rows of the province are here, and the register keeps none.
    public var comparedFields: [ImportField] {
        let held = Set(theirs.keys).union(ours.keys)
        return ImportTarget.dpp.fields.filter { held.contains($0) && $0 != .birthPlaceAndDate && $0 != .province }
    }
}

/// A bulk decision (issue 14): `take-dpp:phone,email where-empty` takes the export's phone and
/// email wherever they differ and the register has none; `keep-dpd:employer` keeps ours.
/// Applies to undecided differences only: a decision made by hand is never overwritten.
public struct ReconcileRule: Hashable, Sendable {
    public enum Action: String, Hashable, Sendable, CaseIterable { case takeDPP = "take-dpp", keepDPD = "keep-dpd" }

    public var action: Action
    public var fields: [ImportField]
    public var onlyWhereOursEmpty: Bool

    public init(action: Action, fields: [ImportField], onlyWhereOursEmpty: Bool) {
        self.action = action
        self.fields = fields
        self.onlyWhereOursEmpty = onlyWhereOursEmpty
    }

    /// Why a rule's text cannot be read.
    public enum ParseError: Error, Hashable, Sendable {
        case shape
        case action(String)
        case field(String)
        case condition(String)
    }

    /// The fields a rule may name: those a DPP export is compared on.
    public static var ruleFields: [ImportField] { ImportTarget.dpp.fields.filter { $0 != .birthPlaceAndDate && $0 != .province } }

    /// Reads `ACTION:FIELD[,FIELD…] [where-empty]`.
    public static func parse(_ text: String) -> Result<ReconcileRule, ParseError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let head = words.first, words.count <= 2, let colon = head.firstIndex(of: ":") else { return .failure(.shape) }
        guard let action = Action(rawValue: String(head[..<colon]).lowercased()) else { return .failure(.action(String(head[..<colon]))) }
        var fields: [ImportField] = []
        for name in head[head.index(after: colon)...].split(separator: ",").map({ String($0).trimmingSpaces }) {
            guard let field = ImportField(rawValue: name), ruleFields.contains(field) else { return .failure(.field(name)) }
            if !fields.contains(field) { fields.append(field) }
        }
        guard !fields.isEmpty else { return .failure(.shape) }
        if words.count == 2, words[1].lowercased() != "where-empty" { return .failure(.condition(words[1])) }
        return .success(ReconcileRule(action: action, fields: fields, onlyWhereOursEmpty: words.count == 2))
    }

    /// True when the rule decides this difference.
    public func decides(_ difference: ReconcileDifference) -> Bool {
        difference.decision == nil && fields.contains(difference.field) && (!onlyWhereOursEmpty || difference.ours == nil)
    }

    public var choice: ReconcileChoice { action == .takeDPP ? .tookTheirs : .keptOurs }
}
