import Foundation

/// Tab completion of a file path, as a shell does it: the longest common continuation of the
/// names in the typed directory that start with the typed last part, and the candidates when
/// more than one remains. `~/` stands for the home directory. Hidden files are offered only
/// when the typed part starts with a dot.
public enum PathCompletion {
    public struct Result: Equatable, Sendable {
        /// The text with the common continuation appended (a `/` after a unique directory).
        public var text: String
        /// Names still possible (directories end in `/`), sorted; empty when unique or none.
        public var candidates: [String]
    }

    /// `~/x` as the home folder's `x`, `~` as the home folder; any other path as typed.
    public static func expand(_ typed: String, home: String = NSHomeDirectory()) -> String {
        typed.hasPrefix("~/") ? home + typed.dropFirst(1) : (typed == "~" ? home + "/" : typed)
    }

    public static func complete(_ typed: String, home: String = NSHomeDirectory(),
                                currentDirectory: String = FileManager.default.currentDirectoryPath) -> Result {
        let expanded = expand(typed, home: home)
        let slash = expanded.lastIndex(of: "/")
        let directoryPart = slash.map { String(expanded[...$0]) } ?? ""
        let prefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let directory = directoryPart.isEmpty ? currentDirectory : (directoryPart.hasPrefix("/") ? directoryPart : currentDirectory + "/" + directoryPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return Result(text: typed, candidates: []) }
        let matches = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard !matches.isEmpty else { return Result(text: typed, candidates: []) }
        func isDirectory(_ name: String) -> Bool {
            var flag: ObjCBool = false
            return FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &flag) && flag.boolValue
        }
        let common = matches.dropFirst().reduce(matches[0]) { $0.sharedPrefix(with: $1) }
        var completion = String(common.dropFirst(prefix.count))
        if matches.count == 1 && isDirectory(matches[0]) { completion += "/" }
        return Result(text: typed + completion, candidates: matches.count == 1 ? [] : matches.map { isDirectory($0) ? $0 + "/" : $0 })
    }
}

extension String {
    /// The characters two strings start with (grapheme clusters, not bytes).
    func sharedPrefix(with other: String) -> String {
        String(zip(self, other).prefix { $0 == $1 }.map(\.0))
    }
}
