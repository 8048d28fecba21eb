import Domain
import Foundation
import GRDB
import XCTest
@testable import Storage

final class MemberListTests: StoreTestCase {
    /// 30 people called Ahmad Fauzi (ties on the sort key), plus others across regencies.
    func seed() throws -> [Int64] {
        var ids: [Int64] = []
        for i in 1...30 {
            let regency = ["1671", "1604", "1607"][i % 3]
            ids.append(try store.people.save(member("Ahmad Fauzi", born: "1980-01-\(10 + i % 18)", regency: regency, serial: i,
                                                    joined: "2020-0\(1 + i % 9)-15"), overrideReason: "Orang berbeda, nama sama"))
        }
        let others: [(String, Sex, String, EmploymentStatus)] = [
            ("Séno Wibisono", .male, "1671", .pns), ("Siti Nurhaliza Pratiwi", .female, "1671", .pppk),
            ("Zulkifli Hasan Basri", .male, "1612", .nonASN), ("Yuliana Marlina", .female, "1610", .nonASN),
            ("Budi Santoso", .male, "1674", .pns), ("Wahyu Saputra", .male, "1673", .pns),
        ]
        for (n, (name, sex, regency, employment)) in others.enumerated() {
            ids.append(try store.people.save(member(name, sex: sex, regency: regency, serial: 100 + n, employment: employment),
                                             overrideReason: nil))
        }
        return ids
    }

    func names(_ rows: [MemberRow]) -> [String] { rows.map(\.name) }

    func testSearchIgnoresDiacriticsAndCase() throws {
        _ = try seed()
        XCTAssertEqual(names(try store.members.members(MemberQuery(search: "seno"), page: .first, limit: 10)), ["Séno Wibisono"])
        XCTAssertEqual(names(try store.members.members(MemberQuery(search: "SÉNO"), page: .first, limit: 10)), ["Séno Wibisono"])
        XCTAssertEqual(names(try store.members.members(MemberQuery(search: "Se"), page: .first, limit: 10)), ["Séno Wibisono"])
    }

    func testSearchMatchesPrefixesOfEveryField() throws {
        _ = try seed()
        func find(_ text: String) throws -> [String] { names(try store.members.members(MemberQuery(search: text), page: .first, limit: 50)) }
        XCTAssertEqual(try find("wib"), ["Séno Wibisono"])
        XCTAssertEqual(try find("siti prat"), ["Siti Nurhaliza Pratiwi"])
        XCTAssertEqual(try find("prat siti"), ["Siti Nurhaliza Pratiwi"], "word order does not matter")
        XCTAssertEqual(try find("zulk basri"), ["Zulkifli Hasan Basri"])
        XCTAssertEqual(try find("1612"), ["Zulkifli Hasan Basri"], "NIK prefix")
        XCTAssertEqual(try find("16.12.000102"), ["Zulkifli Hasan Basri"], "KTA as printed")
        XCTAssertEqual(try find("1612000102"), ["Zulkifli Hasan Basri"], "KTA without dots")
        XCTAssertEqual(try find("+62 812 0000104"), ["Budi Santoso"], "phone with +62")
        XCTAssertEqual(try find("08120000104"), ["Budi Santoso"], "phone as stored")
        XCTAssertEqual(try find("ahmad").count, 30)
        XCTAssertEqual(try find("fauzi ahm").count, 30)
        XCTAssertEqual(try find("qqq"), [])
        XCTAssertEqual(try find("  ").count, 36, "blank search lists everyone")
    }

