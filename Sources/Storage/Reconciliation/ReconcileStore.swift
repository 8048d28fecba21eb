import Domain
import Foundation
import GRDB

struct ReconcileStore: ReconcileRepository {
    let store: Store

    func reconcile(_ table: SheetTable, mapping: ImportMapping, file: ReconcileFile, source: String,
                   progress: ImportProgress) throws -> Reconciliation {
        let mapping = mapping.filter { ImportTarget.dpp.fields.contains($0.value) }
        guard mapping.values.contains(.name) || mapping.values.contains(.nik) else {
            throw ReconcileRefusal.noIdentityColumn(headers: table.headers)
        }
        let reader = ImportRowReader(target: .dpp, mapping: mapping, regions: store.regions, today: store.today, rows: table.rows.map(\.cells))
        let read = try ImportClassifier(subject: MemberImportSubject(), reader: reader).readRows(table, progress: progress)
        let (home, outside, failed) = Self.split(Self.bothDuplicatesFailed(read, nikColumn: mapping.first { $0.value == .nik }?.key))
        guard !home.isEmpty || !failed.isEmpty || outside.isEmpty else {
            throw ReconcileRefusal.noRowOfProvince(rows: outside.count, provinces: Self.mostNamed(outside))
        }
        return try store.read { db in
            let register = try ReconcileRegister.read(db)
            let matcher = ReconcileMatcher(register: register, decisions: try Self.decisions(db, checksum: file.checksum))
            let (rows, restricted) = try matcher.classify(home, progress: progress)
            // Told only for bytes never reconciled before under a name that was: a file put back
            // as it was is that earlier file again, decisions and all.
            let sameRun = try Int64.fetchOne(db, sql: "SELECT max(id) FROM reconciliation WHERE checksum = ?", arguments: [file.checksum])
            let changedFrom = sameRun != nil ? nil : try String.fetchOne(db, sql: """
                SELECT checksum FROM reconciliation WHERE file_name = ? ORDER BY reconciled_at DESC, id DESC LIMIT 1
                """, arguments: [file.name])
            return Reconciliation(file: file, source: source, headers: table.headers, mapping: mapping, rows: rows,
                                  outsideProvince: outside, failed: failed + restricted, registerCount: register.activeMembers.count,
                                  today: store.today, changedFrom: changedFrom, runId: sameRun)
        }
    }

    /// A NIK twice in the export: neither row is reconciled, since which one is right cannot be
    /// told (the reader marks only the later one).
    static func bothDuplicatesFailed(_ rows: [ImportRow], nikColumn: Int?) -> [ImportRow] {
        var firstOf: [Int: Int] = [:]
        for row in rows {
            for problem in row.errors where problem.field == .nik {
                if case .repeatsRow(let earlier) = problem.kind { firstOf[earlier] = firstOf[earlier] ?? row.number }
            }
        }
        guard !firstOf.isEmpty else { return rows }
        return rows.map { row in
            guard let later = firstOf[row.number] else { return row }
            var failed = row
            failed.errors.append(ImportProblem(column: nikColumn, field: .nik, kind: .repeatsRow(later)))
            return failed
        }
    }

    /// The rows of the province (no province column: every row), those of others set aside,
    /// and those that cannot be reconciled. A value that cannot be read is left out and noted
    /// (`warnings`), the row kept: a bad phone does not hide a person whose NIK matches. A row
    /// with neither name nor NIK, or a NIK the file holds twice, is not reconciled.
    static func split(_ rows: [ImportRow]) -> (home: [ImportRow], outside: [ImportRow], failed: [ImportRow]) {
        var home: [ImportRow] = [], outside: [ImportRow] = [], failed: [ImportRow] = []
        for var row in rows {
            if let province = row.values[.province], !ProvinceName.isHome(province) { outside.append(row); continue }
            let unreadable = row.errors.filter { if case .value = $0.kind { true } else { false } }
            row.errors.removeAll { if case .value = $0.kind { true } else { false } }
            row.warnings = unreadable + row.warnings
            if row.values[.name] == nil && row.values[.nik] == nil {
                row.errors.append(ImportProblem(column: nil, field: .name, kind: .missing))
            }
            if row.errors.isEmpty { home.append(row) } else { failed.append(row) }
        }
        return (home, outside, failed)
    }

