import Documents
import Domain

// MARK: - Bagan (the org chart of a term's board), on screen and exported
extension Catalog {
    /// Bagan: the org chart screen and the chart exports of the command line.
    public var orgChart: OrgChartWords { OrgChartWords(catalog: self) }
}

/// Words of the org chart only; shared words stay on `Catalog` (Catalog+Vocabulary).
public struct OrgChartWords: FamilyWords {
    let catalog: Catalog

    var title: String { pick("Bagan", "Chart") }
    /// The header's position: `baris 1–21 dari 57 · kolom 28–105 dari 125`.
    func position(rows: (first: Int, last: Int, total: Int), columns: (first: Int, last: Int, total: Int)) -> String {
        pick("baris \(rows.first)–\(rows.last) dari \(rows.total) · kolom \(columns.first)–\(columns.last) dari \(columns.total)",
             "rows \(rows.first)–\(rows.last) of \(rows.total) · columns \(columns.first)–\(columns.last) of \(columns.total)")
    }
    var empty: String {
        pick("Periode ini belum punya jabatan: belum ada bagan.", "This term has no seats yet: there is no chart.")
    }
    var notFound: String { pick("Periode ini tidak ditemukan.", "This term was not found.") }
    var helpStep: String { pick("Geser satu kolom / baris", "Pan one column / line") }
    var helpPage: String { pick("Geser satu halaman ke atas / bawah", "Pan one page up / down") }
    var helpSide: String { pick("Geser satu halaman ke kiri / kanan", "Pan one page left / right") }
    var helpEnds: String { pick("Ke atas / bawah bagan", "To the top / bottom of the chart") }
    var helpEdges: String { pick("Ke tepi kiri / kanan bagan", "To the left / right edge of the chart") }

    /// What the chart itself says besides the data: an Indonesian document in Indonesian.
    public var chartWords: OrgChart.Words {
        language == .indonesian ? .indonesian
            : OrgChart.Words(vacant: "vacant", erased: "[erased]", advisers: "Patrons & advisers", noSeats: "no seats yet")
    }

    /// The lines above an exported chart.
    public func documentTitle(_ term: Term) -> [String] {
        [pick("Susunan Pengurus DPD IPSPI Sumatera Selatan", "Board of DPD IPSPI Sumatera Selatan"),
         pick("Masa Bakti \(term.name)", "Term \(term.name)")]
    }

    // MARK: Naming a term on the command line

    /// `--term` names no term.
    public func unknownTerm(_ reference: String, known: [Term]) -> String {
        let list = known.map { pick("\($0.name) (tahun \($0.start.year), ID \($0.id ?? 0))",
                                    "\($0.name) (year \($0.start.year), ID \($0.id ?? 0))") }.joined(separator: ", ")
        return list.isEmpty ? pick("periode tidak dikenal: \(reference); belum ada periode", "unknown term: \(reference); there are no terms yet")
            : pick("periode tidak dikenal: \(reference); yang ada: \(list)", "unknown term: \(reference); there are: \(list)")
    }

    /// `--term` names more than one term (two starting in the same year).
    public func ambiguousTerm(_ reference: String, matches: [Term]) -> String {
        let list = matches.map { "\($0.name) (ID \($0.id ?? 0))" }.joined(separator: ", ")
        return pick("periode \(reference) tidak jelas, ada beberapa: \(list); sebut ID-nya",
                    "term \(reference) is ambiguous: \(list); give its ID")
    }

    /// No `--term` and no term is aktif.
    public var noActiveTerm: String {
        pick("tidak ada periode aktif; sebut periodenya dengan --term", "no term is active; name one with --term")
    }
}
