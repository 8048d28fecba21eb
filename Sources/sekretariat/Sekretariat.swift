import ArgumentParser
import Foundation

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

    /// ArgumentParser's `main`, with its usage errors and help in Indonesian (ArgumentWording):
    /// help to stdout with status 0, errors to stderr with its status (64 for a usage error).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = ArgumentWording.indonesian(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success {
                    print(text)
                } else {
                    FileHandle.standardError.write(Data((text + "\n").utf8))
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
