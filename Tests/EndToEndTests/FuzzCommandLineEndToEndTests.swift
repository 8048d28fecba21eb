import Foundation
import FuzzSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Hostile input (issue 16) at the command line: the real release binary run with seeded
/// random argument vectors — every subcommand, their options and flags, misplaced and
/// unknown flags, and hostile values (random bytes and invalid UTF-8, escape sequences,
/// combining marks, emoji, RTL marks, digit strings, 100,000-byte values) — against a demo
/// database, a new path, an empty file, random bytes and a folder, and on files to import
/// that are damaged or hostile. Arguments are passed as raw bytes (`posix_spawn`), so invalid
/// UTF-8 reaches the binary as it would from a shell.
///
/// Everything stays in a temporary folder: `--db` always names a path in it, the working
/// directory is inside it, HOME and XDG_DATA_HOME point into it, and hostile values carry no
/// `/` (so they name nothing outside) and no NUL (an argument cannot hold one). `init --shared`
/// is never run; `run` gets /dev/null for input and refuses it.
///
/// A failure names the seed, the property, how many runs broke it and the first three.
/// `SEKRETARIAT_FUZZ_SEED=N` runs with seed N instead.
final class FuzzCommandLineEndToEndTests: XCTestCase {
    var dir: String!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-fuzz-cli-\(UUID().uuidString)").path
        for sub in ["", "/home", "/xdg", "/work/cwd", "/out", "/files", "/a-folder"] {
            try FileManager.default.createDirectory(atPath: dir + sub, withIntermediateDirectories: true)
        }
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StorageTests/Fixtures/import")

    /// 157 runs of the release binary: 7 fixed edge cases (numbers at and past their limits, an
    /// empty register, an empty identifier), then 150 seeded random argument vectors (3 values
    /// of 100,000 bytes and 6 of 1,000–100,000 digits among them), on a demo database
    /// made first with `demo` and an empty one made with `init`: every run ends by
    /// exiting — no signal, no hang past 30 s — with status 0, 1, 2 or 64 (ArgumentParser's
    /// usage error); stderr never holds a Swift runtime error or stack trace; and when no
    /// argument holds an ESC or a C1 control (U+0080–U+009F), neither does the output: nothing
    /// a file or the database holds reaches the terminal as an escape sequence.
    func testRandomArgumentVectorsAlwaysExitWithAStatusNeverASignal() throws {
        let binary = try releaseBinary()
        var g = HostileArgs(seed: 16_301)
        let demo = dir + "/demo.sqlite"
        for (command, path) in [("demo", demo), ("init", dir + "/empty-register.sqlite")] {
            let created = try spawn([Array(binary.utf8), Array(command.utf8), Array("--db".utf8), Array(path.utf8)])
            XCTAssertEqual(created.status, 0, created.stderr)
        }
        let files = try corpus(&g)
        let edges: [[String]] = [
            ["bench-members", "--samples", "1", "--db", dir + "/empty-register.sqlite"],
            ["bench-members", "--samples", "0", "--db", demo],
            ["bench-members", "--samples=-1", "--db", demo],
            ["demo", "--people=-1", "--db", dir + "/edge-demo.sqlite"],
            ["export", "minutes", "--session=-1", "--db", demo],
            ["export", "attendance", "--musda", "2023", "--session", "99999999999999999999", "--db", demo],
            ["person", "export", "", "--db", demo],
        ]
        let vectors = edges.map { $0.map { Array($0.utf8) } } + (0..<150).map { g.arguments(run: $0, dir: dir, demo: demo, files: files) }
        let runs = vectors.count
        for (i, argv) in vectors.enumerated() {
            let shown = argv.map { HostileArgs.escaped($0) }.joined(separator: " ")
            let outcome = try spawn([Array(binary.utf8)] + argv)
            g.expect(!outcome.timedOut, "a run ends within 30 s", i, shown)
            g.expect(outcome.signal == nil, "a run is never killed by a signal", i, shown,
                     "signal \(outcome.signal ?? 0): " + HostileArgs.crashLines(outcome.stderr))
            if outcome.signal == nil && !outcome.timedOut {
                g.expect([0, 1, 2, 64].contains(outcome.status), "a run exits 0, 1, 2 or 64", i, shown,
                         "status \(outcome.status): " + String(outcome.stderr.prefix(300)))
            }
            let markers = ["Fatal error", "Swift runtime failure", "Current stack trace", "Stack dump", "Program crashed",
                           "Backtracing", "Illegal instruction", "Segmentation fault", "crashed:"]
            g.expect(!markers.contains { outcome.stderr.contains($0) }, "stderr holds no runtime error or stack trace", i, shown,
                     HostileArgs.crashLines(outcome.stderr))
            if !argv.contains(where: { HostileArgs.hasEscape(String(decoding: $0, as: UTF8.self)) }) {
                g.expect(!HostileArgs.hasEscape(outcome.stdout) && !HostileArgs.hasEscape(outcome.stderr),
                         "no ESC or C1 control reaches the output unless an argument holds one", i, shown,
                         HostileArgs.aroundEscape(outcome.stdout + outcome.stderr))
            }
        }
        g.report(inputs: runs)
    }

