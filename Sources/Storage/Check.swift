import Domain
import Foundation
import GRDB

/// One finding of `Store.check()`: what was found, as a typed `Problem` with its facts.
/// The words live in the catalog (`Catalog.findingText`), not here.
public struct Finding: Sendable, Hashable {
    /// What `check()` can find, one case per check.
    public enum Problem: Sendable, Hashable {
        /// One line of SQLite's `PRAGMA integrity_check` (SQLite's own English text).
        case integrity(String)
        /// A row of `table` (`rowid` when SQLite knows it) refers to a missing row of `parent`.
        case brokenReference(table: String, rowid: Int64?, parent: String)
        /// An officer (term name, position title) whose assignment points at no person.
        case officerNotPerson(term: String, title: String)
        /// An officer whose person's personal data has been erased.
        case officerErased(term: String, title: String)
        /// A reported figure whose parts do not add up to its total.
        case figure(subject: String, discrepancy: FigureDiscrepancy)
        /// One NIK (masked, `1671********0001`) held by several people, by person id.
        case duplicateNIK(masked: String, personIds: [Int64])
        /// An election (by office) whose figures do not add up.
        case election(office: String, problem: ElectionProblem)
        /// A Musda (by title) whose recorded delegates do not make its quorum.
        case noQuorum(musda: String)
        /// The full-text search index failed its integrity check; the underlying error's text.
        case searchIndex(String)
        /// The database file is readable by group or others; its permission bits in octal (`644`).
        case fileMode(octal: String)
    }

    public let problem: Problem

    public init(_ problem: Problem) { self.problem = problem }

    /// Errors make `sekretariat check` exit 1; warnings are reported only.
    public var severity: Severity {
        switch problem {
        case .integrity, .brokenReference, .officerNotPerson, .searchIndex: return .error
        case .officerErased, .figure, .duplicateNIK, .election, .noQuorum, .fileMode: return .warning
        }
    }

    /// Stable code: `integrity`, `foreign_key`, `figure.parts_total`, `nik.duplicate`, `officer.not_person`…
    public var code: String {
        switch problem {
        case .integrity: return "integrity"
        case .brokenReference: return "foreign_key"
        case .officerNotPerson: return "officer.not_person"
        case .officerErased: return "officer.erased"
        case .figure: return "figure.parts_total"
        case .duplicateNIK: return "nik.duplicate"
        case .election: return "election"
        case .noQuorum: return "musda.quorum"
        case .searchIndex: return "search_index"
        case .fileMode: return "file.mode"
        }
    }
}

extension Store {
    /// Consistency checks for `sekretariat check` and the reports screen. Errors: SQLite
    /// integrity, foreign keys, the search index, officers who are not people. Warnings:
    /// totals vs parts, duplicate NIKs, elections that do not add up, quorum, file mode.
    /// Typed findings only: `Catalog.findingText` words them.
    public func check() throws -> [Finding] {
        var out: [Finding] = []
        try read { db in
            for row in try String.fetchAll(db, sql: "PRAGMA integrity_check") where row != "ok" {
                out.append(Finding(.integrity(row)))
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                out.append(Finding(.brokenReference(table: table, rowid: rowid, parent: parent)))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT a.id, t.name AS term, p.title, pe.id AS person, pe.erased_on
                FROM assignment a JOIN position p ON p.id = a.position_id JOIN term t ON t.id = p.term_id
                LEFT JOIN person pe ON pe.id = a.person_id
                WHERE pe.id IS NULL OR pe.erased_on IS NOT NULL
                """) {
                let term: String = row["term"], title: String = row["title"]
                if row["person"] == nil {
                    out.append(Finding(.officerNotPerson(term: term, title: title)))
                } else {
                    out.append(Finding(.officerErased(term: term, title: title)))
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM figure ORDER BY id") {
                let figure = try ActivityStore.figure(db, row: row)
                if let d = figure.discrepancy {
                    out.append(Finding(.figure(subject: figure.subject, discrepancy: d)))
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT nik, group_concat(id) AS ids FROM person
                WHERE nik IS NOT NULL GROUP BY nik HAVING count(*) > 1 ORDER BY nik
                """) {
                let ids: String = row["ids"]
                out.append(Finding(.duplicateNIK(masked: NIK.mask(row["nik"]),
                                                 personIds: ids.split(separator: ",").compactMap { Int64($0) }.sorted())))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM election ORDER BY id") {
                let election = try MusdaStore.election(db, row: row)
                // As the Pemilihan tab counts them: delegates in the room for the session of the result,
                // else every delegate registered.
                let voters = try election.sessionId.map { try MusdaStore.sessionQuorum(db, sessionId: $0).present }
                    ?? Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                    arguments: [election.musdaId])
                for problem in election.problems(votingDelegates: voters) {
                    out.append(Finding(.election(office: election.office, problem: problem)))
                }
            }
            for musda in try Musda.fetchAll(db, order: "date") {
                let delegates = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                                 arguments: [musda.id]) ?? 0
                if delegates > 0 && !musda.quorum.isMet(present: delegates, eligible: delegates) {
                    out.append(Finding(.noQuorum(musda: musda.title)))
                }
            }
        }
        // The FTS5 integrity check is an INSERT command, so it runs on the writer (and changes
        // nothing); a store opened read-only has no writer, and skips it: see `searchIndexFinding`.
        if !isReadOnly, let finding = try Self.searchIndexFinding(pool) { out.append(finding) }
        // Others may never read it; the group only when the folder is set up for it (`init --shared`).
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let mode = attributes[.posixPermissions] as? NSNumber,
           mode.intValue & 0o007 != 0 || (mode.intValue & 0o070 != 0 && !SharedDatabase.isShared(path)) {
            let octal = String(mode.intValue & 0o777, radix: 8)
            out.append(Finding(.fileMode(octal: octal)))
        }
        return out
    }

    /// Consistent online copy (SQLite backup API) to a new file created with mode 0600 (0660
    /// and the group for a shared database). Refuses to overwrite an existing file.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.fileExists(destination) }
        // A shared database's backup is shared as it is (0660, its group); others stay 0600.
        let permissions = SharedDatabase.copyPermissions(of: path)
        try SharedDatabase.createFile(destination, mode: permissions.mode, group: permissions.group)
        do {
            let target = try DatabaseQueue(path: destination)
            try pool.backup(to: target)
            try target.close()
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            if let e = error as? DatabaseError { throw StoreError(e) }
            throw error
        }
    }
}

extension Store {
    /// The search index's own integrity check, for a database `check` reads read-only (so that
    /// checking never touches the file): run after that store is closed, on a bare connection,
    /// which writes no page where GRDB's pool would set up its WAL (SQLite shares one process's
    /// shared memory between its connections, so a writer beside a read-only one could not
    /// write it). Nil when the index is sound or this account cannot write the file.
    public static func searchIndexFinding(path: String) throws -> Finding? {
        guard ReadOnlyAccess.canWrite(path) else { return nil }
        let writer = try DatabaseQueue(path: path, configuration: configuration())
        defer { try? writer.close() }
        return try searchIndexFinding(writer)
    }

    static func searchIndexFinding(_ writer: some DatabaseWriter) throws -> Finding? {
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: "INSERT INTO person_fts(person_fts) VALUES ('integrity-check')") }
            return nil
        } catch let error as DatabaseError where StoreError(error) == .busy {
            throw StoreError.busy   // a writer elsewhere, not a damaged index
        } catch {
            return Finding(.searchIndex("\(error)"))
        }
    }
}
