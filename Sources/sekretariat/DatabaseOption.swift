import ArgumentParser
import Foundation

/// `--db PATH`, shared by the app and every command. Defaults to the per-user database.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: "Berkas basis data (bawaan: $XDG_DATA_HOME/sekretariat/sekretariat.sqlite).")
    var path: String?

    /// The path to use: the one given, or the per-user default.
    var resolvedPath: String { path ?? DatabaseOption.defaultPath() }

    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        }
        return dataHome + "/sekretariat/sekretariat.sqlite"
    }
}
