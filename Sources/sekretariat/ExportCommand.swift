import ArgumentParser

// Stub: replaced by the storage work (issue 3).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export")
    @OptionGroup var database: DatabaseOption
    func run() throws { throw ValidationError("belum tersedia") }
}
