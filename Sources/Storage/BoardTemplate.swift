import Assets
import Domain

/// The shipped templates (assets/data/departments.csv, positions.csv).
public enum BoardTemplate {
    public struct DepartmentTemplate: Sendable, Hashable { public let code: String; public let name: String; public let order: Int }
    public struct PositionTemplate: Sendable, Hashable {
        public let kind: PositionKind
        public let title: String
        public let count: Int
        public let order: Int
    }

    public static func departments() -> [DepartmentTemplate] {
        CSV.records(Assets.text("departments.csv") ?? "").compactMap { r in
            guard let code = r["code"], let name = r["name"], let order = r["order"].flatMap({ Int($0) }) else { return nil }
            return DepartmentTemplate(code: code, name: name, order: order)
        }.sorted { $0.order < $1.order }
    }

    public static func positions() -> [PositionTemplate] {
        CSV.records(Assets.text("positions.csv") ?? "").compactMap { r in
            guard let kind = r["kind"].flatMap(PositionKind.init(rawValue:)), let title = r["title"],
                  let count = r["count"].flatMap({ Int($0) }), let order = r["order"].flatMap({ Int($0) }) else { return nil }
            return PositionTemplate(kind: kind, title: title, count: count, order: order)
        }.sorted { $0.order < $1.order }
    }
}
