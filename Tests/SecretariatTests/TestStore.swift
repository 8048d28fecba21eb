import Foundation
import Storage

/// Demo databases for screen tests.
enum TestStore {
    /// Shared, read-only demo database, rebuilt once per run. Its path is fixed because the
    /// main menu shows where the data lives and snapshots must not change from run to run.
    static let demo: Store = {
        let dir = "/tmp/sekretariat-screen-tests"
        try? FileManager.default.removeItem(atPath: dir)
        return make(in: dir)
    }()

    /// A new demo database of its own, for tests that write.
    static func fresh() -> Store {
        make(in: FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-screens-\(UUID().uuidString)").path)
    }

    /// The demo organisation plus `people` generated members (a larger register), built once.
    static let large: Store = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-large-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/large.sqlite"
        let store = try! Store.open(path: path, create: true, operatorName: "penguji")
        try! DemoOrganisation.install(into: store)
        try! store.close()
        try! BulkMembers.append(to: path, count: 10_000)
        return try! Store.open(path: path, operatorName: "penguji")
    }()

    private static func make(in dir: String) -> Store {
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try! Store.openOrCreateDefault(path: dir + "/demo.sqlite", operatorName: "penguji").store
    }
}
