import Domain
import Foundation
import Storage
import TerminalUI
import FuzzSupport
import XCTest
@testable import Secretariat

/// Hostile input (issue 16) at the screens: seeded random keys — hostile characters (escape
/// sequences' characters, controls, combining marks, emoji, RTL, wide characters), arrows,
/// Tab, Backspace, Ctrl and function keys, Alt chords, an occasional Enter or Esc — typed
/// into the member search, the member form, a settings prompt and the import path prompt;
/// and hostile names stored directly, then shown. The app never traps, and every frame is
/// clean: no cell holds a C0 control, DEL or a C1 control (no ESC reaches the terminal), each
/// cell holds one character, a wide character always has its right half, and no row is wider
/// than the terminal. Keys that quit (F10, `Q`, `q` at the menu, Ctrl-C) are never typed.
///
/// A failure names the seed, the property, how often it broke and the keys leading to the
/// first breaks. `SEKRETARIAT_FUZZ_SEED=N` runs every test with seed N instead.
final class FuzzScreenTests: XCTestCase {
    /// Sizes the sessions take turns at: the minimum, the usual, a wide one.
    static let sizes = [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 132, height: 40)]
    /// One writable demo store for the class (building one takes a second): the fuzz may save
    /// members into it; no test here depends on what another wrote.
    static let store = MemberFixtures.fixedClockStore()
    /// A copy of it for the settings fuzz, whose keys may reach the users' roles and take the
    /// operator's right to edit away.
    static let settingsStore: Store = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sekretariat-fuzz-settings-\(UUID().uuidString).sqlite").path
        try! store.backup(to: path)
        return try! Store.open(path: path, operatorName: "penguji", clock: { MemberFixtures.instant })
    }()

    /// `sessions` sessions of `keys` random keys each, typed after `open` (keys from the main
    /// menu) reaches the screen `reached` recognises; the frame is checked every 5 keys.
    private func fuzz(seed: UInt64, store: Store = FuzzScreenTests.store, open: [Key], reached: (AppHarness) -> Bool, sessions: Int,
                      keys: Int, file: StaticString = #filePath, line: UInt = #line) {
        var g = HostileKeys(seed: seed)
        var checks = 0
        for session in 0..<sessions {
            let size = Self.sizes[session % Self.sizes.count]
            var h = AppHarness(store: store, size: size)
            h.run(open)
            g.expect(reached(h), "the session starts at its target", "session \(session):\n\(h.screen)")
            var typed: [Key] = []
            for _ in 0..<(keys / 5) {
                let batch = (0..<5).map { _ in g.key() }
                typed += batch
                if h.run(batch) {
                    // The keys left the app (a confirmed quit): start again where the session began.
                    h = AppHarness(store: store, size: size)
                    h.run(open)
                }
                checks += 1
                g.check(h, "session \(session)", typed)
            }
        }
        g.report(checks: checks, file: file, line: line)
    }

    /// 4 sessions of 120 keys (480 keys, frames checked 96 times) typed after `1` `/`: into
    /// the member search field and whatever its Enter, Tab and Esc lead to.
    func testRandomKeysInTheMemberSearchLeaveEveryFrameClean() {
        fuzz(seed: 16_201, open: [.char("1"), .char("/")], reached: { $0.lines[1].hasPrefix("Cari:") }, sessions: 4, keys: 120)
    }

    /// 4 sessions of 120 keys (480 keys, frames checked 96 times) typed after `1` `a`: into
    /// the member form's text, choice and date fields, its save (F2, Ctrl-S) and whatever its
    /// warnings and dialogs lead to.
    func testRandomKeysInTheMemberFormLeaveEveryFrameClean() {
        fuzz(seed: 16_202, open: [.char("1"), .char("a")], reached: { $0.header.hasSuffix("Tambah") }, sessions: 4, keys: 120)
    }

    /// 4 sessions of 120 keys (480 keys, frames checked 96 times) typed after `7` Enter: into
    /// the prompt for the organisation's name (a `TextPromptModal` checking `SettingRules`),
    /// and the settings screen once it is answered or closed.
    func testRandomKeysInASettingsPromptLeaveEveryFrameClean() {
        fuzz(seed: 16_203, store: Self.settingsStore, open: [.char("7"), .enter], reached: { $0.screen.contains("┌─ Nama organisasi") }, sessions: 4, keys: 120)
    }

    /// 4 sessions of 120 keys (480 keys, frames checked 96 times) typed after `5` `i`: into
    /// the import's path field (Tab completes a path, Enter reads the file typed), and the
    /// census screen behind it.
    func testRandomKeysInTheImportPathLeaveEveryFrameClean() {
        fuzz(seed: 16_204, open: [.char("5"), .char("i")], reached: { $0.lines[1].hasPrefix("Langkah 1 dari 3") }, sessions: 4, keys: 120)
    }

    /// 24 people saved straight through the store, each a valid member named around `Zzfuzz`
    /// with, for the even ones, escape sequences and controls (OSC retitle and hyperlink, CSI,
    /// DCS, C1 CSI and DCS, bell, backspace, NUL, DEL, NEL, CRLF, tab) and, for the odd ones,
    /// bidi overrides, combining marks, wide characters and emoji; then shown: the member list
    /// searched for them at each of the 3 sizes (11 frames each) and each stored person's
    /// detail screen (up to 24 frames). The store keeps such a name or refuses it with a
    /// `StoreError`; whatever it keeps is listed, and no frame holds a control.
    func testStoredHostileNamesNeverReachTheScreenAsControls() throws {
        var g = HostileKeys(seed: 16_205)
        let store = Self.store
        let controls = ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{9B}31m", "\u{1B}P+q544e\u{1B}\\", "\u{90}1$r\u{9C}",
                        "\u{07}", "\u{08}\u{08}", "\0", "\u{7F}", "\u{85}", "\r\n", "\t", "\u{1B}", "\u{1B}]8;;http://x\u{1B}\\"]
        let others = ["\u{202E}", "\u{200F}", "\u{2067}", "e\u{301}\u{302}", "\u{301}", "漢字", "ｱ", "👩‍👩‍👧‍👦", "🇮🇩", "\u{FEFF}"]
        var ids: [Int64] = []
        for i in 0..<24 {
            let pieces = i % 2 == 0 ? controls : others
            let name = g.random.pick(pieces) + "Zzfuzz " + g.random.pick(pieces) + "Nama\(i)" + g.random.pick(pieces)
            let nik = "160402" + (i < 9 ? "0" : "") + "\(i + 1)" + "0690" + String(format: "%04d", 9_000 + i)
            let person = Person(name: name, nik: nik, sex: .male, birthDate: LocalDate(year: 1990, month: 6, day: i + 1),
                                domicileRegency: "1604", employment: Employment(status: .pns))
            let draft = PersonDraft(person: person, membership: Membership(kta: "16.04.09\(9_000 + i)", joinDate: LocalDate(year: 2020, month: 1, day: 10)))
            do {
                ids.append(try store.people.save(draft, overrideReason: "fuzz"))
            } catch is StoreError {
                continue
            }
        }
        var checks = 0
        for size in Self.sizes {
            let h = AppHarness(store: store, size: size)
            h.run([.char("1"), .char("/")])
            h.type("zzfuzz")
            g.expect(h.screen.contains("Zzfuzz"), "the stored names are listed", "list \(size.width)x\(size.height):\n\(h.screen)")
            checks += 1
            g.check(h, "list \(size.width)x\(size.height)", [])
            for _ in 0..<10 {
                h.run([.down])
                checks += 1
                g.check(h, "list \(size.width)x\(size.height)", [.down])
            }
        }
        for (i, id) in ids.enumerated() {
            let h = MemberFixtures.detail(id, store: store, size: Self.sizes[i % Self.sizes.count])
            checks += 1
            g.check(h, "detail of person \(id)", [])
        }
        g.expect(ids.count >= 12, "the names without controls were stored to show", "\(ids.count) of 24 stored")
        g.report(checks: checks)
    }
}

