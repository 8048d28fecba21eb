import ArgumentParser

// Stub: replaced by the storage work (issue 3).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
    @OptionGroup var database: DatabaseOption
    func run() throws { throw ValidationError("belum tersedia") }
}
