import Domain

/// The papers the secretariat generates (issue 15), by their command-line names.
public enum PaperKind: String, Sendable, CaseIterable {
    case daftarHadir = "daftar-hadir"
    case notulen
    case beritaAcara = "berita-acara"
    case keputusan
    case skPengurus = "sk-pengurus"
    case undangan
    /// The notification of a personal data breach (UU 27/2022 Art. 46, issue 16): of a breach, not a Musda.
    case pemberitahuan

    /// The kind in the documents register.
    public var registerKind: MusdaDocument.Kind {
        switch self {
        case .daftarHadir: return .daftarHadir
        case .notulen: return .notulen
        case .beritaAcara: return .beritaAcara
        case .keputusan: return .keputusan
        case .skPengurus: return .sk
        case .undangan: return .undangan
        case .pemberitahuan: return .pemberitahuan
        }
    }

    /// Needs a session (`--session N`).
    public var perSession: Bool { self == .daftarHadir || self == .notulen }
}

/// Which berita acara: of the election (the first, or the Nth) or of the LPJ verdict.
public enum ReportSubject: Sendable, Hashable {
    case election(index: Int)
    case verdict
}

/// The daftar hadir before the session (names to sign against, no times) or after it (who
/// came, with their arrival times).
public enum AttendanceVariant: String, Sendable, CaseIterable {
    case kosong, terisi
}
