import Domain
import Foundation
import GRDB

/// One finding of `Store.check()`.
public struct Finding: Sendable, Hashable {
    public let severity: Severity
    /// Stable code: `integrity`, `foreign_key`, `figure.parts_total`, `nik.duplicate`, `officer.not_person`…
    public let code: String
    public let indonesian: String
    public let english: String
}

extension Store {
    /// Consistency checks for `sekretariat check` and the reports screen. Errors: SQLite
    /// integrity, foreign keys, the search index, officers who are not people. Warnings:
    /// totals vs parts, duplicate NIKs, elections that do not add up, quorum, file mode.
    public func check() throws -> [Finding] {
        var out: [Finding] = []
        try read { db in
            for row in try String.fetchAll(db, sql: "PRAGMA integrity_check") where row != "ok" {
                out.append(Finding(severity: .error, code: "integrity", indonesian: "Integritas SQLite: \(row)",
                                   english: "SQLite integrity: \(row)"))
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                out.append(Finding(severity: .error, code: "foreign_key",
                                   indonesian: "Rujukan rusak: \(table) #\(rowid.map(String.init) ?? "?") ke \(parent)",
                                   english: "Broken reference: \(table) #\(rowid.map(String.init) ?? "?") to \(parent)"))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT a.id, t.name AS term, p.title, pe.id AS person, pe.erased_on
                FROM assignment a JOIN position p ON p.id = a.position_id JOIN term t ON t.id = p.term_id
                LEFT JOIN person pe ON pe.id = a.person_id
                WHERE pe.id IS NULL OR pe.erased_on IS NOT NULL
                """) {
                let term: String = row["term"], title: String = row["title"]
                if row["person"] == nil {
                    out.append(Finding(severity: .error, code: "officer.not_person",
                                       indonesian: "Pengurus \(term), \(title): tidak terhubung ke orang yang ada",
                                       english: "Officer \(term), \(title): not linked to an existing person"))
                } else {
                    out.append(Finding(severity: .warning, code: "officer.erased",
                                       indonesian: "Pengurus \(term), \(title): data pribadinya sudah dihapus",
                                       english: "Officer \(term), \(title): their personal data was erased"))
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM figure ORDER BY id") {
                let figure = try ActivityStore.figure(db, row: row)
                if let d = figure.discrepancy {
                    out.append(Finding(severity: .warning, code: "figure.parts_total",
                                       indonesian: "\(figure.subject): \(d.indonesian)", english: "\(figure.subject): \(d.english)"))
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT nik, group_concat(id, ', ') AS ids, count(*) AS n FROM person
                WHERE nik IS NOT NULL GROUP BY nik HAVING count(*) > 1 ORDER BY nik
                """) {
                let nik = NIK.mask(row["nik"]), ids: String = row["ids"], n: Int = row["n"]
                out.append(Finding(severity: .warning, code: "nik.duplicate",
                                   indonesian: "NIK \(nik) dipakai \(n) orang (#\(ids))",
                                   english: "NIK \(nik) used by \(n) people (#\(ids))"))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM election ORDER BY id") {
                let election = try MusdaStore.election(db, row: row)
                let voters = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                              arguments: [election.musdaId])
                for problem in election.problems(votingDelegates: voters) {
                    out.append(Finding(severity: .warning, code: "election", indonesian: "\(election.office): \(problem.indonesian)",
                                       english: "\(election.office): \(problem.english)"))
                }
            }
            for musda in try Musda.fetchAll(db, order: "date") {
                let delegates = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                                 arguments: [musda.id]) ?? 0
                if delegates > 0 && !musda.quorum.isMet(present: delegates, eligible: delegates) {
                    out.append(Finding(severity: .warning, code: "musda.quorum", indonesian: "\(musda.title): kuorum tidak terpenuhi",
                                       english: "\(musda.title): no quorum"))
                }
            }
        }
        // The FTS5 integrity check is an INSERT command, so it runs on the writer (and changes nothing).
        do {
            try pool.writeWithoutTransaction { try $0.execute(sql: "INSERT INTO person_fts(person_fts) VALUES ('integrity-check')") }
        } catch let error as DatabaseError where StoreError(error) == .busy {
            throw StoreError.busy   // a writer elsewhere, not a damaged index
        } catch {
            out.append(Finding(severity: .error, code: "search_index", indonesian: "Indeks pencarian rusak: \(error)",
                               english: "Search index damaged: \(error)"))
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let mode = attributes[.posixPermissions] as? NSNumber, mode.intValue & 0o077 != 0 {
            let octal = String(mode.intValue & 0o777, radix: 8)
            out.append(Finding(severity: .warning, code: "file.mode",
                               indonesian: "Berkas basis data dapat dibaca pengguna lain (mode \(octal)); sebaiknya 600",
                               english: "The database file is readable by other users (mode \(octal)); 600 is advised"))
        }
        return out
    }

    /// Consistent online copy (SQLite backup API) to a new file created with mode 0600.
    /// Refuses to overwrite an existing file.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) { throw StoreError.fileExists(destination) }
        try Store.createOwnerOnlyFile(destination)
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

extension ElectionProblem {
    public var indonesian: String {
        switch self {
        case .electedCount(let n): return "\(n) calon ditetapkan terpilih (seharusnya 1)"
        case .acclamationWithCandidates(let n): return "aklamasi dengan \(n) calon"
        case .missingVotes: return "perolehan suara calon tidak lengkap"
        case .votesNotValidBallots(let votes, let valid): return "jumlah suara \(votes) ≠ suara sah \(valid)"
        case .moreBallotsThanVoters(let ballots, let voters): return "\(ballots) surat suara untuk \(voters) peserta"
        case .electedIsNotTopVoted: return "yang terpilih bukan peraih suara terbanyak"
        }
    }

    public var english: String {
        switch self {
        case .electedCount(let n): return "\(n) candidates marked elected (expected 1)"
        case .acclamationWithCandidates(let n): return "acclamation with \(n) candidates"
        case .missingVotes: return "candidate votes incomplete"
        case .votesNotValidBallots(let votes, let valid): return "votes \(votes) ≠ valid ballots \(valid)"
        case .moreBallotsThanVoters(let ballots, let voters): return "\(ballots) ballots for \(voters) delegates"
        case .electedIsNotTopVoted: return "the elected candidate did not get the most votes"
        }
    }
}