    func testKeysetPagingAcrossEqualNames() throws {
        let ids = try seed()
        let everyone = try store.members.members(MemberQuery(), page: .first, limit: 100)
        XCTAssertEqual(everyone.count, 36)
        // Expected order: name key, then id.
        XCTAssertEqual(everyone.map(\.personId), everyone.sorted { ($0.cursor.nameKey, $0.personId) < ($1.cursor.nameKey, $1.personId) }.map(\.personId))
        XCTAssertEqual(Set(everyone.map(\.personId)), Set(ids))

        for query in [MemberQuery(), MemberQuery(search: "ahmad"), MemberQuery(sort: .regency), MemberQuery(sort: .joinDate)] {
            let all = try store.members.members(query, page: .first, limit: 1000)
            // Forward, 7 at a time.
            var forward: [MemberRow] = []
            var page = try store.members.members(query, page: .first, limit: 7)
            while !page.isEmpty {
                forward += page
                page = try store.members.members(query, page: .after(page.last!.cursor), limit: 7)
            }
            XCTAssertEqual(forward.map(\.personId), all.map(\.personId), "forward \(query)")
            // Backward from the end.
            var backward: [MemberRow] = []
            page = try store.members.members(query, page: .last, limit: 7)
            while !page.isEmpty {
                backward = page + backward
                page = try store.members.members(query, page: .before(page.first!.cursor), limit: 7)
            }
            XCTAssertEqual(backward.map(\.personId), all.map(\.personId), "backward \(query)")
            // Rank and startingAt agree with the position.
            for index in [0, 5, all.count / 2, all.count - 1] {
                let target = all[index]
                XCTAssertEqual(try store.members.rank(of: target.personId, in: query), index, "rank \(query)")
                XCTAssertEqual(try store.members.members(query, page: .startingAt(target.cursor), limit: 3).first, target)
            }
        }
    }

    func testSortsAndFilters() throws {
        _ = try seed()
        let byRegency = try store.members.members(MemberQuery(sort: .regency), page: .first, limit: 100)
        XCTAssertEqual(byRegency.map { $0.regencyCode! }, byRegency.map { $0.regencyCode! }.sorted())
        XCTAssertEqual(byRegency.first?.regencyName, "Lahat")
        let byJoin = try store.members.members(MemberQuery(sort: .joinDate), page: .first, limit: 100)
        XCTAssertEqual(byJoin.map { $0.joinDate! }, byJoin.map { $0.joinDate! }.sorted())

        let palembang = MemberQuery(filter: MemberFilter(regency: "1671"))
        let rows = try store.members.members(palembang, page: .first, limit: 100)
        XCTAssertEqual(rows.count, 12)
        XCTAssertTrue(rows.allSatisfy { $0.regencyCode == "1671" })
        XCTAssertEqual(try store.members.count(palembang, upTo: nil), MemberCount(value: 12, isExact: true))
        XCTAssertEqual(try store.members.count(palembang, upTo: 5), MemberCount(value: 5, isExact: false))

        let nonASN = MemberQuery(filter: MemberFilter(employment: .nonASN))
        XCTAssertEqual(Set(names(try store.members.members(nonASN, page: .first, limit: 100))), ["Zulkifli Hasan Basri", "Yuliana Marlina"])
        let budi = try XCTUnwrap(store.members.members(MemberQuery(search: "budi"), page: .first, limit: 1).first)
        try store.people.changeStatus(personId: budi.personId, to: .nonaktif, date: date("2025-01-01"), reason: "Cuti", overrideReason: nil)
        let inactive = MemberQuery(filter: MemberFilter(status: .nonaktif))
        XCTAssertEqual(names(try store.members.members(inactive, page: .first, limit: 10)), ["Budi Santoso"])
        XCTAssertEqual(try store.members.count(MemberQuery(search: "ahmad", filter: MemberFilter(regency: "1604")), upTo: nil).value, 10)
        XCTAssertNil(try store.members.rank(of: budi.personId, in: palembang), "not in the filtered list")
    }

    func testCountsOfSearches() throws {
        _ = try seed()
        for text in ["a", "ahmad", "s", "0812", "1671", "x", "seno", "siti n", "a 1604"] {
            let query = MemberQuery(search: text)
            let rows = try store.members.members(query, page: .first, limit: 1000).count
            XCTAssertEqual(try store.members.count(query, upTo: nil), MemberCount(value: rows, isExact: true), text)
            XCTAssertEqual(try store.members.count(query, upTo: 1000), MemberCount(value: rows, isExact: true), text)
            XCTAssertEqual(try store.members.count(query, upTo: 3), MemberCount(value: min(rows, 3), isExact: rows < 3), text)
        }
        let lahat = MemberQuery(search: "a", filter: MemberFilter(regency: "1604"))
        XCTAssertEqual(try store.members.count(lahat, upTo: 100).value, 10)
    }

