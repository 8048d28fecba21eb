import Domain
import Foundation
import GRDB

/// The breach register (UU 27/2022 Art. 46, issue 16). An admin's: recording, linking people
/// and marking the notification sent need `administer`; every change is audited.
public protocol BreachRepository: Sendable {
    /// Every incident, the newest discovery first, with the people it touches.
    func breaches() throws -> [Breach]
    /// Inserts or updates the incident (its people included); returns its id.
    /// - Throws: `BreachProblem` for a record that cannot be kept as typed; `StoreError.notPermitted` for a non-admin.
    @discardableResult func save(_ breach: Breach) throws -> Int64
    /// The people's names, register order, erased people as the erasure marker.
    func names(_ personIds: [Int64]) throws -> [Int64: String]
}

struct BreachStore: BreachRepository {
    let store: Store

    func breaches() throws -> [Breach] {
        try store.read { db in
            let people = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT breach_id, person_id FROM breach_person ORDER BY person_id"),
                                    by: { $0["breach_id"] as Int64 })
            return try Row.fetchAll(db, sql: "SELECT * FROM breach ORDER BY discovered_on DESC, discovered_at DESC, id DESC").map { row in
                let id: Int64 = row["id"]
                return Breach(id: id, description: row["description"], discoveredOn: row["discovered_on"],
                              discoveredAt: ClockTime(row["discovered_at"] as String) ?? ClockTime(hour: 0, minute: 0)!,
                              cause: row["cause"], measures: row["measures"],
                              personIds: (people[id] ?? []).map { $0["person_id"] }, notifiedOn: row["notified_on"])
            }
        }
    }

    func save(_ breach: Breach) throws -> Int64 {
        if let problem = breach.problems(today: store.today, now: store.timeOfDay).first { throw problem }
        let now = store.timestamp, operatorName = store.operatorName
        return try store.write(requiring: .administer) { db in
            let before = try breach.id.flatMap { id in try Self.image(db, id: id) }
            let values: [DatabaseValueConvertible?] = [breach.description.trimmingSpaces, breach.discoveredOn, breach.discoveredAt.description,
                                                       breach.cause?.trimmingSpaces.nonBlank, breach.measures?.trimmingSpaces.nonBlank,
                                                       breach.notifiedOn]
            let id: Int64
            if let existing = breach.id {
                guard before != nil else { throw StoreError.notFound(entity: "breach", id: existing) }
                try db.execute(sql: """
                    UPDATE breach SET description = ?, discovered_on = ?, discovered_at = ?, cause = ?, measures = ?, notified_on = ?
                    WHERE id = ?
                    """, arguments: StatementArguments(values + [existing]))
                id = existing
            } else {
                try db.execute(sql: """
                    INSERT INTO breach (description, discovered_on, discovered_at, cause, measures, notified_on, recorded_at, operator)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(values + [now, operatorName]))
                id = db.lastInsertedRowID
            }
            try db.execute(sql: "DELETE FROM breach_person WHERE breach_id = ?", arguments: [id])
            for personId in Set(breach.personIds) {
                try db.execute(sql: "INSERT INTO breach_person (breach_id, person_id) VALUES (?, ?)", arguments: [id, personId])
            }
            try store.auditor.record(db, entity: "breach", id: id, action: breach.id == nil ? .insert : .update, before: before,
                                     after: try Self.image(db, id: id))
            return id
        }
    }

    func names(_ personIds: [Int64]) throws -> [Int64: String] {
        try store.read { db in
            let pairs = try chunkedIds(personIds) { chunk, marks in
                try Row.fetchAll(db, sql: "SELECT id, name, erased_on FROM person WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
                    .map { row -> (Int64, String) in (row["id"], (row["erased_on"] as String?) == nil ? row["name"] : Erasure.marker) }
            }
            return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The audit image: the record and the ids of the people, no names (the audit is no copy
    /// of personal data, DOMAIN.md §6).
    struct Image: Codable, Equatable {
        let description: String, discoveredOn: String, discoveredAt: String, cause: String?, measures: String?, notifiedOn: String?
        let people: [Int64]
    }

    static func image(_ db: Database, id: Int64) throws -> Image? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM breach WHERE id = ?", arguments: [id]) else { return nil }
        return Image(description: row["description"], discoveredOn: row["discovered_on"], discoveredAt: row["discovered_at"],
                     cause: row["cause"], measures: row["measures"], notifiedOn: row["notified_on"],
                     people: try Int64.fetchAll(db, sql: "SELECT person_id FROM breach_person WHERE breach_id = ? ORDER BY person_id", arguments: [id]))
    }
}
