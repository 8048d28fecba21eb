import Domain
import Foundation
import GRDB

/// The import engine (issue 13), used by the Pendataan screen and `sekretariat import` alike:
/// classify every row before anything is written, write the chosen rows in one transaction,
/// undo a batch while nothing newer depends on it.
public protocol ImportRepository: Sendable {
    /// Every row classified against the register. Reads only.
    func preview(_ table: SheetTable, target: ImportTarget, mapping: ImportMapping, source: String, fileName: String,
                 progress: ImportProgress) throws -> ImportPreview
    /// Writes the `baru` and `perbarui` rows, and the `ganda` rows as decided (skipped when not
    /// decided), in one transaction with one audit entry. The rows are classified again inside
    /// the transaction; if anything changed since the preview, nothing is written
    /// (`ImportStale`). A cancelled commit writes nothing.
    /// Nil when no row needs writing (every row `sama`, `galat` or skipped): no batch is kept.
    func commit(_ preview: ImportPreview, decisions: [Int: DuplicateDecision], progress: ImportProgress) throws -> ImportBatch?
    /// Newest first.
    func batches() throws -> [ImportBatch]
    /// Restores what the batch changed and removes what it created; throws `UndoRefusal`.
    func undo(batchId: Int64) throws
    /// Why the batch cannot be undone now, nil when it can: asked before the question is put.
    func undoRefusal(batchId: Int64) throws -> UndoRefusal?
    /// The mapping last used for this source and target, by header (folded) so a reordered
    /// file maps the same.
    func rememberedMapping(source: String, target: ImportTarget, headers: [String]) throws -> ImportMapping?
}

/// The register changed between the preview and the commit: preview again.
public struct ImportStale: Error, Hashable {}

struct ImportStore: ImportRepository {
    let store: Store

    func reader(_ table: SheetTable, target: ImportTarget, mapping: ImportMapping) -> ImportRowReader {
        ImportRowReader(target: target, mapping: mapping, regions: store.regions, today: store.today, rows: table.rows.map(\.cells))
    }

    func preview(_ table: SheetTable, target: ImportTarget, mapping: ImportMapping, source: String, fileName: String,
                 progress: ImportProgress) throws -> ImportPreview {
        let classifier = ImportClassifier(subject: target.subject, reader: reader(table, target: target, mapping: mapping))
        let (read, rows) = try store.read { db in try classifier.classify(db, table: table, progress: progress) }
        return ImportPreview(target: target, source: source, fileName: fileName, table: table, mapping: classifier.reader.mapping,
                             rows: rows, read: read)
    }

