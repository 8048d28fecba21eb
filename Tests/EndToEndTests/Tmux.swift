import Foundation
import XCTest

/// The release binary under test. `make test` sets SEKRETARIAT_BIN; without it the tests fail
/// with a clear message rather than skip.
func releaseBinary(file: StaticString = #filePath, line: UInt = #line) throws -> String {
    let environment = ProcessInfo.processInfo.environment
    let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = environment["SEKRETARIAT_BIN"] ?? root.appendingPathComponent(".build/release/sekretariat").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
        XCTFail("release binary not found at \(path); run `make test` (it builds it) or set SEKRETARIAT_BIN", file: file, line: line)
        throw E2EError("release binary missing")
    }
    return path
}

/// Runs a command and returns (exit status, stdout, stderr).
@discardableResult
func shell(_ arguments: [String], environment: [String: String]? = nil, stdin: FileHandle? = nil) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin ?? FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// A fresh demo database in a temporary folder of its own; `remove()` deletes the folder.
struct ScratchDemo {
    let bin: String, dir: String, db: String

    init(_ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        bin = try releaseBinary(file: file, line: line)
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        db = dir + "/demo.sqlite"
        let (status, _, err) = try shell([bin, "demo", "--db", db])
        XCTAssertEqual(status, 0, err, file: file, line: line)
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }
}

/// One tmux server on a private socket, so tests never touch the user's sessions.
final class TmuxSession {
    let socket = "sekretariat-e2e-\(UUID().uuidString.prefix(8))"
    let name = "e2e"
    let statusFile: String
    let dataHome: String

    /// Starts `command` in a detached session of the given size. The exit status is written
    /// to a file when the program ends, and the pane stays for inspection.
    /// `reusing` starts the program again on another session's data directory (a restart).
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:],
         reusing previous: TmuxSession? = nil) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        statusFile = dir.appendingPathComponent("status").path
        dataHome = previous?.dataHome ?? dir.appendingPathComponent("data").path
        var env = ["XDG_DATA_HOME": dataHome, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { $1 }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let script = "env \(exports) \(command); echo $? > \(statusFile); sleep 600"
        let (status, _) = tmux(["-f", "/dev/null", "new-session", "-d", "-s", name,
                                "-x", "\(width)", "-y", "\(height)", script])
        guard status == 0 else { throw E2EError("tmux did not start (status \(status))") }
    }

    func send(_ keys: String...) throws {
        tmux(["send-keys", "-t", name] + keys)
    }

    /// Types literal text (no key-name interpretation).
    func type(_ text: String) throws {
        tmux(["send-keys", "-l", "-t", name, text])
    }

    /// From the menu of a fresh start: opens Anggota and searches until `name` shows.
    func searchMembers(_ text: String, until name: String) throws {
        try waitFor("1  Anggota")
        try send("1")
        try waitFor("1/124")
        try send("/")
        try type(text)
        try waitFor(name)
    }

    /// Sends raw bytes, as a terminal with other habits would (PuTTY's `ESC [4~` for End).
    func sendBytes(_ bytes: [UInt8]) throws {
        tmux(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func resize(width: Int, height: Int) throws {
        tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture(escapes: Bool = false) throws -> String {
        tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])).1
    }

    /// Waits until the screen shows `text`, then until the frame has settled; fails with the
    /// screen it saw. The deadline is generous: it bounds a hang, it does not time the program.
    ///
    /// Settled, because ncurses writes one frame in several writes and tmux draws each as it
    /// comes: a capture can hold the new top line over the old rest (CI saw the census tab's
    /// coverage line above the import tab's footer). Two equal captures 50 ms apart end the
    /// wait; a screen that keeps changing (a progress tick) is returned after half a second.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return try settled(screen, showing: text) }
            usleep(50_000)
        }
        XCTFail("screen never showed \"\(text)\". Last screen:\n\(screen)", file: file, line: line)
        throw E2EError("timeout waiting for \(text)")
    }

    private func settled(_ first: String, showing text: String) throws -> String {
        var screen = first
        for _ in 0..<10 {
            usleep(50_000)
            let next = try capture()
            guard next.contains(text) else { return screen }  // moved on: the wanted frame was whole
            if next == screen { return next }
            screen = next
        }
        return screen
    }

    /// Waits for the program to end and returns its exit status.
    func exitStatus(seconds: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return status }
            usleep(50_000)
        }
        throw E2EError("program did not exit. Screen:\n\(try capture())")
    }

    /// Whether the pane is still on the alternate screen (the terminal not restored).
    func alternateScreenOn() throws -> Bool {
        tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).1
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func programPID() throws -> Int32? {
        let panePID = tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).1
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try shell(["pgrep", "-f", "-P", panePID, "sekretariat"]).1
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Ends the tmux server: the pane's terminal goes away and the program gets SIGHUP, as when
    /// an SSH link drops.
    func killServer() {
        tmux(["kill-server"])
    }

    deinit {
        tmux(["kill-server"])
    }

    /// Runs tmux on this session's socket through the shell. Foundation's Process is not used
    /// here: on Linux it failed to reap the tmux client once that client had forked its server.
    @discardableResult
    private func tmux(_ arguments: [String]) -> (Int32, String) {
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        guard let pipe = popen(quoted.joined(separator: " ") + " 2>/dev/null", "r") else { return (-1, "") }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, pipe)
            if n <= 0 { break }
            output.append(contentsOf: chunk[0..<n])
        }
        let status = pclose(pipe)
        return (status, String(decoding: output, as: UTF8.self))
    }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
