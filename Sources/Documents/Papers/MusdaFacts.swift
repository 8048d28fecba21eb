import Domain
import Storage

/// What the Musda papers are made of, read through the repositories: the Musda, its sessions
/// and the names of the people in them. Erased people read as the erasure marker.
public struct MusdaFacts {
    public let data: any Repositories
    public let musda: Musda
    public let sessions: [MusdaSession]
    public let organisation: Organisation
    public let decisionPattern: String

    public init(musda: Musda, data: any Repositories) throws {
        self.data = data
        self.musda = musda
        sessions = try data.musda.sessions(musdaId: musda.id!)
        organisation = try Organisation(data.settings)
        decisionPattern = try data.settings.current(.decisionNumberPattern)
    }

    /// `Musda I DPD IPSPI Sumatera Selatan`; `Pembentukan DPD IPSPI Sumatera Selatan` (the
    /// title's own "DPD" is not said twice).
    public var musdaName: String {
        let title = musda.title
        if title.hasSuffix(" DPD"), organisation.shortName.hasPrefix("DPD ") { return "\(title.dropLast(4)) \(organisation.shortName)" }
        return "\(title) \(organisation.shortName)"
    }

    /// `Musyawarah Daerah I`: the assembly's full name in a decree's title.
    public var assemblyName: String {
        switch musda.kind {
        case .pembentukan: return "Rapat Pembentukan"
        case .musda: return "Musyawarah Daerah" + (musda.number.map { " " + IndonesianFormat.roman($0) } ?? "")
        case .musdalub: return "Musyawarah Daerah Luar Biasa" + (musda.number.map { " " + IndonesianFormat.roman($0) } ?? "")
        }
    }

    /// `Palembang, 14 Mei 2023`.
    public func placeDate(_ date: LocalDate) -> String { "\(musda.place), \(IndonesianFormat.date(date))" }

    public func date(of session: MusdaSession) -> LocalDate { session.date ?? musda.date }

    public func session(id: Int64?) -> MusdaSession? { id.flatMap { s in sessions.first { $0.id == s } } }

    /// The session numbered `n` as the screens list them (1-based).
    public func session(number n: Int) -> MusdaSession? { sessions.indices.contains(n - 1) ? sessions[n - 1] : nil }

    public func name(of personId: Int64) throws -> (name: String, kta: String?) {
        guard let p = try data.people.person(id: personId), !p.isErased else { return (Erasure.marker, nil) }
        return (p.name, try data.people.membership(personId: personId)?.kta)
    }

    /// The pimpinan sidang as signers: the attendees chosen, else the record's text as the
    /// role with a line to write the name on.
    public func chairSigners(_ session: MusdaSession?) throws -> [Paper.Signer] {
        guard let session else { return [Paper.Signer(role: PaperWords.chair, name: nil)] }
        let chosen = try data.musda.chairs(sessionId: session.id!).map { try name(of: $0).name }
        if chosen.isEmpty {
            // The record names the chair only in words ("Pimpinan sidang tetap"): a line to write the name on.
            return [Paper.Signer(role: PaperWords.chair, name: nil)]
        }
        if chosen.count == 1 { return [Paper.Signer(role: PaperWords.chair, name: chosen[0])] }
        return chosen.enumerated().map { i, name in
            Paper.Signer(role: i == 0 ? PaperWords.chairLead : i == 1 ? PaperWords.chairSecretary : PaperWords.chairMember, name: name)
        }
    }

    /// `08.00–09.00 WIB`, or the start alone, or nil.
    public func hours(_ session: MusdaSession) -> String? {
        switch (session.startsAt, session.endsAt) {
        case let (a?, b?): return "\(a)–\(b) WIB"
        case let (a?, nil): return "\(a) WIB"
        default: return nil
        }
    }

    /// `Peserta – Palembang`: the attendee's role and whom they represent.
    public static func standing(_ row: AttendeeRow) -> String {
        let role = PaperWords.role(row.attendance.role)
        return row.attendance.representing.map { "\(role) – \($0)" } ?? role
    }

    /// The Musda's decisions adopted so far, with their numbers as the pattern writes them.
    public func decisions() throws -> [(decision: Decision, number: String)] {
        try data.musda.decisions(musdaId: musda.id!).compactMap { d in
            d.documentNumber(in: musda).map { (d, $0.formatted(decisionPattern)) }
        }
    }
}
