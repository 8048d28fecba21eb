import CNcursesw
import XCTest
@testable import TerminalUI

final class KeySequenceReaderTests: XCTestCase {
    /// Input arriving at set times on a virtual clock, the way a pty delivers it.
    private struct ScriptedSource: RawInputSource {
        var arrivals: [(at: Int, input: RawInput)]
        var now = 0
        var timeoutsAsked: [Int] = []

        mutating func next(timeoutMilliseconds: Int) -> RawInput? {
            timeoutsAsked.append(timeoutMilliseconds)
            guard let first = arrivals.first else {
                if timeoutMilliseconds > 0 { now += timeoutMilliseconds }
                return nil
            }
            if timeoutMilliseconds >= 0, first.at > now + timeoutMilliseconds {
                now += timeoutMilliseconds
                return nil
            }
            now = max(now, first.at)
            arrivals.removeFirst()
            return first.input
        }
    }

    private static let extendedControlUp: Int32 = 600

    private func reader(_ arrivals: [(Int, RawInput)]) -> KeySequenceReader<ScriptedSource> {
        KeySequenceReader(source: ScriptedSource(arrivals: arrivals.map { (at: $0.0, input: $0.1) })) { code in
            code == Self.extendedControlUp ? "kUP5" : nil
        }
    }

    /// Characters that all arrive at once at `at`.
    private func typed(_ text: String, at: Int = 0) -> [(Int, RawInput)] {
        text.unicodeScalars.map { (at, .char($0.value)) }
    }

    /// Reads until the source has nothing within a second.
    private func readAll(_ reader: inout KeySequenceReader<ScriptedSource>) -> [KeyRead] {
        var reads: [KeyRead] = []
        while let read = reader.next(timeoutMilliseconds: 1000) { reads.append(read) }
        return reads
    }

    private func keys(_ text: String) -> [KeyRead] {
        var r = reader(typed(text))
        return readAll(&r)
    }

    func testEndIsOneKeyNotEscapeThenAMenuDigit() {
        XCTAssertEqual(keys("\u{1B}[4~"), [.key(.end)])
        XCTAssertEqual(keys("\u{1B}[1~"), [.key(.home)])
    }

    func testHomeAndEndSpellings() {
        for text in ["[1~", "[7~", "[H", "OH"] { XCTAssertEqual(keys("\u{1B}" + text), [.key(.home)], text) }
        for text in ["[4~", "[8~", "[F", "OF"] { XCTAssertEqual(keys("\u{1B}" + text), [.key(.end)], text) }
    }

    func testArrowsAndModifiers() {
        XCTAssertEqual(keys("\u{1B}[A\u{1B}OA"), [.key(.up), .key(.up)])
        XCTAssertEqual(keys("\u{1B}[1;5C"), [.key(.control(.right))])
        XCTAssertEqual(keys("\u{1B}[1;3A"), [.key(.alt(.up))])
        XCTAssertEqual(keys("\u{1B}O5C"), [.key(.control(.right))])
    }

    func testAltLetter() {
        XCTAssertEqual(keys("\u{1B}x"), [.key(.alt(.char("x")))])
        XCTAssertEqual(keys("\u{1B}\u{1B}[A"), [.key(.alt(.up))])
    }

    func testLoneEscapeIsTheEscapeKey() {
        var r = reader(typed("\u{1B}"))
        XCTAssertEqual(r.next(timeoutMilliseconds: -1), .key(.escape))
        XCTAssertEqual(r.source.timeoutsAsked, [-1, 25], "waits the escape delay, no longer")
        XCTAssertNil(r.next(timeoutMilliseconds: 0))
    }

    func testEscapeTwiceIsTwoEscapes() {
        XCTAssertEqual(keys("\u{1B}\u{1B}"), [.key(.escape), .key(.escape)])
    }

    func testEscapeThenAKeyTypedLaterIsTwoKeys() {
        var r = reader([(0, .char(27)), (200, .char(0x6A))])
        XCTAssertEqual(readAll(&r), [.key(.escape), .key(.char("j"))])
    }

    func testSequenceSplitAcrossSlowPacketsIsStillOneKey() {
        var r = reader([(0, .char(27)), (20, .char(0x5B)), (40, .char(0x34)), (60, .char(0x7E))])
        XCTAssertEqual(readAll(&r), [.key(.end)])
    }

