import Domain
import Foundation
import Storage

/// A paper made: its register entry (with its number) and the file written.
public struct IssuedPaper: Sendable {
    public let document: MusdaDocument
    public let url: URL
}

/// Numbers, draws, writes and registers a paper: the one path the command line and the
/// screens share, so a paper made either way gets the same number and the same file.
public enum PaperIssuer {
    /// `<database folder>/dokumen/<MUSDA-I or SK>/<title as a file name>.<ext>`.
    public static func defaultURL(databasePath: String, document: MusdaDocument, series: String, format: PaperFormat) -> URL {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent()
            .appendingPathComponent("dokumen").appendingPathComponent(slug(series))
            .appendingPathComponent(slug(document.title) + "." + format.fileExtension)
    }

    /// - Parameters:
    ///   - url: where to write; nil for `defaultURL` beside the database.
    ///   - folderSeries: the folder under `dokumen/` for the default path (`MUSDA-I`, `SK`).
    /// - Throws: `StoreError` (a pembaca, a read-only file, the register), `PaperFileError`
    ///   (LibreOffice missing, the file unwritable), or what drawing throws. Nothing is
    ///   registered unless the file was written.
    public static func issue(_ plan: PaperPlan, format: PaperFormat, to url: URL?, folderSeries: String,
                             data: any Repositories) throws -> IssuedPaper {
        if data.isReadOnly { throw StoreError.readOnly }
        guard data.role.allows(.edit) else { throw StoreError.notPermitted(operatorName: data.operatorName, role: data.role, needs: .edit) }
        // Another operator may take the number between drawing and registering: draw again.
        for _ in 0..<3 {
            let prepared = try data.documents.prepare(plan.request)
            let paper = try plan.draw(prepared.number, prepared.date ?? plan.request.date)
            let target = url?.standardizedFileURL ?? defaultURL(databasePath: data.path, document: prepared, series: folderSeries, format: format)
            try PaperFile.write(paper, format: format, to: target)
            if let recorded = try data.documents.record(prepared, filePath: target.path, format: format.rawValue) {
                return IssuedPaper(document: recorded, url: target)
            }
        }
        throw StoreError.busy
    }

    /// Lower case ASCII letters and digits, runs of anything else one `-`: a file name that
    /// survives every file system and a USB stick formatted on Windows.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String((out.isEmpty ? "dokumen" : out).prefix(80))
    }
}