    /// The files the runs may import or restore: the import fixtures, XLSX cut short or
    /// changed, fake XLSX, random bytes, and CSV with hostile titles and cells (an ESC among
    /// them, diluted below the binary threshold so the file is read).
    private func corpus(_ g: inout HostileArgs) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { !$0.hasSuffix(".py") }.sorted()
        var paths: [String] = []
        for name in names {
            let target = dir + "/files/" + name
            try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: target)
            paths.append(target)
        }
        let book = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("sensus-serial-dates.xlsx")))
        func file(_ name: String, _ bytes: [UInt8]) {
            let path = dir + "/files/" + name
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            paths.append(path)
        }
        for i in 0..<4 {
            file("cut-\(i).xlsx", Array(book.prefix(g.random.int(4...(book.count - 1)))))
            var changed = book
            for _ in 0..<g.random.int(1...6) { changed[g.random.int(0...(book.count - 1))] = UInt8(truncatingIfNeeded: g.random.next()) }
            file("changed-\(i).xlsx", changed)
            file("fake-\(i).xlsx", [0x50, 0x4B, 0x03, 0x04] + (0..<g.random.int(0...600)).map { _ in UInt8(truncatingIfNeeded: g.random.next()) })
            file("bytes-\(i).csv", (0..<g.random.int(1...2_000)).map { _ in UInt8(truncatingIfNeeded: g.random.next()) })
            var rows = ["Nama,NIK,Kab/Kota,Tgl Lahir,\"Catatan \u{1B}]0;pwned\u{07}\"," + (g.random.chance(50) ? "\u{1B}[2J" : "Sektor")]
            for r in 0..<60 {
                let cells = (0..<6).map { c -> String in
                    let bytes = r == 7 && c == 0 ? Array("Budi \u{1B}[31mMerah".utf8) : g.text(short: true).filter { $0 >= 0x20 && $0 != 0x7F }
                    // Quotes doubled byte by byte: a quote with a combining mark after it is still a quote.
                    return "\"" + String(decoding: bytes.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self) + "\""
                }
                rows.append(cells.joined(separator: ","))
            }
            file("hostile-\(i).csv", Array((rows.joined(separator: "\r\n") + "\r\n").utf8))
        }
        return paths
    }

    /// The outcome of one run.
    struct Outcome {
        var status: Int32 = -1
        var signal: Int32?
        var timedOut = false
        var stdout = "", stderr = ""
    }

    /// Runs `argv` (raw bytes; the first is the program) with input from /dev/null, output to
    /// files, in the temporary working directory and environment, killed after 30 s.
    private func spawn(_ argv: [[UInt8]]) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, dir + "/out/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, dir + "/out/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // `env -C` sets the working directory (posix_spawn_file_actions_addchdir_np is not in
        // Swift's Glibc module) and then execs the program, which keeps its pid: a signal that
        // kills it is seen here.
        let command = [Array("/usr/bin/env".utf8), Array("-C".utf8), Array((dir + "/work/cwd").utf8)] + argv
        let arguments: [UnsafeMutablePointer<CChar>?] = command.map { bytes in
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (i, b) in bytes.enumerated() { p[i] = CChar(bitPattern: b) }
            p[bytes.count] = 0
            return p
        } + [nil]
        let variables: [String] = ["HOME=\(dir!)/home", "XDG_DATA_HOME=\(dir!)/xdg", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"]
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer {
            arguments.forEach { $0?.deallocate() }
            environment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, arguments[0]!, &actions, nil, arguments, environment)
        guard started == 0 else { throw E2EError("posix_spawn failed: \(started)") }
        var outcome = Outcome()
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(30)
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            guard waited == 0 || errno == EINTR else { throw E2EError("waitpid failed: \(errno)") }
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                outcome.timedOut = true
                break
            }
            usleep(1_000)
        }
        if status & 0x7F == 0 { outcome.status = (status >> 8) & 0xFF } else { outcome.signal = status & 0x7F }
        outcome.stdout = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: dir + "/out/stdout"))) ?? Data(), as: UTF8.self)
        outcome.stderr = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: dir + "/out/stderr"))) ?? Data(), as: UTF8.self)
        return outcome
    }
}

