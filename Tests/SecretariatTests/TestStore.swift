import Foundation
import Storage

/// Demo databases for screen tests.
enum TestStore {
    /// Shared, read-only demo database, built once per run in a folder of its own, so two
    /// runs (or two checkouts) never share a file. The menu shows where the data lives; the
    /// snapshots see the folder's random part as `XXXXXXXX` (`snapshotToken`).
    static let demo: Store = make(in: "/tmp/sekretariat-screens-\(snapshotToken)")

    /// The random part of the demo's folder name, 8 characters, masked in snapshots.
    static let snapshotToken = String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)).lowercased()

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
