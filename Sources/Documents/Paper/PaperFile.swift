import Foundation

/// The formats a document is written in (issue 15).
public enum PaperFormat: String, Sendable, CaseIterable {
    case docx, pdf, html, md

    public var fileExtension: String { rawValue }
}

/// Why a document could not be written; worded by the caller's catalog.
public enum PaperFileError: Error, Equatable, Sendable {
    /// No `soffice` on PATH: the PDF cannot be made here, the DOCX can.
    case libreOfficeMissing
    /// LibreOffice ran and made no PDF; its output, for the log.
    case conversionFailed(String)
    /// The file or its folder could not be written: `errno` says why (ENOENT, EACCES, ENOSPC…).
    case unwritable(path: String, errno: Int32)
    case packaging(String)
}

/// Writes a Paper to a file, owner-only (mode 0600: these papers hold names and signatures),
/// replacing the file whole or not at all.
public enum PaperFile {
    public static func write(_ paper: Paper, format: PaperFormat, to url: URL, created: Date = Date()) throws(PaperFileError) {
        // The bytes first (a PDF may fail for want of LibreOffice), then the folders: a
        // failure leaves no empty folder behind.
        let bytes: Data
        switch format {
        case .docx: bytes = try docx(paper, created: created)
        case .html: bytes = Data(HTMLWriter.render(paper).utf8)
        case .md: bytes = Data(MarkdownWriter.render(paper).utf8)
        case .pdf: bytes = try PDFConversion.convert(docx: try docx(paper, created: created))
        }
        try makeFolders(url.deletingLastPathComponent())
        try replace(url, with: bytes)
    }

    /// Text (a report) to a file, owner-only and whole, its folders made as for a paper.
    public static func writeText(_ text: String, to url: URL) throws(PaperFileError) {
        try makeFolders(url.deletingLastPathComponent())
        try replace(url, with: Data(text.utf8))
    }

    private static func docx(_ paper: Paper, created: Date) throws(PaperFileError) -> Data {
        do { return try DocxWriter.data(paper, created: created) } catch { throw .packaging(String(describing: error)) }
    }

    /// The folder and any missing parents, owner-only (0700) when made here.
    static func makeFolders(_ folder: URL) throws(PaperFileError) {
        var missing: [String] = []
        var current = folder.standardizedFileURL.path
        var info = stat()
        while stat(current, &info) != 0 {
            guard errno == ENOENT else { throw .unwritable(path: current, errno: errno) }
            missing.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current { break }
            current = parent
        }
        // The nearest folder that exists must be one (a file named like the folder is not).
        if info.st_mode & S_IFMT != S_IFDIR { throw .unwritable(path: current, errno: ENOTDIR) }
        for path in missing.reversed() where mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw .unwritable(path: path, errno: errno)
        }
    }

    /// Written to a temporary file beside the target, then renamed over it: a reader never
    /// sees half a document, and a failure leaves the old one.
    static func replace(_ url: URL, with data: Data) throws(PaperFileError) {
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temp.path, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .unwritable(path: url.path, errno: errno) }
        let written = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return fsync(fd) == 0
        }
        let error = errno
        close(fd)
        guard written, rename(temp.path, url.path) == 0 else {
            let cause = written ? errno : error
            unlink(temp.path)
            throw .unwritable(path: url.path, errno: cause)
        }
    }
}
