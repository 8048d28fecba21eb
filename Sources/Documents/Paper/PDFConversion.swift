import Foundation

/// DOCX to PDF through LibreOffice (`soffice --headless --convert-to pdf`), the same
/// renderer the secretariat's own LibreOffice uses, so the PDF matches what they would print.
public enum PDFConversion {
    /// The `soffice` on `searchPath` (PATH when nil), nil when LibreOffice is not installed.
    public static func libreOffice(searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// The PDF's bytes. Each conversion gets its own LibreOffice profile in a private temporary
    /// folder: a second conversion running at once (another operator on the same server) would
    /// otherwise find the profile locked and silently do nothing.
    public static func convert(docx: Data, searchPath: String? = nil, timeoutSeconds: Int = 180) throws(PaperFileError) -> Data {
        guard let soffice = libreOffice(searchPath: searchPath) else { throw .libreOfficeMissing }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("dokumen.docx")
        try PaperFile.makeFolders(work)
        try PaperFile.replace(input, with: docx)
        let process = Process()
        process.executableURL = soffice
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profil").absoluteString)",
                             "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.path, input.path]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work.path
        process.environment = environment
        // Its messages go to a file: a pipe nobody reads while it runs could fill and stall it.
        let logURL = work.appendingPathComponent("soffice.log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let log = try? FileHandle(forWritingTo: logURL)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .conversionFailed((error as NSError).localizedDescription) }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw .conversionFailed("LibreOffice tidak selesai dalam \(timeoutSeconds) detik")
            }
            usleep(50_000)
        }
        try? log?.close()
        let output = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        guard let pdf = try? Data(contentsOf: work.appendingPathComponent("dokumen.pdf")), pdf.starts(with: Data("%PDF".utf8)) else {
            throw .conversionFailed(output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return pdf
    }
}