// MARK: - The generator


/// Seeded hostile argument vectors, as bytes, and the failures found with them.
fileprivate struct HostileArgs {
    static let pieces: [String] = [
        "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{9B}2J", "\u{1B}P+q544e\u{1B}\\", "\u{90}1$r\u{9C}", "\u{1B}", "\u{07}",
        "\u{08}", "\t", "\n", "\r", "\u{7F}", "\u{85}", "e\u{301}", "\u{301}\u{302}", "👩‍👩‍👧‍👦", "🇮🇩", "\u{202E}", "\u{200F}",
        "مرحبا", "\u{200B}", "\u{FEFF}", "漢字", "İ", "Siti", "Budi", "0", "16", "2023", "16.71.000061", "1671025503880001",
        " ", "-", "--", ".", "..", ",", ";", ":", "=", "@", "+", "'", "\"", "*", "?", "~", "$HOME", "%s%n", "\\", "{nomor}",
        "members", "census", "alumni", "csv", "json", "svg", "txt", "md", "admin", "operator", "pembaca", "id", "en",
    ]
    static let flags = ["--db", "--format", "--term", "--musda", "--session", "--history", "--ascii", "--unmask", "--sheet",
                        "--map", "--source", "--dry-run", "--report", "--people", "--seed", "--demo", "--samples", "--plans",
                        "--output", "--lang", "--help", "-h", "--version", "--", "-", "-x", "--nope", "help"]

    var random: FuzzRandom
    let seed: UInt64
    /// Values drawn so far without `short`. Draws 5, 45 and 85 are 100,000 bytes long; draws
    /// 10, 20, 30, 55, 65 and 95 are 1,000–100,000 digits.
    private(set) var drawn = 0
    static let hugeDraws: Set<Int> = [5, 45, 85], longDigitDraws: Set<Int> = [10, 20, 30, 55, 65, 95]
    private var findings = FuzzFindings()

    /// `seed`, unless `SEKRETARIAT_FUZZ_SEED` names another.
    init(seed: UInt64) {
        self.seed = FuzzFindings.seed(seed)
        random = FuzzRandom(seed: self.seed)
    }

    /// A hostile value as bytes: random bytes (invalid UTF-8 too), hostile pieces, digits,
    /// random scalars; or, at its fixed draws (unless `short`), 100,000 bytes or 1,000–100,000
    /// digits. Never a NUL or a `/`.
    mutating func text(short: Bool = false) -> [UInt8] {
        if !short { drawn += 1 }
        var bytes: [UInt8]
        if !short && Self.hugeDraws.contains(drawn) {
            let piece = Array(random.pick(Self.pieces).utf8)
            bytes = Array((0..<(100_000 / piece.count + 1)).flatMap { _ in piece }.prefix(100_000))
        } else if !short && Self.longDigitDraws.contains(drawn) {
            bytes = Array(repeating: UInt8(0x30 + random.int(0...9)), count: random.int(1_000...100_000))
        } else {
            bytes = ordinary()
        }
        if random.chance(10) { bytes.insert(UInt8(random.int(0x80...0xFF)), at: random.int(0...bytes.count)) }
        return bytes.compactMap { $0 == 0 ? nil : $0 == 0x2F ? 0x5F : $0 }
    }

    private mutating func ordinary() -> [UInt8] {
        switch random.int(0...99) {
        case 0..<20:
            return (0..<random.int(1...40)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        case 20..<65:
            return Array((0..<random.int(1...6)).map { _ in random.pick(Self.pieces) }.joined().utf8)
        case 65..<75:
            return (0..<random.int(0...20)).map { _ in UInt8(0x30 + random.int(0...9)) }
        default:
            let scalars = (0..<random.int(1...16)).compactMap { _ in
                Unicode.Scalar(random.chance(50) ? UInt32(random.int(0x20...0x2FF)) : UInt32(random.int(0x20...0x10FFFF)))
            }
            return Array(String(String.UnicodeScalarView(scalars)).utf8)
        }
    }

    /// A value: mostly one that makes sense for its place (`sensible`), else hostile.
    mutating func value(_ sensible: [String]) -> [UInt8] {
        random.chance(60) && !sensible.isEmpty ? Array(random.pick(sensible).utf8) : text()
    }

    /// A database path in `dir`: the demo (most often), a database with no one in it, a new
    /// file, random bytes, an empty file, a folder, a hostile name, a missing folder.
    mutating func database(_ dir: String, demo: String, run: Int) -> [UInt8] {
        switch random.int(0...99) {
        case 0..<53: return Array(demo.utf8)
        case 53..<60: return Array("\(dir)/empty-register.sqlite".utf8)
        case 60..<68: return Array("\(dir)/new-\(run).sqlite".utf8)
        case 68..<74: return Array("\(dir)/files/bytes-0.csv".utf8)
        case 74..<80:
            FileManager.default.createFile(atPath: "\(dir)/empty-\(run).sqlite", contents: Data())
            return Array("\(dir)/empty-\(run).sqlite".utf8)
        case 80..<84: return Array("\(dir)/a-folder".utf8)
        case 84..<94: return Array("\(dir)/work/".utf8) + text(short: true)
        default: return Array("\(dir)/missing-\(run)/deeper/x.sqlite".utf8)
        }
    }

    /// One argument vector (without the program): a subcommand with its arguments and
    /// options, sensible or hostile, `--db` somewhere, and now and then a stray flag or value.
    mutating func arguments(run: Int, dir: String, demo: String, files: [String]) -> [[UInt8]] {
        func b(_ s: String) -> [UInt8] { Array(s.utf8) }
        let out = "\(dir)/work/out-\(run)"
        var args: [[UInt8]]
        switch random.int(0...99) {
        case 0..<22:
            args = [b("import"), value(["members", "census", "alumni"]), random.chance(85) ? b(random.pick(files)) : text()]
            if random.chance(30) { args += [b("--sheet"), value(["Sheet1", "Sensus"])] }
            if random.chance(30) { args += [b("--map"), random.chance(50) ? b("Nama=name") : text() + b("=") + value(["name", "nik", "-"])] }
            if random.chance(30) { args += [b("--source"), text()] }
            if random.chance(50) { args.append(b("--dry-run")) }
            if random.chance(30) { args += [b("--report"), value(["csv", "json"])] }
        case 22..<36:
            args = [b("export"), value(["members", "officers", "programmes", "activities", "orgchart", "minutes", "attendance"])]
            if random.chance(50) { args += [b("--format"), value(["csv", "json", "svg", "txt", "md"])] }
            if random.chance(25) { args += [b("--term"), value(["2023", "1", "Periode 2023–2028"])] }
            if random.chance(25) { args += [b("--musda"), value(["2023", "2019", "1"])] }
            if random.chance(20) { args += [b("--session"), value(["1", "2", "0", "-1", "99999999999999999999"])] }
            for flag in ["--history", "--ascii", "--unmask"] where random.chance(20) { args.append(b(flag)) }
        case 36..<44:
            args = [b("person"), b("export"), value(["16.71.000061", "1671025503880001", "16.04.000119"])]
            if random.chance(50) { args += [b("--format"), value(["json", "csv"])] }
            if random.chance(50) { args += [b("--output"), random.chance(50) ? b("-") : b(out + ".json")] }
        case 44..<52:
            args = random.chance(40) ? [b("user"), b("list")] : [b("user"), b("set"), value(["budi", "operator1", "root"]),
                                                                  value(["admin", "operator", "pembaca"])]
        case 52..<58:
            args = [b("check")]
        case 58..<65:
            args = [b("backup"), random.chance(70) ? b(out + ".bak") : text()]
        case 65..<69:
            args = [b("restore"), random.chance(50) ? b(random.pick(files)) : text()]
        case 69..<73:
            args = [b("retention")] + (random.chance(50) ? [b("--dry-run")] : [])
        case 73..<78:
            // A new demo takes most of a second: only a few runs make one.
            args = [b("demo")]
            if random.chance(60) { args += [b("--people"), value(["0", "5", "-1", "99999999999999999999", "1e3"])] }
            if random.chance(30) { args += [b("--seed"), value(["1", "-1", "18446744073709551616"])] }
        case 78..<82:
            args = [b("init")] + (random.chance(20) ? [b("--demo")] : [])
        case 82..<85:
            args = [b("bench-members"), b("--samples"), value(["1", "2", "0", "-3"])] + (random.chance(30) ? [b("--plans")] : [])
        case 85..<89:
            args = (random.chance(50) ? [b("run")] : []) + (random.chance(50) ? [b("--lang"), value(["id", "en"])] : [])
        case 89..<94:
            args = [value(["help", "--help", "-h", "--version"])] + (random.chance(50) ? [value(["import", "export", "user"])] : [])
        default:
            args = [text()] + (0..<random.int(0...3)).map { _ in text() }
        }
        // The database: always in `dir`, whether an option comes first or last.
        let db = database(dir, demo: demo, run: run)
        if random.chance(85) { args += [b("--db"), db] } else { args.insert(contentsOf: [b("--db=") + db], at: min(1, args.count)) }
        // Now and then a stray flag or a hostile value anywhere.
        for _ in 0..<(random.chance(25) ? random.int(1...3) : 0) {
            let stray = random.chance(50) ? b(random.pick(Self.flags)) : text()
            args.insert(stray, at: random.int(0...args.count))
        }
        // A stray `--db` takes the next word as its path: make that word a path in `dir` too.
        for i in args.indices.dropLast() where args[i] == b("--db") && !args[i + 1].starts(with: b(dir)) {
            args[i + 1] = database(dir, demo: demo, run: run)
        }
        if args.last == b("--db") { args.append(database(dir, demo: demo, run: run)) }
        return args
    }

    /// Notes run `index` as breaking `property` unless `ok`.
    mutating func expect(_ ok: Bool, _ property: String, _ index: Int, _ input: @autoclosure () -> String,
                         _ detail: @autoclosure () -> String = "") {
        guard !ok else { return }
        let example = "run #\(index): \(input())" + { let d = detail(); return d.isEmpty ? "" : "\n      → \(d)" }()
        findings.note(property, example)
    }

    func report(inputs: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThanOrEqual(drawn, Self.longDigitDraws.max()!, "seed \(seed): the long values were not all drawn",
                                    file: file, line: line)
        for failure in findings.failures(seed: seed, breaks: { "by \($0) of \(inputs) runs" }) {
            XCTFail(failure, file: file, line: line)
        }
    }

    /// Holds ESC or a C1 control (U+0080–U+009F: CSI, OSC, DCS… in one character).
    static func hasEscape(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{1B}" || (0x80...0x9F).contains($0.value) }
    }

    /// What a crash report says in few words: the runtime's message and the first frames in
    /// the project's sources.
    static func crashLines(_ stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let message = lines.filter { $0.contains("runtime failure") || $0.contains("Fatal error") || $0.contains("crashed:") }
        let frames = lines.filter { $0.contains("/Sources/") }.prefix(2)
        return (message.prefix(2) + frames).joined(separator: " | ")
    }

    /// The line of `text` with its first ESC or C1 control, escaped.
    static func aroundEscape(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first { hasEscape(String($0)) }.map(String.init) ?? ""
        return escaped(Array(line.utf8))
    }

    /// Printable ASCII as is, other bytes as `\xNN`; long values cut, with their length.
    static func escaped(_ bytes: [UInt8]) -> String {
        let shown = bytes.prefix(120).map { b -> String in
            (0x20..<0x7F).contains(b) && b != 0x5C ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16, uppercase: true)
        }.joined()
        return "'" + shown + "'" + (bytes.count > 120 ? "…(\(bytes.count) bytes)" : "")
    }
}
