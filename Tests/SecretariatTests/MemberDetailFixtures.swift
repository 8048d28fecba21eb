import Foundation
import Storage
import TerminalUI
@testable import Secretariat

/// Stores and helpers for the detail and form screen tests.
enum MemberFixtures {
    /// 2 Jun 2025 03:04:05 UTC: every audit time in the fixed store, 10.04 in Palembang.
    static let instant = Date(timeIntervalSince1970: 1_748_833_445)
    static let palembang = TimeZone(identifier: "Asia/Jakarta")!
    static let wahidin: Int64 = 1

    /// The demo organisation written at a fixed instant, so audit times in snapshots never move.
    static let fixedDemo: Store = fixedClockStore()

    /// A demo store of its own, at the fixed instant, for tests that write.
    static func fixedClockStore() -> Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-member-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store = try! Store.open(path: dir + "/demo.sqlite", create: true, operatorName: "penguji", clock: { instant })
        try! DemoOrganisation.install(into: store)
        return store
    }

    /// The app with the member list open and `screen` pushed on top of it, as the list would.
    static func harness(_ store: Store, size: Size = Size(width: 80, height: 24), language: Language = .indonesian,
                        top: () -> any Screen) -> AppHarness {
        let h = AppHarness(store: store, language: language, size: size)
        h.run([.char("1")])
        h.app.push(top())
        h.run([])
        return h
    }

    static func detail(_ personId: Int64, store: Store = fixedDemo, size: Size = Size(width: 80, height: 24),
                       language: Language = .indonesian) -> AppHarness {
        harness(store, size: size, language: language) {
            MemberDetailScreen(personId: personId, timeZone: palembang)
        }
    }
}
