import Domain
import GRDB

/// One line of a session's daftar hadir: the attendee and their presence in that session.
public struct AttendeeRow: Sendable, Hashable, Identifiable {
    public var id: Int64 { attendance.id! }
    public let attendance: Attendance
    /// Empty when the person's data was erased.
    public let name: String
    public let isErased: Bool
    public let kta: String?
    public let isMember: Bool
    /// Nil: not in this session (yet).
    public let presence: Presence?

    public var isPresent: Bool { presence?.isPresent ?? false }
}

extension MusdaStore {
    /// The Musda's attendees with their presence in `sessionId`, delegates first, then by name.
    func attendees(musdaId: Int64, sessionId: Int64) throws -> [AttendeeRow] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, pe.name AS person_name, pe.erased_on, m.kta, m.person_id IS NOT NULL AS is_member,
                       pr.arrived_at AS p_arrived, pr.left_at AS p_left
                FROM attendance a JOIN person pe ON pe.id = a.person_id
                LEFT JOIN membership m ON m.person_id = a.person_id
                LEFT JOIN presence pr ON pr.attendance_id = a.id AND pr.session_id = ?
                WHERE a.musda_id = ?
                ORDER BY a.role <> 'peserta', a.role, pe.name_key, a.id
                """, arguments: [sessionId, musdaId]).map { row in
                let attendance = Attendance(row: row)
                let arrived: ClockTime? = row["p_arrived"]
                return AttendeeRow(attendance: attendance, name: row["person_name"] ?? "", isErased: row["erased_on"] != nil,
                                   kta: row["kta"], isMember: row["is_member"],
                                   presence: arrived.map { Presence(sessionId: sessionId, attendanceId: attendance.id!, arrivedAt: $0,
                                                                    leftAt: row["p_left"]) })
            }
        }
    }

    func sessionQuorum(sessionId: Int64) throws -> SessionQuorum {
        try store.read { db in try Self.sessionQuorum(db, sessionId: sessionId) }
    }

    static func sessionQuorum(_ db: Database, sessionId: Int64) throws -> SessionQuorum {
        guard let session = try MusdaSession.fetchOne(db, id: sessionId),
              let musda = try Musda.fetchOne(db, id: session.musdaId) else {
            throw StoreError.notFound(entity: "musda_session", id: sessionId)
        }
        let registered = try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE musda_id = ? AND role = 'peserta'",
                                          arguments: [musda.id]) ?? 0
        let present = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM presence p JOIN attendance a ON a.id = p.attendance_id
            WHERE p.session_id = ? AND p.left_at IS NULL AND a.role = 'peserta'
            """, arguments: [sessionId]) ?? 0
        return SessionQuorum(rule: musda.quorum, registered: registered, present: present)
    }

    /// Signs a person into the Musda's daftar hadir and, when `sessionId` is given, into that
    /// session, arriving at `time`. Someone already registered only arrives in the session.
    /// Returns the attendance id.
    func register(personId: Int64, musdaId: Int64, role: Attendance.Role, representing: String?,
                  sessionId: Int64?, at time: ClockTime) throws -> Int64 {
        try store.write { db in
            guard let person = try PersonSQL.fetchPerson(db, id: personId) else {
                throw StoreError.notFound(entity: "person", id: personId)
            }
            if person.isErased { throw StoreError.erased(personId) }
            let existing = try Attendance.fetchAll(db, where: "musda_id = ? AND person_id = ?", arguments: [musdaId, personId]).first
            let attendanceId = try existing?.id ?? store.save(db, Attendance(musdaId: musdaId, personId: personId, role: role,
                                                                              representing: representing, arrivedAt: time))
            if let sessionId { try arrive(db, attendanceId: attendanceId, sessionId: sessionId, at: time) }
            return attendanceId
        }
    }

    func arrive(attendanceId: Int64, sessionId: Int64, at time: ClockTime) throws {
        try store.write { db in try arrive(db, attendanceId: attendanceId, sessionId: sessionId, at: time) }
    }

    /// In the room from `time`; someone who had left comes back (the departure is cleared,
    /// and the audit keeps it).
    private func arrive(_ db: Database, attendanceId: Int64, sessionId: Int64, at time: ClockTime) throws {
        let before = try Self.presence(db, attendanceId: attendanceId, sessionId: sessionId)
        if let before, before.isPresent { return }
        let after = Presence(sessionId: sessionId, attendanceId: attendanceId, arrivedAt: before?.arrivedAt ?? time)
        try db.execute(sql: """
            INSERT INTO presence (session_id, attendance_id, arrived_at, left_at) VALUES (?, ?, ?, NULL)
            ON CONFLICT (session_id, attendance_id) DO UPDATE SET left_at = NULL
            """, arguments: [sessionId, attendanceId, after.arrivedAt])
        try recordPresence(db, before: before, after: after)
    }

    /// Leaves the session at `time`. Refused (`.invalid`) before the arrival.
    func depart(attendanceId: Int64, sessionId: Int64, at time: ClockTime) throws {
        try store.write { db in
            guard let before = try Self.presence(db, attendanceId: attendanceId, sessionId: sessionId), before.isPresent else { return }
            guard time >= before.arrivedAt else { throw StoreError.invalid([.timeBefore(.departureTime, reference: .arrivalTime)]) }
            var after = before
            after.leftAt = time
            try db.execute(sql: "UPDATE presence SET left_at = ? WHERE session_id = ? AND attendance_id = ?",
                           arguments: [time, sessionId, attendanceId])
            try recordPresence(db, before: before, after: after)
        }
    }

    func save(_ presence: Presence) throws {
        try store.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO presence (session_id, attendance_id, arrived_at, left_at) VALUES (?, ?, ?, ?)
                """, arguments: [presence.sessionId, presence.attendanceId, presence.arrivedAt, presence.leftAt])
        }
    }

    static func presence(_ db: Database, attendanceId: Int64, sessionId: Int64) throws -> Presence? {
        try Row.fetchOne(db, sql: "SELECT * FROM presence WHERE session_id = ? AND attendance_id = ?",
                         arguments: [sessionId, attendanceId]).map {
            Presence(sessionId: $0["session_id"], attendanceId: $0["attendance_id"], arrivedAt: $0["arrived_at"], leftAt: $0["left_at"])
        }
    }

    private func recordPresence(_ db: Database, before: Presence?, after: Presence) throws {
        let personId = try Int64.fetchOne(db, sql: "SELECT person_id FROM attendance WHERE id = ?", arguments: [after.attendanceId])
        try store.auditor.record(db, entity: "presence", id: after.attendanceId, personId: personId,
                                 action: before == nil ? .insert : .update, before: before, after: after)
    }
}
