import Domain
import GRDB

/// Settings the DPD must decide (DOMAIN.md §2, §6): kept as text, checked by `SettingRules`,
/// changed by an admin only, audited.
public protocol SettingsRepository: Sendable {
    /// The stored value, or nil when never set.
    func value(_ key: SettingKey) throws -> String?
    /// Checks and stores a value.
    /// - Throws: `StoreError.setting` when `SettingRules` refuses it, `.notPermitted` unless admin.
    func set(_ key: SettingKey, to value: String) throws
}

extension SettingsRepository {
    /// The stored value, or the key's default.
    public func current(_ key: SettingKey) throws -> String { try value(key) ?? key.defaultValue }
}

struct SettingsStore: SettingsRepository {
    let store: Store

    func value(_ key: SettingKey) throws -> String? {
        try store.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    func set(_ key: SettingKey, to raw: String) throws {
        let value: String
        switch SettingRules.check(key, raw) {
        case .success(let checked): value = checked
        case .failure(let error): throw StoreError.setting(key, error)
        }
        try store.write(requiring: .administer) { db in
            let before = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
            guard before != value else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            try store.auditor.record(db, entity: "setting", id: nil, action: before == nil ? .insert : .update,
                                     before: before.map { [key.rawValue: $0] }, after: [key.rawValue: value])
        }
    }
}
