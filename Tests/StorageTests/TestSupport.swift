import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

/// A fresh database file in a temporary directory, removed at tear-down.
class StoreTestCase: XCTestCase {
    var directory: String!
    var store: Store!

    /// 2026-01-15 12:00 UTC: the "today" validation sees.
    static let now = Date(timeIntervalSince1970: 1_768_478_400)

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "sekretariat-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try Store.open(path: directory + "/test.sqlite", create: true, operatorName: "penguji", clock: { Self.now })
    }

    override func tearDownWithError() throws {
        try? store?.close()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A second connection to the test file, as another operator (or another process) would open
    /// it. The operator gets `role` from the test's admin first (nil: whatever is recorded).
    func openAgain(operatorName: String, role: Role? = .operator, busyTimeout: TimeInterval = 5,
                   clock: @escaping @Sendable () -> Date = { StoreTestCase.now }) throws -> Store {
        if let role, operatorName != store.operatorName { try store.users.setRole(role, for: operatorName) }
        return try Store.open(path: directory + "/test.sqlite", operatorName: operatorName, busyTimeout: busyTimeout, clock: clock)
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// A member with a valid Palembang NIK built from the birth date and sex.
    func member(_ name: String, sex: Sex = .male, born: String = "1985-06-12", regency: String = "1671",
                serial: Int, kta: String? = nil, employment: EmploymentStatus = .pns, joined: String = "2020-01-10") -> PersonDraft {
        let d = date(born)
        let day = d.day + (sex == .female ? 40 : 0)
        func p(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        let nik = regency + "02" + p(day, 2) + p(d.month, 2) + p(d.year % 100, 2) + p(serial, 4)
        return PersonDraft(person: Person(name: name, nik: nik, sex: sex, birthDate: d, phone: "0812" + p(serial, 7),
                                          domicileRegency: regency,
                                          employment: Employment(status: employment, employerType: employment == .nonASN ? .lks : nil)),
                           membership: Membership(kta: kta ?? "16.\(regency.suffix(2)).\(p(serial, 6))", joinDate: date(joined)))
    }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}
