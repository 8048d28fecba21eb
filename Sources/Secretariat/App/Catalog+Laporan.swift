import Documents
import Domain

// MARK: - Laporan (issue 15): the reports, their columns and notes
extension Catalog {
    public var reports: ReportWords { ReportWords(catalog: self) }
}

public struct ReportWords: FamilyWords {
    let catalog: Catalog

    public func title(_ kind: Report.Kind) -> String {
        switch kind {
        case .membersByRegency: return pick("Anggota per kabupaten/kota", "Members per regency")
        case .employment: return pick("Anggota ASN dan non-ASN", "ASN and non-ASN members")
        case .growth: return pick("Pertumbuhan anggota per tahun", "Members joining per year")
        case .channel: return pick("Anggota per jalur pendaftaran", "Members per registration channel")
        case .censusCoverage: return pick("Cakupan pendataan per kabupaten/kota", "Census coverage per regency")
        case .certification: return pick("Uji kompetensi: peserta dan hasil", "Competency tests: participants and results")
        case .programmes: return pick("Program kerja: realisasi dan sasaran", "Work programmes: realised against target")
        }
    }

    var regency: String { pick("Kab/Kota", "Regency") }
    var members: String { pick("Anggota", "Members") }
    var active: String { pick("Aktif", "Active") }
    var group: String { pick("Kelompok", "Group") }
    var year: String { pick("Tahun", "Year") }
    var joined: String { pick("Bergabung", "Joined") }
    var cumulative: String { pick("Kumulatif", "Cumulative") }
    var channelColumn: String { pick("Jalur", "Channel") }
    var censusRecorded: String { pick("Terdata", "Recorded") }
    var censusMembers: String { pick("Di antaranya anggota", "Of whom members") }
    var notRecorded: String { pick("Anggota belum terdata", "Members not recorded") }
    var activity: String { pick("Kegiatan", "Activity") }
    var participants: String { pick("Peserta", "Participants") }
    var parts: String { pick("Rincian dilaporkan", "Parts as reported") }
    var competent: String { pick("Kompeten", "Competent") }
    var notYetCompetent: String { pick("Belum kompeten", "Not yet competent") }
    var programme: String { pick("Program", "Programme") }
    var target: String { pick("Sasaran", "Target") }
    var targetValue: String { "Target" }
    var realised: String { pick("Realisasi", "Realised") }
    var percent: String { pick("Persen", "Percent") }
    var total: String { pick("Jumlah", "Total") }
    var unknownRegency: String { pick("Tidak diketahui / luar provinsi", "Unknown / outside the province") }
    var unknownYear: String { pick("Tanggal tidak dicatat", "Date not recorded") }
    var notRecordedValue: String { pick("tidak dicatat", "not recorded") }
    public var notReported: String { pick("tidak dilaporkan", "not reported") }
    func asn(_ part: String) -> String { "ASN – \(part)" }
    func nonASN(_ part: String) -> String { "Non-ASN – \(part)" }
    var employmentUnknown: String { pick("Status kerja tidak dicatat", "Employment not recorded") }
    func channelName(_ channel: RegistrationChannel) -> String {
        channel == .dpd ? pick("Formulir DPD", "DPD form") : pick("Situs DPP", "DPP website")
    }
    func registerAsOf(_ date: String) -> String { pick("Register per \(date)", "Register as of \(date)") }
    func estimate(_ figure: Int, subject: String, asOf: String?, source: String?) -> String {
        let when = asOf.map { pick(" per \($0)", " as of \($0)") } ?? ""
        let from = source.map { pick("; sumber: \($0)", "; source: \($0)") } ?? ""
        return pick("Angka dilaporkan: \(subject) \(figure) (perkiraan\(when)\(from)); tidak diubah oleh register.",
                    "Reported figure: \(subject) \(figure) (estimate\(when)\(from)); the register does not change it.")
    }
    var dppPending: String {
        pick("Angka DPP dan yang ada di keduanya tampil setelah rekonsiliasi dengan ekspor situs DPP.",
             "The DPP figure and those in both appear after a reconciliation with the DPP website's export.")
    }
    var unitMembers: String { pick("anggota", "members") }
    var unitPeople: String { pick("orang", "people") }
    var unitPercent: String { "%" }

    // The screens.
    var open: String { pick("Buka", "Open") }
    var helpOpen: String { pick("Buka laporan terpilih", "Open the selected report") }
    var helpHotkeys: String { pick("Buka laporan bernomor itu", "Open the report with that number") }
    var showTable: String { pick("Tabel", "Table") }
    var showChart: String { pick("Grafik", "Chart") }
    var helpToggle: String { pick("Ganti tampilan: grafik atau tabel", "Switch between the chart and the table") }
    var export: String { pick("Ekspor", "Export") }
    var helpExport: String {
        pick("Simpan laporan sebagai CSV, Markdown atau HTML (dengan grafik SVG) di folder dokumen/laporan",
             "Save the report as CSV, Markdown or HTML (with an SVG chart) in the dokumen/laporan folder")
    }
    var exportTitle: String { pick("Ekspor laporan", "Export the report") }
    func formatName(_ format: ReportFormat) -> String {
        switch format {
        case .csv: return pick("CSV (lembar kerja)", "CSV (spreadsheet)")
        case .md: return "Markdown"
        case .html: return pick("HTML dengan grafik (peramban, cetak)", "HTML with chart (browser, print)")
        }
    }
    func exported(_ path: String) -> String { pick("Disimpan → \(path)", "Saved → \(path)") }
    var loading: String { pick("Menghitung…", "Counting…") }
    func more(_ n: Int) -> String { pick("↓ \(n) lagi", "↓ \(n) more") }
}
