import Domain
import Foundation
import GRDB

public enum ExportKind: String, Sendable, CaseIterable {
    case members, officers, programmes, activities
}

public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json
}

extension Store {
    /// Writes an export to `write` in pieces, so a million members never sit in memory.
    /// CSV has a header row. NIKs are masked (`1671********0001`) unless `unmask`.
    /// Members: everyone with a membership, all statuses, by name; those whose processing is
    /// restricted (UU PDP) are left out.
    /// Officers: one row per assignment of the term `termId` (the active term when nil), in
    /// board order; the current holders only, or every assignment, ended ones too, with `history`.
    /// Programmes: one row per target of the term `termId` (every term when nil), with its
    /// realisation summed and the latest entry's date. Activities: one row per activity with its
    /// figure as stored, a column per part label; NULL (not reported) stays empty, never 0.
    public func export(_ kind: ExportKind, format: ExportFormat, unmask: Bool, termId: Int64? = nil, history: Bool = false,
                       write: (String) throws -> Void) throws {
        if unmask && (kind == .members || kind == .officers) {
            // Full NIKs leave the database: the export is itself audited as a read (DOMAIN.md §6).
            try self.write(requiring: .unmask) { db in
                try auditor.record(db, entity: "export", id: nil, action: .read, before: [String: String]?.none,
                                   after: ["kind": kind.rawValue, "format": format.rawValue, "nik": "penuh"],
                                   reason: "ekspor dengan NIK lengkap (--unmask)")
            }
        }
        let table: ExportTable
        switch kind {
        case .members: table = try memberTable(unmask: unmask)
        case .officers: table = try officerTable(termId: termId, history: history, unmask: unmask)
        case .programmes: table = try programmeTable(termId: termId)
        case .activities: table = try activityTable()
        }
        switch format {
        case .csv:
            try write(CSV.line(table.header))
            try table.rows { try write(CSV.line($0.map { $0 ?? "" })) }
        case .json:
            try write("[")
            var first = true
            try table.rows { fields in
                var object: [String] = []
                for (key, value) in zip(table.header, fields) {
                    object.append(Self.jsonString(key) + ":" + (value.map(Self.jsonString) ?? "null"))
                }
                try write((first ? "\n" : ",\n") + "{" + object.joined(separator: ",") + "}")
                first = false
            }
            try write(first ? "]\n" : "\n]\n")
        }
    }

    static func jsonString(_ s: String) -> String {
        let data = try! JSONEncoder().encode(s)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
    }

