import GRDB
import GRDBSQLite

/// A prepared INSERT bound through the C API: GRDB's `StatementArguments` path costs more than
/// SQLite itself at a million rows, and this loop is the only place that matters.
struct RawInsert {
    let statement: Statement
    let db: Database
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    func insert(_ values: [DatabaseValue]) throws {
        let s = statement.sqliteStatement
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value.storage {
            case .null: sqlite3_bind_null(s, index)
            case .int64(let n): sqlite3_bind_int64(s, index, n)
            case .double(let d): sqlite3_bind_double(s, index, d)
            case .string(let text): sqlite3_bind_text(s, index, text, -1, Self.transient)
            case .blob(let data): _ = data.withUnsafeBytes { sqlite3_bind_blob(s, index, $0.baseAddress, Int32($0.count), Self.transient) }
            }
        }
        let code = sqlite3_step(s)
        sqlite3_reset(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// A prepared one-column integer lookup (`SELECT id … WHERE key = ?`) through the C API, for
/// the same reason as `RawInsert`: an import links each of 100k rows to the register's person.
struct RawLookup {
    let statement: Statement
    let db: Database

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// The first row's first column, nil when no row matches.
    func int64(_ key: String) throws -> Int64? {
        let s = statement.sqliteStatement
        sqlite3_bind_text(s, 1, key, -1, RawInsert.transient)
        defer { sqlite3_reset(s) }
        switch sqlite3_step(s) {
        case SQLITE_ROW: return sqlite3_column_int64(s, 0)
        case SQLITE_DONE: return nil
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
