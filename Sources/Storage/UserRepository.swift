import Domain
import Foundation
import GRDB

/// A staff account and its role (issue 16).
public struct UserAccount: Sendable, Hashable {
    public var name: String
    public var role: Role
    /// When the role was last set, and by whom (nil for whoever created the database).
    public var assignedAt: Date
    public var assignedBy: String?
}

/// Who may do what. The operator is the OS account of the process (`Operator.current`);
/// an account with no recorded role is a pembaca. Whoever creates (or first upgrades) a
/// database is its admin.
public protocol UserRepository: Sendable {
    /// Every account with a recorded role, by name.
    func all() throws -> [UserAccount]
    /// The role of `name`: pembaca when none is recorded.
    func role(of name: String) throws -> Role
    /// Records `role` for `name`; audited.
    /// - Throws: `.notPermitted` unless the operator is admin; `.invalid([.accountNameInvalid])`
    ///   for a name no OS account can have; `.lastAdmin` when it would leave no admin.
    func setRole(_ role: Role, for name: String) throws
}

struct UserStore: UserRepository {
    let store: Store

    func all() throws -> [UserAccount] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY name").map { row in
                UserAccount(name: row["name"], role: Role(rawValue: row["role"]) ?? .pembaca,
                            assignedAt: Timestamp.parse(row["assigned_at"] ?? "") ?? .distantPast, assignedBy: row["assigned_by"])
            }
        }
    }

    func role(of name: String) throws -> Role { try store.read { try Self.role(of: name, in: $0) } }

    func setRole(_ role: Role, for raw: String) throws {
        guard let name = AccountName.parse(raw) else { throw StoreError.invalid([.accountNameInvalid]) }
        try store.write(requiring: .administer) { db in
            let before = try String.fetchOne(db, sql: "SELECT role FROM app_user WHERE name = ?", arguments: [name])
            guard before != role.rawValue else { return }
            if before == Role.admin.rawValue,
               try Int.fetchOne(db, sql: "SELECT count(*) FROM app_user WHERE role = 'admin'") == 1 {
                throw StoreError.lastAdmin(name)
            }
            try db.execute(sql: """
                INSERT INTO app_user (name, role, assigned_at, assigned_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role, assigned_at = excluded.assigned_at,
                                                 assigned_by = excluded.assigned_by
                """, arguments: [name, role.rawValue, store.timestamp, store.operatorName])
            // As settings are: `{"budi":"operator"}`, the account name as the key.
            try store.auditor.record(db, entity: "user", id: nil, action: before == nil ? .insert : .update,
                                     before: before.map { [name: $0] }, after: [name: role.rawValue])
        }
    }

    static func role(of name: String, in db: Database) throws -> Role {
        try String.fetchOne(db, sql: "SELECT role FROM app_user WHERE name = ?", arguments: [name]).flatMap(Role.init) ?? .pembaca
    }

    /// The first account on a database without any: whoever creates or first upgrades it.
    static func adoptFirstAdmin(_ name: String, in db: Database, at timestamp: String) throws {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM app_user") == 0 else { return }
        try db.execute(sql: "INSERT INTO app_user (name, role, assigned_at) VALUES (?, 'admin', ?)", arguments: [name, timestamp])
        try Auditor(operatorName: name, timestamp: { timestamp }).record(
            db, entity: "user", id: nil, action: .insert, before: [String: String]?.none,
            after: [name: Role.admin.rawValue], reason: "pembuat basis data")
    }
}
