import Domain
import GRDB

/// Settings the DPD must decide (DOMAIN.md §2, §6): kept as text, audited.
public protocol SettingsRepository: Sendable {
    func value(_ key: SettingKey) throws -> String?
    func set(_ key: SettingKey, to value: String) throws
}

public enum SettingKey: String, Sendable, CaseIterable {
    /// `Dewan Pengurus Daerah` (IPSPI's own) or `Dewan Perwakilan Daerah` (the article's).
    case dpdExpansion = "dpd_expansion"
    case termLengthYears = "term_length_years"
    /// Retention period for personal data after membership ends; the law sets none.
    case retentionYears = "retention_years"
    case quorumRule = "quorum_rule"
    /// How decisions are numbered (`DocumentNumber.formatted`).
    case decisionNumberPattern = "decision_number_pattern"

    public var defaultValue: String {
        switch self {
        case .dpdExpansion: return "Dewan Pengurus Daerah"
        case .termLengthYears: return "5"
        case .retentionYears: return "5"
        case .quorumRule: return QuorumRule.halfPlusOne.code
        case .decisionNumberPattern: return DocumentNumber.defaultPattern
        }
    }
}

struct SettingsStore: SettingsRepository {
    let store: Store

    func value(_ key: SettingKey) throws -> String? {
        try store.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue]) }
    }

    func set(_ key: SettingKey, to value: String) throws {
        try store.write { db in
            let before = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key.rawValue])
            guard before != value else { return }
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            try store.auditor.record(db, entity: "setting", id: nil, action: before == nil ? .insert : .update,
                                     before: before.map { [key.rawValue: $0] }, after: [key.rawValue: value])
        }
    }
}
