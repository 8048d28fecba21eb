import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads XML with Foundation's parser: throws on anything not well-formed, and keeps the
/// element names and the text, to assert on.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var elements: [String: Int] = [:]
    private(set) var text = ""

    init(_ data: Data, name: String) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else {
            throw NSError(domain: "XML", code: 1, userInfo: [
                NSLocalizedDescriptionKey: "\(name): \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)",
            ])
        }
    }

    convenience init(_ string: String, name: String) throws { try self.init(Data(string.utf8), name: name) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
