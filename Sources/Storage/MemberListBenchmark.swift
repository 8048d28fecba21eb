import Foundation

/// Times the member-list operations the Anggota screen performs, straight on the storage
/// (no terminal). Used by `sekretariat bench-members`; a benchmark, not a test.
public enum MemberListBenchmark {
    public struct Result: Sendable {
        public let label: String
        public let medianMs: Double
        public let maxMs: Double
        public let rows: Int
    }

    /// Each step `samples` times; a page is `limit` rows (a tall terminal's screen).
    public static func run(_ store: Store, samples: Int = 15, limit: Int = 50) throws -> [Result] {
        let members = store.members
        var results: [Result] = []
        func time(_ label: String, _ body: () throws -> Int) rethrows {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<samples {
                let start = DispatchTime.now().uptimeNanoseconds
                rows = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            times.sort()
            results.append(Result(label: label, medianMs: times[times.count / 2], maxMs: times.last!, rows: rows))
        }
        let all = MemberQuery()
        let first = try members.members(all, page: .first, limit: limit)
        let last = try members.members(all, page: .last, limit: limit)
        try time("count, no filter (exact)") { try members.count(all, upTo: nil).value }
        try time("first page") { try members.members(all, page: .first, limit: limit).count }
        try time("next page (after row 50)") { try members.members(all, page: .after(first.last!.cursor), limit: limit).count }
        try time("scroll step (1 row after)") { try members.members(all, page: .after(first.last!.cursor), limit: 1).count }
        try time("last page (G)") { try members.members(all, page: .last, limit: limit).count }
        try time("page up from the end") { try members.members(all, page: .before(last.first!.cursor), limit: limit).count }
        let middle = try members.members(MemberQuery(search: "m"), page: .first, limit: 1).first!
        try time("rank of a person (\"12/…\" counter)") { try members.rank(of: middle.personId, in: all) ?? -1 }
        for sort in [MemberSort.regency, .joinDate] {
            try time("first page, sort \(sort.rawValue)") { try members.members(MemberQuery(sort: sort), page: .first, limit: limit).count }
            try time("last page, sort \(sort.rawValue)") { try members.members(MemberQuery(sort: sort), page: .last, limit: limit).count }
        }
        for (label, filter) in [("regency Lahat", MemberFilter(regency: "1604")), ("status meninggal", MemberFilter(status: .meninggal)),
                                ("non-ASN via DPP website", MemberFilter(employment: .nonASN, channel: .dppWebsite))] {
            let q = MemberQuery(filter: filter)
            try time("filter \(label): first page") { try members.members(q, page: .first, limit: limit).count }
            try time("filter \(label): last page") { try members.members(q, page: .last, limit: limit).count }
            try time("filter \(label): count up to 10.000") { try members.count(q, upTo: 10_000).value }
        }
        for text in ["s", "si", "sit", "siti", "siti n", "sar", "fitr", "put", "w", "wah", "zul", "x", "1671", "0812", "16.71.00"] {
            let q = MemberQuery(search: text)
            try time("search \"\(text)\": first page") { try members.members(q, page: .first, limit: limit).count }
            try time("search \"\(text)\": count up to 1.000") { try members.count(q, upTo: 1_000).value }
        }
        let broad = MemberQuery(search: "s")
        let broadFirst = try members.members(broad, page: .first, limit: limit)
        try time("search \"s\": next page") { try members.members(broad, page: .after(broadFirst.last!.cursor), limit: limit).count }
        try time("search \"s\": last page") { try members.members(broad, page: .last, limit: limit).count }
        try time("search \"siti\": last page") { try members.members(MemberQuery(search: "siti"), page: .last, limit: limit).count }
        for text in ["s", "siti", "sar", "0812"] {
            let q = MemberQuery(search: text)
            let lastRow = try members.members(q, page: .last, limit: 1).first!
            try time("search \"\(text)\": count up to 10.000") { try members.count(q, upTo: 10_000).value }
            try time("search \"\(text)\": exact count") { try members.count(q, upTo: nil).value }
            try time("search \"\(text)\": rank of the last row") { try members.rank(of: lastRow.personId, in: q) ?? -1 }
        }
        try time("search \"s\", regency Lahat: first page") {
            try members.members(MemberQuery(search: "s", filter: MemberFilter(regency: "1604")), page: .first, limit: limit).count
        }
        try time("person detail") { try store.people.detail(personId: middle.personId)?.audit.count ?? -1 }
        return results
    }
}
