import Domain
import Storage

// MARK: - Consistency check: `Store.check()` returns typed findings, the catalog words them.
extension Catalog {
    /// One finding as a line of text, without its severity:
    /// `Peserta uji kompetensi 2020: Σ rincian 168 ≠ total 148 (+20)`.
    public func findingText(_ finding: Finding) -> String {
        switch finding.problem {
        case .integrity(let detail):
            return pick("Integritas SQLite: \(detail)", "SQLite integrity: \(detail)")
        case .brokenReference(let table, let rowid, let parent):
            let row = rowid.map(String.init) ?? "?"
            return pick("Rujukan rusak: \(table) #\(row) ke \(parent)", "Broken reference: \(table) #\(row) to \(parent)")
        case .officerNotPerson(let term, let title):
            return pick("Pengurus \(term), \(title): tidak terhubung ke orang yang ada",
                        "Officer \(term), \(title): not linked to an existing person")
        case .officerErased(let term, let title):
            return pick("Pengurus \(term), \(title): data pribadinya sudah dihapus",
                        "Officer \(term), \(title): their personal data was erased")
        case .figure(let subject, let discrepancy):
            return "\(subject): \(discrepancyText(discrepancy))"
        case .duplicateNIK(let masked, let personIds):
            let ids = personIds.map(String.init).joined(separator: ", "), n = personIds.count
            return pick("NIK \(masked) dipakai \(n) orang (#\(ids))", "NIK \(masked) used by \(n) people (#\(ids))")
        case .election(let office, let problem):
            return "\(office): \(electionProblemText(problem))"
        case .noQuorum(let musda):
            return pick("\(musda): kuorum tidak terpenuhi", "\(musda): no quorum")
        case .searchIndex(let detail):
            return pick("Indeks pencarian rusak: \(detail)", "Search index damaged: \(detail)")
        case .fileMode(let octal):
            return pick("Berkas basis data dapat dibaca pengguna lain (mode \(octal)); sebaiknya 600, atau 660 di folder bersama (init --shared)",
                        "The database file is readable by other users (mode \(octal)); 600 is advised, or 660 in a shared folder (init --shared)")
        }
    }

    /// Σ parts ≠ total with the signed difference: `Σ rincian 168 ≠ total 148 (+20)`.
    public func discrepancyText(_ d: FigureDiscrepancy) -> String {
        let signed = d.difference > 0 ? "+\(d.difference)" : "\(d.difference)"
        if d.isPartial {
            return pick("Σ rincian yang dilaporkan \(d.partsSum) > total \(d.total) (\(signed))",
                        "Σ reported parts \(d.partsSum) > total \(d.total) (\(signed))")
        }
        return pick("Σ rincian \(d.partsSum) ≠ total \(d.total) (\(signed))", "Σ parts \(d.partsSum) ≠ total \(d.total) (\(signed))")
    }

    /// What does not add up in an election, lower-case after the office: `suara terhitung 36 ≠ surat suara 38`.
    public func electionProblemText(_ problem: ElectionProblem) -> String {
        switch problem {
        case .electedCount(let n): return pick("\(n) calon ditetapkan terpilih (seharusnya 1)", "\(n) candidates marked elected (expected 1)")
        case .acclamationWithCandidates(let n): return pick("aklamasi dengan \(n) calon", "acclamation with \(n) candidates")
        case .missingVotes: return pick("perolehan suara calon tidak lengkap", "candidate votes incomplete")
        case .countedBelowBallots(let counted, let ballots):
            return pick("suara terhitung \(counted) ≠ surat suara \(ballots)", "ballots counted \(counted) ≠ ballots cast \(ballots)")
        case .ballotsNotDelegates(let ballots, let delegates):
            return pick("\(ballots) surat suara untuk \(delegates) peserta hadir", "\(ballots) ballots for \(delegates) delegates present")
        case .electedIsNotTopVoted:
            return pick("yang terpilih bukan peraih suara terbanyak", "the elected candidate did not get the most votes")
        }
    }

    /// The word in front of a finding on the command line: `KESALAHAN`, `PERINGATAN`.
    public func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: return pick("KESALAHAN", "ERROR")
        case .warning: return pick("PERINGATAN", "WARNING")
        }
    }

    /// One line of `sekretariat check`: `PERINGATAN: NIK 1671********0001 dipakai 2 orang (#3, 17)`.
    public func checkLine(_ finding: Finding) -> String { "\(severityLabel(finding.severity)): \(findingText(finding))" }

    /// The first line of `sekretariat check`: which file, which schema.
    public func checkDatabase(path: String, schemaVersion: Int) -> String {
        pick("Basis data: \(path) (skema versi \(schemaVersion))", "Database: \(path) (schema version \(schemaVersion))")
    }

    /// The last line of `sekretariat check`: `Selesai: 0 kesalahan, 3 peringatan.`
    public func checkSummary(errors: Int, warnings: Int) -> String {
        pick("Selesai: \(errors) kesalahan, \(warnings) peringatan.",
             "Done: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
    }
}
