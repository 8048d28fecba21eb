import Domain
import Storage

/// Keputusan Musda: each numbered decision in the form of an Indonesian decree, one per page:
/// the title block with its number, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan and the
/// parts KESATU, KEDUA…, then where and when it was set and the pimpinan sidang's signatures.
public enum DecreePaper {
    /// Every adopted decision of the Musda, or of one session.
    public static func plan(_ facts: MusdaFacts, session: MusdaSession? = nil) throws -> PaperPlan {
        let all = try facts.decisions().filter { session == nil || $0.decision.sessionId == session!.id }
        guard let first = all.first, let last = all.last else { throw PaperRefusal.noDecisions }
        let signers = try Dictionary(grouping: all, by: { $0.decision.sessionId ?? 0 }).mapValues { group in
            try facts.chairSigners(facts.session(id: group[0].decision.sessionId))
        }
        let range = all.count == 1 ? first.number : "\(first.number) s.d. \(last.number)"
        let request = DocumentRequest(kind: .keputusan, musdaId: facts.musda.id, subject: session.map { "keputusan:sesi:\($0.id!)" } ?? "keputusan",
                                      title: "Keputusan \(facts.musda.title)" + (session.map { " – \($0.title)" } ?? ""),
                                      date: first.decision.adoptedOn ?? facts.musda.date, series: nil, fixedNumber: range)
        return PaperPlan(request: request) { _, _ in
            var blocks: [Paper.Block] = []
            for (i, item) in all.enumerated() {
                if i > 0 { blocks.append(.pageBreak(landscape: false)) }
                blocks += decree(facts, item.decision, number: item.number, signers: signers[item.decision.sessionId ?? 0] ?? [])
            }
            return Paper(title: request.title, letterhead: facts.organisation.letterhead, blocks: blocks)
        }
    }

    static func decree(_ facts: MusdaFacts, _ d: Decision, number: String, signers: [Paper.Signer]) -> [Paper.Block] {
        let date = d.adoptedOn ?? facts.musda.date
        let assembly = "\(facts.assemblyName) \(facts.organisation.shortName)"
        let considering = d.considering.map(Organisation.points) ?? defaultConsidering(facts, d)
        let legalBasis = d.legalBasis.map(Organisation.points) ?? facts.organisation.legalBasis
        // Each point ends in `;`, as decrees print them, whether typed with one or not.
        var points = considering.enumerated().map { i, text in
            Paper.Point(i == 0 ? "Menimbang" : "", "\(PaperWords.letter(i)) \(text);")
        }
        points += legalBasis.enumerated().map { i, text in Paper.Point(i == 0 ? "Mengingat" : "", "\(i + 1). \(text);") }
        let body = decreeBody(d, number: number)
        let parts = [body, "Keputusan ini berlaku sejak tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat "
                     + "kekeliruan akan diperbaiki sebagaimana mestinya."]
        return [
            .title(["KEPUTUSAN \(facts.assemblyName.uppercased())", facts.organisation.longName.uppercased(),
                    "\(PaperWords.number): \(number)", "TENTANG", d.title.uppercased()]),
            .paragraph("\(assembly), setelah:", .left),
            .points(points),
            .title(["MEMUTUSKAN"]),
            .points([Paper.Point("Menetapkan", ":  \(d.title.uppercased())")]
                    + parts.enumerated().map { Paper.Point("\(PaperWords.ordinal($0 + 1))", ":  \($1)") }),
            .signatures(Paper.Signatures(placeDate: "Ditetapkan di \(facts.musda.place)\npada tanggal \(IndonesianFormat.date(date))",
                                         heading: signers.count > 1 ? PaperWords.chair.uppercased() : nil, signers: signers)),
        ]
    }

    /// The Menimbang a decision gets when none was typed: why it is decided, and where.
    public static func defaultConsidering(_ facts: MusdaFacts, _ d: Decision) -> [String] {
        let assembly = "\(facts.assemblyName) \(facts.organisation.shortName)"
        let session = facts.session(id: d.sessionId)
        return ["bahwa \(d.title) perlu ditetapkan dengan Keputusan \(assembly)",
                "bahwa \(d.title) telah dibahas dan disepakati oleh peserta dalam \(session?.title ?? "sidang") \(facts.musda.title)"]
    }

    /// KESATU's text: the decision's own words, without the number the record may begin with,
    /// else what the title says is set.
    static func decreeBody(_ d: Decision, number: String) -> String {
        var text = d.text?.trimmingSpaces ?? ""
        if text.hasPrefix(number) { text = String(text.dropFirst(number.count)) }
        while let f = text.first, f == "." || f == " " || f == ":" { text.removeFirst() }
        guard text.isEmpty else { return text }
        // "Penetapan Ketua Terpilih …" is set as "Menetapkan Ketua Terpilih …", not "Menetapkan Penetapan …".
        let subject = d.title.hasPrefix("Penetapan ") ? String(d.title.dropFirst("Penetapan ".count)) : d.title
        return "Menetapkan \(subject) sebagaimana dibahas dan disepakati dalam sidang."
    }

}
