import Domain
import GRDB

/// The counts behind the Laporan reports (issue 15), each one grouped query over the register:
/// at a million members they read an index or scan once, never row by row in Swift.
public protocol ReportRepository: Sendable {
    /// Members in the register per regency code, whatever their status, and how many are active.
    func membersPerRegency() throws -> [String: (registered: Int, active: Int)]
    /// Members per employment status and employer type (nil: not recorded).
    func membersPerEmployment() throws -> [EmploymentCount]
    /// Members per year joined (nil: join date not recorded).
    func joinsPerYear() throws -> [(year: Int?, count: Int)]
    /// Members per registration channel.
    func membersPerChannel() throws -> [(channel: RegistrationChannel, count: Int)]
}

public struct EmploymentCount: Sendable, Hashable {
    public var status: EmploymentStatus?
    public var employerType: EmployerType?
    public var count: Int
}

struct ReportStore: ReportRepository {
    let store: Store

    func membersPerRegency() throws -> [String: (registered: Int, active: Int)] {
        try store.read { db in
            var out: [String: (Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT regency, count(*), sum(status = 'aktif') FROM membership GROUP BY regency") {
                out[row[0]] = (row[1], row[2] ?? 0)
            }
            return out
        }
    }

    func membersPerEmployment() throws -> [EmploymentCount] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.employment_status, p.employer_type, count(*) FROM membership m JOIN person p ON p.id = m.person_id
                GROUP BY 1, 2
                """).map { row in
                EmploymentCount(status: (row[0] as String?).flatMap(EmploymentStatus.init(rawValue:)),
                                employerType: (row[1] as String?).flatMap(EmployerType.init(rawValue:)), count: row[2])
            }
        }
    }

    func joinsPerYear() throws -> [(year: Int?, count: Int)] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT CAST(substr(join_date, 1, 4) AS INTEGER), count(*) FROM membership GROUP BY 1 ORDER BY 1
                """).map { row in (year: row[0] as Int?, count: row[1] as Int) }
        }
    }

    func membersPerChannel() throws -> [(channel: RegistrationChannel, count: Int)] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT channel, count(*) FROM membership GROUP BY channel").compactMap { row in
                (row[0] as String?).flatMap(RegistrationChannel.init(rawValue:)).map { (channel: $0, count: row[1] as Int) }
            }
        }
    }
}
