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
        var parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes(hasPictures: !body.pictures.isEmpty)),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("docProps/core.xml", DocxParts.core(title: paper.title, creator: "sekretariat", created: w3cDate(created))),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships(pictures: body.pictures.map(\.name))),
            ("word/styles.xml", DocxParts.styles),
            ("word/settings.xml", DocxParts.settings),
            ("word/footer1.xml", DocxParts.footer),
        ]
        parts += body.pictures.map { ("word/media/\($0.name)", $0.svg) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
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
