import ArgumentParser
import Foundation
import Secretariat
import Storage

/// Shared plumbing for the non-interactive commands: one clear line on stderr and a non-zero
/// exit for anything that goes wrong, never a stack trace.
enum CLI {
    /// Exit status when a command could not do its work (missing file, bad path, newer schema…).
    static let failure: Int32 = 2

    /// The words of the non-interactive commands. They take no `--lang` and the rest of what
    /// they print (progress lines, ArgumentParser's help) is Indonesian, so they word storage
    /// errors and check findings in Indonesian too, whatever the locale. (`run` words its
    /// errors in the language it resolves for the screens.)
    static let catalog = Catalog(.indonesian)

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("sekretariat: \(message)\n".utf8))
    }

    /// Runs `body`, turning every error into one line on stderr and exit status 2.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as StoreError {
            printError(catalog.storeErrorText(error))
            throw ExitCode(failure)
        } catch {
            printError("\(error)")
            throw ExitCode(failure)
        }
    }

    /// The format of `-o FILE`: `format` when given (the file must end in it), else the one the
    /// file's extension names, else `fallback`. ArgumentParser's exit 64 for a clash.
    static func outputFormat<F: RawRepresentable & CaseIterable>(_ format: F?, output: String?, fallback: F) throws -> F
        where F.RawValue == String {
        guard let output else { return format ?? fallback }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        if let format {
            guard ext == format.rawValue else {
                throw ValidationError("-o \(output) tidak berakhiran .\(format.rawValue), padahal --format \(format.rawValue)")
            }
            return format
        }
        guard let named = F(rawValue: ext) else {
            let known = F.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
            throw ValidationError("akhiran -o \(output) bukan \(known); pilih dengan --format")
        }
        return named
    }

    static func seconds(_ t: TimeInterval) -> String {
        String(format: "%.1f", t).replacingOccurrences(of: ".", with: ",") + " detik"
    }
}
