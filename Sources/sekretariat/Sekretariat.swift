import ArgumentParser

/// The command line. Without a subcommand it opens the terminal application.
@main
struct Sekretariat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sekretariat",
        abstract: "Aplikasi sekretariat DPD IPSPI Sumatera Selatan.",
        subcommands: [RunCommand.self, DemoCommand.self, CheckCommand.self, ExportCommand.self, DocumentCommand.self, ReportCommand.self, BackupCommand.self, PersonCommand.self, ImportCommand.self, ReconcileCommand.self, UserCommand.self, InitCommand.self, RestoreCommand.self, RetentionCommand.self,
                      BenchMembersCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