// MARK: - The generator


/// Seeded hostile keys, the frame checks, and the failures found.
fileprivate struct HostileKeys {
    /// Characters a key may carry: controls and the characters of escape sequences, marks on
    /// their own, emoji, RTL and bidi, wide and fullwidth, digits and separators.
    static let characters: [Character] = Array("\u{1B}\u{07}\u{08}\u{7F}\u{85}\u{9B}\u{90}\u{9C}\0\t]0;[2Jm?1049hP+\\")
        + ["\r\n", "\u{301}", "\u{302}", "\u{E33}", "e\u{301}", "👩‍👩‍👧‍👦", "🇮🇩", "👍🏽", "\u{FE0F}", "\u{200D}", "\u{202E}",
           "\u{200F}", "\u{200B}", "\u{FEFF}", "م", "ש", "漢", "字", "ｱ", "Ｗ", "İ", "ß", "\u{FFFD}", "\u{10FFFF}"]
        + Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 /-.,:;@'\"%*()_=~")

    var random: FuzzRandom
    let seed: UInt64
    private var findings = FuzzFindings()

    /// `seed`, unless `SEKRETARIAT_FUZZ_SEED` names another.
    init(seed: UInt64) {
        self.seed = FuzzFindings.seed(seed)
        random = FuzzRandom(seed: self.seed)
    }

    mutating func character() -> Character {
        if random.chance(15), let scalar = Unicode.Scalar(UInt32(random.int(0x20...0x10FFFF))), scalar != "q", scalar != "Q" {
            return Character(scalar)
        }
        return random.pick(Self.characters)
    }

    /// One key: mostly a character, then editing and moving keys, Ctrl letters (not C),
    /// function keys (not F10), modified keys, now and then Enter or Esc.
    mutating func key() -> Key {
        switch random.int(0...99) {
        case 0..<55: return .char(character())
        case 55..<62: return .backspace
        case 62..<80: return random.pick([.left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .tab, .backTab, .delete, .insert])
        case 80..<88: return .ctrl(random.pick(Array("abdefghknprstuvwxyz")))
        case 88..<91: return .function(random.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]))
        case 91..<96:
            return random.pick([.alt(.char(character())), .control(.left), .control(.right), .shift(.up), .alt(.left),
                                .control(.shift(.down)), .alt(.control(.right)), .control(.home)])
        case 96..<98: return .enter
        default: return .escape
        }
    }

    /// Checks the frame now on screen.
    mutating func check(_ h: AppHarness, _ context: String, _ keys: [Key]) {
        let frame = h.terminal.frame
        let width = frame.size.width
        for y in 0..<frame.size.height {
            let cells = (0..<width).map { frame[$0, y] }
            let line = cells.filter { !$0.isContinuation }.map(\.text).joined()
            expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                   "no C0, DEL or C1 control reaches a cell", "\(context), row \(y): \(Self.escaped(line))", keys)
            expect(cells.allSatisfy { $0.text.count <= 1 }, "a cell holds at most one character",
                   "\(context), row \(y): \(Self.escaped(line))", keys)
            let paired = cells.indices.allSatisfy { x in
                cells[x].isContinuation ? x > 0 && cells[x - 1].width == 2 : cells[x].width < 2 || (x + 1 < width && cells[x + 1].isContinuation)
            }
            expect(paired, "a wide character always has its right half, and only it", "\(context), row \(y): \(Self.escaped(line))", keys)
            expect(DisplayWidth.of(line) <= width, "no row is wider than the terminal", "\(context), row \(y): \(Self.escaped(line))", keys)
        }
    }

    /// Notes a break of `property` unless `ok`, with the last keys typed.
    mutating func expect(_ ok: Bool, _ property: String, _ context: @autoclosure () -> String, _ keys: [Key] = []) {
        guard !ok else { return }
        let example = context() + (keys.isEmpty ? "" : " after keys …" + keys.suffix(20).map(Self.describe).joined(separator: " "))
        findings.note(property, example)
    }

    func report(checks: Int, file: StaticString = #filePath, line: UInt = #line) {
        for failure in findings.failures(seed: seed, breaks: { "\($0) times in \(checks) checks" }) {
            XCTFail(failure, file: file, line: line)
        }
    }

    static func describe(_ key: Key) -> String {
        if case .char(let c) = key { return "char(\(escaped(String(c))))" }
        return "\(key)"
    }

    /// Printable ASCII as is, everything else as `\u{…}`; long text cut, with its length.
    static func escaped(_ text: String) -> String { FuzzFindings.escaped(text, limit: 140) }
}