    func testTheEscapeTimeoutIsAParameter() {
        let arrivals: [(at: Int, input: RawInput)] = [(0, .char(27)), (40, .char(0x5B)), (41, .char(0x41))]
        var patient = KeySequenceReader(source: ScriptedSource(arrivals: arrivals), escapeTimeoutMilliseconds: 50) { _ in nil }
        XCTAssertEqual(patient.next(timeoutMilliseconds: -1), .key(.up))
        var hasty = KeySequenceReader(source: ScriptedSource(arrivals: arrivals), escapeTimeoutMilliseconds: 10) { _ in nil }
        XCTAssertEqual(hasty.next(timeoutMilliseconds: -1), .key(.escape))
    }

    func testACompleteSequenceDoesNotWaitForMore() {
        var r = reader(typed("\u{1B}[A"))
        XCTAssertEqual(r.next(timeoutMilliseconds: -1), .key(.up))
        XCTAssertEqual(r.source.timeoutsAsked, [-1, 25, 25])
        XCTAssertEqual(r.source.now, 0)
    }

    func testAKeyAfterTheSequenceIsKept() {
        XCTAssertEqual(keys("\u{1B}[4~j"), [.key(.end), .key(.char("j"))])
        XCTAssertEqual(keys("\u{1B}OAq"), [.key(.up), .key(.char("q"))])
    }

    func testEscapeBeforeAnEscapedAltKeyKeepsBoth() {
        // ESC ESC x: the first ESC stands alone, the second makes Alt-x.
        XCTAssertEqual(keys("\u{1B}\u{1B}x"), [.key(.escape), .key(.alt(.char("x")))])
    }

    func testBracketedPasteMarkersAreSwallowed() {
        XCTAssertEqual(keys("\u{1B}[200~hi\u{1B}[201~"), [.ignored, .key(.char("h")), .key(.char("i")), .ignored])
    }

    func testUnknownSequenceLeaksNoLetters() {
        XCTAssertEqual(keys("\u{1B}[1;5zj"), [.ignored, .key(.char("j"))])
        XCTAssertEqual(keys("\u{1B}[I\u{1B}[O"), [.ignored, .ignored])
        XCTAssertEqual(keys("\u{1B}[<0;12;7M"), [.ignored])
    }

    func testSequenceCutShortLeaksNoDigits() {
        var r = reader(typed("\u{1B}[1;") + [(500, .char(0x6A))])
        XCTAssertEqual(readAll(&r), [.ignored, .key(.char("j"))])
    }

    func testEscapeBracketAloneIsAltBracket() {
        XCTAssertEqual(keys("\u{1B}["), [.key(.alt(.char("[")))])
    }

    func testEscapeBeforeANcursesKeyCodeIsAlt() {
        var r = reader([(0, .char(27)), (0, .keyCode(KEY_UP))])
        XCTAssertEqual(readAll(&r), [.key(.alt(.up))])
        r = reader([(0, .char(27)), (0, .keyCode(Self.extendedControlUp))])
        XCTAssertEqual(readAll(&r), [.key(.alt(.control(.up)))])
    }

    func testAKeyCodeInterruptingASequenceIsKept() {
        var r = reader([(0, .char(27)), (0, .char(0x5B)), (0, .keyCode(KEY_DOWN))])
        XCTAssertEqual(readAll(&r), [.key(.alt(.char("["))), .key(.down)])
        r = reader([(0, .char(27)), (0, .keyCode(KEY_RESIZE))])
        XCTAssertEqual(readAll(&r), [.key(.escape), .keyCode(KEY_RESIZE)])
    }

    func testKeyCodes() {
        var r = reader([(0, .keyCode(KEY_END)), (0, .keyCode(KEY_SLEFT)), (0, .keyCode(Self.extendedControlUp)),
                        (0, .keyCode(KEY_RESIZE))])
        XCTAssertEqual(readAll(&r), [.key(.end), .key(.shift(.left)), .key(.control(.up)), .keyCode(KEY_RESIZE)])
    }

    func testOrdinaryCharacters() {
        XCTAssertEqual(keys("a4\r\u{13}\u{7F}\t"),
                       [.key(.char("a")), .key(.char("4")), .key(.enter), .key(.ctrl("s")), .key(.backspace), .key(.tab)])
        XCTAssertEqual(keys("\u{0}"), [.ignored])
    }

    func testNothingWithinTheTimeoutIsNil() {
        var r = reader([(100, .char(0x61))])
        XCTAssertNil(r.next(timeoutMilliseconds: 50))
        XCTAssertEqual(r.next(timeoutMilliseconds: 100), .key(.char("a")))
    }
}
