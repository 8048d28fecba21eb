import Storage
import TerminalUI
import XCTest
@testable import Secretariat

/// The member search runs off the loop: the keystroke shows at once, the rows follow, and a
/// result for a search the list no longer shows is dropped.
final class MembersSearchOffLoopTests: XCTestCase {
    func testTheKeystrokeShowsBeforeTheQueryAndOnlyTheNewestResultIsShown() {
        let executor = ManualExecutor()
        let h = AppHarness(executor: executor)
        h.run([.char("1"), .char("/")])
        let rowsBefore = Array(h.lines[3...6])
        h.type("wa")
        XCTAssertEqual(executor.pending, 1, "the search for 'wa' waits off the loop")
        h.type("hi")
        XCTAssertTrue(h.lines[1].hasPrefix("Cari: wahi"), "the prompt shows every keystroke at once: \(h.lines[1])")
        XCTAssertEqual(h.counter, "1/124", "the rows wait for the query; the previous ones stay")
        XCTAssertEqual(h.terminal.cursor?.y, 1, "the cursor stays in the search field")
        XCTAssertEqual(Array(h.lines[3...6]), rowsBefore, "the previous rows stay meanwhile")
        XCTAssertFalse(h.lines[1].contains("mencari"), "no hint for a result that may be about to arrive")

        h.wait(milliseconds: 40)
        XCTAssertTrue(h.lines[1].contains("mencari…"), "a slow search says so: \(h.lines[1])")
        XCTAssertEqual(Array(h.lines[3...6]), rowsBefore, "and does not blank the list")

        // The newer search finishes first, then the older one: only the newer one shows.
        executor.runAll(newestFirst: true)
        h.run([])
        XCTAssertEqual(h.counter, "1/1", h.screen)
        XCTAssertTrue(h.lines[3].contains("Wahidin"), h.screen)
        XCTAssertFalse(h.lines[1].contains("mencari"), "the hint goes with the result: \(h.lines[1])")
        XCTAssertTrue(h.lines[1].hasPrefix("Cari: wahi"))
        XCTAssertEqual(h.messageLine, "", "the superseded search shows no error")
    }

    func testASortWhileTheSearchIsInFlightIsNotUndoneByItsResult() {
        let executor = ManualExecutor()
        let h = AppHarness(executor: executor)
        h.run([.char("1"), .char("/")])
        h.type("wa")
        XCTAssertEqual(h.app.jobsInFlight, [MembersScreen.searchJob])
        // Enter leaves the prompt without waiting; `s` needs the rows, reads them, then sorts.
        h.run([.enter, .char("s")])
        XCTAssertTrue(h.lines[1].contains("Urut: kab/kota"), h.lines[1])
        XCTAssertEqual(h.app.jobsInFlight, [], "the sort read the rows itself, so the search in flight was cancelled")
        let sorted = h.lines
        XCTAssertEqual(executor.pending, 1)
        executor.runAll()
        h.run([])
        XCTAssertEqual(h.lines, sorted, "the late page for 'wa' by name was not applied")
    }

    func testEscapeDuringASearchCancelsItAndANewSearchStillShows() {
        let executor = ManualExecutor()
        let h = AppHarness(executor: executor)
        h.run([.char("1"), .char("/")])
        h.type("wa")
        h.run([.escape])
        XCTAssertEqual(h.app.jobsInFlight, [], "Esc cleared the search and cancelled its read")
        XCTAssertEqual(h.counter, "1/124", h.screen)
        // A job started after a cancelled one must not be mistaken for it, nor dropped.
        h.run([.char("/")])
        h.type("wahi")
        executor.runAll()
        h.run([])
        XCTAssertEqual(h.counter, "1/1", h.screen)
        XCTAssertEqual(h.messageLine, "", "the cancelled search shows no error")
    }

    func testTheListIgnoresAPageReadForAQueryItNoLongerShows() throws {
        let context = AppContext(catalog: Catalog(.indonesian), data: TestStore.demo, now: { Instant(milliseconds: 0) })
        var screen = MembersScreen()
        _ = screen.update(.resized(Size(width: 80, height: 21)), context: context)
        _ = screen.update(.opened, context: context)
        _ = screen.update(.key(.char("/")), context: context)
        for ch in "wa" { _ = screen.update(.key(.char(ch)), context: context) }
        let wa = try XCTUnwrap(searchJob(screen.settle(context: context)))
        // The next key is handled before the loop settles again, and the result for 'wa'
        // arrives in between: the shell has no newer job yet, so the list must drop it itself.
        for ch in "hi" { _ = screen.update(.key(.char(ch)), context: context) }
        let waPage = try run(wa)
        XCTAssertEqual(waPage.query.search, "wa")
        _ = screen.update(.message(MembersScreen.Message.searchLoaded(waPage)), context: context)
        XCTAssertEqual(screen.window.total, 124, "still the rows shown before the search")
        XCTAssertNotEqual(screen.window.rows, waPage.window.rows)

        let wahi = try XCTUnwrap(searchJob(screen.settle(context: context)))
        let wahiPage = try run(wahi)
        _ = screen.update(.message(MembersScreen.Message.searchLoaded(wahiPage)), context: context)
        XCTAssertEqual(screen.window.rows, wahiPage.window.rows)
        XCTAssertEqual(screen.window.total, 1, "'wahi' narrows 'wa' (\(waPage.window.total))")
        XCTAssertTrue(screen.window.rows.first?.name.contains("Wahidin") == true)
        XCTAssertNil(screen.awaiting)
    }

    func testASupersededSearchIsInterruptedAndBringsNoMessage() throws {
        let context = AppContext(catalog: Catalog(.indonesian), data: TestStore.demo, now: { Instant(milliseconds: 0) })
        let job = MemberSearchPage.job(context.data.members, query: MemberQuery(search: "wa"), height: 10)
        let token = CancelToken()
        token.cancel()
        let result = Result { try job(token) }
        XCTAssertThrowsError(try result.get()) { XCTAssertTrue($0 is ReadInterrupted, "\($0)") }
        XCTAssertNil(MemberSearchPage.message(for: MemberQuery(search: "wa"))(result), "silent: no error message")
    }

    // MARK: Helpers

    /// The search job in a command from `settle`.
    private func searchJob(_ command: Command) -> (@Sendable (CancelToken) throws -> Any, (Result<Any, Error>) -> Any?)? {
        switch command {
        case .run(MembersScreen.searchJob, let job, let then): return (job, then)
        case .batch(let commands): return commands.lazy.compactMap(searchJob).first
        default: return nil
        }
    }

    private func run(_ job: (@Sendable (CancelToken) throws -> Any, (Result<Any, Error>) -> Any?)) throws -> MemberSearchPage {
        let message = job.1(Result { try job.0(CancelToken()) })
        guard case .searchLoaded(let page)? = message as? MembersScreen.Message else { throw NoPage(message: String(describing: message)) }
        return page
    }

    private struct NoPage: Error { let message: String }
}
