import Domain
import Foundation
import GRDB

/// Classifies every row of a file against the stored records (issue 13): NIK first, then KTA,
/// then folded name with birth date. Runs inside one read (preview) or the commit's write,
/// so what is written is what was classified against.
struct ImportClassifier {
    let subject: any ImportSubject
    let reader: ImportRowReader

    func classify(_ db: Database, table: SheetTable, progress: ImportProgress) throws -> (read: [ImportRow], rows: [PreviewRow]) {
        let read = try readRows(table, progress: progress)
        return (read, try match(db, read, progress: progress))
    }

    /// Every row's values and problems, the file's own duplicates included. Needs no database:
    /// the commit matches the preview's rows again instead of reading the file twice.
    func readRows(_ table: SheetTable, progress: ImportProgress) throws -> [ImportRow] {
        var rows = try Self.read(table.rows, with: reader, progress: progress)
        var seenNIK: [String: Int] = [:], seenKTA: [String: Int] = [:], seenValues: [String: Int] = [:]
        for i in rows.indices {
            var row = rows[i]
            if let nik = row.values[.nik] {
                if let earlier = seenNIK[nik] {
                    row.errors.append(ImportProblem(column: column(.nik), field: .nik, kind: .repeatsRow(earlier)))
                } else { seenNIK[nik] = row.number }
            }
            if let kta = row.values[.kta] {
                if let earlier = seenKTA[kta] {
                    row.errors.append(ImportProblem(column: column(.kta), field: .kta, kind: .repeatsRow(earlier)))
                } else { seenKTA[kta] = row.number }
            }
            // The same values twice (a form sent twice): the second is not another person.
            if row.errors.isEmpty, row.values[.nik] == nil, row.values[.kta] == nil {
                let key = row.values.sorted { $0.key.rawValue < $1.key.rawValue }.map { $0.key.rawValue + "=" + $0.value }.joined(separator: "\u{1F}")
                if let earlier = seenValues[key] {
                    row.errors.append(ImportProblem(column: column(.name), field: .name, kind: .repeatsRow(earlier)))
                } else { seenValues[key] = row.number }
            }
            rows[i] = row
        }
        return rows
    }

    /// Each row read on its own, on every core: a row's values and problems depend on nothing
    /// but its cells, and reading is most of a 100k-row preview (issue 13's speed, `make bench`).
    /// Small files are read on this thread.
    static func read(_ sheetRows: [SheetRow], with reader: ImportRowReader, progress: ImportProgress) throws -> [ImportRow] {
        let count = sheetRows.count, slice = 4096
        let slices = (count + slice - 1) / slice
        guard slices > 1 else {
            if progress.isCancelled() { throw ImportCancelled() }
            return sheetRows.map { reader.read(number: $0.number, cells: $0.cells) }
        }
        let done = RowsDone()
        let rows = [ImportRow](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { s in
                let range = s * slice..<min(count, (s + 1) * slice)
                // A cancelled read still fills its rows (with nothing read) so the buffer is whole.
                let cancelled = progress.isCancelled()
                for i in range {
                    let row = sheetRows[i]
                    (out.baseAddress! + i).initialize(to: cancelled ? ImportRow(number: row.number) : reader.read(number: row.number, cells: row.cells))
                }
                progress.report(done.add(range.count), count * 2)
            }
            initialized = count
        }
        if progress.isCancelled() { throw ImportCancelled() }
        return rows
    }

    /// The rows' fates against what is stored now.
    func match(_ db: Database, _ read: [ImportRow], progress: ImportProgress) throws -> [PreviewRow] {
        let index = try subject.index(db)
        var wanted: Set<Int64> = []
        var found: [(ids: [Int64], kind: MatchKind)] = []
        found.reserveCapacity(read.count)
        for row in read {
            guard row.errors.isEmpty else { found.append(([], .none)); continue }
            let match = Self.candidates(for: row, in: index, group: subject.group(of: row.values))
            wanted.formUnion(match.ids)
            found.append(match)
        }
        let stored = try subject.values(db, ids: Array(wanted))
        var rows: [PreviewRow] = []
        rows.reserveCapacity(read.count)
        for (i, row) in read.enumerated() {
            if i % 4096 == 0 {
                if progress.isCancelled() { throw ImportCancelled() }
                progress.report(read.count + i, read.count * 2)
            }
            rows.append(Self.decide(row, ids: found[i].ids, kind: found[i].kind, stored: stored, index: index, ktaColumn: column(.kta),
                                    dependencies: subject.entity == "person" ? Self.memberDependencies : [:], columns: reader.mapping))
        }
        progress.report(read.count * 2, read.count * 2)
        return rows
    }

    func column(_ field: ImportField) -> Int? { reader.mapping.first(where: { $0.value == field })?.key }

    enum MatchKind { case none, nik, kta, nameBirth, group, nameOnly }

