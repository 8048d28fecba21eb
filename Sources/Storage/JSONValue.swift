import Foundation

/// A JSON value, for looking inside audit images: diffing two images, redacting one. Typed
/// rather than `JSONSerialization`'s `Any` so equal values compare equal whatever their key
/// order, and numbers stay integers (ids) on every platform.
enum JSONValue: Hashable, Codable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The object a JSON text holds; nil for no text, other JSON, or text that is not JSON.
    static func object(_ json: String?) -> [String: JSONValue]? {
        guard let json, case .object(let o)? = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else { return nil }
        return o
    }

    /// Compact JSON with sorted keys: one text per value.
    var canonical: String {
        (try? Auditor.encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// How a field change shows the value: strings as they are, null as nil, anything else as JSON.
    var text: String? {
        switch self {
        case .null: return nil
        case .string(let s): return s
        default: return canonical
        }
    }

    /// Any JSON text as a value; nil for no text or text that is not JSON.
    static func parse(_ json: String?) -> JSONValue? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    /// Every scalar with its path, depth first, keys sorted: `person.name`, `audit[3].after.phone`.
    /// Null is an empty value, so a row says what was not recorded.
    func flatten(path: String, _ emit: (String, String) -> Void) {
        switch self {
        case .object(let o):
            for key in o.keys.sorted() { o[key]!.flatten(path: path.isEmpty ? key : path + "." + key, emit) }
        case .array(let a):
            for (i, v) in a.enumerated() { v.flatten(path: "\(path)[\(i)]", emit) }
        default:
            emit(path, text ?? "")
        }
    }
}
