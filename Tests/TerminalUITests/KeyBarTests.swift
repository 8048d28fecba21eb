import XCTest
@testable import TerminalUI

final class KeyBarTests: XCTestCase {
    let items = [KeyBarItem(key: "F1", label: "Bantuan"), KeyBarItem(key: "F2", label: "Simpan"),
                 KeyBarItem(key: "Esc", label: "Kembali"), KeyBarItem(key: "F10", label: "Keluar")]

    func testKeysInReverseLabelsPlain() {
        let b = render(44, 1) { buf, r in KeyBar(items).draw(in: r, on: &buf) }
        assertLines(b, ["F1 Bantuan  F2 Simpan  Esc Kembali          "])
        XCTAssertTrue(b.row(0, 0..<2, has: .reverse))
        XCTAssertTrue(b.row(0, 0..<2, has: .bold))
        XCTAssertFalse(b.style(3, 0).attributes.contains(.reverse), "labels are plain")
    }

    func testAllItemsWhenWideEnough() {
        let b = render(50, 1) { buf, r in KeyBar(items).draw(in: r, on: &buf) }
        XCTAssertEqual(b.text, "F1 Bantuan  F2 Simpan  Esc Kembali  F10 Keluar")
    }

    func testNeverCutsAnItemInHalf() {
        XCTAssertEqual(KeyBar(items).visibleItems(width: 21).map(\.key), ["F1", "F2"])
        XCTAssertEqual(KeyBar(items).visibleItems(width: 20).map(\.key), ["F1"])
        XCTAssertEqual(KeyBar(items).visibleItems(width: 9).map(\.key), [])
        let b = render(20, 1) { buf, r in KeyBar(items).draw(in: r, on: &buf) }
        assertLines(b, ["F1 Bantuan          "])
    }

    func testFromKeymap() {
        let keymap = Keymap<Int>([
            KeyBinding([.function(1), .char("?")], bar: "Bantuan", help: "Buka bantuan", action: 1),
            KeyBinding([.char("/")], help: "Cari", action: 2),
            KeyBinding([.function(10), .char("Q")], bar: "Keluar", help: "Keluar", action: 3),
        ])
        let b = render(30, 1) { buf, r in KeyBar(keymap.barItems).draw(in: r, on: &buf) }
        XCTAssertEqual(b.text, "F1 Bantuan  F10 Keluar")
    }
}

final class KeyBarPinnedTests: XCTestCase {
    func testPinnedItemsStayWhenTheRowIsNarrow() {
        let screen = (1...8).map { KeyBarItem(key: "F\($0 + 1)", label: "Tindakan\($0)") }
        let pinned = [KeyBarItem(key: "F1", label: "Bantuan", pinned: true), KeyBarItem(key: "F10", label: "Keluar", pinned: true)]
        let bar = KeyBar(screen + pinned)
        let shown = bar.visibleItems(width: 80).map(\.key)
        XCTAssertEqual(Array(shown.suffix(2)), ["F1", "F10"], "help and quit always shown: \(shown)")
        XCTAssertLessThan(shown.count, screen.count + 2, "screen items gave way")
        let b = render(80, 1) { buf, r in bar.draw(in: r, on: &buf) }
        XCTAssertTrue(b.text.hasSuffix("F1 Bantuan  F10 Keluar"), b.text)
        XCTAssertLessThanOrEqual(b.text.displayWidth, 80)
    }

    func testPinnedItemsKeepTheirPlaceInTheOrder() {
        let items = [KeyBarItem(key: "Enter", label: "Buka"), KeyBarItem(key: "F1", label: "Bantuan", pinned: true),
                     KeyBarItem(key: "Esc", label: "Kembali"), KeyBarItem(key: "F10", label: "Keluar", pinned: true)]
        XCTAssertEqual(KeyBar(items).visibleItems(width: 80).map(\.key), ["Enter", "F1", "Esc", "F10"])
        XCTAssertEqual(KeyBar(items).visibleItems(width: 40).map(\.key), ["Enter", "F1", "F10"], "Esc gives way, not F10")
        XCTAssertEqual(KeyBar(items).visibleItems(width: 22).map(\.key), ["F1", "F10"], "the screen's own keys give way first")
    }
}