    static func candidates(for row: ImportRow, in index: ImportIndex, group: String? = nil) -> (ids: [Int64], kind: MatchKind) {
        if let nik = row.values[.nik], let ids = index.nik[nik] { return (ids, .nik) }
        if let kta = row.values[.kta], let ids = index.kta[kta] { return (ids, .kta) }
        guard let name = row.values[.name] else { return ([], .none) }
        let key = NameFold.key(name)
        if let birth = row.values[.birthDate], let ids = index.nameBirth[key + "|" + birth] { return (ids, .nameBirth) }
        if let group, let ids = index.group[key + "|" + group] { return (ids, .group) }
        if let ids = index.name[key] { return (ids, .nameOnly) }
        return ([], .none)
    }

    /// A member's education hangs on its level, a workplace on the employment status: a row
    /// that brings the one without the other, for someone who has neither, cannot be stored.
    static let memberDependencies: [ImportField: ImportField] = [
        .institution: .educationLevel, .major: .educationLevel, .graduationYear: .educationLevel, .employer: .employmentStatus,
    ]

    /// The row's changes against a stored record: fields the row holds with another value.
    /// A blank cell never clears a stored value.
    static func changes(_ row: ImportRow, _ stored: StoredValues) -> [ImportFieldChange] {
        row.values.compactMap { field, value in
            let old = stored.values[field]
            // The same name written another way (titles, capitals) keeps the stored spelling.
            if field == .name, let old, NameFold.key(old) == NameFold.key(value) { return nil }
            return old == value ? nil : ImportFieldChange(field: field, old: old, new: value)
        }.sorted { $0.field.rawValue < $1.field.rawValue }
    }

    static func decide(_ row: ImportRow, ids: [Int64], kind: MatchKind, stored: [Int64: StoredValues], index: ImportIndex,
                       ktaColumn: Int?, dependencies: [ImportField: ImportField] = [:], columns: ImportMapping = [:]) -> PreviewRow {
        guard row.errors.isEmpty else { return PreviewRow(row: row, kind: .error, changes: [], candidates: []) }
        let found = ids.compactMap { id in stored[id].map { (id, $0) } }
        // A field that needs another the row lacks and the (single, definite) match lacks too.
        let holder = (kind == .nik || kind == .kta) && found.count == 1 ? found.first?.1 : nil
        let missing = Set(dependencies.compactMap { field, needed -> ImportField? in
            row.values[field] != nil && row.values[needed] == nil && holder?.values[needed] == nil ? needed : nil
        })
        if !missing.isEmpty {
            var failed = row
            for needed in missing.sorted(by: { $0.rawValue < $1.rawValue }) {
                let column = dependencies.filter { $0.value == needed && row.values[$0.key] != nil }.keys
                    .compactMap { f in columns.first { $0.value == f }?.key }.min()
                failed.errors.append(ImportProblem(column: column, field: needed, kind: .needsAlso(needed)))
            }
            return PreviewRow(row: failed, kind: .error, changes: [], candidates: [])
        }
        let candidates = found.map { id, values in
            ImportCandidate(id: id, name: values.name, agreeing: row.values.keys.filter { values.values[$0] == row.values[$0] }.sorted { $0.rawValue < $1.rawValue },
                            changes: changes(row, values))
        }
        // An identical record is the row, however it was found.
        if let same = candidates.first(where: { $0.changes.isEmpty }) {
            return PreviewRow(row: row, kind: .same, matchId: same.id, changes: [], candidates: [])
        }
        switch kind {
        case .none, .nameOnly:
            return PreviewRow(row: row, kind: .new, changes: [], candidates: [])
        case .nik, .kta:
            guard candidates.count == 1, let only = candidates.first else {
                return PreviewRow(row: row, kind: .duplicate, changes: [], candidates: candidates)
            }
            // The NIK (or KTA) of someone with another name: a typing slip or another person,
            // never a silent rename. Decided by hand.
            if only.changes.contains(where: { $0.field == .name }) {
                return PreviewRow(row: row, kind: .duplicate, changes: [], candidates: candidates)
            }
            // The row's KTA held by someone else than the NIK's holder cannot be written.
            if kind == .nik, let kta = row.values[.kta], let holders = index.kta[kta], !holders.contains(only.id) {
                var failed = row
                failed.errors.append(ImportProblem(column: ktaColumn, field: .kta, kind: .heldByAnother))
                return PreviewRow(row: failed, kind: .error, changes: [], candidates: [])
            }
            // A restricted person's record is frozen: the row is refused, with the reason.
            if index.restricted.contains(only.id) {
                var failed = row
                failed.errors.append(ImportProblem(column: nil, field: .name, kind: .restricted))
                return PreviewRow(row: failed, kind: .error, changes: [], candidates: [])
            }
            return PreviewRow(row: row, kind: .update, matchId: only.id, changes: only.changes, candidates: [])
        case .nameBirth, .group:
            return PreviewRow(row: row, kind: .duplicate, changes: [], candidates: candidates)
        }
    }
}

/// Rows read so far by the threads of `ImportClassifier.read`, for the progress line.
private final class RowsDone: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) -> Int { lock.withLock { count += n; return count } }
}
