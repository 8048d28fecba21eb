import Domain
import Foundation

/// The register against a DPP website export (issue 14), for the Pendataan screen and
/// `sekretariat reconcile` alike. Reading and classifying writes nothing; each decision is
/// written on its own, in one transaction with its audit entry.
public protocol ReconcileRepository: Sendable {
    /// Every export row of the province, and every active member, classified against each
    /// other; the decisions already made on this file (by its checksum) laid over them.
    /// - Throws: `ReconcileRefusal.noIdentityColumn`, `.noRowOfProvince`; `ImportCancelled`.
    func reconcile(_ table: SheetTable, mapping: ImportMapping, file: ReconcileFile, source: String,
                   progress: ImportProgress) throws -> Reconciliation
    /// Keeps the run's figures (register, DPP, in both: DOMAIN.md §2.3) and remembers the
    /// mapping for the source. Called again after decisions, it updates the same run.
    @discardableResult func record(_ reconciliation: Reconciliation) throws -> Int64
    /// Writes one decision, and what it does: a field taken or typed into the register, a
    /// member added with channel `situs DPP`. Returns the row as it now stands.
    /// - Throws: `ReconcileRefusal` (value invalid, key held by another, row changed since),
    ///   `StoreError.restricted`, `.notPermitted`.
    func decide(_ decision: ReconcileDecision, on row: ReconcileRow, in reconciliation: Reconciliation) throws -> ReconcileRow
    /// A bulk rule over these rows, in one transaction: returns the rows as they now stand, how
    /// many differences it decided, and how many it left (restricted, refused).
    func apply(_ rule: ReconcileRule, to rows: [ReconcileRow], in reconciliation: Reconciliation) throws -> ReconcileRuleResult
    /// Runs, newest first.
    func runs() throws -> [ReconcileRun]
    /// The members marked "belum terdaftar di DPP" that may go to the DPP, and how many may not
    /// (consent to the DPP purpose withdrawn, or processing restricted). Their leaving, whole NIKs
    /// and all, is audited as a read (DOMAIN.md §6) before it happens.
    /// - Throws: `StoreError.notPermitted` without the unmask right.
    func releaseListForDPP(_ reconciliation: Reconciliation, to path: String) throws -> (rows: [ReconcileRow], withdrawn: Int)
}

/// The export file: where it is, its SHA-256 and its as-of date.
public struct ReconcileFile: Hashable, Sendable {
    public var path: String
    public var name: String
    public var checksum: String
    /// The export's as-of date: the file's modification day (the DPP site stamps no date).
    public var exportedOn: LocalDate?

    public init(path: String, name: String, checksum: String, exportedOn: LocalDate?) {
        self.path = path
        self.name = name
        self.checksum = checksum
        self.exportedOn = exportedOn
    }

    /// The file at `path` as `table` read it (`SpreadsheetFile.read(…, checksum: true)`).
    public static func at(_ path: String, table: SheetTable, today: LocalDate) -> ReconcileFile {
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        return ReconcileFile(path: path, name: (path as NSString).lastPathComponent, checksum: table.checksum ?? "",
                             exportedOn: modified.map { LocalDate($0, timeZone: .current) } ?? today)
    }
}

/// A reconciliation: both sides classified, with the decisions made so far.
public struct Reconciliation: Sendable {
    public var file: ReconcileFile
    public var source: String
    public var headers: [String]
    public var mapping: ImportMapping
    /// Export rows of the province and `hanya DPD` members; export rows first, in file order.
    public var rows: [ReconcileRow]
    /// Export rows of another province: counted and set aside.
    public var outsideProvince: [ImportRow]
    /// Export rows with errors (a NIK twice in the file, a value unreadable): never reconciled.
    public var failed: [ImportRow]
    /// Active members of the register now.
    public var registerCount: Int
    public var today: LocalDate
    /// A file of this name reconciled before with other bytes: that run's checksum. Its
    /// decisions do not apply to this file.
    public var changedFrom: String?
    /// The run this reconciliation is kept as, once recorded.
    public var runId: Int64?

    public var counts: [ReconcileClass: Int] {
        var out: [ReconcileClass: Int] = [:]
        for row in rows { out[row.kind, default: 0] += 1 }
        return out
    }

    public var pending: Int { rows.lazy.filter(\.isPending).count }
    /// Export rows of the province that could be read.
    public var dppCount: Int { rows.lazy.filter { $0.number != nil }.count }
    /// People in both: the matched rows.
    public var inBoth: Int { rows.lazy.filter { $0.kind == .same || $0.kind == .differing }.count }

    /// `hanya DPD` members marked "belum terdaftar di DPP": the list sent to the DPP.
    public var notInDPP: [ReconcileRow] { rows.filter { $0.kind == .onlyDPD && $0.decision?.choice == .notInDPP } }
}

/// A run as kept: the figures side by side, each with its as-of date.
public struct ReconcileRun: Hashable, Sendable {
    public var id: Int64
    public var fileName: String
    public var path: String
    public var checksum: String
    public var source: String
    public var exportedOn: LocalDate?
    public var reconciledAt: Date
    public var operatorName: String
    public var registerCount: Int
    public var dppCount: Int
    public var inBoth: Int
    public var onlyDPD: Int
    public var onlyDPP: Int
    public var doubtful: Int
    public var pending: Int
    public var outsideProvince: Int
    public var failed: Int
}

public struct ReconcileRuleResult: Sendable {
    public var rows: [ReconcileRow]
    public var decided: Int
    /// Differences left undecided: the person restricted, the key taken held by another…
    public var skipped: Int
}

/// Why a file cannot be reconciled, or a decision cannot be written. Worded by the catalog.
public enum ReconcileRefusal: Error, Hashable, Sendable {
    /// Neither a name nor a NIK column is mapped: nothing to match people by. The headers found.
    case noIdentityColumn(headers: [String])
    /// Every row names another province. How many, and the provinces named most.
    case noRowOfProvince(rows: Int, provinces: [String])
    /// A typed value the field cannot take.
    case invalidValue(ImportField, ImportValueError)
    /// The NIK or KTA taken is held by another person.
    case heldByAnother(ImportField, name: String)
    /// A workplace cannot be kept without an employment status (ASN or not): set that first.
    case needsEmploymentStatus
    /// The person changed since the file was opened (another operator): open it again.
    case changedSince
    /// The decision does not fit the row (a field decision on a `hanya DPD` row…).
    case notApplicable
    /// An ignore needs its reason.
    case reasonRequired
    /// A row with a NIK and no name cannot become a member.
    case nameRequired
}
