import Domain
import Foundation
import Secretariat
import Storage

/// `sekretariat export musda --musda 2023 --format json` (issue 12): the whole record of one
/// Musda in one file: sessions with their quorum and minutes status, the daftar hadir, the
/// numbered decisions, the LPJ and its verdict, the election with its counts as entered and
/// what does not add up, the formatur and the handover. Names of erased people read as the
/// erasure marker; no NIK is included.
struct MusdaRecordExport: Encodable {
    struct Header: Encodable {
        let id: Int64
        let judul: String
        let jenis: String
        let nomor: Int?
        let tanggal: String
        let tempat: String
        let tema: String?
        let status: String
        let aturan_kuorum: String
        let menutup_periode: String?
        let membuka_periode: String?
    }
    struct Quorum: Encodable { let terdaftar: Int; let hadir: Int; let syarat: Int; let tercapai: Bool }
    struct Minutes: Encodable { let status: String; let versi: Int }
    struct Item: Encodable { let judul: String; let mulai: String?; let selesai: String? }
    struct Session: Encodable {
        let urutan: Int
        let judul: String
        let jenis: String
        let tanggal: String
        let mulai: String?
        let selesai: String?
        let pimpinan_sidang: [String]
        let acara: [Item]
        let kuorum: Quorum
        let notulen: Minutes
    }
    struct Attendee: Encodable { let nama: String; let kta: String?; let unsur: String; let asal: String?; let jam_datang: String? }
    struct DecisionEntry: Encodable {
        let nomor: Int?
        let nomor_surat: String?
        let judul: String
        let isi: String?
        let sesi: String?
        let tanggal: String?
    }
    struct Report: Encodable {
        let periode: String?
        let disampaikan_pada: String?
        let ringkasan: String?
        let putusan: String?
        let catatan: String?
        let diputus_pada: String?
        let keputusan: String?
    }
    struct Candidate: Encodable { let nama: String; let kta: String?; let suara: Int?; let terpilih: Bool; let alasan_pencalonan: String? }
    /// Everything a signed berita acara of the election needs.
    struct ElectionEntry: Encodable {
        let jabatan: String
        let metode: String
        let tanggal: String
        let sesi: String?
        let pimpinan_sidang: [String]
        let pukul: String?
        let surat_suara: Int?
        let abstain: Int?
        let tidak_sah: Int?
        let terhitung: Int
        let peserta_hadir: Int?
        let calon: [Candidate]
        let terpilih: String?
        let alasan_aklamasi: String?
        let saksi: [String]
        let keputusan: String?
        /// What does not add up, worded; the counts above are kept as entered.
        let peringatan: [String]
    }
    struct FormaturMember: Encodable { let nama: String; let kta: String?; let ketua_terpilih: Bool }
    struct Formatur: Encodable { let tenggat: String?; let anggota: [FormaturMember] }
    struct ProgrammeFate: Encodable { let program: String; let hasil: String; let status_sebelumnya: String; let alasan: String? }
    struct HandoverEntry: Encodable {
        let periode_lama: String?
        let periode_baru: String
        let waktu: String
        let oleh: String
        let program: [ProgrammeFate]
    }

    let musda: Header
    let sesi: [Session]
    let daftar_hadir: [Attendee]
    let keputusan: [DecisionEntry]
    let lpj: Report?
    let pemilihan: [ElectionEntry]
    let formatur: Formatur?
    let serah_terima: HandoverEntry?

