import Domain
import Foundation
import GRDB
import GRDBSQLite

/// Generates many realistic fictional members for scale testing (`sekretariat demo --people N`).
///
/// Fast path on purpose: it writes straight to a *new* database file that no one else has open
/// (`demo` refuses existing files), with the journal off, prepared statements, one transaction
/// per 100,000 people, the search triggers and member-list indexes dropped during the load, and
/// the FTS index and the indexes rebuilt once at the end. A failure leaves a file to delete,
/// which `demo` does. Values come from the same `TextKey` as normal writes, so search and sort
/// behave the same. One audit entry records the batch.
public enum BulkMembers {
    public struct Timing: Sendable {
        public var insert: TimeInterval = 0
        public var indexes: TimeInterval = 0
        public var search: TimeInterval = 0
        public var total: TimeInterval = 0
    }

    /// Appends `count` generated members. `seed` makes the result reproducible.
    @discardableResult
    public static func append(to path: String, count: Int, seed: UInt64 = 20230514, operatorName: String? = nil,
                              progress: (Int) -> Void = { _ in }) throws -> Timing {
        var timing = Timing()
        let started = Date()
        var config = Configuration()
        config.foreignKeysEnabled = false   // ids are generated consistently below; checked by `check`
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            for pragma in ["journal_mode = DELETE", "journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE",
                           "cache_size = -262144", "temp_store = MEMORY", "secure_delete = OFF"] {
                try db.execute(sql: "PRAGMA \(pragma)")
            }
            try db.execute(sql: Schema.dropSearchTriggers)
            for index in bulkIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }

