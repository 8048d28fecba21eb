import Domain
import GRDB

/// The register as a reconciliation sees it, read in one scan: every person not erased, with
/// the values compared (canonical, `ImportRow.values`' form) and the keys matched on.
struct ReconcileRegister {
    struct Entry {
        var name: String
        var values: [ImportField: String]
        var isActiveMember: Bool
        var isMember: Bool
        var isRestricted: Bool
    }

    var entries: [Int64: Entry] = [:]
    /// NIK, KTA, folded name with birth date (ImportIndex), in register order.
    var index = ImportIndex()
    /// Folded name with a phone or an email: the last keys tried.
    var contact: [String: [Int64]] = [:]
    /// Active members, in name order: the `hanya DPD` candidates.
    var activeMembers: [Int64] = []

    /// The fields a reconciliation compares: what both a register and an export hold.
    static let compared: [ImportField] = [.name, .nik, .kta, .sex, .birthPlace, .birthDate, .phone, .email, .regency, .employmentStatus,
                                          .employer, .joinDate]

    /// The whole register, or one person of it (`personId`: a decision checks what is stored now).
    static func read(_ db: Database, personId: Int64? = nil) throws -> ReconcileRegister {
        var register = ReconcileRegister()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.id, p.name, p.match_key, p.nik, p.sex, p.birth_place, p.birth_date, p.phone, p.email, p.domicile_regency,
                   p.employer, m.kta, m.join_date, m.status, r.person_id IS NOT NULL AS restricted, m.person_id IS NOT NULL AS member,
                   p.employment_status
            FROM person p LEFT JOIN membership m ON m.person_id = p.id LEFT JOIN restriction r ON r.person_id = p.id
            WHERE p.erased_on IS NULL \(personId == nil ? "" : "AND p.id = ?")
            ORDER BY p.name_key, p.id
            """, arguments: personId.map { [$0] } ?? [])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            var values: [ImportField: String] = [.name: row[1]]
            for (i, field) in [(3, ImportField.nik), (4, .sex), (5, .birthPlace), (6, .birthDate), (7, .phone), (8, .email),
                               (9, .regency), (10, .employer), (11, .kta), (12, .joinDate), (16, .employmentStatus)] {
                if let text: String = row[i] { values[field] = text }
            }
            let key: String = row[2]
            let status: String? = row[13]
            let entry = Entry(name: row[1], values: values, isActiveMember: status == MembershipStatus.aktif.rawValue,
                              isMember: row[15], isRestricted: row[14])
            register.entries[id] = entry
            register.index.add(id: id, nik: values[.nik], kta: values[.kta], nameKey: key, birthDate: values[.birthDate])
            if let phone = values[.phone] { register.contact[key + "|" + phone, default: []].append(id) }
            if let email = values[.email] { register.contact[key + "|" + email, default: []].append(id) }
            if entry.isActiveMember && !entry.isRestricted { register.activeMembers.append(id) }
        }
        return register
    }
}
