import CNcursesw
import XCTest
@testable import TerminalUI

/// Every spelling terminals use for a key, as the characters that follow ESC.
final class EscapeSequenceTests: XCTestCase {
    private func decode(_ text: String) -> EscapeSequence.Result {
        EscapeSequence.decode(Self.chars(text))
    }

    static func chars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    private func assertKey(_ text: String, _ key: Key, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(decode(text), .key(key, consumed: text.unicodeScalars.count), text, file: file, line: line)
    }

    func testHomeAndEndInEverySpelling() {
        for text in ["[1~", "[7~", "[H", "OH"] { assertKey(text, .home) }
        for text in ["[4~", "[8~", "[F", "OF"] { assertKey(text, .end) }
    }

    func testArrowsInNormalAndApplicationMode() {
        let arrows: [(String, Key)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left)]
        for (final, key) in arrows {
            assertKey("[" + final, key)
            assertKey("O" + final, key)
        }
    }

    func testTildeEditingAndFunctionKeys() {
        assertKey("[2~", .insert)
        assertKey("[3~", .delete)
        assertKey("[5~", .pageUp)
        assertKey("[6~", .pageDown)
        let functions = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
        for (index, code) in functions.enumerated() { assertKey("[\(code)~", .function(index + 1)) }
    }

    func testSingleShiftFunctionKeysAndBackTab() {
        assertKey("OP", .function(1))
        assertKey("OQ", .function(2))
        assertKey("OR", .function(3))
        assertKey("OS", .function(4))
        assertKey("[Z", .backTab)
    }

    func testXtermModifiers() {
        assertKey("[1;2A", .shift(.up))
        assertKey("[1;3A", .alt(.up))
        assertKey("[1;4D", .alt(.shift(.left)))
        assertKey("[1;5C", .control(.right))
        assertKey("[1;6A", .control(.shift(.up)))
        assertKey("[1;7C", .alt(.control(.right)))
        assertKey("[1;8B", .alt(.control(.shift(.down))))
        assertKey("[1;5H", .control(.home))
        assertKey("[1;2F", .shift(.end))
        assertKey("[3;5~", .control(.delete))
        assertKey("[2;2~", .shift(.insert))
        assertKey("[6;5~", .control(.pageDown))
        assertKey("[15;2~", .shift(.function(5)))
        assertKey("[1;2P", .shift(.function(1)))
        assertKey("[1;2Z", .backTab)
    }

    func testSingleShiftWithModifiers() {
        assertKey("O5C", .control(.right))
        assertKey("O2A", .shift(.up))
        assertKey("O3D", .alt(.left))
        assertKey("O1;5B", .control(.down))
    }

    func testRxvtSpellings() {
        assertKey("[a", .shift(.up))
        assertKey("[b", .shift(.down))
        assertKey("[c", .shift(.right))
        assertKey("[d", .shift(.left))
        assertKey("Oa", .control(.up))
        assertKey("Ob", .control(.down))
        assertKey("Oc", .control(.right))
        assertKey("Od", .control(.left))
        assertKey("[7^", .control(.home))
        assertKey("[8^", .control(.end))
        assertKey("[3^", .control(.delete))
        assertKey("[7$", .shift(.home))
        assertKey("[8@", .control(.shift(.end)))
    }

    func testLinuxConsoleFunctionKeys() {
        for (index, final) in ["A", "B", "C", "D", "E"].enumerated() { assertKey("[[" + final, .function(index + 1)) }
    }

    func testApplicationKeypad() {
        assertKey("Ot", .char("4"))
        assertKey("Op", .char("0"))
        assertKey("Ok", .char("+"))
        assertKey("OM", .enter)
    }

    func testAltIsAnEscapePrefix() {
        XCTAssertEqual(decode("x"), .key(.alt(.char("x")), consumed: 1))
        XCTAssertEqual(decode("X"), .key(.alt(.char("X")), consumed: 1))
        XCTAssertEqual(decode("xyz"), .key(.alt(.char("x")), consumed: 1))
        XCTAssertEqual(EscapeSequence.decode([13]), .key(.alt(.enter), consumed: 1))
        assertKey("\u{1B}[A", .alt(.up))
        assertKey("\u{1B}OD", .alt(.left))
        assertKey("\u{1B}[4~", .alt(.end))
        assertKey("\u{1B}[1;5C", .alt(.control(.right)))
        // ESC before a sequence that already says Alt is still one Alt.
        assertKey("\u{1B}[1;3A", .alt(.up))
    }

    func testOnlyTheSequenceIsConsumed() {
        XCTAssertEqual(decode("[4~j"), .key(.end, consumed: 3))
        XCTAssertEqual(decode("OAOB"), .key(.up, consumed: 2))
        XCTAssertEqual(decode("[1;5Cx"), .key(.control(.right), consumed: 5))
    }

    func testWellFormedSequencesWithoutKeysAreSwallowedWhole() {
        XCTAssertEqual(decode("[200~"), .ignored(consumed: 5))
        XCTAssertEqual(decode("[201~"), .ignored(consumed: 5))
        XCTAssertEqual(decode("[I"), .ignored(consumed: 2))
        XCTAssertEqual(decode("[O"), .ignored(consumed: 2))
        XCTAssertEqual(decode("[<0;12;7M"), .ignored(consumed: 9))
        XCTAssertEqual(decode("[<0;12;7m"), .ignored(consumed: 9))
        XCTAssertEqual(decode("[M !!"), .ignored(consumed: 5))
        XCTAssertEqual(decode("[?1;2c"), .ignored(consumed: 6))
        XCTAssertEqual(decode("[99~"), .ignored(consumed: 4))
        XCTAssertEqual(decode("[1;5z"), .ignored(consumed: 5))
        XCTAssertEqual(decode("[1;5zqq"), .ignored(consumed: 5))
        XCTAssertEqual(decode("[1 q"), .ignored(consumed: 4))
        XCTAssertEqual(decode("OE"), .ignored(consumed: 2))
        XCTAssertEqual(decode("[[Z"), .ignored(consumed: 3))
        XCTAssertEqual(decode("\u{1B}[200~"), .ignored(consumed: 6))
    }

    func testPrefixesAreIncomplete() {
        for text in ["", "[", "[1", "[1;", "[1;5", "[20", "[200", "O", "O5", "[[", "[M", "[M !", "[<0;1", "\u{1B}", "\u{1B}[", "\u{1B}[1;5"] {
            XCTAssertEqual(decode(text), .incomplete, text.debugDescription)
        }
    }

    func testEscapeEscapeBeforeAnOrdinaryKeyIsNotASequence() {
        XCTAssertEqual(decode("\u{1B}x"), EscapeSequence.Result.none)
        XCTAssertEqual(EscapeSequence.decode([0]), EscapeSequence.Result.none)
    }

    func testABrokenSequenceKeepsTheByteThatBrokeIt() {
        XCTAssertEqual(EscapeSequence.decode(Self.chars("[") + [13]), .key(.alt(.char("[")), consumed: 1))
        XCTAssertEqual(EscapeSequence.decode(Self.chars("O") + [13]), .key(.alt(.char("O")), consumed: 1))
        XCTAssertEqual(EscapeSequence.decode(Self.chars("[1;5") + [13]), .ignored(consumed: 4))
    }

    func testEndlessParametersAreDropped() {
        let text = "[" + String(repeating: "1;", count: 20)
        XCTAssertEqual(decode(text), .ignored(consumed: text.count))
    }

    func testTruncatedSequences() {
        XCTAssertEqual(EscapeSequence.decodeTruncated([]), EscapeSequence.Result.none)
        XCTAssertEqual(EscapeSequence.decodeTruncated(Self.chars("[")), .key(.alt(.char("[")), consumed: 1))
        XCTAssertEqual(EscapeSequence.decodeTruncated(Self.chars("O")), .key(.alt(.char("O")), consumed: 1))
        XCTAssertEqual(EscapeSequence.decodeTruncated(Self.chars("[1;5")), .ignored(consumed: 4))
        XCTAssertEqual(EscapeSequence.decodeTruncated(Self.chars("\u{1B}")), EscapeSequence.Result.none)
        XCTAssertEqual(EscapeSequence.decodeTruncated(Self.chars("\u{1B}[")), EscapeSequence.Result.none)
    }

    func testNcursesExtendedKeyNames() {
        XCTAssertEqual(KeyDecoder.extended(name: "kUP3"), .alt(.up))
        XCTAssertEqual(KeyDecoder.extended(name: "kUP5"), .control(.up))
        XCTAssertEqual(KeyDecoder.extended(name: "kDN5"), .control(.down))
        XCTAssertEqual(KeyDecoder.extended(name: "kLFT5"), .control(.left))
        XCTAssertEqual(KeyDecoder.extended(name: "kRIT5"), .control(.right))
        XCTAssertEqual(KeyDecoder.extended(name: "kHOM5"), .control(.home))
        XCTAssertEqual(KeyDecoder.extended(name: "kEND5"), .control(.end))
        XCTAssertEqual(KeyDecoder.extended(name: "kNXT5"), .control(.pageDown))
        XCTAssertEqual(KeyDecoder.extended(name: "kPRV5"), .control(.pageUp))
        XCTAssertEqual(KeyDecoder.extended(name: "kDC5"), .control(.delete))
        XCTAssertEqual(KeyDecoder.extended(name: "kIC5"), .control(.insert))
        XCTAssertEqual(KeyDecoder.extended(name: "kRIT2"), .shift(.right))
        XCTAssertEqual(KeyDecoder.extended(name: "kLFT4"), .alt(.shift(.left)))
        XCTAssertEqual(KeyDecoder.extended(name: "kUP6"), .control(.shift(.up)))
        XCTAssertEqual(KeyDecoder.extended(name: "kEND7"), .alt(.control(.end)))
        XCTAssertEqual(KeyDecoder.extended(name: "kUP"), .shift(.up))
        XCTAssertNil(KeyDecoder.extended(name: "kUP1"))
        XCTAssertNil(KeyDecoder.extended(name: "kXYZ5"))
        XCTAssertNil(KeyDecoder.extended(name: "KEY_UP"))
        XCTAssertNil(KeyDecoder.extended(name: ""))
    }

    func testClassicShiftedKeyCodes() {
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SLEFT), .shift(.left))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SRIGHT), .shift(.right))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SR), .shift(.up))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SF), .shift(.down))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SHOME), .shift(.home))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SEND), .shift(.end))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SDC), .shift(.delete))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SNEXT), .shift(.pageDown))
        XCTAssertEqual(KeyDecoder.functionKey(KEY_SPREVIOUS), .shift(.pageUp))
    }

    func testModifiedKeyLabels() {
        XCTAssertEqual(Key.alt(.left).label, "Alt-←")
        XCTAssertEqual(Key.control(.right).label, "Ctrl-→")
        XCTAssertEqual(Key.shift(.up).label, "Shift-↑")
        XCTAssertEqual(Key.alt(.char("x")).label, "Alt-x")
        XCTAssertEqual(Key.control(.shift(.up)).label, "Ctrl-Shift-↑")
        XCTAssertEqual(Key.control(.delete).label, "Ctrl-Del")
    }
}
