import XCTest
@testable import TerminalUI

final class EventLoopTests: XCTestCase {
    /// Counts what the loop asks of it, and shows its key count so frames can be told apart.
    private final class CountingApp: Application {
        var updates = 0, settles = 0, views = 0
        var quitOn: Key?
        func update(_ event: Event) -> LoopCommand {
            updates += 1
            if case .key(let key) = event, key == quitOn { return .quit }
            return .continue
        }
        func settle() { settles += 1 }
        func view(into buffer: inout Buffer) -> Point? {
            views += 1
            buffer.write("updates \(updates)", x: 0, y: 0)
            return Point(x: 0, y: 1)
        }
    }

    private func loop(_ terminal: MemoryTerminal) -> EventLoop {
        EventLoop(terminal: terminal, minimumSize: Size(width: 20, height: 5)) { _ in ["too small"] }
    }

    func testKeysAlreadyWaitingAreHandledBeforeOneSettleAndOneFrame() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6), script: "wahidin".map { Event.key(.char($0)) })
        let app = CountingApp()
        loop(terminal).run(app)
        XCTAssertEqual(app.updates, 1 + 7, "the start-up resize, then every key")
        XCTAssertEqual(terminal.presentCount, 2, "the first frame, then one frame for the burst of keys")
        XCTAssertEqual(app.settles, 2, "deferred work once per frame, not once per key")
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "updates 8")
        XCTAssertEqual(terminal.cursor, Point(x: 0, y: 1))
    }

    func testQuitStopsTheLoopAndDrawsNothingMore() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6), script: [.key(.char("a")), .key(.char("Q")), .key(.char("b"))])
        let app = CountingApp()
        app.quitOn = .char("Q")
        XCTAssertTrue(loop(terminal).run(app))
        XCTAssertEqual(app.updates, 3, "resize, a, Q; b is never read")
    }

    func testTooSmallShowsNoticeAndIgnoresKeysUntilResizedBack() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 3), script: [.key(.char("x"))])
        let app = CountingApp()
        let eventLoop = loop(terminal)
        eventLoop.run(app)
        XCTAssertEqual(terminal.screenText.trimmingCharacters(in: .whitespacesAndNewlines), "too small")
        XCTAssertEqual(app.views, 0)
        XCTAssertEqual(app.updates, 0, "neither the resize nor the key reach a too-small app")
        terminal.enqueue([.resize(Size(width: 30, height: 6))])
        eventLoop.run(app)
        XCTAssertTrue(terminal.screenText.hasPrefix("updates 1"), terminal.screenText)
    }
}
