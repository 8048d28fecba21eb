import Foundation
import ZIPFoundation

/// A Paper as a DOCX package (ISO/IEC 29500 WordprocessingML), zipped with ZIPFoundation.
/// Opens in Word, LibreOffice and WPS; LibreOffice turns it into the PDF.
public enum DocxWriter {
    public enum Failure: Error { case zip(String) }

    /// The package's bytes. `created` is stamped in the core properties.
    public static func data(_ paper: Paper, created: Date = Date()) throws -> Data {
        let body = DocxBody.render(paper)
        let document = DocxParts.header
            + "<w:document xmlns:w=\"\(DocxParts.wordNamespace)\" xmlns:r=\"\(DocxParts.relationshipNamespace)\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<w:body>\(body.xml)</w:body></w:document>"
        let extensions = Set(body.pictures.map { ($0.name as NSString).pathExtension })
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(DocxParts.contentTypes(extensions: extensions).utf8)),
            ("_rels/.rels", Data(DocxParts.packageRelationships.utf8)),
            ("docProps/core.xml", Data(DocxParts.core(title: paper.title, creator: "sekretariat", created: w3cDate(created)).utf8)),
            ("word/document.xml", Data(document.utf8)),
            ("word/_rels/document.xml.rels", Data(DocxParts.documentRelationships(pictures: body.pictures.map(\.name)).utf8)),
            ("word/styles.xml", Data(DocxParts.styles.utf8)),
            ("word/settings.xml", Data(DocxParts.settings.utf8)),
            ("word/footer1.xml", Data(DocxParts.footer.utf8)),
        ]
        parts += body.pictures.map { ("word/media/\($0.name)", $0.data) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: created,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure.zip("no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.zip(String(describing: error))
        }
    }

    static func w3cDate(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