            let firstId = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM person") ?? 0) + 1
            let personSQL = "INSERT INTO person (id, \((Person.columns + ["created_at", "updated_at"]).joined(separator: ", "))) VALUES (\(PersonSQL.placeholders(Person.columns.count + 3)))"
            let person = try RawInsert(db, personSQL)
            let membership = try RawInsert(db, """
                INSERT INTO membership (person_id, kta, status, status_date, status_reason, channel, join_date, name_key, regency,
                                        employment_class, search_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let change = try RawInsert(db, """
                INSERT INTO status_change (person_id, from_status, to_status, date, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                """)
            // Two cores: one thread makes the rows (names, NIKs, folded search text), this one inserts.
            let rows = RowPipe(capacity: 8)
            let regions = try Regions.load(db).regions
            let producer = Thread {
                var generator = Generator(seed: seed, regions: regions)
                let now = Timestamp.iso(Date())
                var made = 0
                while made < count {
                    let n = min(10_000, count - made)
                    var batch: [GeneratedRow] = []
                    batch.reserveCapacity(n)
                    for i in 0..<n { batch.append(generator.row(id: firstId + Int64(made + i), now: now)) }
                    guard rows.put(batch) else { return }   // the inserting side failed
                    made += n
                }
            }
            producer.stackSize = 1 << 22
            producer.start()
            defer { rows.close() }
            let t0 = Date()
            var done = 0
            while done < count {
                let target = min(done + 100_000, count)
                try db.inTransaction {
                    while done < target {
                        let batch = rows.take()
                        for row in batch {
                            try person.insert(row.person)
                            try membership.insert(row.membership)
                            if let c = row.change { try change.insert(c) }
                        }
                        done += batch.count
                    }
                    return .commit
                }
                progress(done)
            }
            timing.insert = Date().timeIntervalSince(t0)

            let t1 = Date()
            try db.execute(sql: "PRAGMA threads = 2")   // parallel sorter for CREATE INDEX
            for index in bulkIndexes { try db.execute(sql: index.sql) }
            timing.indexes = Date().timeIntervalSince(t1)

            let t2 = Date()
            // Fewer, larger merges while rebuilding; the defaults come back for normal writes.
            try db.execute(sql: "INSERT INTO person_fts(person_fts, rank) VALUES ('automerge', 16)")
            try db.execute(sql: "INSERT INTO person_fts(person_fts, rank) VALUES ('crisismerge', 64)")
            try db.execute(sql: "INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
            try db.execute(sql: "INSERT INTO person_fts(person_fts, rank) VALUES ('automerge', 4)")
            try db.execute(sql: "INSERT INTO person_fts(person_fts, rank) VALUES ('crisismerge', 16)")
            try db.execute(sql: Schema.searchTriggers)
            timing.search = Date().timeIntervalSince(t2)

            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            try db.execute(sql: "ANALYZE")
            let auditor = Auditor(operatorName: operatorName ?? Operator.current(), timestamp: { Timestamp.iso(Date()) })
            try auditor.record(db, entity: "person", id: nil, action: .bulkInsert, before: [String: Int64]?.none,
                               after: ["count": Int64(count), "firstId": firstId, "lastId": firstId + Int64(count) - 1,
                                       "seed": Int64(bitPattern: seed)],
                               reason: "Data buatan untuk uji skala (sekretariat demo --people)")
            try db.execute(sql: "PRAGMA locking_mode = NORMAL")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        timing.total = Date().timeIntervalSince(started)
        return timing
    }

    /// Indexes rebuilt after the load (sorting once beats a million random b-tree inserts).
    static let bulkIndexes: [(name: String, sql: String)] = [
        ("person_by_nik", "CREATE INDEX person_by_nik ON person(nik) WHERE nik IS NOT NULL"),
        ("person_by_name", "CREATE INDEX person_by_name ON person(name_key, birth_date)"),
        ("member_by_name", "CREATE INDEX member_by_name ON membership(name_key, person_id)"),
        ("member_by_regency", "CREATE INDEX member_by_regency ON membership(regency, name_key, person_id)"),
        ("member_by_join", "CREATE INDEX member_by_join ON membership(join_key, person_id)"),
        ("member_by_status", "CREATE INDEX member_by_status ON membership(status, name_key, person_id)"),
        ("member_by_status_regency", "CREATE INDEX member_by_status_regency ON membership(status, regency)"),
    ]

    /// Deterministic fictional people, spread over the regencies like the demo register.
    struct Generator {
        var rng: SplitMix64
        let regions: [Region]
        let regencyWeights: [(String, Int)] = [("1671", 46), ("1607", 8), ("1610", 8), ("1602", 6), ("1603", 6), ("1606", 6),
                                               ("1604", 5), ("1601", 5), ("1608", 5), ("1673", 5), ("1605", 4), ("1674", 4),
                                               ("1613", 4), ("1609", 3), ("1672", 3), ("1611", 3), ("1612", 3)]
        var nikSerials: [UInt64: Int] = [:]
        var ktaSerials: [String: Int] = [:]
        let start = LocalDate(year: 2019, month: 4, day: 8)!.dayNumber
        let end = LocalDate(year: 2025, month: 12, day: 31)!.dayNumber

        init(seed: UInt64, regions: [Region]) {
            rng = SplitMix64(seed: seed)
            self.regions = regions
        }

        mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        mutating func chance(_ percent: Int) -> Bool { Int(rng.next() % 100) < percent }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

        mutating func weighted(_ items: [(String, Int)]) -> String {
            let total = items.reduce(0) { $0 + $1.1 }
            var r = int(0...(total - 1))
            for (item, w) in items {
                if r < w { return item }
                r -= w
            }
            return items[0].0
        }

        /// One person with membership (and a status change when not aktif), as bound values.
        mutating func row(id: Int64, now: String) -> GeneratedRow {
            let (p, m) = next()
            let search = TextKey.searchText(name: p.name, nik: p.nik, kta: m.kta, email: p.email, phone: p.phone)
            let personValues = [id.databaseValue] + p.values(searchText: search).map { $0?.databaseValue ?? .null }
                + [now.databaseValue, now.databaseValue]
            let memberValues: [DatabaseValueConvertible?] = [id, m.kta, m.status, m.statusDate, m.statusReason, m.channel, m.joinDate]
                + PersonSQL.memberKeys(p, search: search)
            let changeValues: [DatabaseValueConvertible?]? = m.status == .aktif ? nil
                : [id, MembershipStatus.aktif, m.status, m.statusDate, m.statusReason, now]
            return GeneratedRow(person: personValues, membership: memberValues.map { $0?.databaseValue ?? .null },
                                change: changeValues.map { $0.map { $0?.databaseValue ?? .null } })
        }

        mutating func next() -> (person: Person, membership: Membership) {
            let female = chance(50)
            let given = female ? Names.female : Names.male
            var name = pick(given)
            if chance(20) { name += " " + pick(given) }
            if !chance(10) { name += " " + pick(female ? Names.familyFemale : Names.family) }
            let regency = weighted(regencyWeights)
            let birth = LocalDate(dayNumber: LocalDate(year: 1962, month: 1, day: 1)!.dayNumber + int(0...(42 * 365)))
            let district = int(1...20)
            func p(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
            let prefix = regency + p(district, 2) + p(birth.day + (female ? 40 : 0), 2) + p(birth.month, 2) + p(birth.year % 100, 2)
            let key = UInt64(prefix)!
            let serial = (nikSerials[key] ?? 100) + 1   // demo NIKs use low serials
            nikSerials[key] = serial
            let nik: String? = serial <= 9999 && !chance(3) ? prefix + p(serial, 4) : nil
            let status: EmploymentStatus = chance(60) ? (chance(75) ? .pns : .pppk) : .nonASN
            let employerType: EmployerType? = status == .nonASN
                ? EmployerType(rawValue: weighted([("kontrak", 48), ("lks", 32), ("perusahaan", 12), ("dosen_swasta", 8)])) : nil
            let city = regions.first { $0.code == regency }?.shortName ?? "Palembang"
            let employer = status == .nonASN ? nil : "Dinas Sosial " + city
            let words = TextKey.tokens(name)
            let email: String? = chance(60) ? words.prefix(2).joined(separator: ".") + String(int(1...99)) + "@" + pick(Names.mailHosts) : nil
            let phone = "08" + pick(["12", "13", "21", "22", "52", "53", "77", "78", "95", "96"]) + p(int(0...99_999_999), 8)
            let person = Person(name: name, nik: nik, sex: female ? .female : .male, birthPlace: city, birthDate: birth,
                                phone: phone, email: email, address: "Jl. \(pick(Names.streets)) No. \(int(1...200)), \(city)",
                                domicileRegency: regency, employment: Employment(status: status, employerType: employerType, employer: employer),
                                education: Education(level: pick([.s1, .s1, .s1, .d4, .s2, .d3]), institution: pick(Names.institutions),
                                                     major: "Ilmu Kesejahteraan Sosial", graduationYear: min(birth.year + int(22...27), 2025)),
                                source: "data buatan (demo --people)")
            let ktaSerial = (ktaSerials[regency] ?? 1000) + 1
            ktaSerials[regency] = ktaSerial
            let joined = LocalDate(dayNumber: int(start...end))
            let dpp = chance(30)
            let roll = int(0...99)
            let memberStatus: MembershipStatus = roll < 88 ? .aktif : roll < 95 ? .nonaktif : roll < 99 ? .keluar : .meninggal
            var statusDate: LocalDate? = nil
            var reason: String? = nil
            if memberStatus != .aktif {
                statusDate = LocalDate(dayNumber: min(joined.dayNumber + int(30...900), end))
                reason = Names.reasons[memberStatus]
            }
            let membership = Membership(kta: "16.\(regency.suffix(2)).\(p(ktaSerial, 6))", status: memberStatus, statusDate: statusDate,
                                        statusReason: reason, channel: dpp ? .dppWebsite : .dpd, joinDate: joined)
            return (person, membership)
        }
    }
}

struct GeneratedRow: Sendable {
    let person: [DatabaseValue]
    let membership: [DatabaseValue]
    let change: [DatabaseValue]?
}

/// A bounded hand-over of row batches from the generating thread to the inserting one.
final class RowPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[GeneratedRow]] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// False once the taking side has closed the pipe: the producer stops.
    func put(_ batch: [GeneratedRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !closed { condition.wait() }
        guard !closed else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    func close() {
        condition.lock()
        closed = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    func take() -> [GeneratedRow] {
        condition.lock()
        while batches.isEmpty { condition.wait() }
        let batch = batches.removeFirst()
        condition.broadcast()
        condition.unlock()
        return batch
    }
}

/// SplitMix64: small, fast, and the same sequence on every platform.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Name parts common in Sumatera Selatan (Palembang titles Kemas, Kiagus, Nyimas included).
enum Names {
    static let male = ["Ahmad", "Muhammad", "Abdul", "Agus", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Deni", "Dimas", "Eko",
                       "Fajar", "Fauzi", "Hendra", "Heri", "Irfan", "Iwan", "Joko", "Lukman", "Rahmat", "Rudi", "Ridwan",
                       "Rizal", "Sigit", "Slamet", "Sukri", "Syahrial", "Taufik", "Wahyu", "Yusuf", "Zulkifli", "Hasan",
                       "Husin", "Ilham", "Imam", "Iqbal", "Jamal", "Khairul", "Mahmud", "Mulyadi", "Nanang", "Novri",
                       "Rendi", "Rian", "Saiful", "Samsul", "Sandi", "Teguh", "Yudi", "Herman", "Darmawan", "Firdaus",
                       "Gunawan", "Hadi", "Hamzah", "Indra", "Kemas", "Kiagus", "Ferry", "Edi", "Erwin", "Séno", "Ma'ruf"]
    static let female = ["Siti", "Nur", "Dewi", "Sri", "Rina", "Yuliana", "Ayu", "Fitri", "Indah", "Lestari", "Maya", "Mega",
                         "Novi", "Putri", "Ratna", "Rini", "Sari", "Wati", "Yanti", "Yuni", "Nurul", "Dian", "Eka",
                         "Fatimah", "Hasanah", "Intan", "Juwita", "Kartika", "Lia", "Lina", "Marlina", "Mira", "Nadia",
                         "Nia", "Nova", "Puspita", "Rahma", "Reni", "Rosmala", "Septi", "Suryani", "Tuti", "Umi", "Wulan",
                         "Yeni", "Zahra", "Aisyah", "Anisa", "Desi", "Elvi", "Erna", "Hera", "Ika", "Irma", "Lusi", "Meli",
                         "Nyimas", "Rosalina"]
    static let family = ["Saputra", "Pratama", "Kurniawan", "Wijaya", "Hidayat", "Santoso", "Rahman", "Siregar", "Nasution",
                         "Harahap", "Lubis", "Syahputra", "Setiawan", "Gunawan", "Firmansyah", "Ramadhan", "Hakim", "Anwar",
                         "Ismail", "Yusuf", "Mahmud", "Effendi", "Hartono", "Susanto", "Wibowo", "Nugroho", "Utomo",
                         "Purnomo", "Halim", "Mansyur", "Zainal", "Basri", "Fikri", "Sulaiman", "Sanusi", "Husin",
                         "Juliansyah", "Irawan", "Saleh", "Jaya", "Wibisono", "Prasetyo"]
    static let familyFemale = ["Pratiwi", "Lestari", "Handayani", "Rahayu", "Wulandari", "Anggraini", "Oktaviani",
                               "Permatasari", "Maharani", "Fitriani", "Safitri", "Yulianti", "Agustina", "Marlina", "Novita",
                               "Damayanti", "Kusuma", "Sari", "Putri", "Aminah", "Saputri", "Rahmawati"]
    static let streets = ["Merdeka", "Sudirman", "Kapten A. Rivai", "Veteran", "Kolonel Atmo", "Basuki Rahmat",
                          "Demang Lebar Daun", "Mayor Ruslan", "Lintas Sumatera", "Pendidikan", "Pahlawan", "Angkatan 45"]
    static let institutions = ["STISIPOL Candradimuka Palembang", "Poltekesos Bandung", "Universitas Sriwijaya",
                               "UIN Raden Fatah Palembang"]
    static let mailHosts = ["gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com"]
    static let reasons: [MembershipStatus: String] = [.nonaktif: "Tidak aktif dalam kegiatan dan iuran.",
                                                      .keluar: "Mengundurkan diri.", .meninggal: "Meninggal dunia."]
}
