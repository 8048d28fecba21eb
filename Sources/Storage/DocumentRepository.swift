import Domain
import Foundation
import GRDB

/// What a paper to issue is: its kind, whose it is (a Musda, a term) and which one (`subject`).
public struct DocumentRequest: Sendable, Hashable {
    public var kind: MusdaDocument.Kind
    public var musdaId: Int64?
    public var termId: Int64?
    /// `sesi:12`, `pemilihan:3`, `lpj`, `musda`, `periode:2`, `keputusan`.
    public var subject: String
    public var title: String
    /// The paper's date (a session's day, an SK's date): its number takes the month and year.
    public var date: LocalDate
    /// The series of a number to give (`BA/MUSDA-I`); nil when `fixedNumber` is the number.
    public var series: String?
    /// A number that is not ours to give: an SK number from the DPP, decisions' own numbers.
    public var fixedNumber: String?

    public init(kind: MusdaDocument.Kind, musdaId: Int64?, termId: Int64? = nil, subject: String, title: String, date: LocalDate,
                series: String?, fixedNumber: String? = nil) {
        self.kind = kind
        self.musdaId = musdaId
        self.termId = termId
        self.subject = subject
        self.title = title
        self.date = date
        self.series = series
        self.fixedNumber = fixedNumber
    }
}

/// The documents register (issue 15). A paper gets its number once: made again, in any
/// format, it keeps the number and the date it was first given, and its row records the
/// latest file. Numbers run per series and year (`01/BA/MUSDA-I/…/V/2023`, then `02/…`).
public protocol DocumentRepository: Sendable {
    /// The register entry the paper would have: the existing one for its subject, or a new
    /// one with the next free number. Writes nothing.
    func prepare(_ request: DocumentRequest) throws -> MusdaDocument
    /// Records a prepared paper with its file (path, format). Nil when another operator took
    /// its number in the meantime: prepare again and regenerate. Audited.
    /// - Throws: `StoreError.notPermitted` for a pembaca.
    func record(_ document: MusdaDocument, filePath: String, format: String) throws -> MusdaDocument?
}

struct DocumentStore: DocumentRepository {
    let store: Store

    func prepare(_ request: DocumentRequest) throws -> MusdaDocument {
        try store.read { db in try Self.prepare(db, request) }
    }

    static func prepare(_ db: Database, _ r: DocumentRequest) throws -> MusdaDocument {
        let pattern = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?",
                                          arguments: [SettingKey.decisionNumberPattern.rawValue]) ?? DocumentNumber.defaultPattern
        func numbered(_ doc: MusdaDocument, series: String, date: LocalDate) throws -> MusdaDocument {
            var doc = doc
            let sequence = try nextSequence(db, series: series, year: date.year)
            doc.series = series
            doc.sequence = sequence
            doc.number = DocumentNumber(sequence: sequence, series: series, date: date).formatted(pattern)
            return doc
        }
        if var existing = try existing(db, kind: r.kind, musdaId: r.musdaId, termId: r.termId, subject: r.subject) {
            existing.date = existing.date ?? r.date
            existing.title = r.title
            // A number from elsewhere (the DPP's SK number) wins over one we gave or left open.
            if let fixed = r.fixedNumber {
                existing.number = fixed
                existing.series = nil
                existing.sequence = nil
            } else if existing.number == nil, let series = r.series {
                existing = try numbered(existing, series: series, date: existing.date ?? r.date)
            }
            return existing
        }
        let fresh = MusdaDocument(musdaId: r.musdaId, termId: r.termId, kind: r.kind, subject: r.subject, number: r.fixedNumber,
                                  title: r.title, date: r.date)
        guard r.fixedNumber == nil, let series = r.series else { return fresh }
        return try numbered(fresh, series: series, date: r.date)
    }

    static func existing(_ db: Database, kind: MusdaDocument.Kind, musdaId: Int64?, termId: Int64?, subject: String) throws -> MusdaDocument? {
        try Row.fetchOne(db, sql: """
            SELECT * FROM document WHERE kind = ? AND ifnull(musda_id, 0) = ? AND ifnull(term_id, 0) = ? AND subject = ?
            """, arguments: [kind, musdaId ?? 0, termId ?? 0, subject]).map(MusdaDocument.init(row:))
    }

    static func nextSequence(_ db: Database, series: String, year: Int) throws -> Int {
        let used = try Int.fetchOne(db, sql: "SELECT max(sequence) FROM document WHERE series = ? AND substr(date, 1, 4) = ?",
                                    arguments: [series, String(format: "%04d", year)]) ?? 0
        return used + 1
    }

    func record(_ document: MusdaDocument, filePath: String, format: String) throws -> MusdaDocument? {
        try store.write { db in
            var doc = document
            doc.filePath = filePath
            doc.fileFormat = format
            doc.generatedAt = Timestamp.iso(store.clock())
            doc.generatedBy = store.operatorName
            // Another operator issued this paper, or took its number, since it was prepared.
            let before = try doc.id.flatMap { try MusdaDocument.fetchOne(db, id: $0) }
            if let sequence = doc.sequence, before?.sequence != sequence, let series = doc.series, let date = doc.date,
               try Self.nextSequence(db, series: series, year: date.year) != sequence {
                return nil
            }
            if doc.id == nil, try Self.existing(db, kind: doc.kind, musdaId: doc.musdaId, termId: doc.termId, subject: doc.subject) != nil {
                return nil
            }
            doc.id = try store.save(db, doc)
            return doc
        }
    }
}
