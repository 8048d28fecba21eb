import Domain
import GRDB

// Domain values stored as text. The raw values of the enums are the stored codes, so a
// database stays readable with the sqlite3 shell.

extension LocalDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(iso:))
    }
}

extension Sex: DatabaseValueConvertible {}
extension EmploymentStatus: DatabaseValueConvertible {}
extension EmploymentClass: DatabaseValueConvertible {}
extension EmployerType: DatabaseValueConvertible {}
extension EducationLevel: DatabaseValueConvertible {}
extension CensusSector: DatabaseValueConvertible {}
extension CensusProfession: DatabaseValueConvertible {}
extension MembershipStatus: DatabaseValueConvertible {}
extension RegistrationChannel: DatabaseValueConvertible {}
extension Consent.Purpose: DatabaseValueConvertible {}
extension Term.Status: DatabaseValueConvertible {}
extension AssignmentEndReason: DatabaseValueConvertible {}
extension PositionKind: DatabaseValueConvertible {}
extension Musda.Kind: DatabaseValueConvertible {}
extension Musda.LPJVerdict: DatabaseValueConvertible {}
extension Musda.Status: DatabaseValueConvertible {}
extension QuorumRule: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { code.databaseValue }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> QuorumRule? {
        String.fromDatabaseValue(value).flatMap(QuorumRule.init(code:))
    }
}
extension ClockTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> ClockTime? {
        String.fromDatabaseValue(value).flatMap { ClockTime($0) }
    }
}
extension MusdaSession.Kind: DatabaseValueConvertible {}
extension Attendance.Role: DatabaseValueConvertible {}
extension Election.Method: DatabaseValueConvertible {}
extension MusdaDocument.Kind: DatabaseValueConvertible {}
extension Programme.Status: DatabaseValueConvertible {}
extension Activity.Kind: DatabaseValueConvertible {}
extension Participation.Category: DatabaseValueConvertible {}
extension Participation.Result: DatabaseValueConvertible {}
extension Partner.Kind: DatabaseValueConvertible {}
extension Target.Kind: DatabaseValueConvertible {}
extension CompetencyLevel: DatabaseValueConvertible {}
extension CensusRecord.Outcome: DatabaseValueConvertible {}
extension Region.Kind: DatabaseValueConvertible {}