    private func memberTable(unmask: Bool) throws -> ExportTable {
        let regions = self.regions
        return ExportTable(header: ["kta", "nama", "nik", "jenis_kelamin", "kab_kota_kode", "kab_kota", "kepegawaian",
                                    "jenis_pemberi_kerja", "status", "tanggal_status", "saluran", "tanggal_bergabung"]) { emit in
            var cursor: (String, Int64)? = nil
            while true {
                let rows = try self.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT m.*, p.name, p.nik, p.sex, p.domicile_regency, p.employment_status, p.employer_type
                        FROM membership m JOIN person p ON p.id = m.person_id
                        WHERE NOT EXISTS (SELECT 1 FROM restriction r WHERE r.person_id = m.person_id)
                        \(cursor == nil ? "" : "AND (m.name_key, m.person_id) > (?, ?)")
                        ORDER BY m.name_key, m.person_id LIMIT 1000
                        """, arguments: cursor.map { [$0.0, $0.1] } ?? [])
                }
                for r in rows {
                    let nik: String? = r["nik"]
                    let regency: String? = r["domicile_regency"]
                    try emit([r["kta"], r["name"], nik.map { unmask ? $0 : NIK.mask($0) }, r["sex"], regency,
                              regency.flatMap { regions.region(code: $0)?.name }, r["employment_status"], r["employer_type"],
                              r["status"], r["status_date"], r["channel"], r["join_date"]])
                }
                guard rows.count == 1000, let last = rows.last else { return }
                cursor = (last["name_key"], last["person_id"])
            }
        }
    }

    private func officerTable(termId: Int64?, history: Bool, unmask: Bool) throws -> ExportTable {
        let header = ["periode", "kelompok", "jabatan", "nama", "kta", "nik", "mulai", "selesai", "alasan_selesai"]
        guard let termId = try termId ?? board.activeTerm()?.id else { return ExportTable(header: header) { _ in } }
        let snapshot = try board.board(termId: termId)
        let term = snapshot.term
        let (holdings, niks) = try read { db in
            let holdings = try BoardStore.holdings(db, where: "p.term_id = ?", [termId])
            let niks = try Dictionary(Row.fetchAll(db, sql: """
                SELECT DISTINCT p.id, p.nik FROM person p JOIN assignment a ON a.person_id = p.id
                JOIN position s ON s.id = a.position_id WHERE s.term_id = ? AND p.nik IS NOT NULL
                """, arguments: [termId]).map { ($0["id"] as Int64, $0["nik"] as String) }, uniquingKeysWith: { a, _ in a })
            return (Dictionary(grouping: holdings, by: \.assignment.positionId), niks)
        }
        let groups = Dictionary(uniqueKeysWithValues: snapshot.departments.compactMap { d in d.id.map { ($0, "Bidang \(d.name)") } })
        return ExportTable(header: header) { emit in
            for seat in snapshot.seats {
                let group: String?
                switch seat.position.kind.category {
                case .adviser: group = "Pembina/Penasehat"
                case .executive: group = "Pengurus Harian"
                case .department: group = seat.position.departmentId.flatMap { groups[$0] }
                }
                let rows = history ? holdings[seat.position.id!] ?? [] : [seat.holder].compactMap { $0 }
                for h in rows {
                    let a = h.assignment
                    // A date left empty is the term's own; a holder still sitting has no end.
                    let end = a.end ?? (a.endedEarly || term.status == .selesai ? term.end : nil)
                    try emit([term.name, group, seat.position.title, h.isErased ? Erasure.marker : h.name, h.kta,
                              niks[h.personId].map { unmask ? $0 : NIK.mask($0) },
                              (a.start ?? term.start).iso, end?.iso, a.endReason?.rawValue])
                }
            }
        }
    }

    private func programmeTable(termId: Int64?) throws -> ExportTable {
        let terms = try board.terms().filter { termId == nil || $0.id == termId }.sorted { $0.start < $1.start }
        let rows = try terms.map { ($0, try programmes.rows(termId: $0.id!)) }
        return ExportTable(header: ["periode", "bidang", "program", "status", "mulai", "selesai", "dilanjutkan_dari", "sasaran", "jenis",
                                    "satuan", "target", "realisasi", "persen", "realisasi_terakhir"]) { emit in
            for (term, programmes) in rows {
                for row in programmes {
                    let p = row.programme
                    let origin = row.origin.map { "\($0.title) (\($0.termName))" }
                    let head: [String?] = [term.name, row.departmentName, p.title, p.status.rawValue, (p.startsOn ?? term.start).iso,
                                           (p.endsOn ?? term.end)?.iso, origin]
                    if row.targets.isEmpty { try emit(head + [nil, nil, nil, nil, nil, nil, nil]) }
                    for t in row.targets {
                        try emit(head + [t.target.description, t.target.kind.rawValue, t.target.unit, t.target.value.map(String.init),
                                         t.realised.map(String.init), t.percent.map(String.init), t.entries.last?.date.iso])
                    }
                }
            }
        }
    }

    private func activityTable() throws -> ExportTable {
        let rows = try activities.activityRows()
        let programmes = Dictionary(try self.programmes.programmes(termId: nil).map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        var labels: [String] = []
        for row in rows { for part in row.activity.participants?.parts ?? [] where !labels.contains(part.label) { labels.append(part.label) } }
        let header = ["tahun", "tanggal", "jenis", "kegiatan", "tempat", "jenjang", "mitra", "program", "peserta_total"]
            + labels.map { "peserta_" + Self.columnName($0) }
            + ["selisih_rincian", "perkiraan", "per_tanggal", "sumber", "catatan_angka", "catatan"]
        return ExportTable(header: header) { emit in
            for row in rows {
                let a = row.activity, f = a.participants
                let parts = labels.map { label in f?.parts.first { $0.label == label }?.value.map(String.init) }
                let head: [String?] = [String(a.year), a.date?.iso, a.kind.rawValue, a.title, a.place, a.level?.rawValue,
                                       row.partnerNames.isEmpty ? nil : row.partnerNames.joined(separator: "; "),
                                       a.programmeId.flatMap { programmes[$0] }, f?.total.map(String.init)]
                let difference = f?.discrepancy.map { $0.difference > 0 ? "+\($0.difference)" : String($0.difference) }
                try emit(head + parts + [difference, f.map { $0.isEstimate ? "ya" : "tidak" }, f?.asOf?.iso, f?.source, f?.note, a.note])
            }
        }
    }

    /// `Peksos` → `peksos`, `Tenaga Kesejahteraan Sosial` → `tenaga_kesejahteraan_sosial`.
    static func columnName(_ label: String) -> String {
        let folded = label.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        return folded.split(separator: "_").joined(separator: "_")
    }
}

/// Header and a row producer; NULL stays nil (an empty CSV field, JSON null).
struct ExportTable {
    let header: [String]
    let rows: (_ emit: ([String?]) throws -> Void) throws -> Void
}
