import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One open store in one running process: what a draft is tied to while its editor is open.
///
/// Two windows of the same OS account (or staff sharing one account over SSH) are two sessions,
/// so each keeps its own drafts and never offers the other's live typing as "left unsaved".
/// A draft whose session has ended (the process died: kill -9, a dropped link) is offered back.
///
/// Text form: `host/pid/start/instance`. `start` is the process start time in clock ticks
/// since boot (`/proc/PID/stat` field 22, Linux), so a reused pid is not taken for the old
/// process; `instance` tells two stores of one process apart.
public struct EditingSession: Sendable, Hashable {
    public let host: String
    public let pid: Int32
    public let start: UInt64
    public let instance: UInt32

    public init(host: String, pid: Int32, start: UInt64, instance: UInt32) {
        self.host = host
        self.pid = pid
        self.start = start
        self.instance = instance
    }

    /// A new session of this process.
    static func fresh() -> EditingSession {
        let pid = getpid()
        return EditingSession(host: localHost, pid: pid, start: processStart(pid) ?? 0,
                              instance: UInt32.random(in: 1...UInt32.max))
    }

    public var text: String { "\(host)/\(pid)/\(start)/\(instance)" }

    /// Parses `text`; nil for anything else (drafts written before sessions existed).
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, let pid = Int32(parts[1]), let start = UInt64(parts[2]), let instance = UInt32(parts[3]) else {
            return nil
        }
        self.init(host: String(parts[0]), pid: pid, start: start, instance: instance)
    }

    /// Whether the session may still be editing. A session of this process is alive while its
    /// store is open; another process of this host while that pid runs with the same start
    /// time. Another host's cannot be checked, so it counts as alive for `otherHostGrace`
    /// after its last write.
    func isAlive(lastWrite: Date, now: Date) -> Bool {
        guard host == Self.localHost else {
            return now.timeIntervalSince(lastWrite) < Self.otherHostGrace
        }
        if pid == getpid() { return OpenSessions.shared.contains(self) }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let (state, running) = Self.processState(pid) else { return true }
        // A process that has exited but not yet been reaped (state Z, for about a second after a
        // hang-up here) still answers kill(0): it types nothing more, so its drafts are free.
        if state == "Z" || state == "X" { return false }
        return start == 0 || running == start
    }

    /// This machine's name from gethostname(2), read once: no name service lookup (Foundation's
    /// `hostName` may ask DNS, and hang on a machine whose network is down).
    static let localHost: String = {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count) == 0 else { return "localhost" }
        return String(cString: name)
    }()

    /// Seconds: 12 hours, a working day with room to spare.
    static let otherHostGrace: TimeInterval = 12 * 3600

    /// Field 22 of `/proc/PID/stat`; nil where there is no procfs.
    static func processStart(_ pid: Int32) -> UInt64? { processState(pid)?.start }

    /// A process's state letter (`R`, `S`, `Z`…, field 3 of /proc/PID/stat) and its start time
    /// in clock ticks since boot (field 22); nil when there is no such process to read.
    static func processState(_ pid: Int32) -> (state: Character, start: UInt64)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // The command name (field 2) may hold spaces and parentheses; fields after it do not.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        guard fields.count > 19, let state = fields[0].first, let start = UInt64(fields[19]) else { return nil }
        return (state, start)
    }
}

/// The sessions of the stores open in this process.
final class OpenSessions: @unchecked Sendable {
    static let shared = OpenSessions()
    private let lock = NSLock()
    private var open: Set<EditingSession> = []

    func insert(_ session: EditingSession) { lock.lock(); open.insert(session); lock.unlock() }
    func remove(_ session: EditingSession) { lock.lock(); open.remove(session); lock.unlock() }
    func contains(_ session: EditingSession) -> Bool { lock.lock(); defer { lock.unlock() }; return open.contains(session) }
}
