import ArgumentParser

// Stub: replaced by the storage work (issue 3).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo")
    @OptionGroup var database: DatabaseOption
    func run() throws { throw ValidationError("belum tersedia") }
}