    func commit(_ preview: ImportPreview, decisions: [Int: DuplicateDecision], progress: ImportProgress) throws -> ImportBatch? {
        let subject = preview.target.subject
        // The preview's rows are matched again; the file is read again only for a preview made elsewhere.
        let classifier = ImportClassifier(subject: subject, reader: preview.read.isEmpty
            ? reader(preview.table, target: preview.target, mapping: preview.mapping)
            : ImportRowReader(target: preview.target, mapping: preview.mapping, regions: store.regions, today: store.today, rows: []))
        let now = store.timestamp, today = store.today, operatorName = store.operatorName
        return try store.write { db -> ImportBatch? in
            // The file is as the preview read it; what is stored may have changed since.
            let read = preview.read.isEmpty ? try classifier.readRows(preview.table, progress: ImportProgress(isCancelled: progress.isCancelled))
                                            : preview.read
            let fresh = try classifier.match(db, read, progress: ImportProgress(isCancelled: progress.isCancelled))
            guard fresh.map(\.kind) == preview.rows.map(\.kind), fresh.map(\.matchId) == preview.rows.map(\.matchId) else { throw ImportStale() }
            try db.execute(sql: """
                INSERT INTO import_batch (target, source, file_name, sheet, imported_at, operator, created, updated, unchanged, skipped, failed)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)
                """, arguments: [preview.target.rawValue, preview.source, preview.fileName, preview.table.sheet, now, operatorName])
            let batch = ImportBatchContext(id: db.lastInsertedRowID, source: preview.source, now: now, today: today)
            var created = 0, updated = 0, unchanged = 0, skipped = 0, failed = 0, seq = 0
            // Prepared once for the whole file: 100k rows must cost what SQLite costs (issue 13).
            let insert = try subject.inserter(db, batch: batch)
            let changes = try ImportChangeWriter(db, batch: batch.id, entity: subject.entity)
            for (i, row) in fresh.enumerated() {
                if i % 1024 == 0 {
                    if progress.isCancelled() { throw ImportCancelled() }
                    progress.report(i, fresh.count)
                }
                var action: (id: Int64?, changes: [ImportFieldChange])?
                switch row.kind {
                case .error: failed += 1
                case .same: unchanged += 1
                case .new: action = (nil, [])
                case .update: action = (row.matchId, row.changes)
                case .duplicate:
                    switch decisions[row.row.number] ?? .skip {
                    case .skip: skipped += 1
                    case .createNew: action = (nil, [])
                    case .merge(let id):
                        // A merge that would replace a stored NIK is skipped: the screen refuses it
                        // before this point; this keeps any other caller to the same rule.
                        guard let candidate = row.candidates.first(where: { $0.id == id }), !candidate.replacesStoredNIK else {
                            skipped += 1
                            break
                        }
                        if candidate.changes.isEmpty { unchanged += 1 } else { action = (id, candidate.changes) }
                    }
                }
                guard let action else { continue }
                seq += 1
                if let id = action.id {
                    let values = Dictionary(uniqueKeysWithValues: action.changes.map { ($0.field, Optional($0.new)) })
                    try subject.update(db, id: id, values, batch: batch)
                    let personId = subject.entity == "person" ? id : nil
                    try changes.write(seq: seq, row: row.row.number, id: id, personId: personId,
                                      before: Self.json(Dictionary(uniqueKeysWithValues: action.changes.map { ($0.field, $0.old) })),
                                      after: Self.json(Dictionary(uniqueKeysWithValues: action.changes.map { ($0.field, $0.new) })))
                    updated += 1
                } else {
                    let (id, personId) = try insert(row.row.values)
                    try changes.write(seq: seq, row: row.row.number, id: id, personId: personId, before: nil, after: Self.json(row.row.values))
                    created += 1
                }
            }
            guard created + updated > 0 else {
                try db.execute(sql: "DELETE FROM import_batch WHERE id = ?", arguments: [batch.id])
                return nil
            }
            try db.execute(sql: "UPDATE import_batch SET created = ?, updated = ?, unchanged = ?, skipped = ?, failed = ? WHERE id = ?",
                           arguments: [created, updated, unchanged, skipped, failed, batch.id])
            try remember(db, preview: preview, now: now)
            let result = ImportBatch(id: batch.id, target: preview.target, source: preview.source, fileName: preview.fileName,
                                     sheet: preview.table.sheet, importedAt: Timestamp.parse(now) ?? .distantPast, operatorName: operatorName, created: created,
                                     updated: updated, unchanged: unchanged, skipped: skipped, failed: failed, undoneAt: nil)
            try store.auditor.record(db, entity: "import_batch", id: batch.id, action: .bulkInsert, before: BatchAudit?.none,
                                     after: BatchAudit(result))
            return result
        }
    }

    /// The audit image of a batch: counts and the file, no personal values.
    struct BatchAudit: Encodable {
        let target: String, source: String, fileName: String, created: Int, updated: Int, unchanged: Int, skipped: Int, failed: Int
        init(_ b: ImportBatch) {
            (target, source, fileName) = (b.target.rawValue, b.source, b.fileName)
            (created, updated, unchanged, skipped, failed) = (b.created, b.updated, b.unchanged, b.skipped, b.failed)
        }
    }

    /// The `import_change` rows of one batch, through one prepared statement.
    struct ImportChangeWriter {
        let statement: RawInsert
        let batch: Int64, entity: String

