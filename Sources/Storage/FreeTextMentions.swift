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
        /// A note on a term, partner, activity, reported figure or realisation entry, or an
        /// outcome's text (`lpj`, `election`, `handover_programme`); `label` names the record
        /// as the screens do (the term's name, the partner's, the programme's title, `Musda 2023`).
        case note(table: String, id: Int64, label: String)
    }
    public var place: Place

    public init(place: Place) { self.place = place }
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
        // Notes, then the Musda outcomes (issue 12): the LPJ's summary and notes, why acclamation,
        // why a programme was dropped. Each with the name its record goes by.
        let musdaLabel = "'Musda ' || substr(m.date, 1, 4)"
        for (table, sql) in [
            ("term", "SELECT id, name AS label, note FROM term WHERE note IS NOT NULL"),
            ("partner", "SELECT id, name AS label, note FROM partner WHERE note IS NOT NULL"),
            ("figure", "SELECT id, subject AS label, note FROM figure WHERE note IS NOT NULL"),
            ("activity", "SELECT id, title AS label, note FROM activity WHERE note IS NOT NULL"),
            ("realisation", """
                SELECT r.id, p.title AS label, r.note FROM realisation r
                    JOIN target t ON t.id = r.target_id JOIN programme p ON p.id = t.programme_id WHERE r.note IS NOT NULL
                """),
            ("lpj", """
                SELECT l.musda_id AS id, \(musdaLabel) AS label, coalesce(l.summary, '') || ' ' || coalesce(l.verdict_note, '') AS note
                    FROM lpj l JOIN musda m ON m.id = l.musda_id
                """),
            ("election", """
                SELECT e.id, \(musdaLabel) AS label, e.acclamation_reason AS note
                    FROM election e JOIN musda m ON m.id = e.musda_id WHERE e.acclamation_reason IS NOT NULL
                """),
            ("handover_programme", """
                SELECT h.programme_id AS id, p.title AS label, h.reason AS note
                    FROM handover_programme h JOIN programme p ON p.id = h.programme_id WHERE h.reason IS NOT NULL
                """),
        ] {
            for row in try Row.fetchAll(db, sql: sql) where mentions(row["note"]) {
                found.append(FreeTextMention(place: .note(table: table, id: row["id"], label: row["label"] ?? "")))
            }
        }
        return found
    }
}
