import ArgumentParser

/// Opens the terminal application (the default subcommand).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Buka aplikasi (bawaan).")
    @OptionGroup var database: DatabaseOption
    @Option(help: "Bahasa antarmuka: id atau en.") var lang: String?

    func run() throws {
        print("run \(database.resolvedPath)")
    }
}
