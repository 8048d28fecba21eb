import Domain
import Foundation
@testable import Storage

/// Boards for the chart tests: the demo organisation's, and small ones made by hand.
enum Fixtures {
    /// The demo database, built once per run in a folder of its own.
    static let demo: Store = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-documents-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try! Store.openOrCreateDefault(path: dir + "/demo.sqlite", operatorName: "penguji").store
    }()

    static func board(startYear: Int) -> BoardSnapshot {
        let term = try! demo.board.terms().first { $0.start.year == startYear }!
        return try! demo.board.board(termId: term.id!)
    }

    /// A board made by hand: `seats` as (kind, title, holder) with nil for a vacant seat and
    /// "" for an erased person; `departments` by name, their seats after the others.
    static func board(_ seats: [(PositionKind, String, String?)], departments: [(String, [(PositionKind, String, String?)])] = [])
        -> BoardSnapshot {
        let term = Term(id: 1, name: "2031–2036", start: LocalDate(iso: "2031-01-01")!, end: nil, status: .persiapan)
        var all: [Seat] = []
        var depts: [Department] = []
        var nextId: Int64 = 1
        func seat(_ kind: PositionKind, _ title: String, _ holder: String?, department: Int64?) -> Seat {
            defer { nextId += 1 }
            let position = Position(id: nextId, termId: 1, departmentId: department, kind: kind, title: title, order: Int(nextId))
            let holding = holder.map { name in
                SeatHolding(assignment: Assignment(id: nextId, positionId: nextId, personId: 100 + nextId), name: name,
                            isErased: name.isEmpty, kta: name.isEmpty ? nil : "16.71.\(100 + nextId)")
            }
            return Seat(position: position, holder: holding, holdings: holding == nil ? 0 : 1)
        }
        for (kind, title, holder) in seats { all.append(seat(kind, title, holder, department: nil)) }
        for (i, (name, seats)) in departments.enumerated() {
            let d = Department(id: Int64(i + 1), termId: 1, name: name, order: i + 1)
            depts.append(d)
            for (kind, title, holder) in seats { all.append(seat(kind, title, holder, department: d.id)) }
        }
        return BoardSnapshot(term: term, departments: depts, seats: all)
    }
}
