/// A province as an export writes it. Only Sumatera Selatan needs recognising (DOMAIN.md §3,
/// code 16): a DPP export's other rows are set aside, whatever their spelling.
public enum ProvinceName {
    /// Folded spellings of Sumatera Selatan (`HeaderName.fold`): the name, its abbreviations,
    /// `Prov.`/`Provinsi` before it, and the DPD's own name as a province column may hold it.
    static let sumateraSelatan: Set<String> = [
        "sumatera selatan", "sumatra selatan", "sumsel", "sum sel", "sumatera sel", "sumatra sel", "south sumatra",
        "south sumatera", "16", "dpd sumatera selatan", "dpd sumsel", "dpd ipspi sumatera selatan", "dpd ipspi sumsel",
    ]

    /// `16` for Sumatera Selatan in any of its spellings; any other text as written (spaces
    /// collapsed), so the set-aside rows can say which province they named.
    public static func canonical(_ text: String) -> String {
        var folded = HeaderName.fold(text)
        for prefix in ["provinsi ", "propinsi ", "prov "] where folded.hasPrefix(prefix) { folded.removeFirst(prefix.count) }
        return sumateraSelatan.contains(folded) ? Province.sumateraSelatan : text.collapsingSpaces
    }

    /// True when a canonical province value names Sumatera Selatan.
    public static func isHome(_ canonical: String) -> Bool { canonical == Province.sumateraSelatan }
}