    /// JSON with sorted keys (Foundation keeps no declaration order), so two exports of the same record compare equal.
    static func json(_ musda: Musda, store: Store, catalog c: Catalog) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(try make(musda, store: store, catalog: c)), as: UTF8.self) + "\n"
    }

    static func make(_ musda: Musda, store: Store, catalog c: Catalog) throws -> MusdaRecordExport {
        let id = musda.id!
        let terms = Dictionary(try store.board.terms().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let pattern = try store.settings.value(.decisionNumberPattern) ?? DocumentNumber.defaultPattern
        let sessions = try store.musda.sessions(musdaId: id)
        func sessionTitle(_ sid: Int64?) -> String? { sid.flatMap { s in sessions.first { $0.id == s }?.title } }
        func person(_ pid: Int64) throws -> (name: String, kta: String?) {
            guard let p = try store.people.person(id: pid), !p.isErased else { return (Erasure.marker, nil) }
            return (p.name, try store.people.membership(personId: pid)?.kta)
        }
        /// The pimpinan sidang chosen from the attendees, else as the record had them in text.
        func chairs(_ session: MusdaSession) throws -> [String] {
            let chosen = try store.musda.chairs(sessionId: session.id!).map { try person($0).name }
            return chosen.isEmpty ? (session.chairs.map { [$0] } ?? []) : chosen
        }
        let decisions = try store.musda.decisions(musdaId: id)
        func number(_ did: Int64?) -> String? {
            did.flatMap { d in decisions.first { $0.id == d } }.flatMap { $0.documentNumber(in: musda)?.formatted(pattern) }
        }

        let sessionEntries = try sessions.enumerated().map { i, s -> Session in
            let q = try store.musda.sessionQuorum(sessionId: s.id!)
            let minutes = try store.musda.minutes(sessionId: s.id!)
            return Session(urutan: i + 1, judul: s.title, jenis: s.kind.rawValue, tanggal: (s.date ?? musda.date).iso,
                           mulai: s.startsAt?.description, selesai: s.endsAt?.description,
                           pimpinan_sidang: try chairs(s),
                           acara: try store.musda.agenda(sessionId: s.id!).map { Item(judul: $0.title, mulai: $0.startsAt?.description,
                                                                                      selesai: $0.endsAt?.description) },
                           kuorum: Quorum(terdaftar: q.registered, hadir: q.present, syarat: q.required, tercapai: q.isMet),
                           notulen: Minutes(status: minutes.map { $0.finalised ? "final" : "draf" } ?? "belum_ada",
                                            versi: minutes?.version ?? 0))
        }
        let attendees = try sessions.first.map { try store.musda.attendees(musdaId: id, sessionId: $0.id!) } ?? []
        let lpj = try store.musda.lpj(musdaId: id)
        let elections = try store.musda.elections(musdaId: id).map { e -> ElectionEntry in
            let present = try (e.sessionId ?? sessions.last?.id).map { try store.musda.sessionQuorum(sessionId: $0).present }
            let candidates = try e.candidates.map { cand -> Candidate in
                let p = try person(cand.personId)
                return Candidate(nama: p.name, kta: p.kta, suara: cand.votes, terpilih: cand.elected, alasan_pencalonan: cand.ineligibleReason)
            }
            let session = e.sessionId.flatMap { s in sessions.first { $0.id == s } }
            return ElectionEntry(jabatan: e.office, metode: e.method.rawValue, tanggal: (session?.date ?? musda.date).iso,
                                 sesi: session?.title,
                                 pimpinan_sidang: try session.map(chairs) ?? [],
                                 pukul: e.decidedAt?.description,
                                 surat_suara: e.ballots, abstain: e.abstentions, tidak_sah: e.invalidBallots, terhitung: e.counted,
                                 peserta_hadir: present, calon: candidates, terpilih: candidates.first(where: \.terpilih)?.nama,
                                 alasan_aklamasi: e.acclamationReason, saksi: try e.witnesses.map { try person($0).name },
                                 keputusan: number(e.decisionId),
                                 peringatan: e.problems(votingDelegates: present).map(c.electionProblemText))
        }
        let members = try store.musda.formatur(musdaId: id)
        let handover = try store.musda.handover(musdaId: id)
        return MusdaRecordExport(
            musda: Header(id: id, judul: musda.title, jenis: musda.kind.rawValue, nomor: musda.number, tanggal: musda.date.iso,
                          tempat: musda.place, tema: musda.theme, status: musda.status.rawValue, aturan_kuorum: musda.quorum.code,
                          menutup_periode: musda.closesTermId.flatMap { terms[$0] }, membuka_periode: musda.opensTermId.flatMap { terms[$0] }),
            sesi: sessionEntries,
            daftar_hadir: attendees.map { row in
                Attendee(nama: row.isErased ? Erasure.marker : row.name, kta: row.kta, unsur: row.attendance.role.rawValue,
                         asal: row.attendance.representing, jam_datang: row.attendance.arrivedAt?.description)
            },
            keputusan: decisions.map {
                DecisionEntry(nomor: $0.number, nomor_surat: $0.documentNumber(in: musda)?.formatted(pattern), judul: $0.title, isi: $0.text,
                              sesi: sessionTitle($0.sessionId), tanggal: $0.adoptedOn?.iso)
            },
            lpj: lpj.map {
                Report(periode: $0.termId.flatMap { terms[$0] }, disampaikan_pada: sessionTitle($0.presentedSessionId), ringkasan: $0.summary,
                       putusan: $0.verdict?.rawValue, catatan: $0.verdictNote, diputus_pada: sessionTitle($0.verdictSessionId),
                       keputusan: number($0.decisionId))
            },
            pemilihan: elections,
            formatur: members.isEmpty ? nil : Formatur(tenggat: members.first?.deadline?.iso, anggota: try members.map { m in
                let p = try person(m.personId)
                return FormaturMember(nama: p.name, kta: p.kta, ketua_terpilih: m.isChairElect)
            }),
            serah_terima: handover.map { h in
                HandoverEntry(periode_lama: terms[h.outgoingTermId], periode_baru: h.newTermName, waktu: h.doneAt, oleh: h.operatorName,
                              program: h.programmes.map {
                                  ProgrammeFate(program: $0.title, hasil: $0.outcome.rawValue, status_sebelumnya: $0.previousStatus.rawValue,
                                                alasan: $0.reason)
                              })
            })
    }
}
