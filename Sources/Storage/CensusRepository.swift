import Domain
import GRDB

/// Census records (★ separate from membership) and traced alumni, with the summaries the
/// Pendataan screen shows.
public protocol CensusRepository: Sendable {
    func records(batch: String?) throws -> [CensusRecord]
    @discardableResult func save(_ record: CensusRecord) throws -> Int64
    func alumni() throws -> [AlumniRecord]
    @discardableResult func save(_ record: AlumniRecord) throws -> Int64
    /// One row per regency or city (all 17, in code order), then nothing else: the caller adds the totals.
    func coverage() throws -> [CoverageRow]
    /// One row per institution and graduation year.
    func alumniSummary() throws -> [AlumniSummaryRow]
}

/// A regency's census coverage: recorded in the census, of whom members, and members the
/// census has not recorded (issue 13).
public struct CoverageRow: Hashable, Sendable {
    public var regency: Region
    public var recorded: Int
    /// Census records that are members: linked to a member, or carrying a member's NIK.
    public var recordedMembers: Int
    /// Active members living there whom no census record names (by link or NIK).
    public var membersNotRecorded: Int
}

public struct AlumniSummaryRow: Hashable, Sendable {
    public var institution: String
    /// Nil: the year is not known.
    public var graduationYear: Int?
    public var traced: Int
    /// Known to work as social workers.
    public var practising: Int
    /// Whether they work as social workers is not known.
    public var unknown: Int
    public var members: Int
}

struct CensusStore: CensusRepository {
    let store: Store

    func records(batch: String?) throws -> [CensusRecord] {
        try store.read { db in
            batch == nil ? try CensusRecord.fetchAll(db)
                         : try CensusRecord.fetchAll(db, where: "batch = ?", arguments: [batch])
        }
    }
    func save(_ record: CensusRecord) throws -> Int64 { try store.write { try store.save($0, record) } }
    func alumni() throws -> [AlumniRecord] { try store.read { try AlumniRecord.fetchAll($0, order: "name") } }
    func save(_ record: AlumniRecord) throws -> Int64 { try store.write { try store.save($0, record) } }

    /// A census record is a member's when its link or its NIK leads to a membership.
    static let recordIsMember = """
        (EXISTS (SELECT 1 FROM membership m WHERE m.person_id = c.person_id)
         OR (c.nik IS NOT NULL AND EXISTS (SELECT 1 FROM person p JOIN membership m ON m.person_id = p.id WHERE p.nik = c.nik)))
        """

    /// The row is not about a person whose processing is restricted (UU PDP, issue 16).
    static func notRestricted(_ column: String) -> String {
        "(\(column) IS NULL OR \(column) NOT IN (SELECT person_id FROM restriction))"
    }

    func coverage() throws -> [CoverageRow] {
        try store.read { db in
            var recorded: [String: (Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT c.regency, count(*), sum(\(Self.recordIsMember)) FROM census_record c
                WHERE c.regency IS NOT NULL AND \(Self.notRestricted("c.person_id")) GROUP BY c.regency
                """) {
                recorded[row[0]] = (row[1], row[2] ?? 0)
            }
            // Active members per regency (a covering index), less those a census record names:
            // by link, or by NIK. The census is small; the register may hold a million.
            var active: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT regency, count(*) FROM membership WHERE status = 'aktif' GROUP BY regency") {
                active[row[0]] = row[1]
            }
            // Restricted members are left out of every count (UU PDP): subtracted, few as they are.
            for row in try Row.fetchAll(db, sql: """
                SELECT m.regency, count(*) FROM restriction r JOIN membership m ON m.person_id = r.person_id
                WHERE m.status = 'aktif' GROUP BY m.regency
                """) {
                active[row[0], default: 0] -= row[1] as Int
            }
            var inCensus: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.regency, count(*) FROM membership m
                WHERE m.status = 'aktif' AND \(Self.notRestricted("m.person_id")) AND m.person_id IN (
                    SELECT person_id FROM census_record WHERE person_id IS NOT NULL
                    UNION SELECT p.id FROM census_record c JOIN person p ON p.nik = c.nik WHERE c.nik IS NOT NULL)
                GROUP BY m.regency
                """) {
                inCensus[row[0]] = row[1]
            }
            let missing = active.merging(inCensus.mapValues { -$0 }, uniquingKeysWith: +)
            return store.regions.regions.map { region in
                CoverageRow(regency: region, recorded: recorded[region.code]?.0 ?? 0, recordedMembers: recorded[region.code]?.1 ?? 0,
                            membersNotRecorded: missing[region.code] ?? 0)
            }
        }
    }

    func alumniSummary() throws -> [AlumniSummaryRow] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT institution, graduation_year, count(*), sum(practising = 1), sum(practising IS NULL),
                       sum(person_id IS NOT NULL AND EXISTS (SELECT 1 FROM membership m WHERE m.person_id = a.person_id))
                FROM alumni_record a WHERE \(Self.notRestricted("a.person_id"))
                GROUP BY institution, graduation_year ORDER BY institution, graduation_year
                """).map {
                AlumniSummaryRow(institution: $0[0], graduationYear: $0[1], traced: $0[2], practising: $0[3] ?? 0,
                                 unknown: $0[4] ?? 0, members: $0[5] ?? 0)
            }
        }
    }
}
