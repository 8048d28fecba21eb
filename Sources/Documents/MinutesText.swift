import Domain

/// A session's minutes as a document: the header (Musda, session, date as `14 Mei 2023`, place,
/// pimpinan sidang, attendance and quorum), then the text and the session's decisions. In
/// Markdown or plain text; the words come from the caller's catalog.
public enum MinutesText {
    public struct Words: Sendable {
        public var title: String            // "NOTULEN"
        public var session: String
        public var date: String
        public var place: String
        public var time: String
        public var chairs: String
        public var attendance: String
        public var quorum: String
        public var decisions: String
        public var noMinutes: String
        public var noDecisions: String
        public var status: String

        public init(title: String, session: String, date: String, place: String, time: String, chairs: String,
                    attendance: String, quorum: String, decisions: String, noMinutes: String, noDecisions: String, status: String) {
            self.title = title
            self.session = session
            self.date = date
            self.place = place
            self.time = time
            self.chairs = chairs
            self.attendance = attendance
            self.quorum = quorum
            self.decisions = decisions
            self.noMinutes = noMinutes
            self.noDecisions = noDecisions
            self.status = status
        }
    }

    public struct Input: Sendable {
        public var musda: Musda
        public var session: MusdaSession
        public var minutes: Minutes?
        public var chairs: [String]
        /// "38 peserta, 12 peninjau, 0 undangan hadir", worded by the caller.
        public var attendance: String
        /// The quorum line, worded by the caller.
        public var quorum: String
        /// "final, versi 2" or "draf".
        public var status: String
        /// `01/MUSDA-I/…  Title` lines.
        public var decisions: [String]

        public init(musda: Musda, session: MusdaSession, minutes: Minutes?, chairs: [String], attendance: String, quorum: String,
                    status: String, decisions: [String]) {
            self.musda = musda
            self.session = session
            self.minutes = minutes
            self.chairs = chairs
            self.attendance = attendance
            self.quorum = quorum
            self.status = status
            self.decisions = decisions
        }
    }

    public static func render(_ input: Input, words w: Words, markdown: Bool) -> String {
        let m = input.musda, s = input.session
        var out: [String] = []
        let heading = "\(w.title) \(s.title.uppercased())"
        let subtitle = "\(m.title) DPD IPSPI Sumatera Selatan"
        if markdown {
            out += ["# \(heading)", "", "**\(subtitle)**", ""]
        } else {
            out += [heading, subtitle, String(repeating: "=", count: max(heading.count, subtitle.count)), ""]
        }
        var times = ""
        switch (s.startsAt, s.endsAt) {
        case let (a?, b?): times = "\(a)–\(b)"
        case let (a?, nil): times = "\(a)"
        default: break
        }
        var fields: [(String, String)] = [
            (w.date, IndonesianFormat.longDate(s.date ?? m.date)),
            (w.place, m.place),
        ]
        if !times.isEmpty { fields.append((w.time, times)) }
        let chairs = input.chairs.isEmpty ? (s.chairs ?? "–") : input.chairs.joined(separator: ", ")
        fields += [(w.chairs, chairs), (w.attendance, input.attendance), (w.quorum, input.quorum), (w.status, input.status)]
        let width = fields.map(\.0.count).max() ?? 0
        for (label, value) in fields {
            out.append(markdown ? "- **\(label):** \(value)" : label + String(repeating: " ", count: max(0, width - label.count)) + " : " + value)
        }
        out.append("")
        let text = input.minutes?.text.trimmingSpaces ?? ""
        out.append(text.isEmpty ? w.noMinutes : text)
        out.append("")
        out.append(markdown ? "## \(w.decisions)" : w.decisions.uppercased())
        out.append("")
        if input.decisions.isEmpty {
            out.append(w.noDecisions)
        } else {
            out += input.decisions.map { markdown ? "- \($0)" : "- \($0)" }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
