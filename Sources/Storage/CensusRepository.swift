import Domain
import GRDB

/// Raw pendataan records and traced alumni (for the later census screens).
public protocol CensusRepository: Sendable {
    func records(batch: String?) throws -> [CensusRecord]
    @discardableResult func save(_ record: CensusRecord) throws -> Int64
    func alumni() throws -> [AlumniRecord]
    @discardableResult func save(_ record: AlumniRecord) throws -> Int64
}

struct CensusStore: CensusRepository {
    let store: Store

    func records(batch: String?) throws -> [CensusRecord] {
        try store.read { db in
            batch == nil ? try CensusRecord.fetchAll(db)
                         : try CensusRecord.fetchAll(db, where: "batch = ?", arguments: [batch])
        }
    }
    func save(_ record: CensusRecord) throws -> Int64 { try store.write { try store.save($0, record) } }
    func alumni() throws -> [AlumniRecord] { try store.read { try AlumniRecord.fetchAll($0, order: "name") } }
    func save(_ record: AlumniRecord) throws -> Int64 { try store.write { try store.save($0, record) } }
}
