import ArgumentParser
import Domain
import Secretariat
import Storage

/// `sekretariat check`: integrity and consistency findings; exit 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Periksa basis data: integritas, kunci asing, angka total vs rincian, NIK ganda, pengurus.",
        discussion: "Keluar dengan status 1 bila ada kesalahan, 2 bila basis data tidak dapat diperiksa, 0 bila tidak ada kesalahan (peringatan boleh ada).")

    @OptionGroup var database: DatabaseOption

    func run() throws {
        var errors = 0
        try CLI.run {
            // Read-only: checking writes nothing, so `check` before and after a dry run shows the
            // file's modification time unchanged (issue 13). An older schema is first brought up
            // to date, as any other command would.
            let store: Store
            do {
                store = try Store.open(path: database.resolvedPath, readOnly: true)  // never creates
            } catch StoreError.olderSchemaReadOnly {
                store = try Store.open(path: database.resolvedPath)
            }
            let version = try store.schemaVersion()
            let catalog = CLI.catalog
            print(catalog.checkDatabase(path: store.path, schemaVersion: version.version))
            var findings = try store.check()
            let wasReadOnly = store.isReadOnly
            try store.close()
            if wasReadOnly, let index = try Store.searchIndexFinding(path: database.resolvedPath) { findings.append(index) }
            for finding in findings {
                print(catalog.checkLine(finding))
            }
            errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            print(catalog.checkSummary(errors: errors, warnings: warnings))
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
