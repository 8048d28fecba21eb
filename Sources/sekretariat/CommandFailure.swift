import ArgumentParser

/// A failure the user can act on: printed as one line on stderr, exit status 1, no stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