    func testBroadAndNarrowSearchesAgree() throws {
        _ = try seed()
        // Every path on the same searches: tiny thresholds force the walk (with its fallbacks)
        // and the index probe; huge ones the sorted match set.
        let walking = MemberDirectoryStore(store: store, narrowLimit: 1, walkLimit: 2, window: 4, maxWindows: 2)
        let probing = MemberDirectoryStore(store: store, narrowLimit: 1, walkLimit: 1_000_000)
        let narrow = MemberDirectoryStore(store: store, narrowLimit: 1_000_000, walkLimit: 1_000_000)
        for text in ["a", "ahmad", "fauzi", "s", "16", "0812", "seno", "w", "z", "x", "ahmad f", "s w", "1671 a"] {
            for sort in MemberSort.allCases {
                let query = MemberQuery(search: text, sort: sort)
                let expected = try narrow.members(query, page: .first, limit: 1000)
                for (broad, page) in [(walking, .first), (walking, .last), (probing, .first), (probing, .last)] as [(MemberDirectoryStore, MemberPage)] {
                    var collected: [MemberRow] = []
                    var rows = try broad.members(query, page: page, limit: 5)
                    while !rows.isEmpty {
                        if case .first = page {
                            collected += rows
                            rows = try broad.members(query, page: .after(rows.last!.cursor), limit: 5)
                        } else {
                            collected = rows + collected
                            rows = try broad.members(query, page: .before(rows.first!.cursor), limit: 5)
                        }
                    }
                    XCTAssertEqual(collected.map(\.personId), expected.map(\.personId), "\(text) \(sort) \(page)")
                }
            }
        }
        let walkPlan = try walking.queryPlan(MemberQuery(search: "ahmad"), page: .first)
        XCTAssertTrue(walkPlan[0].contains("luas"))
        XCTAssertTrue(walkPlan.joined().contains("member_by_name"), walkPlan.joined(separator: "\n"))
        let probePlan = try probing.queryPlan(MemberQuery(search: "ahmad"), page: .first)
        XCTAssertTrue(probePlan[0].contains("sedang"))
        XCTAssertTrue(probePlan.contains("SCAN m USING INDEX member_by_name"), probePlan.joined(separator: "\n"))
        XCTAssertTrue(probePlan.contains("LIST SUBQUERY 1"), "the match set is probed, not driving")
    }

    func testPlansUseTheSortIndexes() throws {
        _ = try seed()
        try store.pool.writeWithoutTransaction { try $0.execute(sql: "ANALYZE") }
        let cursor = try XCTUnwrap(store.members.members(MemberQuery(), page: .first, limit: 1).first?.cursor)
        let plans: [(MemberQuery, MemberPage, String)] = [
            (MemberQuery(), .first, "member_by_name"),
            (MemberQuery(), .after(cursor), "member_by_name"),
            (MemberQuery(sort: .regency), .last, "member_by_regency"),
            (MemberQuery(filter: MemberFilter(regency: "1671")), .first, "member_by_regency"),
            (MemberQuery(sort: .joinDate), .first, "member_by_join"),
        ]
        for (query, page, index) in plans {
            let lines = try store.members.queryPlan(query, page: page)
            let plan = lines.joined(separator: "\n")
            XCTAssertTrue(plan.contains(index), plan)
            // The page is read in index order; only its ≤ 50 rows may be re-sorted after the join.
            XCTAssertFalse(lines.dropLast().contains { $0.contains("TEMP B-TREE") }, plan)
        }
        let narrow = try store.members.queryPlan(MemberQuery(search: "seno"), page: .first).joined(separator: "\n")
        XCTAssertTrue(narrow.contains("VIRTUAL TABLE"), narrow)
    }
}
