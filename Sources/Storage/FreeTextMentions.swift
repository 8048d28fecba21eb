import Domain
import Foundation
import GRDB

/// A place in free text that names a person (issue 16): prose cannot be scrubbed blindly, so
/// erasure lists these for the admin to review instead of editing them.
public struct FreeTextMention: Sendable, Hashable {
    public enum Place: Sendable, Hashable {
        /// A session's minutes, as now or in a finalised version.
        case minutes(musda: LocalDate, session: String, version: Int?)
        case decision(musda: LocalDate, title: String)
        case actionItem(musda: LocalDate, text: String)
        /// A note on a term, partner, activity, reported figure or realisation entry.
        case note(table: String, id: Int64)
    }
    public var place: Place
}

enum FreeTextMentions {
    /// Where `name` appears, ignoring case and accents. Names shorter than 4 letters are not
    /// searched: they would match ordinary words.
    static func find(_ name: String, in db: Database) throws -> [FreeTextMention] {
        let needle = name.trimmingCharacters(in: .whitespaces)
        guard needle.count >= 4 else { return [] }
        func mentions(_ text: String?) -> Bool {
            text?.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        // musda.date is NOT NULL; a row that does not parse still counts, dated 1900.
        func day(_ row: Row) -> LocalDate { LocalDate(iso: row["date"] ?? "") ?? LocalDate(year: 1900, month: 1, day: 1)! }
        var found: [FreeTextMention] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT m.date, s.title, n.text, NULL AS version FROM minutes n
                JOIN musda_session s ON s.id = n.session_id JOIN musda m ON m.id = s.musda_id
            UNION ALL
            SELECT m.date, s.title, v.text, v.version FROM minutes_version v JOIN minutes n ON n.id = v.minutes_id
                JOIN musda_session s ON s.id = n.session_id JOIN musda m ON m.id = s.musda_id
            """) where mentions(row["text"]) {
            found.append(FreeTextMention(place: .minutes(musda: day(row),
                                                         session: row["title"], version: row["version"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT m.date, d.title, d.text FROM decision d JOIN musda m ON m.id = d.musda_id")
        where mentions(row["title"]) || mentions(row["text"]) {
            found.append(FreeTextMention(place: .decision(musda: day(row),
                                                          title: row["title"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT m.date, a.text FROM action_item a JOIN musda m ON m.id = a.musda_id")
        where mentions(row["text"]) {
            found.append(FreeTextMention(place: .actionItem(musda: day(row),
                                                            text: row["text"])))
        }
        for table in ["term", "partner", "figure", "activity", "realisation"] {
            for row in try Row.fetchAll(db, sql: "SELECT id, note FROM \(table) WHERE note IS NOT NULL") where mentions(row["note"]) {
                found.append(FreeTextMention(place: .note(table: table, id: row["id"])))
            }
        }
        // Musda outcomes (issue 12): the LPJ's summary and notes, why acclamation, why a programme was dropped.
        for (table, sql) in [("lpj", "SELECT musda_id AS id, coalesce(summary, '') || ' ' || coalesce(verdict_note, '') AS note FROM lpj"),
                             ("election", "SELECT id, acclamation_reason AS note FROM election WHERE acclamation_reason IS NOT NULL"),
                             ("handover_programme", "SELECT programme_id AS id, reason AS note FROM handover_programme WHERE reason IS NOT NULL")] {
            for row in try Row.fetchAll(db, sql: sql) where mentions(row["note"]) {
                found.append(FreeTextMention(place: .note(table: table, id: row["id"])))
            }
        }
        return found
    }
}
