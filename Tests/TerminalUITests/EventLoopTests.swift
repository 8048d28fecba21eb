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

    private func loop(_ terminal: MemoryTerminal, shutdownWhenInputCloses: Bool = false) -> EventLoop {
        EventLoop(terminal: terminal, minimumSize: Size(width: 20, height: 5),
                  shutdownWhenInputCloses: shutdownWhenInputCloses) { _ in ["too small"] }
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

    /// Records every event and can ask for a deadline or a question.
    private final class RecordingApp: Application {
        var events: [String] = []
        var deadline: Instant?
        var question: [String] = []
        /// F10 opens a question (unsaved work) instead of quitting.
        var asksOnQuit = false
        var nextDeadline: Instant? { deadline }
        var urgentQuestion: [String] { question }
        func update(_ event: Event) -> LoopCommand {
            switch event {
            case .key(let key): events.append("key \(key.label)")
            case .resize(let size): events.append("resize \(size.width)x\(size.height)")
            case .tick: events.append("tick"); deadline = nil
            case .message(let m): events.append("message \(m.value)")
            case .shutdown(let cause): events.append("shutdown \(cause)")
            }
            if case .key(.function(10)) = event, question.isEmpty {
                guard asksOnQuit else { return .quit }
                question = ["Keluar?", "y/t"]
            }
            return .continue
        }
        func view(into buffer: inout Buffer) -> Point? {
            buffer.write("events \(events.count)", x: 0, y: 0)
            return nil
        }
    }

    func testADeadlineBecomesATickOnlyWhenItsTimeHasComeOnTheVirtualClock() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6))
        let app = RecordingApp()
        app.deadline = Instant(milliseconds: 1000)
        terminal.enqueueWait(milliseconds: 600)
        terminal.enqueue(keys: [.char("a")])
        terminal.enqueueWait(milliseconds: 600)
        terminal.enqueue(keys: [.char("b")])
        loop(terminal).run(app)
        XCTAssertEqual(app.events, ["resize 30x6", "key a", "tick", "key b"], "no tick before 1000 ms, one after")
        XCTAssertEqual(terminal.now, Instant(milliseconds: 1200), "virtual time moved by the waits alone")
    }

    func testShutdownReachesTheAppAndEndsTheLoopWithoutAnotherFrame() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6), script: [.key(.char("a")), .shutdown(.hangup), .key(.char("b"))])
        let app = RecordingApp()
        XCTAssertTrue(loop(terminal).run(app))
        XCTAssertEqual(app.events, ["resize 30x6", "key a", "shutdown hangup"], "b is never read")
        XCTAssertEqual(terminal.presentCount, 1, "the first frame only: the burst with the shutdown draws nothing")
    }

    func testEndOfInputIsAShutdownUnlessTheCallerFeedsInParts() {
        let app = RecordingApp()
        XCTAssertTrue(loop(MemoryTerminal(size: Size(width: 30, height: 6)), shutdownWhenInputCloses: true).run(app))
        XCTAssertEqual(app.events.last, "shutdown inputClosed")
        let parts = RecordingApp()
        XCTAssertFalse(loop(MemoryTerminal(size: Size(width: 30, height: 6))).run(parts))
        XCTAssertFalse(parts.events.contains { $0.hasPrefix("shutdown") })
    }

    func testAPostedMessageWakesTheLoopWithoutAKey() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6))
        let app = RecordingApp()
        terminal.mailbox.post(Message("hasil"))
        loop(terminal).run(app)
        XCTAssertEqual(app.events, ["resize 30x6", "message hasil"])
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "events 2", "drawn after the message")
    }

    func testF10OnATooSmallTerminalStillAsksAndTheAnswerReachesTheApp() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 3), script: [.key(.char("x")), .key(.function(10))])
        let app = RecordingApp()
        app.asksOnQuit = true
        let eventLoop = loop(terminal)
        XCTAssertFalse(eventLoop.run(app), "F10 did not quit outright: the app has a question")
        XCTAssertEqual(app.events, ["key F10"], "x was ignored, F10 reached the app")
        XCTAssertTrue(terminal.screenText.contains("Keluar?"), terminal.screenText)
        terminal.enqueue(keys: [.char("t")])
        eventLoop.run(app)
        XCTAssertEqual(app.events.last, "key t", "while the question is up, keys reach the app")
    }

    func testTheMemoryTerminalWritesOnlyTheCellsThatChanged() {
        let terminal = MemoryTerminal(size: Size(width: 30, height: 6), script: [.key(.char("a"))])
        let app = RecordingApp()
        loop(terminal).run(app)
        XCTAssertEqual(terminal.fullRepaints, 1)
        XCTAssertEqual(terminal.cellsWritten, 1, "only the digit of the count changed")
        XCTAssertEqual(terminal.frame.lines[0].trimmingCharacters(in: .whitespaces), "events 2")
    }
}
