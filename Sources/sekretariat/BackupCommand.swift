import ArgumentParser

// Stub: replaced by the storage work (issue 3).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup")
    @OptionGroup var database: DatabaseOption
    func run() throws { throw ValidationError("belum tersedia") }
}
