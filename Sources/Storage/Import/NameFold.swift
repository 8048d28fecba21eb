import GRDB

/// Names folded for matching people across files (issue 13): case, spaces, accents and
/// apostrophes ignored, so `Ma'ruf` and `MARUF` meet; academic and religious titles set
/// aside, so `Dr. Budi Santoso, S.Sos., M.Kesos` meets `Budi Santoso`.
enum NameFold {
    /// Titles written before a name.
    static let prefixes: Set<String> = ["dr", "drs", "dra", "ir", "h", "hj", "prof", "kh", "hc", "ust", "ustadz", "ns", "apt"]
    /// Degrees written after a name, folded (`S.Sos` → `ssos`).
    static let degrees: Set<String> = [
        "ssos", "skom", "spd", "se", "sh", "st", "ssi", "sip", "sag", "shum", "spsi", "sked", "sfarm", "skep", "skm", "str",
        "stp", "sikom", "sthi", "sst", "amd", "amdkeb", "amdkep", "ak", "mkesos", "msi", "mpd", "mm", "mh", "mkes", "mag",
        "mhum", "map", "msc", "ma", "mt", "mpsi", "mkom", "me", "mpa", "phd", "mba", "ba", "bsc", "dr", "ssosio", "sthi",
        "spdi", "mpdi", "ssy", "mph", "mkm", "ked", "sp", "sps", "skes", "mtr", "mikom",
    ]

    /// `Dr. Budi  Santoso, S.Sos.` → `budi santoso`; `Ma'ruf` → `maruf`.
    static func key(_ name: String) -> String {
        name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiKey(name) : unicodeKey(name)
    }

    /// `key` for any text, accents folded as the search index folds them.
    static func unicodeKey(_ name: String) -> String {
        // Degrees follow a comma: what comes after the first comma is not the name.
        let beforeComma = name.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        let words = beforeComma.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let folded: [(text: String, dotted: Bool)] = words.map { word in
            let joined = TextKey.tokens(word.filter { $0 != "'" && $0 != "’" && $0 != "`" && $0 != "‘" }).joined()
            return (joined, word.contains("."))
        }.filter { !$0.text.isEmpty }
        return joinedWithoutTitles(folded)
    }

    /// The folded words without the titles before and the degrees after, joined by a space.
    /// A degree without a comma (`Budi Santoso S.Sos`) is dotted: an undotted last word is a name.
    static func joinedWithoutTitles(_ words: [(text: String, dotted: Bool)]) -> String {
        var folded = words[...]
        while folded.count > 1, let first = folded.first, prefixes.contains(first.text) { folded.removeFirst() }
        while folded.count > 1, let last = folded.last, last.dotted, degrees.contains(last.text) { folded.removeLast() }
        return folded.map(\.text).joined(separator: " ")
    }

    /// `key` for ASCII names, on the bytes: the same words (letters and digits of each
    /// space-separated word, lower-cased, joined), without per-character Unicode lookups.
    static func asciiKey(_ name: String) -> String {
        var folded: [(text: String, dotted: Bool)] = []
        var word: [UInt8] = [], dotted = false
        func flush() {
            if !word.isEmpty { folded.append((String(decoding: word, as: UTF8.self), dotted)) }
            word.removeAll(keepingCapacity: true)
            dotted = false
        }
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: ","): break
            case UInt8(ascii: " "), UInt8(ascii: "\t"): flush(); continue
            case UInt8(ascii: "."): dotted = true; continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte); continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32); continue
            default: continue
            }
            break // the first comma: degrees follow
        }
        flush()
        return joinedWithoutTitles(folded)
    }

    /// Fills `person.match_key` for the people written before it existed (migration 015).
    static func fillPersonKeys(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM person")
        let update = try db.makeStatement(sql: "UPDATE person SET match_key = ? WHERE id = ?")
        for row in rows { try update.execute(arguments: [key(row["name"]), row["id"] as Int64]) }
    }

    /// Fills the keys of census and alumni rows written before the keys existed (migration 014).
    static func fillKeys(_ db: Database) throws {
        for table in ["census_record", "alumni_record"] {
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM \(table)")
            for row in rows {
                try db.execute(sql: "UPDATE \(table) SET name_key = ? WHERE id = ?", arguments: [key(row["name"]), row["id"] as Int64])
            }
        }
    }
}