        init(_ db: Database, batch: Int64, entity: String) throws {
            statement = try RawInsert(db, """
                INSERT INTO import_change (batch_id, seq, row_number, entity, entity_id, person_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            (self.batch, self.entity) = (batch, entity)
        }

        func write(seq: Int, row: Int, id: Int64, personId: Int64?, before: String?, after: String) throws {
            try statement.insert([batch.databaseValue, seq.databaseValue, row.databaseValue, entity.databaseValue, id.databaseValue,
                                  personId.databaseValue, before.databaseValue, after.databaseValue])
        }
    }

    /// `{"name":"Budi","nik":null}`, keys sorted. Written by hand: JSONSerialization took a
    /// third of a 100k-row import (perf, bench/README.md).
    static func json(_ values: [ImportField: String?]) -> String { json(values) { $0 } }

    static func json(_ values: [ImportField: String]) -> String { json(values) { $0 } }

    private static func json<Value>(_ values: [ImportField: Value], _ text: (Value) -> String?) -> String {
        var out = "{"
        for field in fieldsByName {
            guard let value = values[field] else { continue }
            if out.utf8.count > 1 { out += "," }
            out += "\"" + field.rawValue + "\":"
            if let value = text(value) { appendQuoted(value, to: &out) } else { out += "null" }
        }
        return out + "}"
    }

    /// The fields in the order their JSON keys sort, worked out once rather than per row.
    static let fieldsByName = ImportField.allCases.sorted { $0.rawValue < $1.rawValue }

    static func appendQuoted(_ text: String, to out: inout String) {
        // Nothing to escape (nearly every value): one append.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            out += "\"" + text + "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }


    static func fields(_ json: String) -> [ImportField: String?] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        var out: [ImportField: String?] = [:]
        for (key, value) in object { if let field = ImportField(rawValue: key) { out[field] = value as? String } }
        return out
    }

    func batches() throws -> [ImportBatch] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM import_batch ORDER BY id DESC").map(Self.batch)
        }
    }

    static func batch(_ row: Row) -> ImportBatch {
        ImportBatch(id: row["id"], target: ImportTarget(rawValue: row["target"]) ?? .members, source: row["source"],
                    fileName: row["file_name"], sheet: row["sheet"], importedAt: Timestamp.parse(row["imported_at"]) ?? .distantPast,
                    operatorName: row["operator"],
                    created: row["created"], updated: row["updated"], unchanged: row["unchanged"], skipped: row["skipped"],
                    failed: row["failed"], undoneAt: row["undone_at"])
    }

    func undoRefusal(batchId: Int64) throws -> UndoRefusal? {
        try store.read { db in
            do { _ = try undoPlan(db, batchId: batchId) } catch let refusal as UndoRefusal { return refusal }
            return nil
        }
    }

    /// What undoing the batch takes, newest change first; throws `UndoRefusal` when something
    /// newer depends on it. Reads only: `undoRefusal` asks it before the question is put.
    func undoPlan(_ db: Database, batchId: Int64) throws -> (batch: ImportBatch, changes: [Row]) {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM import_batch WHERE id = ?", arguments: [batchId]) else {
            throw StoreError.notFound(entity: "import_batch", id: batchId)
        }
        let batch = Self.batch(row)
        guard batch.undoneAt == nil else { throw UndoRefusal.alreadyUndone }
        let subject = batch.target.subject
        let changes = try Row.fetchAll(db, sql: "SELECT * FROM import_change WHERE batch_id = ? ORDER BY seq DESC", arguments: [batchId])
        // Erasure deleted the changes of an erased person: what is left cannot be undone whole.
        if changes.count < batch.created + batch.updated, let first = changes.last {
            throw UndoRefusal.changedSince(row: first["row_number"], name: Erasure.marker)
        }
        // One query for every record a later batch (not undone) changed too.
        if let newer = try Int64.fetchOne(db, sql: """
            SELECT min(c2.batch_id) FROM import_change c1
            JOIN import_change c2 ON c2.entity = c1.entity AND c2.entity_id = c1.entity_id AND c2.batch_id > c1.batch_id
            JOIN import_batch b ON b.id = c2.batch_id AND b.undone_at IS NULL
            WHERE c1.batch_id = ?
            """, arguments: [batchId]) {
            throw UndoRefusal.newerBatch(newer)
        }
        let stored = try subject.values(db, ids: changes.map { $0["entity_id"] })
        for change in changes {
            let id: Int64 = change["entity_id"], rowNumber: Int = change["row_number"]
            guard let current = stored[id] else { throw UndoRefusal.changedSince(row: rowNumber, name: Erasure.marker) }
            for (field, value) in Self.fields(change["after"]) where current.values[field] != value {
                throw UndoRefusal.changedSince(row: rowNumber, name: current.name)
            }
            if (change["before"] as String?) == nil, try subject.inUse(db, id: id, batchId: batchId) {
                throw UndoRefusal.inUse(row: rowNumber, name: current.name)
            }
        }
        return (batch, changes)
    }

    func undo(batchId: Int64) throws {
        let now = store.timestamp, today = store.today
        try store.write { db in
            let (batch, changes) = try undoPlan(db, batchId: batchId)
            let subject = batch.target.subject
            let context = ImportBatchContext(id: batchId, source: batch.source, now: now, today: today)
            var created: [Int64] = []
            for change in changes {
                let id: Int64 = change["entity_id"]
                if let beforeJSON: String = change["before"] {
                    try subject.restore(db, id: id, Self.fields(beforeJSON), batch: context)
                } else {
                    created.append(id)
                }
            }
            try subject.delete(db, ids: created)
            try db.execute(sql: "UPDATE import_batch SET undone_at = ?, undone_by = ? WHERE id = ?", arguments: [now, store.operatorName, batchId])
            try store.auditor.record(db, entity: "import_batch", id: batchId, action: .delete, before: BatchAudit(batch),
                                     after: BatchAudit?.none, reason: "Impor dibatalkan")
        }
    }

    func remember(_ db: Database, preview: ImportPreview, now: String) throws {
        try Self.remember(db, source: preview.source, target: preview.target, headers: preview.table.headers, mapping: preview.mapping, now: now)
    }

    /// Keeps the mapping for the source and target, by folded header.
    static func remember(_ db: Database, source: String, target: ImportTarget, headers: [String], mapping: ImportMapping, now: String) throws {
        // Every titled column: its field, or `-` for one left out on purpose.
        var byHeader: [String: String] = [:]
        for (column, header) in headers.enumerated() where !header.isEmpty {
            byHeader[HeaderName.fold(header)] = mapping[column]?.rawValue ?? "-"
        }
        let data = try JSONSerialization.data(withJSONObject: byHeader, options: [.sortedKeys])
        try db.execute(sql: "INSERT OR REPLACE INTO import_mapping (source, target, mapping, updated_at) VALUES (?, ?, ?, ?)",
                       arguments: [source, target.rawValue, String(decoding: data, as: UTF8.self), now])
    }

    func rememberedMapping(source: String, target: ImportTarget, headers: [String]) throws -> ImportMapping? {
        guard let json = try store.read({ try String.fetchOne($0, sql: "SELECT mapping FROM import_mapping WHERE source = ? AND target = ?",
                                                              arguments: [source, target.rawValue]) }),
              let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] else { return nil }
        // Titles seen before map as they did; a title new to this source maps by its synonyms.
        var mapping: ImportMapping = [:]
        for (i, header) in headers.enumerated() {
            if let raw = object[HeaderName.fold(header)], let field = ImportField(rawValue: raw) { mapping[i] = field }
        }
        let automatic = HeaderSynonyms.automaticMapping(headers: headers, target: target)
        for (i, field) in automatic where object[HeaderName.fold(headers[i])] == nil && !mapping.values.contains(field) {
            mapping[i] = field
        }
        return mapping
    }
}
