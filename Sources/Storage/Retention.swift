import Domain
import Foundation
import GRDB

/// One person kept longer than the retention period after their membership ended (issue 16,
/// DOMAIN.md §6): listed for review, never erased without the normal erasure path.
public struct RetentionCandidate: Sendable, Hashable {
    public var personId: Int64
    public var name: String
    public var kta: String?
    public var status: MembershipStatus
    /// When the membership ended (keluar or meninggal).
    public var endedOn: LocalDate
}

extension Store {
    /// People whose membership ended (keluar, meninggal) before `today` minus the retention
    /// setting (`SettingKey.retentionYears`, 5 by default), not yet erased, oldest first.
    /// Nonaktif is a pause, not an end, and is never listed.
    public func retentionDue(today: LocalDate) throws -> (cutoff: LocalDate, people: [RetentionCandidate]) {
        let years = Int(try settings.current(.retentionYears)) ?? 5
        let cutoff = today.adding(years: -years)
        let people = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.id, p.name, m.kta, m.status, m.status_date FROM membership m JOIN person p ON p.id = m.person_id
                WHERE m.status IN ('keluar', 'meninggal') AND m.status_date < ? AND p.erased_on IS NULL
                ORDER BY m.status_date, p.name
                """, arguments: [cutoff]).compactMap { row -> RetentionCandidate? in
                guard let status = MembershipStatus(rawValue: row["status"]), let ended = LocalDate(iso: row["status_date"] ?? "") else { return nil }
                return RetentionCandidate(personId: row["id"], name: row["name"], kta: row["kta"], status: status, endedOn: ended)
            }
        }
        return (cutoff, people)
    }
}