    /// The provinces the set-aside rows name most, with their counts: `Jambi (20)`.
    static func mostNamed(_ rows: [ImportRow]) -> [String] {
        // `JAMBI` and `Jambi` are one province, shown as first written.
        var counts: [String: Int] = [:], spelling: [String: String] = [:]
        for row in rows {
            let name = row.values[.province] ?? "?", key = HeaderName.fold(name)
            counts[key, default: 0] += 1
            if spelling[key] == nil { spelling[key] = name }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { "\(spelling[$0.key] ?? $0.key) (\($0.value))" }
    }

    static func decisions(_ db: Database, checksum: String) throws -> [DecisionKey: ReconcileDecision] {
        var out: [DecisionKey: ReconcileDecision] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM reconcile_decision WHERE checksum = ? ORDER BY id", arguments: [checksum])
        while let row = try rows.next() {
            guard let choice = ReconcileChoice(rawValue: row["choice"]) else { continue }
            let field = (row["field"] as String?).flatMap(ImportField.init(rawValue:))
            let decision = ReconcileDecision(choice: choice, field: field, value: row["value"], reason: row["reason"],
                                             personId: row["person_id"], decidedAt: row["decided_at"], operatorName: row["operator"])
            // Later decisions replace earlier ones on the same row or field.
            out[DecisionKey(number: row["row_number"], personId: row["person_id"], field: field, choice: choice)] = decision
        }
        return out
    }

    @discardableResult
    func record(_ r: Reconciliation) throws -> Int64 {
        let now = store.timestamp, operatorName = store.operatorName
        let counts = r.counts
        let figures: [DatabaseValueConvertible?] = [r.registerCount, r.dppCount, r.inBoth, counts[.onlyDPD] ?? 0, counts[.onlyDPP] ?? 0,
                                                    counts[.doubtful] ?? 0, r.pending, r.outsideProvince.count, r.failed.count]
        return try store.write { db in
            try ImportStore.remember(db, source: r.source, target: .dpp, headers: r.headers, mapping: r.mapping, now: now)
            if let id = r.runId, try Bool.fetchOne(db, sql: "SELECT 1 FROM reconciliation WHERE id = ?", arguments: [id]) == true {
                try db.execute(sql: """
                    UPDATE reconciliation SET register_count = ?, dpp_count = ?, in_both = ?, only_dpd = ?, only_dpp = ?, doubtful = ?,
                        pending = ?, outside_province = ?, failed = ?, reconciled_at = ?, operator = ?, path = ? WHERE id = ?
                    """, arguments: StatementArguments(figures + [now, operatorName, r.file.path, id]))
                return id
            }
            try db.execute(sql: """
                INSERT INTO reconciliation (register_count, dpp_count, in_both, only_dpd, only_dpp, doubtful, pending, outside_province,
                    failed, reconciled_at, operator, path, file_name, checksum, source, exported_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(figures + [now, operatorName, r.file.path, r.file.name, r.file.checksum, r.source,
                                                              r.file.exportedOn]))
            return db.lastInsertedRowID
        }
    }

    func releaseListForDPP(_ r: Reconciliation, to path: String) throws -> (rows: [ReconcileRow], withdrawn: Int) {
        let marked = r.notInDPP
        return try store.write(requiring: .unmask) { db in
            // Whoever withdrew consent to data going to the DPP is left out (UU PDP: a withdrawal
            // stops that processing), as is anyone restricted since the file was opened.
            let held = try Int64.fetchAll(db, sql: """
                SELECT person_id FROM consent WHERE purpose = ? AND withdrawn_on IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM consent c2 WHERE c2.person_id = consent.person_id AND c2.purpose = consent.purpose
                                  AND c2.withdrawn_on IS NULL)
                UNION SELECT person_id FROM restriction
                """, arguments: [Consent.Purpose.statisticsToDPP.rawValue])
            let leftOut = Set(held)
            let rows = marked.filter { !leftOut.contains($0.personId ?? 0) }
            if !rows.isEmpty {
                _ = try store.auditor.record(db, entity: "export", id: nil, action: .read, before: [String: String]?.none,
                                             after: ["kind": "belum_terdaftar_dpp", "rows": String(rows.count), "file": path, "nik": "penuh",
                                                     "dpp_export": r.file.name, "checksum": r.file.checksum],
                                             reason: "daftar anggota belum terdaftar di DPP")
            }
            return (rows, marked.count - rows.count)
        }
    }

    func runs() throws -> [ReconcileRun] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reconciliation ORDER BY reconciled_at DESC, id DESC").map { row in
                ReconcileRun(id: row["id"], fileName: row["file_name"], path: row["path"], checksum: row["checksum"], source: row["source"],
                             exportedOn: row["exported_on"], reconciledAt: Timestamp.parse(row["reconciled_at"]) ?? .distantPast,
                             operatorName: row["operator"], registerCount: row["register_count"], dppCount: row["dpp_count"],
                             inBoth: row["in_both"], onlyDPD: row["only_dpd"], onlyDPP: row["only_dpp"], doubtful: row["doubtful"],
                             pending: row["pending"], outsideProvince: row["outside_province"], failed: row["failed"])
            }
        }
    }
}
